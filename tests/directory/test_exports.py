"""CSV and GeoJSON downloads of the filtered directory, for spreadsheets and map programs."""

import csv
import io
import json
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import PageViewRestriction

import pytest

from directory.choices import ServiceType
from directory.exports import PROVIDER_COLUMNS, provider_headers
from tests.directory.test_api import add_provider
from tests.factories import ServiceProviderPageFactory

pytestmark = pytest.mark.django_db

IMPORT_COLUMNS = [
    "record_key",
    "title",
    "kind",
    "legal_status",
    "summary",
    "address",
    "municipality",
    "region",
    "country",
    "latitude",
    "longitude",
    "phone",
    "email",
    "website",
    "languages",
    "target_groups",
    "capacity",
    "funding",
    "accreditation",
    "services",
    "is_demo",
]


def export_url(language, name="export-providers-csv"):
    with translation.override(language):
        return reverse(f"directory:{name}")


def download(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    assert response.streaming
    return response, b"".join(response.streaming_content)


def parse_csv(body):
    assert body.startswith(b"\xef\xbb\xbf"), "UTF-8 byte order mark for Excel"
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    return rows[0], [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


class TestProvidersCsv:
    def test_a_spreadsheet_of_labels_in_the_language(self, client, site_tree):
        response, body = download(client, export_url("en"))
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        today = timezone.localdate().isoformat()
        assert response["Content-Disposition"] == (
            f'attachment; filename="praktika-social-services-{today}.csv"'
        )
        header, rows = parse_csv(body)
        assert header[:4] == ["Record key", "Title", "Kind of provider", "Legal status"]
        assert len(header) == len(IMPORT_COLUMNS)
        by_key = {row["Record key"]: row for row in rows}
        assert list(by_key) == ["BG-VID-001", "RO-DJ-001"]  # by title, as on the map
        vidin = by_key["BG-VID-001"]
        assert vidin["Title"] == "Community Support Centre – Vidin"
        assert vidin["Kind of provider"] == "Public provider (municipality or state)"
        assert vidin["District or county"] == "Vidin"
        assert vidin["Country"] == "Bulgaria"
        assert (vidin["Latitude"], vidin["Longitude"]) == ("43.990000", "22.880000")
        assert vidin["Phone"] == "'+359 94 600 000"  # text starting with "+": not a formula
        assert vidin["Target groups"] == "Children at risk; Parents and families"
        assert vidin["Languages spoken"] == "Bulgarian; Romanian"
        assert vidin["Services"] == "Community support centre"
        assert vidin["Funding"] == "State-delegated activity"
        assert vidin["Demonstration record"] == "0"
        assert by_key["RO-DJ-001"]["Services"] == "Family-type placement centre"

    def test_bulgarian_headers_and_values(self, client, site_tree):
        _response, body = download(client, export_url("bg"))
        header, rows = parse_csv(body)
        with translation.override("bg"):
            expected = [str(label) for label in provider_headers().values()]
        assert header == expected
        assert header[1] == "Заглавие"
        english_header, _rows = parse_csv(download(client, export_url("en"))[1])
        assert header != english_header
        titles = {row[header[1]] for row in rows}
        assert "Център за обществена подкрепа – Видин" in titles
        assert any("Видин" == row[header[7]] for row in rows)

    def test_the_import_column_names_on_request(self, client, site_tree):
        header, rows = parse_csv(download(client, export_url("ro"), {"header": "keys"})[1])
        assert header == IMPORT_COLUMNS == [key for key, _getter in PROVIDER_COLUMNS]
        craiova = next(row for row in rows if row["record_key"] == "RO-DJ-001")
        assert craiova["title"] == "Centrul de plasament de tip familial – Craiova"
        assert craiova["capacity"] == "12"

    def test_named_services_read_as_the_import_expects(self, client, site_tree):
        add_provider(
            site_tree,
            "en",
            "EN-SRV-1",
            title="Two services",
            services=[ServiceType.DAY_CENTRE, ServiceType.SHELTER],
        )
        page = site_tree.page("en", "directory").get_children().get(slug="two-services").specific
        service = page.services.get(service_type=ServiceType.SHELTER)
        service.name = "Safe House"
        service.save()
        _header, rows = parse_csv(download(client, export_url("en"), {"header": "keys"})[1])
        row = next(row for row in rows if row["record_key"] == "EN-SRV-1")
        assert row["services"] == "Day centre; Shelter or crisis centre: Safe House"

    @pytest.mark.parametrize(
        ("params", "expected"),
        [
            ({"region": "ro-dolj"}, ["RO-DJ-001"]),
            ({"region": ["ro-dolj", "bg-vidin"], "service": "community_support"}, ["BG-VID-001"]),
            ({"country": "BG"}, ["BG-VID-001"]),
            ({"group": "families"}, ["BG-VID-001"]),
            ({"q": "craiova"}, ["RO-DJ-001"]),
        ],
    )
    def test_the_filters_of_the_map(self, client, site_tree, params, expected):
        params = {**params, "header": "keys"}
        _header, rows = parse_csv(download(client, export_url("en"), params)[1])
        assert [row["record_key"] for row in rows] == expected

    def test_the_whole_list_not_one_page(self, client, site_tree):
        directory = site_tree.page("en", "directory")
        for number in range(51):  # more than a page of the API
            ServiceProviderPageFactory(
                parent=directory, record_key=f"EN-ALL-{number:02d}", title=f"Provider {number:02d}"
            )
        _header, rows = parse_csv(download(client, export_url("en"))[1])
        assert len(rows) == 53

    def test_nothing_unpublished_or_restricted(self, client, site_tree):
        site_tree.page("en", "provider").unpublish()
        PageViewRestriction.objects.create(
            page=site_tree.page("bg", "provider_ro"), restriction_type=PageViewRestriction.LOGIN
        )
        _header, en_rows = parse_csv(download(client, export_url("en"), {"header": "keys"})[1])
        assert [row["record_key"] for row in en_rows] == ["RO-DJ-001"]
        _header, bg_rows = parse_csv(download(client, export_url("bg"), {"header": "keys"})[1])
        assert [row["record_key"] for row in bg_rows] == ["BG-VID-001"]

    def test_cells_are_not_run_as_formulas(self, client, site_tree):
        add_provider(site_tree, "en", "EN-F-1", title='=HYPERLINK("http://x")', phone="-2+3")
        _header, rows = parse_csv(download(client, export_url("en"), {"header": "keys"})[1])
        row = next(row for row in rows if row["record_key"] == "EN-F-1")
        assert row["title"] == '\'=HYPERLINK("http://x")'
        assert row["phone"] == "'-2+3"  # text, however number-like, is never a formula

    def test_queries_do_not_grow_with_the_list(self, client, site_tree):
        def queries():
            with CaptureQueriesContext(connection) as context:
                download(client, export_url("en"))
            return len(context.captured_queries)

        queries()
        few = queries()
        for number in range(8):
            add_provider(
                site_tree,
                "en",
                f"EN-Q-{number}",
                title=f"Q {number}",
                services=[ServiceType.SHELTER, ServiceType.DAY_CENTRE],
            )
        assert queries() == few <= 8

    def test_reading_only(self, client, site_tree):
        assert client.post(export_url("en")).status_code == 405


class TestProvidersGeoJSON:
    def test_a_feature_collection_of_the_filtered_list(self, client, site_tree):
        response, body = download(client, export_url("en", "export-providers-geojson"))
        assert response["Content-Type"].startswith("application/geo+json")
        assert re.search(
            r'filename="praktika-social-services-\d{4}-\d\d-\d\d\.geojson"',
            response["Content-Disposition"],
        )
        data = json.loads(body)
        assert data["type"] == "FeatureCollection"
        assert "page" not in data
        coordinates = {
            feature["id"]: feature["geometry"]["coordinates"] for feature in data["features"]
        }
        assert coordinates == {"BG-VID-001": [22.88, 43.99], "RO-DJ-001": [23.796, 44.319]}

        _response, body = download(
            client, export_url("ro", "export-providers-geojson"), {"country": "RO"}
        )
        (feature,) = json.loads(body)["features"]
        assert feature["properties"]["title"] == "Centrul de plasament de tip familial – Craiova"

    def test_an_empty_list_is_still_valid(self, client, site_tree):
        _response, body = download(
            client, export_url("en", "export-providers-geojson"), {"region": "bg-varna"}
        )
        assert json.loads(body) == {"type": "FeatureCollection", "features": []}


class TestLegislationCsv:
    def test_laws_with_labels_and_filters(self, client, site_tree):
        response, body = download(client, export_url("en", "export-legislation-csv"))
        assert "praktika-legislation-" in response["Content-Disposition"]
        header, rows = parse_csv(body)
        assert header == [
            "Record key",
            "Title",
            "Country",
            "Type",
            "Year",
            "Status",
            "Summary",
            "Official text",
            "Demonstration record",
        ]
        assert rows == [
            {
                "Record key": "BG-LAW-001",
                "Title": "Social Services Act",
                "Country": "Bulgaria",
                "Type": "Law",
                "Year": "2019",
                "Status": "In force",
                "Summary": "Governs how social services are provided, planned and assured.",
                "Official text": "https://www.example.org/zakon",
                "Demonstration record": "0",
            }
        ]
        _response, body = download(
            client, export_url("en", "export-legislation-csv"), {"country": "RO"}
        )
        assert parse_csv(body)[1] == []

    def test_import_column_names(self, client, site_tree):
        _response, body = download(
            client, export_url("bg", "export-legislation-csv"), {"header": "keys"}
        )
        header, rows = parse_csv(body)
        assert header == [
            "record_key",
            "title",
            "country",
            "type",
            "year",
            "status",
            "summary",
            "link",
            "is_demo",
        ]
        assert rows[0]["title"] == "Закон за социалните услуги"
