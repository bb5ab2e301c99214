"""The moderation log moves into Wagtail's audit log (ModelLogEntry); its model goes.

Every row becomes one entry with the same time, moderator (the entry's user), action
("moderation.<action>"), object and reason; the member concerned is kept in `data`. An
action about a member alone is logged against their account, named as the moderation pages
name them; one whose member was erased is about no object, as erasing leaves it now. The
"moderate_community" permission belonged to the old model: it moves to Flag with its groups
and users before the old model's content type is removed.
"""

from django.conf import settings
from django.db import migrations
from django.utils import translation

PREFIX = "moderation."
MEMBER_ACTIONS = {"warn", "silence", "ban", "unban", "trust"}
PERMISSION = "moderate_community"
BATCH = 500


def move_permission(apps, source_model, target_model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    source = ContentType.objects.filter(app_label="moderation", model=source_model).first()
    permission = Permission.objects.filter(content_type=source, codename=PERMISSION).first()
    if permission is None:
        return
    target, _created = ContentType.objects.get_or_create(
        app_label="moderation", model=target_model
    )
    already = Permission.objects.filter(content_type=target, codename=PERMISSION).first()
    if already is None:
        permission.content_type = target
        permission.save(update_fields=["content_type"])
        return
    for group in permission.group_set.all():
        group.permissions.add(already)
    for user in permission.user_set.all():
        user.user_permissions.add(already)
    permission.delete()


def member_names(apps, user_ids):
    """What the moderation pages call these members: display name, else user name."""
    User = apps.get_model(settings.AUTH_USER_MODEL)
    Profile = apps.get_model("members", "Profile")
    names = dict(User.objects.filter(pk__in=user_ids).values_list("pk", "username"))
    names.update(
        Profile.objects.filter(user_id__in=user_ids)
        .exclude(display_name="")
        .values_list("user_id", "display_name")
    )
    return names


def copy_to_wagtail_log(apps, schema_editor):
    move_permission(apps, "moderationlogentry", "flag")
    OldEntry = apps.get_model("moderation", "ModerationLogEntry")
    LogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    User = apps.get_model(settings.AUTH_USER_MODEL)
    user_type, _created = ContentType.objects.get_or_create(
        app_label=User._meta.app_label, model=User._meta.model_name
    )
    rows = OldEntry.objects.order_by("created_at", "pk")
    names = member_names(
        apps, rows.filter(object_id=None).exclude(member=None).values_list("member_id", flat=True)
    )
    with translation.override(settings.LANGUAGE_CODE):
        former_member = translation.gettext("Former member")
    batch = []
    for row in rows.iterator(chunk_size=BATCH):
        entry = LogEntry(
            action=PREFIX + row.action,
            timestamp=row.created_at,
            user_id=row.moderator_id,
            data={"member": row.member_id, "reason": row.reason},
        )
        if row.object_id is not None:
            entry.content_type_id = row.content_type_id
            entry.object_id = str(row.object_id)
            entry.label = row.object_repr or str(row.object_id)
        elif row.member_id is not None:
            entry.content_type_id = user_type.pk
            entry.object_id = str(row.member_id)
            entry.label = names.get(row.member_id) or str(row.member_id)
        else:
            entry.content_type_id, entry.object_id, entry.label = None, "", former_member
        batch.append(entry)
        if len(batch) == BATCH:
            LogEntry.objects.bulk_create(batch)
            batch = []
    LogEntry.objects.bulk_create(batch)


def copy_back(apps, schema_editor):
    move_permission(apps, "flag", "moderationlogentry")
    OldEntry = apps.get_model("moderation", "ModerationLogEntry")
    OldEntry._meta.get_field("created_at").auto_now_add = False
    LogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    User = apps.get_model(settings.AUTH_USER_MODEL)
    users = set(User.objects.values_list("pk", flat=True))
    entries = LogEntry.objects.filter(action__startswith=PREFIX).order_by("timestamp", "pk")
    rows = []
    for entry in entries.iterator(chunk_size=BATCH):
        action = entry.action.removeprefix(PREFIX)
        about_content = action not in MEMBER_ACTIONS and entry.object_id.isdigit()
        member_id = entry.data.get("member")
        rows.append(
            OldEntry(
                action=action,
                created_at=entry.timestamp,
                moderator_id=entry.user_id if entry.user_id in users else None,
                member_id=member_id if member_id in users else None,
                reason=entry.data.get("reason", ""),
                content_type_id=entry.content_type_id if about_content else None,
                object_id=int(entry.object_id) if about_content else None,
                object_repr=entry.label[:255] if about_content else "",
            )
        )
    OldEntry.objects.bulk_create(rows, batch_size=BATCH)
    entries.delete()


def remove_old_content_type(apps, schema_editor):
    """Its default permissions go with it; moderate_community moved to Flag above."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="moderation", model="moderationlogentry").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0002_moderators_group"),
        ("members", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="flag",
            options={
                "ordering": ["-created_at"],
                "permissions": [("moderate_community", "Can moderate members and their content")],
                "verbose_name": "flag",
                "verbose_name_plural": "flags",
            },
        ),
        migrations.RunPython(copy_to_wagtail_log, copy_back),
        migrations.DeleteModel(name="ModerationLogEntry"),
        migrations.RunPython(remove_old_content_type, migrations.RunPython.noop),
    ]
