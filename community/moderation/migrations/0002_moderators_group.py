"""The "Community moderators" group, with the permission that opens the moderation queue."""

from django.db import migrations

GROUP = "Community moderators"


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="moderation", model="moderationlogentry"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="moderate_community",
        defaults={"name": "Can moderate members and their content"},
    )
    admin_access = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(permission)
    if admin_access is not None:
        group.permissions.add(admin_access)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
