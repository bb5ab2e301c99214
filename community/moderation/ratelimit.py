"""May this member post this now? One answer, with a translated reason, for every kind of post.

Counts come from the database (the rows the member already wrote), so the limits hold across
workers and restarts without a shared cache. The limits are in settings.COMMUNITY_RATE_LIMITS:

    {"thread": {"new": [(1, 120)], "all": [(10, 3600)]}, ...}

each (count, seconds) pair meaning "at most `count` in any `seconds`"; "new" applies to new
members (see community.members.standing.is_new_member), "all" to everyone but moderators.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from community.members.standing import is_moderator, is_new_member, profile_for

IDENTICAL_WINDOW = timedelta(days=1)


class PostingNotAllowed(Exception):
    """Raised with a message for the member, in the active language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def normalise(text):
    return " ".join((text or "").split()).casefold()


def check_can_post(user, kind, queryset, *, text=None, text_field="body", now=None):
    """Raise PostingNotAllowed if `user` may not add one more `kind` ("thread", "reply", ...).

    `queryset` holds every row of that kind (any author), with `author` and `created_at`;
    `text`, when given, is compared with what the member posted in the last day.
    """
    now = now or timezone.now()
    profile = profile_for(user)
    if profile.is_banned or not user.is_active:
        raise PostingNotAllowed(_("Your account has been suspended, so you cannot post."))
    if profile.is_silenced(now):
        raise PostingNotAllowed(
            _("A moderator has paused your posting until %(time)s.")
            % {
                "time": formats.date_format(
                    timezone.localtime(profile.silenced_until), "DATETIME_FORMAT"
                )
            }
        )
    if is_moderator(user):
        return
    mine = queryset.filter(author=user)
    limits = settings.COMMUNITY_RATE_LIMITS.get(kind, {})
    rules = list(limits.get("all", []))
    if is_new_member(user, now):
        rules += list(limits.get("new", []))
    waits = []
    for count, seconds in rules:
        since = now - timedelta(seconds=seconds)
        # The count-th most recent row leaves the window first and frees one place.
        freeing = (
            mine.filter(created_at__gt=since)
            .order_by("-created_at")
            .values_list("created_at", flat=True)[count - 1 : count]
        )
        for created_at in freeing:
            waits.append(int((created_at + timedelta(seconds=seconds) - now).total_seconds()))
    if waits:
        # Tell the longest wait, so that the member is not refused again when it is over.
        raise PostingNotAllowed(too_soon_message(max(1, *waits)))
    if text is not None and normalise(text):
        candidates = mine.filter(created_at__gt=now - IDENTICAL_WINDOW).values_list(
            text_field, flat=True
        )
        wanted = normalise(text)
        if any(normalise(previous) == wanted for previous in candidates):
            raise PostingNotAllowed(
                _("You have already posted exactly this text. Please write something new.")
            )


def too_soon_message(seconds):
    if seconds < 120:
        wait = ngettext("%(count)d second", "%(count)d seconds", seconds) % {"count": seconds}
    elif seconds < 7200:
        minutes = -(-seconds // 60)
        wait = ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
    else:
        hours = -(-seconds // 3600)
        wait = ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    return _("You are posting too often. Please try again in %(wait)s.") % {"wait": wait}
