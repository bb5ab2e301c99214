"""Page lookups shared by the template tags, each made once per page or request.

Whatever several tags need for the same page (its translations, its ancestors) is kept on
the page object, so a page costs the same few queries however many tags use it.
"""

from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page, Site

from core import locales, pages
from core.pages import localized_pages


def current_page(context):
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        return page
    return None


def page_translations(page):
    """The live pages sharing the page's translation key, by language code (one query)."""
    if not hasattr(page, "_praktika_translations"):
        pages = Page.objects.filter(translation_key=page.translation_key, live=True)
        page._praktika_translations = {
            other.locale.language_code: other
            for other in pages.select_related("locale", "alias_of")
        }
    return page._praktika_translations


def page_ancestors(page):
    """The page's ancestors from the language's home page down to its parent (one query).

    A page that Wagtail routed to knows its parents already: then no query at all.
    """
    if not hasattr(page, "_praktika_ancestors"):
        ancestors = pages.routed_ancestors(page)
        if ancestors is None:
            ancestors = list(page.get_ancestors().filter(depth__gte=2))
        page._praktika_ancestors = ancestors
    return page._praktika_ancestors


def alias_languages(pages):
    """The content language of each untranslated alias among the pages, by page id.

    Lets links to such pages carry the right ``lang``; one query, and none without aliases.
    """
    aliases = [page for page in pages if page.alias_of_id]
    if not aliases:
        return {}
    sources = Page.objects.filter(pk__in={page.alias_of_id for page in aliases})
    source_locales = {
        pk: (locale_id, code)
        for pk, locale_id, code in sources.values_list("pk", "locale_id", "locale__language_code")
    }
    languages = {}
    for alias in aliases:
        locale_id, code = source_locales.get(alias.alias_of_id, (alias.locale_id, ""))
        if locale_id != alias.locale_id:
            languages[alias.pk] = code
    return languages


def active_locale(request):
    """The Locale of the active language, found once per request without a query."""
    code = translation.get_language()
    cached = getattr(request, "_praktika_locale", None)
    if cached is None or cached[0] != code:
        cached = (code, locales.active_locale())
        if request is not None:
            request._praktika_locale = cached
    return cached[1]


def language_root_url(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def with_query(url, query):
    return f"{url}{'&' if '?' in url else '?'}{query}"


def nearest_translated_ancestors(page, language_codes):
    """For each language, the deepest ancestor of the page that is live in that language."""
    depths = {ancestor.translation_key: ancestor.depth for ancestor in page_ancestors(page)}
    if not depths or not language_codes:
        return {}
    nearest = {}
    candidates = Page.objects.filter(
        translation_key__in=list(depths), live=True, locale__language_code__in=language_codes
    ).select_related("locale")
    for candidate in candidates:
        code = candidate.locale.language_code
        best = nearest.get(code)
        if best is None or depths[candidate.translation_key] > depths[best.translation_key]:
            nearest[code] = candidate
    return nearest


def page_language(page, translations):
    for code, other in translations.items():
        if other.pk == page.pk:
            return code
    return page.locale.language_code


def menu_items(menu, locale, request):
    values = [block.value for block in menu.items if block.block_type == "link"]
    localized = localized_pages([value["page"] for value in values if value["page"]], locale.pk)
    items = []
    for value in values:
        page = value["page"]
        if page is not None:
            target = localized.get(page.translation_key) or (page if page.live else None)
            if target is None:
                continue
            items.append(
                {
                    "page": target,
                    "url": target.get_url(request),
                    "label": value["label"] or target.title,
                    "explicit_label": bool(value["label"]),
                }
            )
        elif value["url"]:
            items.append(
                {"page": None, "url": value["url"], "label": value["label"] or value["url"]}
            )
    set_title_languages(items, locale)
    return items


def set_title_languages(items, locale):
    """Mark labels taken from a page in another language (a fallback, or an untranslated alias)."""
    pages = [item["page"] for item in items if item["page"] and not item.get("explicit_label")]
    languages = alias_languages(pages)
    if any(page.locale_id != locale.pk for page in pages):
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        languages.update(
            (page.pk, codes.get(page.locale_id, ""))
            for page in pages
            if page.locale_id != locale.pk
        )
    for item in items:
        if (
            item["page"] is not None
            and item["page"].pk in languages
            and not item.get("explicit_label")
        ):
            item["lang"] = languages[item["page"].pk]


def locale_home(locale, request):
    """The home page of the locale on the current site."""
    site = Site.find_for_request(request) if request is not None else None
    roots = Page.objects.filter(pk=site.root_page_id) if site else Page.objects.filter(depth=2)
    return (
        Page.objects.filter(translation_key__in=roots.values("translation_key"), locale=locale)
        .live()
        .first()
    )


def fallback_items(locale, request):
    home = locale_home(locale, request)
    if home is None:
        return []
    children = home.get_children().live().public().in_menu()
    items = [
        {"page": child, "url": child.get_url(request), "label": child.title} for child in children
    ]
    set_title_languages(items, locale)
    return items


def mark_current(items, page, request):
    path = getattr(request, "path", "")
    for item in items:
        target = item["page"]
        if target is None:
            current = path == item["url"]
        elif page is not None:
            if target.pk == page.pk:
                item["current"] = "page"
                continue
            current = target.depth > 2 and page.path.startswith(target.path)
        else:
            current = path == item["url"] or (target.depth > 2 and path.startswith(item["url"]))
        if current:
            item["current"] = "page" if path == item["url"] else "true"
