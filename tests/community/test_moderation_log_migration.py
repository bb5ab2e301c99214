"""moderation 0003: the old log's rows become Wagtail audit log entries, nothing lost.

Transactional (migrations change the schema), so it migrates only the moderation app back
one step and forward again.
"""

import datetime

from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from community.moderation import log

BEFORE = [("moderation", "0002_moderators_group")]
AFTER = [("moderation", "0003_log_in_wagtail_audit_log")]
KEPT = (
    "created_at",
    "action",
    "moderator_id",
    "member_id",
    "content_type_id",
    "object_id",
    "reason",
)


def migrate(targets):
    """The models as they are at `targets`, every other app as it is now."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    graph = executor.loader.graph
    others = [node for node in graph.leaf_nodes() if node[0] != "moderation"]
    return executor.loader.project_state(others + targets).apps


@pytest.fixture
def old_apps(transactional_db):
    """The app registry before 0003; the schema is migrated forward again in any case."""
    try:
        yield migrate(BEFORE)
    finally:
        migrate(AFTER)


def test_every_old_row_becomes_an_entry_and_moderators_keep_their_permission(old_apps):
    User = old_apps.get_model("auth", "User")
    Profile = old_apps.get_model("members", "Profile")
    OldEntry = old_apps.get_model("moderation", "ModerationLogEntry")
    ContentType = old_apps.get_model("contenttypes", "ContentType")
    moderator = User.objects.create(username="mod")
    member = User.objects.create(username="maria")
    Profile.objects.create(user=member, display_name="Maria Ivanova")
    profile_type = ContentType.objects.get(app_label="members", model="profile")
    moderators = Group.objects.get(name="Community moderators")
    then = timezone.now() - datetime.timedelta(days=400)
    rows = [
        OldEntry.objects.create(
            action="hide",
            moderator=moderator,
            member=member,
            content_type=profile_type,
            object_id=77,
            object_repr="An old title",
            reason="Names a client",
        ),
        OldEntry.objects.create(
            action="warn", moderator=moderator, member=member, reason="Be kind"
        ),
        OldEntry.objects.create(action="auto_hide", content_type=profile_type, object_id=78),
        OldEntry.objects.create(action="ban", moderator=moderator, reason="Erased since"),
    ]
    for number, row in enumerate(rows):
        OldEntry.objects.filter(pk=row.pk).update(
            created_at=then + datetime.timedelta(hours=number)
        )
    before = sorted(OldEntry.objects.values_list(*KEPT))

    migrate(AFTER)

    entries = list(ModelLogEntry.objects.order_by("timestamp"))
    assert [(e.action, e.timestamp, e.user_id, e.data) for e in entries] == [
        ("moderation.hide", then, moderator.pk, {"member": member.pk, "reason": "Names a client"}),
        (
            "moderation.warn",
            then + datetime.timedelta(hours=1),
            moderator.pk,
            {"member": member.pk, "reason": "Be kind"},
        ),
        (
            "moderation.auto_hide",
            then + datetime.timedelta(hours=2),
            None,
            {"member": None, "reason": ""},
        ),
        (
            "moderation.ban",
            then + datetime.timedelta(hours=3),
            moderator.pk,
            {"member": None, "reason": "Erased since"},
        ),
    ]
    hide, warn, auto_hide, ban = entries
    assert (hide.content_type.model, hide.object_id, hide.label) == (
        "profile",
        "77",
        "An old title",
    )
    assert (warn.content_type.model, warn.object_id, warn.label) == (
        "user",
        str(member.pk),
        "Maria Ivanova",
    )
    assert (auto_hide.object_id, ban.content_type, ban.object_id) == ("78", None, "")
    assert [entry.kind for entry in log.with_people(log.about(member.pk))] == ["warn", "hide"]

    moderators = Group.objects.get(pk=moderators.pk)
    permission = moderators.permissions.get(codename="moderate_community")
    assert permission.content_type.model == "flag"

    # And back again, row for row, with the permission.
    restored = migrate(BEFORE).get_model("moderation", "ModerationLogEntry")
    assert sorted(restored.objects.values_list(*KEPT)) == before
    assert moderators.permissions.get(codename="moderate_community").content_type.model == (
        "moderationlogentry"
    )
