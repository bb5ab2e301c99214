"""What moderation holds about a member: the reports they made and actions about them.

The export names no moderator (moderators act for the community, and naming them to the
member they sanctioned could expose them), and no other member's words: the content of a
report or an action is named by its kind, id and address, not by its title or the text
logged with the action, which may be another member's (a reply is logged under the title
of the thread it is in). The reason given for an action about the member stays: it was
given to them. A moderator's own actions about others are not theirs to download.

Erasing keeps reports and log entries, which other members' content and the moderators'
accountability depend on, without the link to the member.
"""

from community.moderation.models import Flag, ModerationLogEntry


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
    entries = ModerationLogEntry.objects.filter(member=user).select_related("content_type")
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
        "moderation_history": [
            {
                "action": entry.action,
                "action_label": str(entry.get_action_display()),
                "content": _content(entry.content_type, entry.object_id, entry.content_object),
                "reason": entry.reason,
                "created_at": _when(entry.created_at),
            }
            for entry in entries.order_by("created_at")
        ],
    }


def files(user):
    return []


def erase(user, keep_files=False):
    Flag.objects.filter(reporter=user).update(reporter=None)
    ModerationLogEntry.objects.filter(member=user).update(member=None)
    ModerationLogEntry.objects.filter(moderator=user).update(moderator=None)
