"""Template tags of the public site: languages, navigation and listings.

Metadata for machines (OpenGraph, JSON-LD, feeds) is in praktika_meta.
"""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import template
from django.conf import settings
from django.template.loader import render_to_string, select_template
from django.utils import numberformat, translation
from django.utils.formats import get_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from wagtail.models import Page

from cms import menus
from cms.models import NavigationMenu
from cms.models.standard import heading_anchor
from cms.templatetags._lookups import (
    active_locale,
    alias_languages,
    current_page,
    language_root_url,
    mark_current,
    menu_items,
    nearest_translated_ancestors,
    page_ancestors,
    page_language,
    page_translations,
    with_query,
)
from core import alternates, locales
from core.choices import Language
from core.pages import content_language, is_untranslated_alias

register = template.Library()

# Languages --------------------------------------------------------------------------------


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, translated=None):
    """Links to this page in every language, or to the nearest section that is translated.

    A view outside the page tree links itself in each language, or the translations of the
    object it shows when a template passes one (as `alternate_links` does), not a redirect.
    """
    request = context.get("request")
    page = current_page(context)
    active = translation.get_language()
    languages = []
    if page is not None:
        translations = page_translations(page)
        active = page_language(page, translations)
        missing = [code for code, _name in settings.LANGUAGES if code not in translations]
        missing = [code for code in missing if code != active]
        fallbacks = nearest_translated_ancestors(page, missing)
    else:
        paths = alternates.view_paths(request) if request is not None else {}
        if translated is not None:
            paths.update(alternates.translation_paths(translated))
    for code, name in settings.LANGUAGES:
        untranslated = False
        if page is None:
            url = _non_page_url(request, paths, code)
        elif code == active:
            url = page.get_url(request)
        elif code in translations:
            url = translations[code].get_url(request)
        elif code in fallbacks:
            url = with_query(fallbacks[code].get_url(request), "untranslated=1")
            untranslated = True
        else:
            url = with_query(language_root_url(code), "untranslated=1")
            untranslated = True
        languages.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == active,
                "untranslated": untranslated,
            }
        )
    return {"languages": languages}


def _non_page_url(request, paths, language_code):
    """The same view in another language where Django can tell, else that language's home."""
    if language_code not in paths:
        return language_root_url(language_code)
    # A search keeps its words and filters in the other language.
    if request.resolver_match.url_name == "search" and request.GET:
        return paths[language_code] + "?" + request.GET.urlencode()
    return paths[language_code]


@register.simple_tag(takes_context=True)
def alternate_links(context, translated=None):
    """The canonical link and the hreflang alternates of whatever is shown, made in one place.

    A page links its real translations; an untranslated alias is canonical at the page it
    copies and is no alternate, since its content is that page's. A translatable object a
    template passes in (a discussion category) links its translations the same way. Any
    other view is the same in every language, so it links its own URL in each of them.
    """
    request = context.get("request")
    page = current_page(context)
    if page is not None:
        urls = {
            code: other.get_full_url(request)
            for code, other in page_translations(page).items()
            if not is_untranslated_alias(other)
        }
        target = page.alias_of if is_untranslated_alias(page) else page
        canonical = target.get_full_url(request) or ""
    elif request is not None:
        if translated is not None:
            paths = alternates.translation_paths(translated)
        else:
            paths = alternates.view_paths(request)
        root = alternates.site_root_url(request) if paths else ""
        urls = {code: root + path for code, path in paths.items()}
        canonical = urls.get(alternates.canonical_language(paths, translated), "")
    else:
        return ""
    canonical_link = (
        format_html('<link rel="canonical" href="{}">', canonical) if canonical else SafeString()
    )
    return canonical_link + format_html_join(
        "",
        '\n<link rel="alternate" hreflang="{}" href="{}">',
        alternates.hreflang_pairs(urls),
    )


@register.simple_tag(takes_context=True)
def foreign_lang(context, obj):
    """The language of a page's or snippet's content when it is not the reader's, else "".

    For links and cards showing something in another language: an untranslated alias, or
    a page or organisation that ``.localized`` could not find in the reader's language.
    Costs a query only for those.
    """
    if getattr(obj, "locale_id", None) is None:
        return ""
    if obj.locale_id == active_locale(context.get("request")).pk:
        if isinstance(obj, Page) and is_untranslated_alias(obj):
            return content_language(obj)
        return ""
    return content_language(obj) if isinstance(obj, Page) else locales.language_code(obj)


@register.simple_tag
def in_language(text, code):
    """The text in a span naming its language, for a title quoted inside a sentence.

    Without a code (the text is in the reader's language) the text stays as it is.
    """
    if not code:
        return text
    return format_html('<span lang="{}">{}</span>', code, text)


@register.filter
def localized(obj):
    """``obj.localized`` for any page or snippet, with no query when it is in the reader's language.

    Pages chosen in StreamField blocks are plain ``Page`` objects, which do not have the
    shortcut of ``core.locales.LocalizedMixin``.
    """
    if obj is None or getattr(obj, "locale_id", None) == locales.active_locale().pk:
        return obj
    return obj.localized


@register.filter
def language_label(code):
    """The name of a file's language, as the choices in cms.choices name it."""
    try:
        return Language(code).label
    except ValueError:
        return code


# Navigation -------------------------------------------------------------------------------


@register.simple_tag(takes_context=True)
def navigation_menu(context, location, menu=None):
    """The main menu or the footer of the reader's language.

    Without a menu for the language, the home page's children shown in menus stand in.
    A menu passed in (the snippet preview) is shown in its own language.
    """
    if location not in NavigationMenu.Location.values:
        raise template.TemplateSyntaxError(f"Unknown navigation menu location: {location!r}")
    request = context.get("request")
    if menu is not None:
        items = menu_items(menu, menu.locale, request)
        footer_text = menu.footer_text
    else:
        items, footer_text = menus.menu(location, active_locale(request), request)
    mark_current(items, current_page(context), request)
    return render_to_string(
        f"includes/navigation_{location}.html",
        {"items": items, "menu": {"footer_text": footer_text}},
    )


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, back_link=False):
    """The trail from the home page to the parent; detail pages add a link back to their list."""
    page = current_page(context)
    if page is None:
        return {"crumbs": [], "section": None}
    request = context.get("request")
    ancestors = page_ancestors(page)
    languages = alias_languages(ancestors)
    crumbs = [
        {
            "title": ancestor.title,
            "url": ancestor.get_url(request),
            "lang": languages.get(ancestor.pk, ""),
        }
        for ancestor in ancestors
    ]
    section = None
    if back_link and crumbs and ancestors[-1].depth > 2:
        parent = crumbs[-1]
        title = parent["title"]
        if parent["lang"]:
            title = format_html('<span lang="{}">{}</span>', parent["lang"], title)
        section = {"url": parent["url"], "title": title}
    return {"crumbs": crumbs, "section": section}


@register.simple_tag(takes_context=True)
def section_url(context, page):
    """The URL of the list a detail page belongs to (its parent), without a further query."""
    ancestors = page_ancestors(page)
    if not ancestors or ancestors[-1].depth <= 2:
        return ""
    return ancestors[-1].get_url(context.get("request"))


# Listings ---------------------------------------------------------------------------------


@register.filter
def number(value, decimal_places=0):
    """A number in the active language's format, grouped in thousands.

    Unlike ``floatformat:"g"`` this groups in every language: Django's Bulgarian formats
    define no grouping, so 1234567 would stay unreadable there.
    """
    if value is None or value == "":
        return ""
    try:
        places = int(decimal_places)
        value = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    except (ValueError, TypeError, InvalidOperation):
        return value
    return numberformat.format(
        value,
        get_format("DECIMAL_SEPARATOR"),
        decimal_pos=places,
        grouping=get_format("NUMBER_GROUPING") or 3,
        thousand_sep=get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )


register.filter("heading_anchor", heading_anchor)


@register.filter
def elided_page_range(page_obj):
    """Page numbers around the current one, with the paginator's ellipsis in the gaps."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)


@register.simple_tag(takes_context=True)
def page_card(context, page, heading_level=3, layout=""):
    """A card for any page, using the template made for its type when there is one.

    `layout` is a card variant of components/cards.css ("feature", "compact", "row").
    """
    page = page.specific
    model_name = page._meta.model_name
    card = select_template([f"includes/cards/{model_name}.html", "includes/cards/page.html"])
    return card.render(
        {
            "item": page,
            "heading_level": heading_level,
            "layout": layout,
            "request": context.get("request"),
        }
    )
