from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryClaimsConfig(AppConfig):
    name = "directory.claims"
    label = "directory_claims"
    verbose_name = _("Directory claims")
    default_auto_field = "django.db.models.BigAutoField"
