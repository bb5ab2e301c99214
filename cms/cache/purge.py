"""What to forget when content changes.

A page's change shows on the page itself in every language, on its ancestors (index pages
list it, the home page features it), on the pages that link to it or that it links to
(related pages, a project and its events), in the feeds of its languages and in the sitemap.
Anything shown on every page (menus, organisations, settings, pictures) and any change of
URLs (moves, new slugs, pages with children) forgets everything.

Purges run at once and again when the transaction commits: a reader who asks in between
may store the old content, and the second purge forgets it.
"""

import logging
from urllib.parse import unquote

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from wagtail.models import Page, ReferenceIndex

from cms.cache.keys import GENERATION_KEY, page_cache, path_version_key

logger = logging.getLogger(__name__)

# Named URLs (inside i18n_patterns) that list the pages of one language.
LOCALE_URL_NAMES = (
    "feed-news-rss",
    "feed-news-atom",
    "feed-events-rss",
    "feed-events-atom",
    "feed-events-ics",
    "directory:api-providers",
    "directory:api-legislation",
)
SITE_URL_NAMES = ("sitemap",)


def _now_and_after_commit(purge, always=False):
    if not (always or settings.PAGE_CACHE_ENABLED):
        return
    _safely(purge)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _safely(purge))


def _safely(purge):
    try:
        purge()
    except Exception:  # an unreachable cache must not stop editors publishing
        logger.exception("Page cache purge failed")


def purge_all(always=False):
    """Forget every stored page (the site-wide generation changes).

    `always` purges even where this process has the cache turned off (a command run by hand).
    """
    _now_and_after_commit(lambda: page_cache().delete(GENERATION_KEY), always)


def purge_paths(paths, always=False):
    """Forget the stored copies of these paths, with every query string."""
    keys = sorted({path_version_key(unquote(path)) for path in paths if path})
    if keys:
        _now_and_after_commit(lambda: page_cache().delete_many(keys), always)


def purge_page(page):
    """Forget every stored page that shows this page, or forget everything when it is wide."""
    if not settings.PAGE_CACHE_ENABLED:
        return
    if page.depth <= 2 or page.numchild:
        # The home page, or a page whose title is in the breadcrumbs of its descendants.
        purge_all()
        return
    group = list(
        Page.objects.filter(
            Q(translation_key=page.translation_key) | Q(alias_of_id=page.pk)
        ).select_related("locale")
    )
    linked, sitewide = linked_page_ids(group)
    if sitewide:
        purge_all()
        return
    pages = group + list(
        Page.objects.filter(
            Q(pk__in=linked)
            | Q(translation_key__in=Page.objects.filter(pk__in=linked).values("translation_key"))
            | Q(path__in=ancestor_paths(group))
        ).exclude(depth=1)
    )
    paths = [url for url in map(page_path, pages) if url]
    paths += localized_paths({member.locale.language_code for member in group})
    paths += record_paths(page, {member.locale.language_code for member in group})
    purge_paths(paths)


# A directory record's own answer in the API, found by its record key (the same in every
# language); the lists are in LOCALE_URL_NAMES.
RECORD_URL_NAMES = {
    "serviceproviderpage": "directory:api-provider-detail",
    "legislationpage": "directory:api-legislation-detail",
}


def record_paths(page, language_codes):
    name = RECORD_URL_NAMES.get(page._meta.model_name)
    record_key = getattr(page, "record_key", "")
    if not name or not record_key:
        return []
    paths = []
    for language_code in sorted(language_codes):
        with translation.override(language_code):
            paths.append(reverse(name, kwargs={"record_key": record_key}))
    return paths


def linked_page_ids(pages):
    """Pages that link to these pages or that they link to, from Wagtail's reference index.

    The second value is true when a snippet or setting (menus, organisations) names one of
    them: those are shown on every page.
    """
    page_type = ContentType.objects.get_for_model(Page)
    ids = [str(page.pk) for page in pages]
    references = ReferenceIndex.objects.filter(
        Q(to_content_type=page_type, to_object_id__in=ids)
        | Q(base_content_type=page_type, object_id__in=ids)
    ).values_list("base_content_type_id", "object_id", "to_content_type_id", "to_object_id")
    linked = set()
    for base_type_id, object_id, to_type_id, to_object_id in references:
        if object_id in ids:
            if to_type_id == page_type.pk:
                linked.add(int(to_object_id))
        elif base_type_id == page_type.pk:
            linked.add(int(object_id))
        elif is_sitewide(ContentType.objects.get_for_id(base_type_id).model_class()):
            return linked, True
    return linked - {page.pk for page in pages}, False


def is_sitewide(model):
    """Models whose instances show on every page: snippets, settings, sites, locales."""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Locale, Site
    from wagtail.snippets.models import get_snippet_models

    if model is None or issubclass(model, Page):
        return False
    return model in get_snippet_models() or issubclass(
        model, (BaseGenericSetting, BaseSiteSetting, Site, Locale)
    )


def ancestor_paths(pages):
    return {
        page.path[:length]
        for page in pages
        for length in range(Page.steplen, len(page.path), Page.steplen)
    }


def page_path(page):
    parts = page.get_url_parts()
    return parts[2] if parts else None


def localized_paths(language_codes):
    """The feeds of these languages and the sitemap (names not defined yet are skipped)."""
    paths = [_reverse(name) for name in SITE_URL_NAMES]
    for language_code in sorted(language_codes):
        with translation.override(language_code):
            paths += [_reverse(name) for name in LOCALE_URL_NAMES]
    return [path for path in paths if path]


def _reverse(name):
    try:
        return reverse(name)
    except NoReverseMatch:
        return None
