from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MaterialsConfig(AppConfig):
    name = "community.materials"
    label = "materials"
    verbose_name = _("Practice materials")

    def ready(self):
        from community.materials import search_sources  # noqa: F401
        from community.materials.models import PracticeMaterial
        from community.moderation.registry import register

        register(PracticeMaterial)
