"""Providers and laws are found by the site search and listed in the sitemap, in every language."""

import re

from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from search.services import SearchParams, search
from tests.site_tree import LANGUAGES

pytestmark = pytest.mark.django_db


def hits(q, language="en", **params):
    outcome = search(SearchParams(q=q, **params), language=language, user=None)
    return [(hit.entry.kind, hit.url) for hit in outcome.hits]


class TestSearch:
    def test_a_provider_is_found_as_a_social_service(self, site_tree):
        found = hits("Craiova placement")
        assert ("provider", site_tree.url("en", "provider_ro")) in found
        assert hits("Крайова", language="bg")[0] == (
            "provider",
            site_tree.url("bg", "provider_ro"),
        )

    def test_a_provider_is_found_by_its_summary_and_services(self, site_tree):
        assert ("provider", site_tree.url("en", "provider")) in hits("families at risk")
        # The Bulgarian service description.
        assert ("provider", site_tree.url("bg", "provider")) in hits(
            "консултации за родители", language="bg"
        )

    def test_a_law_is_found_as_a_law_or_policy(self, site_tree):
        assert hits("Social Services Act", kinds=("legislation",)) == [
            ("legislation", site_tree.url("en", "legislation"))
        ]
        assert ("legislation", site_tree.url("ro", "legislation")) in hits(
            "legea serviciilor sociale", language="ro"
        )

    def test_the_search_page_shows_them_with_their_kind(self, client, site_tree):
        with translation.override("en"):
            url = reverse("search")
        response = client.get(url, {"q": "Craiova", "kind": "provider"})
        assert response.status_code == 200
        page = BeautifulSoup(response.content, "html.parser")
        links = [a["href"] for a in page.select(".search-hit__title a")]
        assert site_tree.url("en", "provider_ro") in links
        kinds = {" ".join(span.get_text().split()) for span in page.select(".search-hit__kind")}
        assert kinds == {"Social service"}

        response = client.get(url, {"q": "Social Services Act", "kind": "legislation"})
        page = BeautifulSoup(response.content, "html.parser")
        assert [a["href"] for a in page.select(".search-hit__title a")] == [
            site_tree.url("en", "legislation")
        ]
        assert page.select_one(".search-hit__kind").get_text(strip=True) == "Law or policy"

    def test_unpublished_records_disappear(self, site_tree):
        site_tree.page("en", "provider_ro").unpublish()
        site_tree.page("en", "legislation").unpublish()
        assert ("provider", site_tree.url("en", "provider_ro")) not in hits("Craiova placement")
        assert all(
            kind != "legislation" or "/en/" not in url for kind, url in hits("Social Services Act")
        )
        # The other languages are still found.
        assert ("provider", site_tree.url("ro", "provider_ro")) in hits(
            "Craiova plasament", language="ro"
        )

    def test_republishing_brings_them_back(self, site_tree):
        page = site_tree.page("en", "provider")
        page.unpublish()
        assert ("provider", site_tree.url("en", "provider")) not in hits("families at risk")
        page.title = "Community Support Centre – Vidin (renamed)"
        page.save_revision().publish()
        assert ("provider", site_tree.url("en", "provider")) in hits("renamed Vidin")


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode().replace("\n", "")
    return {
        loc: dict(re.findall(r'hreflang="([a-z-]+)" href="([^"]+)"', entry))
        for loc, entry in re.findall(r"<url><loc>([^<]+)</loc>(.*?)</url>", body)
    }


class TestSitemap:
    @pytest.mark.parametrize("key", ["provider", "provider_ro", "legislation"])
    def test_records_in_every_language_with_their_alternates(self, client, site_tree, key):
        entries = sitemap_entries(client)
        urls = {code: f"http://localhost{site_tree.url(code, key)}" for code in LANGUAGES}
        for code in LANGUAGES:
            assert entries[urls[code]] == urls, code

    def test_an_unpublished_translation_leaves_the_sitemap(self, client, site_tree):
        site_tree.page("ro", "provider").unpublish()
        entries = sitemap_entries(client)
        assert f"http://localhost{site_tree.url('ro', 'provider')}" not in entries
        english = entries[f"http://localhost{site_tree.url('en', 'provider')}"]
        assert set(english) == {"bg", "en"}
