"""Fixtures for the search tests, shared by every module here.

The community roles (`community_users`, `client_for`) are the ones the community tests use, so
a search permission means the same reader as a materials or discussions permission.
"""

from django.conf import settings

import pytest

from search.models import SearchEntry
from tests.community.conftest import client_for, community_users, make_member
from tests.community.discussions_support import make_category

__all__ = ["client_for", "community_users", "entries_of", "make_member", "source_key"]

# The entry's field holding its source object's primary key: the other half of the unique pair.
SOURCE_KEY = next(name for name in SearchEntry._meta.constraints[0].fields if name != "source")


def source_key(pk):
    """{field: pk} for creating or filtering entries, whatever the field is called."""
    return {SOURCE_KEY: pk}


def entries_of(source, *pks):
    return SearchEntry.objects.filter(source=source, **{f"{SOURCE_KEY}__in": pks})


@pytest.fixture
def search_category(locales):
    """A discussion category whose name is found nowhere else ({lang: Category})."""
    return make_category(
        locales,
        names={"bg": "Тиха стая", "en": "Quietroom casework", "ro": "Camera liniștită"},
        slugs={"bg": "tiha-staya", "en": "quietroom-casework", "ro": "camera-linistita"},
    )


@pytest.fixture
def flaggers(db):
    """Enough different members to hide anything by flagging it."""
    return [make_member(f"flagger_{number}") for number in range(settings.COMMUNITY_FLAGS_TO_HIDE)]
