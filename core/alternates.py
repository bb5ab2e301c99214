"""Where what the reader sees lives in the other languages: canonical and hreflang links.

Wagtail pages have translations of their own, which cms's template tags look up. Every
other view (materials, discussions, members, accounts, search) shows the same thing under
each language's prefix, so its other languages are its own URL pattern reversed with the
same arguments in each language, as Django's `translate_url` does. An object whose address
is worded per language (a discussion category's slug) gives its translations' addresses
instead, and a language it has no translation in is left out, as an untranslated page is.
"""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from wagtail.models import Site

from core.locales import language_code


def site_root_url(request):
    """The scheme and host of the Wagtail site, which pages' full URLs start with too.

    Canonical links are then the same for pages and views behind a proxy or an alias host.
    """
    site = Site.find_for_request(request)
    if site is not None:
        return site.root_url
    return request.build_absolute_uri("/").rstrip("/")


def view_paths(request):
    """{language code: path} of the view being shown in every language; {} if it has none.

    Wagtail's catch-all is left out (its paths are the page tree's, not a pattern's), and so
    is a view outside `i18n_patterns`, whose path is the same in every language. Worked out
    once per request: the head's links and the language switcher both ask.
    """
    if not hasattr(request, "_view_paths"):
        request._view_paths = _view_paths(request)
    return dict(request._view_paths)


def _view_paths(request):
    match = getattr(request, "resolver_match", None)
    if match is None or not match.url_name or match.url_name == "wagtail_serve":
        return {}
    paths = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            try:
                paths[code] = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                return {}
    if len(set(paths.values())) < len(paths):
        return {}
    return paths


def translation_paths(obj):
    """{language code: path} of a translatable object's translations, each in its language.

    Kept on the object: the head's links and the language switcher both ask (a query each).
    """
    if "_translation_paths" not in obj.__dict__:
        obj._translation_paths = _translation_paths(obj)
    return dict(obj._translation_paths)


def _translation_paths(obj):
    paths = {}
    for other in obj.get_translations(inclusive=True):
        code = language_code(other)
        with translation.override(code):
            paths[code] = other.get_absolute_url()
    return paths


def canonical_language(paths, obj=None):
    """The language whose address is canonical: the reader's, else the object's own."""
    current = translation.get_language()
    if current in paths:
        return current
    if obj is not None and language_code(obj) in paths:
        return language_code(obj)
    return None


def hreflang_pairs(urls):
    """(hreflang, URL) in the order of LANGUAGES, and x-default: the default language's."""
    pairs = [(code, urls[code]) for code, _name in settings.LANGUAGES if urls.get(code)]
    if urls.get(settings.LANGUAGE_CODE):
        pairs.append(("x-default", urls[settings.LANGUAGE_CODE]))
    return pairs
