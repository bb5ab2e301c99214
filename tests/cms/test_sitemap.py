"""The sitemap lists every live public page of every language, with hreflang alternates."""

import re

from wagtail.models import Page, PageViewRestriction

import pytest

from tests.site_tree import DETAIL_KEYS, INDEX_KEYS, LANGUAGES

pytestmark = pytest.mark.django_db


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    body = response.content.decode()
    return body, set(re.findall(r"<loc>([^<]+)</loc>", body))


def test_every_language_and_page_type_is_listed(client, site_tree):
    _body, locations = sitemap_locations(client)
    for language_code in LANGUAGES:
        for key in ("home", *INDEX_KEYS, *DETAIL_KEYS):
            assert f"http://localhost{site_tree.url(language_code, key)}" in locations, (
                language_code,
                key,
            )


def test_each_entry_names_its_translations(client, site_tree):
    body, _locations = sitemap_locations(client)
    event_urls = {code: f"http://localhost{site_tree.url(code, 'event')}" for code in LANGUAGES}
    entry = re.search(
        rf"<url><loc>{re.escape(event_urls['en'])}</loc>.*?</url>", body.replace("\n", "")
    )
    assert entry, body[:500]
    alternates = dict(re.findall(r'hreflang="([a-z-]+)" href="([^"]+)"', entry.group(0)))
    assert alternates == event_urls


def test_drafts_private_pages_and_aliases_stay_out(client, site_tree):
    draft = site_tree.page("en", "article")
    draft.unpublish()
    private = site_tree.page("ro", "event")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    bg_resource = site_tree.page("bg", "resource")
    alias = bg_resource.create_alias(
        parent=Page.objects.get(pk=site_tree.page("bg", "news_index").pk),
        update_slug="alias-of-resource",
    )

    _body, locations = sitemap_locations(client)

    assert f"http://localhost{site_tree.url('en', 'article')}" not in locations
    assert f"http://localhost{site_tree.url('ro', 'event')}" not in locations
    assert not any(location.endswith(f"/{alias.slug}/") for location in locations)
    assert f"http://localhost{site_tree.url('bg', 'article')}" in locations
