"""What a moderator can do to content and to members. Every action is logged.

Content actions work on any registered ModeratedContent model by setting its status fields,
so the parts (materials, discussions, comments) need no moderation code of their own; a
model with a `published_at` field gets it set on first approval.
"""

from datetime import timedelta

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from community.members.standing import is_moderator, profile_for
from community.moderation.models import ModerationAction, Status
from community.moderation.services import log_action, resolve_flags
from core.tasks import enqueue_email


class ActionNotAllowed(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


CONTENT_ACTIONS = {
    "approve": _("Approve"),
    "hide": _("Hide"),
    "remove": _("Remove"),
    "dismiss": _("Dismiss flags"),
}
MEMBER_ACTIONS = {
    "warn": _("Warn"),
    "silence": _("Silence"),
    "ban": _("Ban"),
    "unban": _("Unban"),
    "trust": _("Mark as trusted"),
}


def _save(obj, now, **fields):
    fields["reviewed_at"] = now
    for name, value in fields.items():
        setattr(obj, name, value)
    obj.save(update_fields=list(fields))


@transaction.atomic
def moderate_content(obj, action, moderator, reason=""):
    """Apply a CONTENT_ACTIONS key to `obj` and log it."""
    now = timezone.now()
    author = getattr(obj, "author", None)
    if action == "approve":
        fields = {"status": Status.PUBLISHED, "hidden_by_flags": False}
        if hasattr(obj, "published_at") and not obj.published_at:
            fields["published_at"] = now
        _save(obj, now, **fields)
        logged = ModerationAction.APPROVE
    elif action == "hide":
        _save(obj, now, status=Status.HIDDEN, hidden_by_flags=False)
        logged = ModerationAction.HIDE
    elif action == "remove":
        _save(obj, now, status=Status.REMOVED, hidden_by_flags=False)
        logged = ModerationAction.REMOVE
    elif action == "dismiss":
        _save(obj, now, hidden_by_flags=False)
        logged = ModerationAction.DISMISS_FLAGS
    else:
        raise ValueError(action)
    resolve_flags(obj, now)
    return log_action(logged, moderator=moderator, obj=obj, member=author, reason=reason)


def protected(member):
    """Moderators and administrators are answerable to the site's owners, not to each other."""
    return member.is_superuser or is_moderator(member)


def moderate_member(member, action, moderator, reason="", days=None):
    """Apply a MEMBER_ACTIONS key to `member`, tell them by email when it concerns them."""
    with transaction.atomic():
        entry, profile = _change_standing(member, action, moderator, reason, days)
    if action in ("warn", "silence", "ban"):
        notify_member(member, action, reason, profile)
    return entry


def _change_standing(member, action, moderator, reason, days):
    if action in ("warn", "silence", "ban") and protected(member):
        raise ActionNotAllowed(
            _("You cannot warn, silence or ban a moderator or an administrator.")
        )
    profile = profile_for(member)
    if action == "warn":
        profile.warnings += 1
        profile.save(update_fields=["warnings"])
        logged = ModerationAction.WARN
    elif action == "silence":
        profile.silenced_until = timezone.now() + timedelta(days=days)
        profile.save(update_fields=["silenced_until"])
        logged = ModerationAction.SILENCE
    elif action == "ban":
        profile.is_banned = True
        profile.save(update_fields=["is_banned"])
        member.is_active = False
        member.save(update_fields=["is_active"])
        logged = ModerationAction.BAN
    elif action == "unban":
        profile.is_banned = False
        profile.silenced_until = None
        profile.save(update_fields=["is_banned", "silenced_until"])
        member.is_active = True
        member.save(update_fields=["is_active"])
        logged = ModerationAction.UNBAN
    elif action == "trust":
        profile.trusted = True
        profile.save(update_fields=["trusted"])
        logged = ModerationAction.TRUST
    else:
        raise ValueError(action)
    return log_action(logged, moderator=moderator, member=member, reason=reason), profile


def notify_member(member, action, reason, profile):
    """The email about a warning, a pause or a ban, in the member's own language.

    Rendered here, sent by the task worker (core.tasks): a slow mail server never holds up
    the moderator, and one that is away gets the email later.
    """
    if not member.email:
        return
    context = {
        "name": profile.name,
        "reason": reason,
        "until": profile.silenced_until,
        "site_name": "Praktika",
    }
    with translation.override(profile.language):
        subject = render_to_string(f"community/moderation/email/{action}_subject.txt", context)
        body = render_to_string(f"community/moderation/email/{action}_body.txt", context)
    enqueue_email(EmailMessage(" ".join(subject.split()), body, to=[member.email]))
