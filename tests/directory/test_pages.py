"""The directory's public pages: the map with its filters, list and markers; providers; laws.

The map's markers are read from the page's json_script element, as the map script reads them.
"""

import json
from decimal import Decimal

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from directory.choices import LegislationStatus, ServiceType
from directory.models import LegislationDocument
from tests.factories import PdfDocumentFactory, ProviderServiceFactory, ServiceProviderPageFactory
from tests.site_tree import LANGUAGES

pytestmark = pytest.mark.django_db

TITLES = {
    "bg": (
        "Център за обществена подкрепа – Видин",
        "Център за настаняване от семеен тип – Крайова",
    ),
    "en": ("Community Support Centre – Vidin", "Family-type placement centre – Craiova"),
    "ro": (
        "Centrul de sprijin comunitar – Vidin",
        "Centrul de plasament de tip familial – Craiova",
    ),
}


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response, BeautifulSoup(response.content, "html.parser")


def markers(soup):
    return json.loads(soup.find("script", id="directory-markers").string)


def listed(soup):
    return [a.get_text(strip=True) for a in soup.select(".provider-list .provider-item__title a")]


def marker_names(soup):
    return sorted(item["name"] for item in markers(soup))


def add_provider(directory, **fields):
    services = fields.pop("services", [ServiceType.DAY_CENTRE])
    provider = ServiceProviderPageFactory(parent=directory, **fields)
    for number, service_type in enumerate(services):
        ProviderServiceFactory(page=provider, service_type=service_type, sort_order=number)
    return provider


# The map page -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_map_lists_and_marks_the_providers_of_its_language(client, site_tree, language):
    response, soup = get(client, site_tree.url(language, "directory"))
    vidin, craiova = TITLES[language]
    assert sorted(listed(soup)) == sorted([vidin, craiova])
    assert marker_names(soup) == sorted([vidin, craiova])
    other_languages = [title for code in LANGUAGES if code != language for title in TITLES[code]]
    text = soup.get_text(" ")
    assert not any(title in text for title in other_languages if title not in (vidin, craiova))

    by_name = {item["name"]: item for item in markers(soup)}
    assert by_name[craiova]["url"] == site_tree.url(language, "provider_ro")
    assert by_name[craiova]["lat"] == pytest.approx(44.319)
    assert by_name[craiova]["lng"] == pytest.approx(23.796)
    assert soup.find(attrs={"data-directory-map": True})["data-label-zoom-in"]
    # Only the districts and counties that have providers are offered.
    offered = {box["value"] for box in soup.select("input[name=region]")}
    assert offered == {"bg-vidin", "ro-dolj"}


def test_map_page_in_english_shows_its_fields(client, site_tree):
    _response, soup = get(client, site_tree.url("en", "directory"))
    item = next(
        li for li in soup.select(".provider-item") if "Craiova" in li.select_one("h3").get_text()
    )
    text = " ".join(item.get_text(" ").split())
    assert "Craiova, Dolj" in text
    assert "Family-type placement centre" in text
    assert "Children at risk" in text
    assert item.select_one("a")["href"] == site_tree.url("en", "provider_ro")
    assert "2 providers found" in soup.select_one(".results__count").get_text(" ")
    assert soup.select_one(".results__count")["role"] == "status"
    marker = next(m for m in markers(soup) if "Craiova" in m["name"])
    assert marker["services"] == ["Family-type placement centre"]
    assert marker["place"] == "Craiova, Dolj"
    # The form works without JavaScript: a plain GET form with a submit button.
    form = soup.select_one("form.directory-filters")
    assert form["method"] == "get" and form.select_one("button[type=submit]")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"region": ["ro-dolj"]}, ["Craiova"]),
        ({"region": ["ro-dolj", "bg-vidin"]}, ["Craiova", "Vidin"]),
        ({"country": "BG"}, ["Vidin"]),
        ({"service": [ServiceType.FAMILY_TYPE_PLACEMENT]}, ["Craiova"]),
        (
            {"region": ["ro-dolj", "bg-vidin"], "service": [ServiceType.COMMUNITY_SUPPORT]},
            ["Vidin"],
        ),
        ({"group": ["families"]}, ["Vidin"]),
        ({"q": "craiova"}, ["Craiova"]),
        ({"region": ["nowhere"]}, ["Craiova", "Vidin"]),
    ],
)
def test_filters_narrow_the_list_and_the_markers(client, site_tree, params, expected):
    _response, soup = get(client, site_tree.url("en", "directory"), **params)
    places = lambda names: sorted(name.rsplit("– ", 1)[1] for name in names)  # noqa: E731
    assert places(listed(soup)) == expected
    assert places(marker_names(soup)) == expected


def test_filters_are_kept_in_the_form_and_the_export_links(client, site_tree):
    _response, soup = get(
        client,
        site_tree.url("en", "directory"),
        region=["ro-dolj", "bg-vidin"],
        service=[ServiceType.FAMILY_TYPE_PLACEMENT],
    )
    checked = {box["value"] for box in soup.select("input[type=checkbox][checked]")}
    assert checked == {"ro-dolj", "bg-vidin", ServiceType.FAMILY_TYPE_PLACEMENT}
    csv = soup.find("a", string="CSV")["href"]
    geojson = soup.find("a", string="GeoJSON")["href"]
    assert csv.startswith(reverse("directory:export-providers-csv") + "?")
    assert geojson.startswith(reverse("directory:export-providers-geojson") + "?")
    for link in (csv, geojson):
        assert "region=ro-dolj" in link and "region=bg-vidin" in link
        assert "service=family_placement" in link
    assert soup.find("a", string="Clear filters")["href"] == site_tree.url("en", "directory")


def test_no_match_shows_the_empty_state_with_a_way_out(client, site_tree):
    _response, soup = get(client, site_tree.url("en", "directory"), q="zzzz")
    assert listed(soup) == [] and markers(soup) == []
    empty = soup.select_one(".empty-state")
    assert "Nothing matches these filters." in empty.get_text()
    assert empty.select_one("a")["href"] == site_tree.url("en", "directory")
    assert "0 providers found" in soup.select_one(".results__count").get_text(" ")


def test_drafts_restricted_and_unlocated_providers_do_not_leak(client, site_tree):
    directory = site_tree.page("en", "directory")
    draft = add_provider(directory, title="Draft centre", live=False)
    secret = add_provider(directory, title="Secret centre")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="x")
    group = Group.objects.create(name="Editors only")
    hidden = add_provider(directory, title="Group centre")
    restriction = PageViewRestriction.objects.create(page=hidden, restriction_type="groups")
    restriction.groups.add(group)
    add_provider(directory, title="Centre without a place", latitude=None, longitude=None)
    cache.clear()

    _response, soup = get(client, site_tree.url("en", "directory"))
    assert "Draft centre" not in soup.get_text() and draft.pk
    names = listed(soup)
    assert "Secret centre" not in names and "Group centre" not in names
    assert "Centre without a place" in names
    assert not {"Draft centre", "Secret centre", "Group centre", "Centre without a place"} & set(
        marker_names(soup)
    )
    page_source = soup.find("script", id="directory-markers").string
    assert "Secret" not in page_source and "Draft" not in page_source


def test_the_list_is_paginated_but_every_provider_is_a_marker(client, site_tree):
    directory = site_tree.page("en", "directory")
    for number in range(23):
        add_provider(
            directory,
            title=f"Centre {number:02d}",
            latitude=Decimal("44.0") + Decimal(number) / 100,
        )
    cache.clear()
    _response, soup = get(client, site_tree.url("en", "directory"))
    assert len(listed(soup)) == 20
    assert len(markers(soup)) == 25
    assert soup.select_one("nav.pagination")
    _response, soup = get(client, site_tree.url("en", "directory"), page=2)
    assert len(listed(soup)) == 5


def count_queries(client, url):
    cache.clear()
    client.get(url)  # warm Wagtail's site and locale caches as a real reader's request would
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_map_page_queries_do_not_grow_with_the_providers(client, site_tree):
    url = site_tree.url("bg", "directory")
    few = count_queries(client, url)
    directory = site_tree.page("bg", "directory")
    for number in range(30):
        add_provider(
            directory,
            title=f"Център {number:02d}",
            region="bg-vidin" if number % 2 else "ro-dolj",
            country="BG" if number % 2 else "RO",
            services=[ServiceType.DAY_CENTRE, ServiceType.FOSTER_CARE],
        )
    many = count_queries(client, url)
    assert many == few
    assert many <= 20
    filtered = count_queries(client, f"{url}?region=ro-dolj&service=day_centre&group=children")
    assert filtered <= many + 1


# A provider's page ------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_provider_page_in_each_language(client, site_tree, language):
    _response, soup = get(client, site_tree.url(language, "provider_ro"))
    assert soup.find("h1").get_text(strip=True) == TITLES[language][1]
    assert soup.select_one("a[href^='tel:']")["href"] == "tel:+35994600000"
    assert soup.select_one("a[href^='mailto:']")["href"] == "mailto:csp@example.org"
    [marker] = markers(soup)
    assert marker["url"] == site_tree.url(language, "provider_ro")
    assert soup.select_one(".breadcrumbs")
    assert soup.select_one(".back-link a")["href"] == site_tree.url(language, "directory")


def test_provider_page_shows_all_its_fields(client, site_tree):
    page = site_tree.page("en", "provider")
    page.website = "https://csp-vidin.example.org/"
    page.accreditation = "Licence 1234 by the Social Quality Agency"
    page.save_revision().publish()
    service = page.services.first()
    service.name = "Parents' club"
    service.capacity = 15
    service.save()
    cache.clear()
    _response, soup = get(client, site_tree.url("en", "provider"))
    text = " ".join(soup.select_one("main").get_text(" ").split())
    for expected in (
        "Public provider (municipality or state)",
        "Municipal service",
        "1 Tsar Simeon Veliki St",
        "Vidin",
        "Bulgaria",
        "Children at risk, Parents and families",
        "Bulgarian, Romanian",
        "40 places or people at a time",
        "State-delegated activity",
        "Licence 1234 by the Social Quality Agency",
        "Support for children and families at risk.",
        "Community support centre",
        "Parents' club",
        "Counselling for parents.",
        "Capacity: 15 places",
        "BG-VID-001",
    ):
        assert expected in text, expected
    assert soup.select_one("a[href='https://csp-vidin.example.org/']")
    assert "Demonstration record" not in text


def test_demo_records_say_so(client, site_tree):
    for key in ("provider", "legislation"):
        page = site_tree.page("en", key)
        page.is_demo = True
        page.save_revision().publish()
    cache.clear()
    for key in ("provider", "legislation"):
        _response, soup = get(client, site_tree.url("en", key))
        notice = soup.select_one(".directory-demo-notice")
        assert "Demonstration record: invented for the demo site." in notice.get_text()


def test_provider_without_coordinates_has_no_map(client, site_tree):
    page = site_tree.page("en", "provider")
    page.latitude = page.longitude = None
    page.save_revision().publish()
    cache.clear()
    _response, soup = get(client, site_tree.url("en", "provider"))
    assert soup.find(attrs={"data-directory-map": True}) is None
    assert not soup.find("script", src=lambda src: src and "leaflet" in src)


# Legislation ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_legislation_pages_in_each_language(client, site_tree, language):
    law = site_tree.page(language, "legislation")
    _response, soup = get(client, site_tree.url(language, "legislation_index"))
    link = soup.select_one(".legislation-item__title a")
    assert link.get_text(strip=True) == law.title
    assert link["href"] == site_tree.url(language, "legislation")
    _response, soup = get(client, site_tree.url(language, "legislation"))
    assert soup.find("h1").get_text(strip=True) == law.title
    assert "2019" in soup.select_one(".facts").get_text()
    assert soup.select_one("a[href='https://www.example.org/zakon']")


def test_legislation_index_filters_and_empty_state(client, site_tree):
    url = site_tree.url("en", "legislation_index")
    _response, soup = get(client, url, country="BG", status=LegislationStatus.IN_FORCE)
    assert len(soup.select(".legislation-item")) == 1
    assert "1 law or policy" in soup.select_one(".results__count").get_text(" ")
    _response, soup = get(client, url, country="RO")
    assert not soup.select(".legislation-item")
    assert "Nothing matches these filters." in soup.select_one(".empty-state").get_text()


def test_law_page_shows_its_fields_and_documents(client, site_tree):
    page = site_tree.page("en", "legislation")
    LegislationDocument.objects.create(
        page=page,
        language="ro",
        document=PdfDocumentFactory(title="Legea serviciilor sociale (RO)"),
        sort_order=0,
    )
    cache.clear()
    _response, soup = get(client, site_tree.url("en", "legislation"))
    text = " ".join(soup.select_one("main").get_text(" ").split())
    for expected in (
        "Social Services Act",
        "Bulgaria",
        "Law",
        "2019",
        "In force",
        "Governs how social services are provided, planned and assured.",
        "Read the official text",
        "Romanian: Legea serviciilor sociale (RO) (PDF",
    ):
        assert expected in text, expected
    assert soup.select_one(".document-list a.document-link")["href"].endswith(".pdf")


def test_law_page_without_documents_says_so(client, site_tree):
    _response, soup = get(client, site_tree.url("en", "legislation"))
    assert "No texts or translations" in soup.select_one(".attachments").get_text()
