"""A sitemap of every live public page in every language, with hreflang alternates.

Wagtail's own sitemap walks the default site's root only, which misses the other
locales' trees; here the root's translations are walked as well.
"""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalizedSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = reduce(or_, (Q(path__startswith=root.path) for root in roots), Q(pk__in=[]))
        return (
            Page.objects.filter(in_any_tree)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
        )

    def _urls(self, page, protocol, domain):
        objects = list(self.paginator.page(page).object_list)
        urls_by_key = defaultdict(list)
        for item in self.items().filter(
            translation_key__in={obj.translation_key for obj in objects}
        ):
            url = item.get_full_url(self.request)
            if url:
                urls_by_key[item.translation_key].append(
                    {"lang_code": item.locale.language_code, "location": url}
                )
        urls, last_mods = [], set()
        for obj in objects:
            location = obj.get_full_url(self.request)
            if not location:
                continue
            lastmod = self.lastmod(obj)
            alternates = urls_by_key[obj.translation_key]
            urls.append(
                {
                    "item": obj,
                    "location": location,
                    "lastmod": lastmod,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
            last_mods.add(lastmod)
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
