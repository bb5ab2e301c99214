"""The read-only JSON/GeoJSON API: filters, pagination, formats, and what must never leak."""

import json
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.models import PageViewRestriction

import pytest

from directory.choices import DirectoryCountry, ServiceType, TargetGroup
from directory.models import ServiceProviderPage
from tests.factories import ProviderServiceFactory, ServiceProviderPageFactory

pytestmark = pytest.mark.django_db

VIDIN, CRAIOVA = "BG-VID-001", "RO-DJ-001"


def api_url(language, name="api-providers", **kwargs):
    with translation.override(language):
        return reverse(f"directory:{name}", kwargs=kwargs or None)


def get_json(client, url, params=None, status=200):
    response = client.get(url, params or {})
    assert response.status_code == status, response.content[:300]
    return response.json()


def keys(data):
    items = data["results"] if "results" in data else data["features"]
    return sorted(
        item["record_key"] if "record_key" in item else item["properties"]["record_key"]
        for item in items
    )


def add_provider(site_tree, language, record_key, *, services=(), **fields):
    """A published provider in a language's own map page (not a translation)."""
    page = ServiceProviderPageFactory(
        parent=site_tree.page(language, "directory"), record_key=record_key, **fields
    )
    for number, service_type in enumerate(services):
        ProviderServiceFactory(page=page, service_type=service_type, sort_order=number)
    page = ServiceProviderPage.objects.get(pk=page.pk)
    page.save_revision().publish()
    return page


@pytest.fixture
def more_providers(site_tree):
    """Two more English providers: a day centre in Dolj and a shelter in Montana."""
    return [
        add_provider(
            site_tree,
            "en",
            "RO-DJ-002",
            title="Calafat Day Centre",
            municipality="Calafat",
            region="ro-dolj",
            country="RO",
            target_groups=[TargetGroup.DISABILITIES],
            services=[ServiceType.DAY_CENTRE],
        ),
        add_provider(
            site_tree,
            "en",
            "BG-MON-001",
            title="Montana Crisis Shelter",
            municipality="Montana",
            region="bg-montana",
            country="BG",
            latitude=None,
            longitude=None,
            target_groups=[TargetGroup.VIOLENCE],
            services=[ServiceType.SHELTER, ServiceType.DAY_CENTRE],
        ),
    ]


class TestProviders:
    def test_lists_the_providers_of_the_language_with_codes_and_labels(self, client, site_tree):
        data = get_json(client, api_url("en"))
        assert data["count"] == 2
        assert (data["page"], data["pages"], data["page_size"]) == (1, 1, 50)
        assert data["next"] is None and data["previous"] is None
        vidin, craiova = data["results"]  # ordered by title
        assert vidin["record_key"] == VIDIN
        assert vidin["title"] == "Community Support Centre – Vidin"
        assert vidin["url"] == f"http://localhost{site_tree.url('en', 'provider')}"
        assert (vidin["kind"], vidin["kind_label"]) == (
            "public",
            "Public provider (municipality or state)",
        )
        assert (vidin["region"], vidin["region_label"]) == ("bg-vidin", "Vidin")
        assert (vidin["country"], vidin["country_label"]) == ("BG", "Bulgaria")
        assert (vidin["latitude"], vidin["longitude"]) == (43.99, 22.88)
        assert vidin["target_groups"] == [
            {"code": "children", "label": "Children at risk"},
            {"code": "families", "label": "Parents and families"},
        ]
        assert [item["code"] for item in vidin["languages"]] == ["bg", "ro"]
        assert vidin["services"] == [
            {
                "type": "community_support",
                "type_label": "Community support centre",
                "name": "",
                "description": "Counselling for parents.",
                "capacity": None,
            }
        ]
        assert vidin["funding_label"] == "State-delegated activity"
        assert vidin["is_demo"] is False
        assert vidin["last_published_at"]
        assert craiova["services"][0]["type"] == "family_placement"
        assert craiova["capacity"] == 12

    def test_each_language_answers_in_its_own_words(self, client, site_tree):
        data = get_json(client, api_url("bg"))
        vidin = next(item for item in data["results"] if item["record_key"] == VIDIN)
        assert vidin["title"] == "Център за обществена подкрепа – Видин"
        assert vidin["url"] == f"http://localhost{site_tree.url('bg', 'provider')}"
        with translation.override("bg"):
            assert vidin["country_label"] == str(DirectoryCountry.BULGARIA.label)
        romanian = get_json(client, api_url("ro"))
        assert {item["title"] for item in romanian["results"]} == {
            "Centrul de sprijin comunitar – Vidin",
            "Centrul de plasament de tip familial – Craiova",
        }

    def test_answers_json_that_anyone_may_cache_and_fetch(self, client, site_tree):
        response = client.get(api_url("en"))
        assert response["Content-Type"].startswith("application/json")
        assert "public" in response["Cache-Control"] and "max-age=" in response["Cache-Control"]
        assert response["Access-Control-Allow-Origin"] == "*"
        assert client.head(api_url("en")).status_code == 200

    @pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
    def test_refuses_anything_but_reading(self, client, site_tree, method):
        response = getattr(client, method)(api_url("en"))
        assert response.status_code == 405
        assert response["Allow"] == "GET, HEAD"
        assert response.json()["error"]["status"] == 405


class TestFilters:
    @pytest.mark.parametrize(
        ("params", "expected"),
        [
            ({"country": "RO"}, [CRAIOVA, "RO-DJ-002"]),
            ({"country": "BG"}, ["BG-MON-001", VIDIN]),
            ({"region": "ro-dolj"}, [CRAIOVA, "RO-DJ-002"]),
            ({"region": ["ro-dolj", "bg-vidin"]}, [VIDIN, CRAIOVA, "RO-DJ-002"]),
            ({"service": "day_centre"}, ["BG-MON-001", "RO-DJ-002"]),
            ({"service": ["shelter", "family_placement"]}, ["BG-MON-001", CRAIOVA]),
            ({"group": "children"}, [VIDIN, CRAIOVA]),
            ({"group": ["violence", "disabilities"]}, ["BG-MON-001", "RO-DJ-002"]),
            ({"q": "calafat"}, ["RO-DJ-002"]),
            ({"q": "crisis montana"}, ["BG-MON-001"]),
            # Dolj or Vidin, and a day centre.
            ({"region": ["ro-dolj", "bg-vidin"], "service": "day_centre"}, ["RO-DJ-002"]),
            ({"country": "BG", "group": "violence", "service": "shelter"}, ["BG-MON-001"]),
            ({"country": "BG", "region": "ro-dolj"}, []),
            # Unknown values are ignored, as on the map page.
            ({"region": "atlantis"}, ["BG-MON-001", VIDIN, CRAIOVA, "RO-DJ-002"]),
        ],
    )
    def test_filters_alone_and_combined(self, client, more_providers, params, expected):
        data = get_json(client, api_url("en"), params)
        assert keys(data) == sorted(expected)
        assert data["count"] == len(expected)

    def test_filters_apply_to_geojson_too(self, client, more_providers):
        data = get_json(client, api_url("en"), {"format": "geojson", "country": "RO"})
        assert keys(data) == [CRAIOVA, "RO-DJ-002"]


class TestPagination:
    def test_pages_link_to_each_other_and_keep_the_filters(self, client, more_providers):
        first = get_json(client, api_url("en"), {"page_size": 3, "country": "BG", "q": ""})
        assert (first["count"], first["pages"], first["page_size"]) == (2, 1, 3)

        first = get_json(client, api_url("en"), {"page_size": 3})
        assert (first["count"], first["page"], first["pages"]) == (4, 1, 2)
        assert len(first["results"]) == 3
        assert first["previous"] is None
        assert first["next"].startswith("http://testserver/en/directory/api/providers/?")
        assert "page=2" in first["next"] and "page_size=3" in first["next"]

        second = get_json(client, first["next"])
        assert second["page"] == 2 and len(second["results"]) == 1
        assert second["next"] is None
        assert "page=1" in second["previous"]
        assert set(keys(first)) | set(keys(second)) == {
            VIDIN,
            CRAIOVA,
            "RO-DJ-002",
            "BG-MON-001",
        }

    def test_filters_survive_in_the_links(self, client, more_providers):
        data = get_json(client, api_url("en"), {"page_size": 1, "region": ["ro-dolj", "bg-vidin"]})
        assert data["count"] == 3
        second = get_json(client, data["next"])
        assert keys(second)[0] in {VIDIN, CRAIOVA, "RO-DJ-002"}
        assert "region=ro-dolj" in second["next"] and "region=bg-vidin" in second["next"]

    def test_page_size_is_capped(self, client, site_tree):
        assert get_json(client, api_url("en"), {"page_size": 5000})["page_size"] == 200

    @pytest.mark.parametrize(
        "params",
        [
            {"page": "abc"},
            {"page": "0"},
            {"page": "-1"},
            {"page": "1e9"},
            {"page": "3"},
            {"page_size": "0"},
            {"page_size": "lots"},
            {"format": "xml"},
        ],
    )
    def test_bad_parameters_get_a_clear_error(self, client, site_tree, params):
        with translation.override("en"):
            data = get_json(client, api_url("en"), params, status=400)
        assert data["error"]["status"] == 400
        assert data["error"]["message"]

    def test_the_error_names_the_last_page(self, client, site_tree):
        data = get_json(client, api_url("en"), {"page": 3}, status=400)
        assert data["error"]["message"] == "There is no page 3: the last page is 1."


class TestGeoJSON:
    def test_a_feature_collection_with_longitude_first(self, client, more_providers):
        response = client.get(api_url("en"), {"format": "geojson"})
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/geo+json")
        data = response.json()
        assert data["type"] == "FeatureCollection"
        assert (data["count"], data["page"], data["pages"], data["page_size"]) == (4, 1, 1, 50)
        features = {feature["properties"]["record_key"]: feature for feature in data["features"]}
        for feature in features.values():
            assert feature["type"] == "Feature"
            assert set(feature) == {"type", "id", "geometry", "properties"}
            assert "latitude" not in feature["properties"]
        assert features[CRAIOVA]["geometry"] == {
            "type": "Point",
            "coordinates": [23.796, 44.319],
        }
        assert features["BG-MON-001"]["geometry"] is None
        assert features[VIDIN]["properties"]["title"] == "Community Support Centre – Vidin"

    def test_the_detail_as_a_feature(self, client, site_tree):
        url = api_url("en", "api-provider-detail", record_key=VIDIN)
        feature = get_json(client, url, {"format": "geojson"})
        assert feature["type"] == "Feature"
        assert feature["geometry"]["coordinates"] == [22.88, 43.99]


class TestDetail:
    def test_one_provider_by_its_record_key(self, client, site_tree):
        data = get_json(client, api_url("ro", "api-provider-detail", record_key="ro-dj-001"))
        assert data["record_key"] == CRAIOVA
        assert data["title"] == "Centrul de plasament de tip familial – Craiova"
        assert data["url"] == f"http://localhost{site_tree.url('ro', 'provider_ro')}"

    def test_an_unknown_key_is_a_json_404(self, client, site_tree):
        data = get_json(
            client, api_url("en", "api-provider-detail", record_key="XX-000"), status=404
        )
        assert data["error"]["status"] == 404


class TestNothingLeaks:
    def english_keys(self, client):
        return keys(get_json(client, api_url("en")))

    def test_an_unpublished_provider(self, client, site_tree):
        site_tree.page("en", "provider").unpublish()
        assert self.english_keys(client) == [CRAIOVA]
        get_json(client, api_url("en", "api-provider-detail", record_key=VIDIN), status=404)
        # The other languages still have it.
        assert VIDIN in keys(get_json(client, api_url("bg")))

    def test_a_draft_change_stays_unseen(self, client, site_tree):
        page = site_tree.page("en", "provider")
        page.title = "Unpublished new name"
        page.phone = "+40 000 000"
        page.save_revision()
        data = get_json(client, api_url("en", "api-provider-detail", record_key=VIDIN))
        assert data["title"] == "Community Support Centre – Vidin"
        assert data["phone"] == "+359 94 600 000"

    def test_a_provider_never_published(self, client, site_tree):
        page = ServiceProviderPageFactory(
            parent=site_tree.page("en", "directory"), record_key="EN-DRAFT-1", live=False
        )
        page.save_revision()
        assert "EN-DRAFT-1" not in self.english_keys(client)

    def test_a_provider_under_a_view_restriction(self, client, site_tree):
        PageViewRestriction.objects.create(
            page=site_tree.page("en", "provider_ro"), restriction_type=PageViewRestriction.LOGIN
        )
        assert self.english_keys(client) == [VIDIN]
        get_json(client, api_url("en", "api-provider-detail", record_key=CRAIOVA), status=404)

    def test_a_restricted_map_page_hides_everything(self, client, site_tree):
        PageViewRestriction.objects.create(
            page=site_tree.page("en", "directory"),
            restriction_type=PageViewRestriction.PASSWORD,
            password="secret",
        )
        get_json(client, api_url("en"), status=404)
        assert len(keys(get_json(client, api_url("ro")))) == 2

    def test_an_unpublished_translation(self, client, site_tree):
        site_tree.page("ro", "provider_ro").unpublish()
        assert keys(get_json(client, api_url("ro"))) == [VIDIN]
        # The Bulgarian source does not stand in for it.
        titles = [item["title"] for item in get_json(client, api_url("ro"))["results"]]
        assert titles == ["Centrul de sprijin comunitar – Vidin"]

    def test_other_languages_pages_never_appear(self, client, site_tree):
        add_provider(site_tree, "bg", "BG-ONLY-1", title="Само на български")
        english = get_json(client, api_url("en"))
        assert "BG-ONLY-1" not in keys(english)
        assert all(item["url"].startswith("http://localhost/en/") for item in english["results"])
        assert "BG-ONLY-1" in keys(get_json(client, api_url("bg")))
        get_json(client, api_url("en", "api-provider-detail", record_key="BG-ONLY-1"), status=404)

    def test_an_alias_in_another_language_tree_is_left_out(self, client, site_tree):
        source = add_provider(site_tree, "bg", "BG-ALIAS-1", title="Псевдоним")
        source.create_alias(
            parent=site_tree.page("en", "directory"),
            update_locale=site_tree.page("en", "directory").locale,
            update_slug="alias-bg",
        )
        assert "BG-ALIAS-1" not in keys(get_json(client, api_url("en")))


class TestQueries:
    def count_queries(self, client, url, params=None):
        with CaptureQueriesContext(connection) as context:
            response = client.get(url, params or {})
        assert response.status_code == 200
        return len(context.captured_queries)

    def test_the_list_costs_the_same_for_two_or_twelve_providers(self, client, site_tree):
        url = api_url("en")
        self.count_queries(client, url)  # warm the locale and site caches
        few = self.count_queries(client, url)
        for number in range(10):
            add_provider(
                site_tree,
                "en",
                f"EN-Q-{number:02d}",
                title=f"Provider {number}",
                services=[ServiceType.DAY_CENTRE, ServiceType.SHELTER],
            )
        many = self.count_queries(client, url)
        assert many == few
        assert few <= 8
        assert self.count_queries(client, url, {"format": "geojson"}) == few

    def test_the_legislation_list_is_bounded(self, client, site_tree):
        url = api_url("en", "api-legislation")
        self.count_queries(client, url)
        assert self.count_queries(client, url) <= 8


class TestLegislation:
    def test_lists_laws_with_labels(self, client, site_tree):
        data = get_json(client, api_url("en", "api-legislation"))
        assert data["count"] == 1
        (law,) = data["results"]
        assert law["record_key"] == "BG-LAW-001"
        assert law["title"] == "Social Services Act"
        assert law["url"] == f"http://localhost{site_tree.url('en', 'legislation')}"
        assert (law["country"], law["type"], law["status"]) == ("BG", "law", "in_force")
        assert (law["type_label"], law["status_label"]) == ("Law", "In force")
        assert law["year"] == 2019
        assert law["documents"] == []
        assert "geometry" not in law

    @pytest.mark.parametrize(
        ("params", "count"),
        [
            ({"country": "BG"}, 1),
            ({"country": "RO"}, 0),
            ({"record_type": "law", "status": "in_force"}, 1),
            ({"status": "repealed"}, 0),
            ({"status": "nonsense"}, 1),
        ],
    )
    def test_filters(self, client, site_tree, params, count):
        assert get_json(client, api_url("en", "api-legislation"), params)["count"] == count

    def test_detail_and_leaks(self, client, site_tree):
        url = api_url("bg", "api-legislation-detail", record_key="BG-LAW-001")
        assert get_json(client, url)["title"] == "Закон за социалните услуги"
        site_tree.page("bg", "legislation").unpublish()
        get_json(client, url, status=404)
        assert get_json(client, api_url("bg", "api-legislation"))["count"] == 0
        assert get_json(client, api_url("en", "api-legislation"))["count"] == 1

    def test_no_geojson_for_laws(self, client, site_tree):
        get_json(client, api_url("en", "api-legislation"), {"format": "geojson"}, status=400)

    def test_refuses_writing(self, client, site_tree):
        response = client.post(
            api_url("en", "api-legislation"), data=json.dumps({}), content_type="application/json"
        )
        assert response.status_code == 405


def test_coordinates_are_plain_numbers(client, site_tree):
    page = site_tree.page("en", "provider")
    page.latitude, page.longitude = Decimal("44.123456"), Decimal("-0.500000")
    page.save_revision().publish()
    data = get_json(client, api_url("en", "api-provider-detail", record_key=VIDIN))
    assert (data["latitude"], data["longitude"]) == (44.123456, -0.5)
