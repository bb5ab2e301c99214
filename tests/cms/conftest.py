"""Fixtures of the cms tests."""

from django.core.cache import caches

import pytest


@pytest.fixture
def page_cache(settings):
    """The full-page cache turned on (the suite runs with it off), empty before and after."""
    settings.PAGE_CACHE_ENABLED = True
    caches["pages"].clear()
    yield caches["pages"]
    caches["pages"].clear()
