"""What moderation holds about a member: the reports they made and actions about them.

The export names no moderator (moderators act for the community, and naming them to the
member they sanctioned could expose them), and no other member's words: the content of a
report or an action is named by its kind, id and address, not by its title or the text
logged with the action, which may be another member's (a reply is logged under the title
of the thread it is in). The reason given for an action about the member stays: it was
given to them. A moderator's own actions about others are not theirs to download.

Erasing keeps reports and log entries, which other members' content and the moderators'
accountability depend on, without the link to the member: an entry about the member's
account is left about no object (as Wagtail leaves one whose model is gone) and named
"Former member" rather than by the name it was logged under.
"""

from django.conf import settings
from django.utils import translation

from community.members.standing import FORMER_MEMBER
from community.moderation import log
from community.moderation.models import Flag, ModerationAction


def _when(value):
    return value.isoformat() if value else None


def _content(content_type, object_id, obj):
    """What a report or an action was about: kind, id and address, never its text."""
    if content_type is None:
        return None
    model = content_type.model_class()
    url = ""
    if obj is not None and hasattr(obj, "get_absolute_url"):
        url = obj.get_absolute_url() or ""
    return {
        "kind": str(model._meta.verbose_name) if model else content_type.model,
        "id": object_id,
        "url": url,
    }


def export(user):
    flags = Flag.objects.filter(reporter=user).select_related("content_type")
    entries = log.about(user.pk).select_related("content_type").order_by("timestamp", "pk")
    return {
        "reports_made": [
            {
                "reason": flag.reason,
                "reason_label": str(flag.get_reason_display()),
                "details": flag.note,
                "content": _content(flag.content_type, flag.object_id, flag.content_object),
                "created_at": _when(flag.created_at),
                "resolved_at": _when(flag.resolved_at),
            }
            for flag in flags.order_by("created_at")
        ],
        "moderation_history": [_logged(entry, obj) for entry, obj in entries.with_instances()],
    }


def files(user):
    return []


def _logged(entry, obj):
    action = ModerationAction(entry.action.removeprefix(log.PREFIX))
    about_content = action not in log.MEMBER_ACTIONS
    object_id = int(entry.object_id) if entry.object_id.isdigit() else entry.object_id
    return {
        "action": action.value,
        "action_label": str(action.label),
        "content": _content(entry.content_type, object_id, obj) if about_content else None,
        "reason": entry.data.get("reason", ""),
        "created_at": _when(entry.timestamp),
    }


def erase(user, keep_files=False):
    """Queryset updates: Wagtail's log entries validate themselves on save()."""
    Flag.objects.filter(reporter=user).update(reporter=None)
    with translation.override(settings.LANGUAGE_CODE):
        former_member = str(FORMER_MEMBER)
    for entry in log.about(user.pk).only("action", "data"):
        fields = {"data": {**entry.data, "member": None}}
        if entry.action.removeprefix(log.PREFIX) in log.MEMBER_ACTIONS:
            fields.update(content_type=None, object_id="", label=former_member)
        log.entries().filter(pk=entry.pk).update(**fields)
    log.entries().filter(user=user).update(user=None)
