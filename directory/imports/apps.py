from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryImportsConfig(AppConfig):
    name = "directory.imports"
    label = "directory_imports"
    verbose_name = _("Directory imports")
    default_auto_field = "django.db.models.BigAutoField"
