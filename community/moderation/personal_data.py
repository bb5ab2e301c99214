"""What moderation holds about a member: the reports they made and actions about them.

The export names no moderator (moderators act for the community, and naming them to the
member they sanctioned could expose them). Erasing keeps reports and log entries, which
other members' content and the moderators' accountability depend on, without the link to
the member.
"""

from community.moderation.models import Flag, ModerationLogEntry


def _when(value):
    return value.isoformat() if value else None


def _target(flag):
    target = flag.content_object
    if target is None:
        return ""
    title = getattr(target, "moderation_title", None)
    return str(title() if callable(title) else target)


def export(user):
    flags = Flag.objects.filter(reporter=user).select_related("content_type")
    entries = ModerationLogEntry.objects.filter(member=user)
    return {
        "reports_made": [
            {
                "reason": flag.reason,
                "reason_label": str(flag.get_reason_display()),
                "details": flag.note,
                "content": _target(flag),
                "created_at": _when(flag.created_at),
                "resolved_at": _when(flag.resolved_at),
            }
            for flag in flags.order_by("created_at")
        ],
        "moderation_history": [
            {
                "action": entry.action,
                "action_label": str(entry.get_action_display()),
                "content": entry.object_repr,
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
