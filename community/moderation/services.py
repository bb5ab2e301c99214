"""Flagging and logging, shared by every view that moderates or reports content."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.utils import timezone

from wagtail.log_actions import log

from community.members.standing import profile_for
from community.moderation.log import log_name
from community.moderation.models import Flag, ModerationAction


def log_action(action, *, moderator=None, obj=None, member=None, reason=""):
    """Log a ModerationAction about `obj`, or about `member` alone (community/moderation/log.py).

    The title is what moderators knew the content or the member by at the time: content may
    be removed and renamed later.
    """
    if obj is not None:
        title = str(obj.moderation_title() if hasattr(obj, "moderation_title") else obj)
    else:
        obj, title = member, profile_for(member).name
    return log(
        obj,
        log_name(action),
        user=moderator,
        title=title,
        data={"member": member.pk if member is not None else None, "reason": reason},
    )


def open_flags(obj):
    return Flag.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, resolved_at=None
    )


def flag(obj, reporter, reason, note=""):
    """Record a member's flag; hide the content once enough different members flagged it.

    Returns (flag, created). A member's second flag of the same content changes nothing.
    """
    try:
        with transaction.atomic():
            new = Flag.objects.create(
                content_type=ContentType.objects.get_for_model(obj),
                object_id=obj.pk,
                reporter=reporter,
                reason=reason,
                note=note,
            )
    except IntegrityError:
        return open_flags(obj).get(reporter=reporter), False
    reporters = open_flags(obj).values("reporter").distinct().count()
    if reporters >= settings.COMMUNITY_FLAGS_TO_HIDE and not obj.hidden_by_flags:
        type(obj).objects.filter(pk=obj.pk).update(hidden_by_flags=True)
        obj.hidden_by_flags = True
        _content_changed(obj)
        log_action(ModerationAction.AUTO_HIDE, obj=obj, member=getattr(obj, "author", None))
    return new, True


def _content_changed(obj):
    """What `.update()` changed sends no signal: tell search (its entry must go)."""
    from search import indexing

    indexing.sync_with_dependents(obj)


def resolve_flags(obj, now=None):
    return open_flags(obj).update(resolved_at=now or timezone.now())
