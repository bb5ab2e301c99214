"""The map of social services in headless Chromium, under the site's real CSP.

A newcomer narrows the map to family support in Dolj or Vidin, sees the list and the markers
follow, and opens a provider's page; without tiles the map still shows its markers and says
the background is missing; a Bulgarian reader gets Bulgarian labels, Leaflet's included.
Tile requests never leave the machine: they are answered (or refused) with `page.route`.
Built like tests/browser/test_search_browser.py: committed data for a live server of the
module's own, put back as migrations left it at the end.
"""

import base64
from decimal import Decimal

from django.conf import settings
from django.test import override_settings

import pytest

from directory.choices import ServiceType, TargetGroup
from tests.browser.conftest import live_site
from tests.browser.test_admin_and_csp import collect_csp_violations
from tests.factories import ProviderServiceFactory, ServiceProviderPageFactory
from tests.site_tree import build_site_tree

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TILES = "https://tile.openstreetmap.org/**"
# A transparent 1x1 PNG, served for every tile.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
EXTRA_PROVIDERS = [
    (
        "Family counselling centre – Calafat",
        "ro-dolj",
        "RO",
        "43.99",
        "22.93",
        "family_counselling",
    ),
    ("Family support service – Vidin", "bg-vidin", "BG", "43.99", "22.86", "family_counselling"),
    ("Day centre for older people – Montana", "bg-montana", "BG", "43.41", "23.22", "day_centre"),
]
FAMILY_SUPPORT_IN_DOLJ_OR_VIDIN = [
    "Family counselling centre – Calafat",
    "Family support service – Vidin",
]


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, browser):
    with live_site(django_db_blocker) as url:
        tree = build_site_tree()
        directory = tree.page("en", "directory")
        for title, region, country, lat, lng, service in EXTRA_PROVIDERS:
            provider = ServiceProviderPageFactory(
                parent=directory,
                title=title,
                region=region,
                country=country,
                municipality=title.rsplit("– ", 1)[1],
                latitude=Decimal(lat),
                longitude=Decimal(lng),
                target_groups=[TargetGroup.FAMILIES],
            )
            ProviderServiceFactory(page=provider, service_type=service, sort_order=0)
        yield {"url": url, "tree": tree}
        tree.delete_files()


def serve_tiles(page):
    page.route(TILES, lambda route: route.fulfill(status=200, content_type="image/png", body=PNG))


def refuse_tiles(page):
    page.route(TILES, lambda route: route.abort())


def words(text):
    return " ".join(text.split())


def listed(page):
    return sorted(words(t) for t in page.locator(".provider-item__title a").all_inner_texts())


def map_markers(page):
    """The names of the markers the map script put on the map (clustered or not)."""
    page.wait_for_function(
        "() => document.querySelector('[data-directory-map]').directoryMap !== undefined"
    )
    return sorted(
        page.evaluate(
            """() => document.querySelector('[data-directory-map]').directoryMap.cluster
                .getLayers().map((marker) => marker.options.title)"""
        )
    )


def test_filter_the_map_to_family_support_in_dolj_or_vidin_and_open_a_provider(site, page):
    violations = collect_csp_violations(page)
    serve_tiles(page)
    page.goto(site["url"] + site["tree"].url("en", "directory"))

    everyone = listed(page)
    assert len(everyone) == 5
    assert map_markers(page) == everyone
    assert page.locator(".leaflet-control-zoom-in").get_attribute("title") == "Zoom in"
    assert page.locator(".leaflet-control-zoom-out").get_attribute("aria-label") == "Zoom out"
    assert page.locator(".leaflet-tile-loaded").first.is_visible()
    assert page.locator("[data-map-notice]").is_hidden()

    page.check("input[name=region][value=ro-dolj]")
    page.check("input[name=region][value=bg-vidin]")
    page.check(f"input[name=service][value={ServiceType.FAMILY_COUNSELLING}]")
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()

    assert "region=ro-dolj" in page.url and "region=bg-vidin" in page.url
    assert listed(page) == FAMILY_SUPPORT_IN_DOLJ_OR_VIDIN
    assert map_markers(page) == FAMILY_SUPPORT_IN_DOLJ_OR_VIDIN
    assert words(page.locator(".results__count").inner_text()) == "2 providers found"
    csv = page.get_by_role("link", name="CSV").get_attribute("href")
    assert "region=ro-dolj" in csv and "service=family_counselling" in csv

    # "Show on map" opens the marker's popup, and moves the focus to its link.
    item = page.locator(".provider-item", has_text="Calafat")
    item.get_by_role("button", name="Show on map").click()
    popup = page.locator(".leaflet-popup")
    popup.wait_for()
    assert "Family counselling centre – Calafat" in words(popup.inner_text())
    assert "Family counselling and support" in words(popup.inner_text())
    assert page.evaluate("() => document.activeElement.closest('.map-popup') !== null")
    assert popup.locator(".leaflet-popup-close-button").get_attribute("aria-label") == "Close"

    with page.expect_navigation():
        item.get_by_role("link", name="Family counselling centre – Calafat").click()
    assert words(page.locator("h1").inner_text()) == "Family counselling centre – Calafat"
    assert map_markers(page) == ["Family counselling centre – Calafat"]
    assert violations == []


def test_without_tiles_the_map_still_shows_markers_and_says_so(site, page):
    violations = collect_csp_violations(page)
    refuse_tiles(page)
    page.goto(site["url"] + site["tree"].url("en", "directory"))
    notice = page.locator("[data-map-notice]")
    notice.wait_for(state="visible")
    assert "The background map is unavailable" in notice.inner_text()
    assert len(map_markers(page)) == 5
    assert violations == []


def test_with_no_tile_server_set_the_map_still_shows_markers_and_says_so(site, page):
    violations = collect_csp_violations(page)
    no_tiles = {**settings.DIRECTORY_TILES, "url": ""}
    with override_settings(DIRECTORY_TILES=no_tiles):
        page.goto(site["url"] + site["tree"].url("en", "directory"))
        assert page.locator("[data-map-notice]").is_visible()
        assert len(map_markers(page)) == 5
        assert page.locator(".leaflet-tile").count() == 0
    assert violations == []


def test_without_javascript_the_list_and_filters_work(site, browser):
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    try:
        page = context.new_page()
        page.goto(site["url"] + site["tree"].url("en", "directory"))
        assert page.locator("[data-directory-map]").is_hidden()
        page.check("input[name=region][value=bg-montana]")
        with page.expect_navigation():
            page.get_by_role("button", name="Apply filters").click()
        assert listed(page) == ["Day centre for older people – Montana"]
    finally:
        context.close()


@pytest.mark.translations
def test_a_bulgarian_reader_gets_bulgarian_labels(site, page):
    violations = collect_csp_violations(page)
    refuse_tiles(page)
    page.goto(site["url"] + site["tree"].url("bg", "directory"))
    assert len(map_markers(page)) == 2
    assert page.locator(".leaflet-control-zoom-in").get_attribute("title") == "Увеличаване"
    assert page.locator(".leaflet-control-zoom-out").get_attribute("title") == "Намаляване"
    assert page.get_by_role("button", name="Прилагане на филтрите").is_visible()
    assert words(page.locator(".results__count").inner_text()) == "Намерени са 2 доставчика"
    assert "Фоновата карта не е достъпна" in page.locator("[data-map-notice]").inner_text()
    assert violations == []
