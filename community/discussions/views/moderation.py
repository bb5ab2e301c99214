"""Moderators pin threads to the top of their category and lock them against replies."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.discussions.models import Thread
from community.discussions.views.browse import visible_thread_or_404
from community.moderation.models import ModerationAction
from community.moderation.services import log_action
from core.access import moderators_only


def _toggle(request, pk, field, on_action, off_action, on_message, off_message):
    thread = visible_thread_or_404(request.user, pk)
    value = request.POST.get("state") == "on"
    if getattr(thread, field) != value:
        Thread.objects.filter(pk=thread.pk).update(**{field: value})
        log_action(
            on_action if value else off_action,
            moderator=request.user,
            obj=thread,
            member=thread.author,
            reason=request.POST.get("reason", "")[:1000],
        )
    messages.success(request, on_message if value else off_message)
    return redirect(thread.get_absolute_url())


@require_POST
@moderators_only
def pin(request, pk):
    return _toggle(
        request,
        pk,
        "is_pinned",
        ModerationAction.PIN,
        ModerationAction.UNPIN,
        _("The thread is pinned to the top of its category."),
        _("The thread is no longer pinned."),
    )


@require_POST
@moderators_only
def lock(request, pk):
    return _toggle(
        request,
        pk,
        "is_locked",
        ModerationAction.LOCK,
        ModerationAction.UNLOCK,
        _("The thread is locked: members can read it but not reply."),
        _("The thread is unlocked."),
    )
