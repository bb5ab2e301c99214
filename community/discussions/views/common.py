"""What every discussions view shares: members only, never cached."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.views.decorators.cache import never_cache

from community.members.standing import is_member, is_moderator


def members_only(view):
    """Anonymous readers go to the login page; private caching only."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_member(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return never_cache(login_required(wrapped))


def moderators_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_moderator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return members_only(wrapped)


def paginate(request, queryset, per_page):
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))
