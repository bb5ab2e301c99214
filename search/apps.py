from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"
    verbose_name = _("Search")

    def ready(self):
        from search import registry, signals  # noqa: F401
        from search.pages import PAGE_KIND, PAGE_KIND_LABEL

        # Sections and standing pages (about, contact, terms) are not news: no date, no year.
        registry.register_kind(PAGE_KIND, PAGE_KIND_LABEL, dated=False)
