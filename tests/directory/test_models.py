"""The directory's records: validation, where they may be created, the shared filters, and
the way they join the site search."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils import translation

from wagtail.models import Page

import pytest

from directory.choices import ServiceType, TargetGroup
from directory.filters import LegislationFilterForm, ProviderFilterForm
from directory.models import (
    DirectoryPage,
    LegislationIndexPage,
    LegislationPage,
    ServiceProviderPage,
)
from search.models import SearchEntry
from tests.factories import ProviderServiceFactory, ServiceProviderPageFactory


def providers(tree, language="bg"):
    return ServiceProviderPage.objects.in_directory(tree.page(language, "directory"))


def filtered(tree, query, language="bg"):
    form = ProviderFilterForm(QueryDict(query))
    return sorted(page.record_key for page in form.filter(providers(tree, language)))


class TestValidation:
    def test_a_district_must_be_in_the_chosen_country(self, site_tree):
        page = site_tree.page("bg", "provider")
        page.region = "ro-dolj"
        with pytest.raises(ValidationError) as error:
            page.full_clean()
        assert "region" in error.value.message_dict

    def test_coordinates_come_in_pairs(self, site_tree):
        page = site_tree.page("bg", "provider")
        page.longitude = None
        with pytest.raises(ValidationError) as error:
            page.full_clean()
        assert "longitude" in error.value.message_dict

    @pytest.mark.parametrize(
        "latitude, longitude", [(Decimal("91"), Decimal("22")), (Decimal("43"), Decimal("-181"))]
    )
    def test_coordinates_stay_on_the_globe(self, site_tree, latitude, longitude):
        page = site_tree.page("bg", "provider")
        page.latitude, page.longitude = latitude, longitude
        with pytest.raises(ValidationError):
            page.full_clean()

    def test_a_record_key_is_unique_within_a_language(self, site_tree):
        directory = site_tree.page("bg", "directory")
        clash = ServiceProviderPageFactory.build(record_key="bg-vid-001 ", slug="another")
        clash.locale_id = directory.locale_id
        clash.path, clash.depth = directory.path + "9999", directory.depth + 1
        with pytest.raises(ValidationError) as error:
            clash.clean()
        assert "record_key" in error.value.message_dict
        # Keys are kept upper-case and trimmed, so "bg-vid-001 " met the existing BG-VID-001.
        assert clash.record_key == "BG-VID-001"

    def test_translations_share_their_key(self, site_tree):
        english = site_tree.page("en", "provider")
        assert english.record_key == "BG-VID-001"
        english.full_clean()  # its Bulgarian source holds the same key: no clash

    def test_unknown_target_groups_are_refused(self, site_tree):
        page = site_tree.page("bg", "provider")
        page.target_groups = ["children", "aliens"]
        with pytest.raises(ValidationError) as error:
            page.full_clean()
        assert "target_groups" in error.value.message_dict


class TestTree:
    def test_providers_live_only_under_the_map_and_laws_under_their_index(self):
        assert ServiceProviderPage.allowed_parent_page_models() == [DirectoryPage]
        assert LegislationPage.allowed_parent_page_models() == [LegislationIndexPage]
        assert ServiceProviderPage.allowed_subpage_models() == []

    def test_labels_follow_the_reader_language(self, site_tree):
        page = site_tree.page("bg", "provider")
        with translation.override("en"):
            assert [str(label) for label in page.target_group_labels] == [
                "Children at risk",
                "Parents and families",
            ]
            assert page.region_label == "Vidin"
        with translation.override("ro"):
            assert "Copii în situații de risc" in [str(x) for x in page.target_group_labels]


class TestFilters:
    def test_no_filter_lists_every_live_provider(self, site_tree):
        assert filtered(site_tree, "") == ["BG-VID-001", "RO-DJ-001"]

    def test_several_districts_widen_the_choice(self, site_tree):
        assert filtered(site_tree, "region=ro-dolj&region=bg-vidin") == ["BG-VID-001", "RO-DJ-001"]
        assert filtered(site_tree, "region=ro-dolj") == ["RO-DJ-001"]

    def test_different_filters_narrow_it(self, site_tree):
        query = "region=ro-dolj&region=bg-vidin&service=community_support"
        assert filtered(site_tree, query) == ["BG-VID-001"]
        assert filtered(site_tree, "country=RO&group=families") == []
        assert filtered(site_tree, "group=families") == ["BG-VID-001"]

    def test_a_provider_with_two_matching_services_is_listed_once(self, site_tree):
        page = site_tree.page("bg", "provider")
        ProviderServiceFactory(page=page, service_type=ServiceType.DAY_CENTRE, sort_order=1)
        query = "service=community_support&service=day_centre"
        assert filtered(site_tree, query) == ["BG-VID-001"]

    def test_one_target_group_code_never_matches_part_of_another(self, site_tree):
        page = site_tree.page("bg", "provider_ro")
        page.target_groups = [TargetGroup.FOSTER_CARERS]
        page.save()
        assert filtered(site_tree, "group=children") == ["BG-VID-001"]

    def test_text_finds_name_or_place(self, site_tree):
        assert filtered(site_tree, "q=Craiova", "en") == ["RO-DJ-001"]
        assert filtered(site_tree, "q=Крайова") == ["RO-DJ-001"]

    def test_unknown_values_are_ignored_and_dropped_from_links(self, site_tree):
        form = ProviderFilterForm(QueryDict("region=xx-nowhere&service=day_centre&group=children"))
        assert filtered(site_tree, "region=xx-nowhere") == ["BG-VID-001", "RO-DJ-001"]
        assert form.query_string() == "service=day_centre&group=children"

    def test_offered_districts_can_be_limited_to_those_with_records(self):
        form = ProviderFilterForm(regions={"bg-vidin", "ro-dolj"})
        offered = [code for _group, options in form.fields["region"].choices for code, _ in options]
        assert offered == ["bg-vidin", "ro-dolj"]

    def test_legislation_filters(self, site_tree):
        laws = LegislationPage.objects.live()
        assert LegislationFilterForm(QueryDict("country=RO")).filter(laws).count() == 0
        assert (
            LegislationFilterForm(QueryDict("country=BG&status=in_force")).filter(laws).count() == 3
        )


class TestSearch:
    def test_providers_and_laws_are_searched_as_their_own_kinds(self, site_tree):
        from search.indexing import rebuild

        rebuild()
        kinds = dict(
            SearchEntry.objects.filter(
                group_key__in=[
                    f"page:{site_tree.page('bg', key).translation_key}"
                    for key in ("provider", "legislation")
                ],
                language="en",
            ).values_list("heading", "kind")
        )
        assert kinds == {
            "Community Support Centre – Vidin": "provider",
            "Social Services Act": "legislation",
        }

    def test_an_unpublished_provider_leaves_the_search(self, site_tree):
        from search.indexing import rebuild

        rebuild()
        page = site_tree.page("ro", "provider_ro")
        assert SearchEntry.objects.filter(url=page.url).exists()
        page.unpublish()
        assert not SearchEntry.objects.filter(url=Page.objects.get(pk=page.pk).url).exists()
