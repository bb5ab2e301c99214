"""Every content type is in Wagtail's search index, per language (the search page is issue 5)."""

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

import pytest

from cms.models import Organisation

pytestmark = pytest.mark.django_db

SEARCHABLE = ("article", "resource", "event", "project", "publication", "standard")


def longest_word(text):
    return max(text.replace("„", " ").replace("“", " ").split(), key=len).strip(",.:;()")


@pytest.mark.parametrize("language_code", ["bg", "en", "ro"])
def test_each_page_type_is_found_by_its_title_in_its_language(site_tree, language_code):
    for key in SEARCHABLE:
        page = site_tree.page(language_code, key)
        # The longest word of the title and text: never a stop word ("About" is one on PostgreSQL).
        text = " ".join(
            [page.title] + [str(getattr(page, name, "")) for name in ("introduction", "summary")]
        )
        results = (
            Page.objects.live()
            .public()
            .filter(locale=page.locale)
            .search(longest_word(text), operator="and")
        )
        assert page.pk in [result.pk for result in results], (language_code, key, page.title)


def test_drafts_are_not_found_through_the_live_filter(site_tree):
    page = site_tree.page("en", "event")
    page.unpublish()
    results = Page.objects.live().search(longest_word(page.title))
    assert page.pk not in [result.pk for result in results]


def test_organisations_are_searchable_per_language(site_tree):
    organisation = site_tree.organisation("ro", "vidin")
    results = get_search_backend().search(
        longest_word(organisation.name), Organisation.objects.filter(locale=organisation.locale)
    )
    assert organisation.pk in [result.pk for result in results]
