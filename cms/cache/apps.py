from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "cms.cache"
    label = "page_cache"
    verbose_name = _("Page cache")

    def ready(self):
        from cms.cache import signals  # noqa: F401
