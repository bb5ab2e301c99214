"""The moderation log lives in Wagtail's audit log, beside the directory claims' entries.

One log means one history for the site's owners: Wagtail's site history report and an
object's history show moderation too, with the same users and times. Moderated content and
members' accounts are ordinary models, so the entries are Wagtail's `ModelLogEntry`, as its
audit log documentation advises for anything that is not a page. An entry is about the
content acted on, or about the member's account for the actions on a member (warn, ban...);
`data` keeps the member concerned (the content's author; null once the account is erased)
and the reason given, which Wagtail's history shows as the entry's comment.
"""

from django.contrib.auth import get_user_model
from django.db.models import BigIntegerField
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast

from wagtail.log_actions import LogFormatter
from wagtail.models import ModelLogEntry

from community.moderation.models import ModerationAction

PREFIX = "moderation."
MEMBER_ACTIONS = {
    ModerationAction.WARN,
    ModerationAction.SILENCE,
    ModerationAction.BAN,
    ModerationAction.UNBAN,
    ModerationAction.TRUST,
}


def log_name(action):
    return PREFIX + action


class ReasonAsComment(LogFormatter):
    def format_comment(self, log_entry):
        return log_entry.data.get("reason", "")


def register_actions(actions):
    """For the `register_log_actions` hook: every ModerationAction, labelled as before."""
    for action in ModerationAction:
        formatter = type(
            f"{action.name.title()}Formatter",
            (ReasonAsComment,),
            {"label": action.label, "message": action.label},
        )
        actions.register_action(log_name(action))(formatter)


def entries():
    return ModelLogEntry.objects.filter(action__startswith=PREFIX)


def about(member_id):
    return entries().filter(data__member=member_id)


def about_any(members):
    """Entries about any of the `members` queryset, in one query however many they are."""
    member = Cast(KeyTextTransform("member", "data"), BigIntegerField())
    return entries().alias(member_id=member).filter(member_id__in=members.values("pk"))


def with_people(log_entries):
    """The entries as a list, each with what the moderation pages show, in one more query.

    `member` and `moderator` are users (None once erased, or for the system's own actions),
    `kind` the ModerationAction, `reason` the reason given, `about_content` whether the
    entry names content (its `label` is then the content's title when it was logged).
    """
    log_entries = list(log_entries)
    ids = {entry.user_id for entry in log_entries}
    ids |= {entry.data.get("member") for entry in log_entries}
    users = get_user_model().objects.select_related("profile").in_bulk(ids - {None})
    for entry in log_entries:
        entry.kind = ModerationAction(entry.action.removeprefix(PREFIX))
        entry.moderator = users.get(entry.user_id)
        entry.member = users.get(entry.data.get("member"))
        entry.reason = entry.data.get("reason", "")
        entry.about_content = entry.kind not in MEMBER_ACTIONS
    return log_entries
