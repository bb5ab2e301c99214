"""Which pages have a view restriction, known to every process at the cost of a cache read.

Saving or deleting a restriction purges the page cache (cms.cache.signals), but a purge can
be missed (an unreachable cache, a restriction written by a script with signals off). So a
stored page also records the tree path of the page it shows, and before a stored copy is
served the middleware asks whether that page lies in a restricted subtree. The subtrees are
read from the database into each process, again whenever the restrictions' version token
changes (it is read in the same cache round trip as the page) and at least every
PAGE_CACHE_RESTRICTIONS_TTL seconds, so a hit costs no query.
"""

import logging
import secrets
import threading
import time

from django.conf import settings
from django.db.models import Q

from cms.cache.keys import page_cache

logger = logging.getLogger(__name__)

RESTRICTIONS_VERSION_KEY = "restrictions"


def restricted_tree_paths():
    """Tree paths of restricted pages, and of aliases of pages in a restricted subtree.

    An alias shows its source's restrictions, wherever in the tree it is.
    """
    from wagtail.models import Page, PageViewRestriction

    paths = set(PageViewRestriction.objects.values_list("page__path", flat=True))
    if paths:
        sources = Q()
        for path in paths:
            sources |= Q(alias_of__path__startswith=path)
        paths.update(Page.objects.filter(sources).values_list("path", flat=True))
    return tuple(sorted(paths))


class RestrictedSubtrees:
    def __init__(self):
        self._lock = threading.Lock()
        self._paths = None
        self._version = None
        self._loaded_at = 0.0

    def covers(self, tree_path, version=None):
        """True when the page at `tree_path` is restricted, or when that can't be known."""
        paths = self._current(version)
        return paths is None or tree_path.startswith(paths)

    def forget(self):
        with self._lock:
            self._paths = None

    def _current(self, version):
        ttl = getattr(settings, "PAGE_CACHE_RESTRICTIONS_TTL", 30)
        with self._lock:
            fresh = time.monotonic() - self._loaded_at < ttl
            if self._paths is not None and fresh and version == self._version:
                return self._paths
            try:
                self._paths = restricted_tree_paths()
            except Exception:  # the database is away: keep what was known
                logger.exception("Could not read the page view restrictions")
                return self._paths
            self._version = version
            self._loaded_at = time.monotonic()
            return self._paths


restricted_subtrees = RestrictedSubtrees()


def restrictions_changed():
    """Every process reads the restrictions again before serving its next stored page."""
    restricted_subtrees.forget()
    try:
        page_cache().set(RESTRICTIONS_VERSION_KEY, secrets.token_hex(8), timeout=None)
    except Exception:
        logger.exception("Could not change the restrictions' version in the page cache")
