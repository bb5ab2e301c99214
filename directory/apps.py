from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Directory of social services")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from directory import search_sources  # noqa: F401
