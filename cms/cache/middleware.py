"""Serve anonymous readers a stored copy of a page; store the pages that are safe to share.

It sits just after SecurityMiddleware and WhiteNoise, so a hit costs one cache round trip
and no session, database or template work. Only what is the same for every anonymous
reader is stored: a response that set a cookie, used the CSRF token or the CSP nonce,
varies on cookies, or is private is passed through untouched. Nor is a page that has a view
restriction: stored pages carry their tree path, checked against the restricted subtrees
before they are served (cms.cache.restrictions), so a page made private is never served
from here, even if the purge that should have removed it was missed.
"""

import logging
import re

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import cc_delim_re

from cms.cache.keys import (
    GENERATION_KEY,
    current_tokens,
    entry_key,
    page_cache,
    path_version_key,
)
from cms.cache.restrictions import RESTRICTIONS_VERSION_KEY, restricted_subtrees

logger = logging.getLogger(__name__)

# Paths whose answers are never stored: the admin, files, the language switch, /healthz.
NEVER_CACHED_PREFIXES = ("/documents/", "/healthz", "/i18n/", "/static/", "/media/")
# A reader who has any of these cookies may see something of their own.
PRIVATE_COOKIES = ("messages",)
MAX_QUERY_STRING = 512
ALLOWED_VARY = {"accept-language"}
PRIVATE_DIRECTIVES = {"private", "no-store", "no-cache"}


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
        # Publication downloads are counted, so each one must reach the view.
        self.downloads = re.compile(rf"^/(?:{languages})/downloads/")

    def __call__(self, request):
        lookup = self.lookup_for(request)
        if lookup is None:
            return self.get_response(request)
        try:
            cached = lookup.fetch()
        except Exception:  # a cache outage must not take the site down
            logger.exception("Page cache lookup failed")
            return self.get_response(request)
        if cached is not None:
            cached["X-Cache"] = "HIT"
            return cached
        response = self.get_response(request)
        if (
            request.method == "GET"
            and is_shareable(request, response)
            and not lookup.is_restricted(getattr(request, "page_cache_tree_path", None))
        ):
            try:
                lookup.store(response, getattr(request, "page_cache_tree_path", None))
            except Exception:
                logger.exception("Page cache store failed")
        response["X-Cache"] = "MISS"
        return response

    def lookup_for(self, request):
        if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
            return None
        path = request.path
        if (
            path == "/"  # redirects by Accept-Language
            or path.startswith(NEVER_CACHED_PREFIXES)
            or path.startswith(settings.ADMIN_PATH_PREFIXES)
            or self.downloads.match(path)
        ):
            return None
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or any(
            name in cookies for name in PRIVATE_COOKIES
        ):
            return None
        if "HTTP_AUTHORIZATION" in request.META:
            return None
        query_string = request.META.get("QUERY_STRING", "")
        if len(query_string) > MAX_QUERY_STRING:
            return None
        try:
            host = request.get_host()
        except DisallowedHost:
            return None  # CommonMiddleware answers it
        language = translation.get_language_from_path(path) or (
            translation.get_language_from_request(request)
        )
        return Lookup(entry_key(request.scheme, host, language, path, query_string), path)


class Lookup:
    """One request's entry: read with its tokens in one round trip, stored with the same tokens."""

    def __init__(self, key, path):
        self.key = key
        self.token_keys = [GENERATION_KEY, path_version_key(path)]
        self.known = {}

    def fetch(self):
        cache = page_cache()
        values = cache.get_many([self.key, *self.token_keys, RESTRICTIONS_VERSION_KEY])
        self.known = values
        entry = values.get(self.key)
        if entry is None:
            return None
        *tokens, tree_path, status, headers, content = entry
        if None in tokens or tokens != [values.get(key) for key in self.token_keys]:
            return None
        if self.is_restricted(tree_path):
            return None
        return HttpResponse(content, status=status, headers=dict(headers))

    def is_restricted(self, tree_path):
        """True for a Wagtail page in a restricted subtree (other answers have no tree path)."""
        if not tree_path:
            return False
        return restricted_subtrees.covers(tree_path, self.known.get(RESTRICTIONS_VERSION_KEY))

    def store(self, response, tree_path=None):
        cache = page_cache()
        # Tokens are those read before the view ran: a purge during rendering wins.
        tokens = current_tokens(cache, self.token_keys, self.known)
        if tokens is None:
            return
        headers = [(name, value) for name, value in response.items() if name != "X-Cache"]
        entry = (*tokens, tree_path, response.status_code, headers, response.content)
        cache.set(self.key, entry, timeout=settings.PAGE_CACHE_TIMEOUT)


def is_shareable(request, response):
    """True when the response is the same for every anonymous reader."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    meta = request.META
    if meta.get("CSRF_COOKIE_NEEDS_UPDATE") or meta.get("CSRF_COOKIE_USED"):
        return False
    if isinstance(getattr(request, "_csp_nonce", None), str):
        return False  # a nonce must be new on every response
    if response.has_header("Content-Disposition"):
        return False
    if response.has_header("Vary"):
        vary = {item.strip().lower() for item in cc_delim_re.split(response["Vary"])}
        if vary - ALLOWED_VARY:
            return False
    if response.has_header("Cache-Control"):
        directives = {
            item.split("=", 1)[0].strip().lower()
            for item in cc_delim_re.split(response["Cache-Control"])
        }
        if directives & PRIVATE_DIRECTIVES:
            return False
    return True
