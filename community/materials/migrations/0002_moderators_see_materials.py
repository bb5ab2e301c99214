"""Community moderators see the practice materials listing in the Wagtail admin."""

from django.db import migrations

GROUP = "Community moderators"
CODENAMES = {"view_practicematerial": "Can view practice material"}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="materials", model="practicematerial"
    )
    group, _ = Group.objects.get_or_create(name=GROUP)
    for codename, name in CODENAMES.items():
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="materials", codename__in=CODENAMES
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("materials", "0001_initial"),
        ("moderation", "0002_moderators_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
