from django.contrib.auth.management import create_permissions
from django.db import migrations

# Editors and moderators (groups created by Wagtail) manage the shared snippets and translate.
GRANTS = {
    "cms": ["organisation", "navigationmenu"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("cms")
    app_config.models_module = True  # permissions are otherwise only created after migrate
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = list(
        Permission.objects.filter(
            content_type__app_label="cms",
            content_type__model__in=GRANTS["cms"],
            codename__regex=r"^(add|change|delete|view)_",
        )
    ) + list(Permission.objects.filter(codename="submit_translation"))
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_locales"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
