"""The "get started" page: where a new member lands on their first login, and comes back to."""

from django.shortcuts import render

from community.members.get_started import steps_for
from community.members.standing import display_name
from core.access import members_only


@members_only
def welcome(request):
    steps = steps_for(request.user)
    return render(
        request,
        "community/members/welcome.html",
        {
            "name": display_name(request.user),
            "steps": steps,
            "done_count": sum(1 for step in steps if step["done"]),
        },
    )
