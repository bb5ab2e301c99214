"""Where cached pages are filed, and the tokens that say whether a stored copy is current.

An entry is stored with the tokens that were current when its request began: the site-wide
generation and its path's version. Purging deletes a token, so every entry stored under it
(each query string, language and host of that path) stops matching at once. Tokens are
random rather than counters, so a token lost to eviction can never come back with an old
value and revive stale entries.
"""

import hashlib
import secrets

from django.conf import settings
from django.core.cache import caches

GENERATION_KEY = "generation"


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _digest(*parts):
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()


def path_version_key(path):
    """One version per path, whatever the host, language or query string."""
    return "path:" + _digest(path)


def entry_key(scheme, host, language, path, query_string):
    return "page:" + _digest(scheme, host, language, path, query_string)


def current_tokens(cache, keys, known):
    """The tokens for `keys`, creating those not in `known` (the values just read).

    Returns None when a token vanished again while it was being created (a purge raced
    with this request): the response is then served but not stored.
    """
    tokens = []
    for key in keys:
        token = known.get(key)
        if token is None:
            token = secrets.token_hex(8)
            if not cache.add(key, token, timeout=None):
                token = cache.get(key)
                if token is None:
                    return None
        tokens.append(token)
    return tokens
