"""The directory's demonstration records, as ``manage.py load_demo`` builds them.

Not a test module of its own: tests/cms/test_demo.py imports these tests, so they check the
demo that module loads once (loading it takes minutes) through its ``demo`` fixture.
"""

import re
from collections import Counter, defaultdict

from django.urls import reverse
from django.utils import translation

from wagtail_localize.models import StringTranslation, Translation

import pytest

from demo.core import demo_uuid
from directory.choices import ServiceType
from directory.filters import ProviderFilterForm
from directory.models import (
    DirectoryPage,
    LegislationPage,
    ProviderService,
    ServiceProviderPage,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ("bg", "en", "ro")

# Generous boxes around each district or county (south, north, west, east), from the map.
REGION_BOXES = {
    "bg-vidin": (43.45, 44.25, 22.35, 23.10),
    "bg-montana": (43.15, 43.90, 22.65, 23.65),
    "bg-vratsa": (42.95, 43.85, 23.25, 24.15),
    "bg-pleven": (43.05, 43.75, 23.95, 25.25),
    "bg-veliko-tarnovo": (42.80, 43.65, 25.10, 26.10),
    "bg-ruse": (43.30, 43.95, 25.50, 26.60),
    "bg-silistra": (43.65, 44.15, 26.55, 27.70),
    "bg-dobrich": (43.30, 43.90, 27.20, 28.65),
    "ro-mehedinti": (44.25, 45.15, 22.30, 23.40),
    "ro-dolj": (43.70, 44.75, 22.85, 24.30),
    "ro-olt": (43.70, 44.95, 24.00, 24.75),
    "ro-teleorman": (43.62, 44.45, 24.65, 25.75),
    "ro-giurgiu": (43.85, 44.55, 25.40, 26.40),
    "ro-calarasi": (44.00, 44.55, 26.15, 27.65),
    "ro-constanta": (43.70, 44.75, 27.70, 28.80),
}
DEMO_MARK = {"bg": "Демонстрационен запис", "en": "Demonstration record", "ro": "demonstrativă"}


def records(model, lang):
    return model.objects.filter(locale__language_code=lang)


def test_at_least_200_records_in_every_language(demo):
    for lang in LANGUAGES:
        providers = records(ServiceProviderPage, lang).live().count()
        laws = records(LegislationPage, lang).live().count()
        assert providers >= 190, lang
        assert laws >= 20, lang
        assert providers + laws >= 200, lang
    assert "Directory records..." in demo


def test_every_district_and_county_has_providers_in_every_language(demo):
    for lang in LANGUAGES:
        regions = Counter(records(ServiceProviderPage, lang).values_list("region", flat=True))
        assert set(regions) == set(REGION_BOXES), lang
        assert min(regions.values()) >= 8, (lang, regions)


def test_every_record_is_marked_as_demonstration(demo):
    """By its flag, which the page shows as a notice; the summary (and so search) stays clean."""
    for model in (ServiceProviderPage, LegislationPage):
        for lang in LANGUAGES:
            pages = records(model, lang)
            assert not pages.filter(is_demo=False).exists()
            for summary in pages.values_list("summary", flat=True):
                assert DEMO_MARK[lang] not in summary, (lang, summary)


def test_record_keys_are_unique_and_well_formed(demo):
    for model in (ServiceProviderPage, LegislationPage):
        for lang in LANGUAGES:
            keys = list(records(model, lang).values_list("record_key", flat=True))
            assert len(keys) == len(set(keys))
            for key in keys:
                assert re.fullmatch(r"(BG|RO)-[A-Z]{2,3}-\d{3}", key), key
    by_key = defaultdict(set)
    for key, translation_key in ServiceProviderPage.objects.values_list(
        "record_key", "translation_key"
    ):
        by_key[key].add(translation_key)
    assert all(len(translation_keys) == 1 for translation_keys in by_key.values())


def test_providers_are_placed_inside_their_district_or_county(demo):
    for provider in records(ServiceProviderPage, "bg"):
        south, north, west, east = REGION_BOXES[provider.region]
        assert south <= provider.latitude <= north, provider.record_key
        assert west <= provider.longitude <= east, provider.record_key
        assert provider.region[:2].upper() == provider.country == provider.record_key[:2]
        provider.full_clean()


def test_contact_details_are_obviously_invented(demo):
    for provider in records(ServiceProviderPage, "bg"):
        assert provider.email.endswith("@example.org")
        assert re.fullmatch(r"\+(359|40) \d{2,3} 000 \d{3}", provider.phone), provider.phone
        assert provider.phone.startswith("+359" if provider.country == "BG" else "+40")
        assert not provider.website or provider.website.startswith("https://example.org/")


def test_every_service_type_and_a_mix_of_provider_details_is_used(demo):
    for lang in LANGUAGES:
        used = set(
            ProviderService.objects.filter(locale__language_code=lang).values_list(
                "service_type", flat=True
            )
        )
        assert used == set(ServiceType.values), lang
    providers = records(ServiceProviderPage, "bg")
    assert len(set(providers.values_list("organisation_kind", flat=True))) >= 5
    assert len(set(providers.values_list("legal_status", flat=True))) >= 5
    assert len(set(providers.values_list("funding", flat=True))) >= 5
    groups = {
        group for groups in providers.values_list("target_groups", flat=True) for group in groups
    }
    assert len(groups) >= 8
    assert len(set(providers.values_list("municipality", flat=True))) >= 50


@pytest.mark.parametrize("lang", LANGUAGES)
def test_family_support_in_dolj_and_vidin(demo, lang):
    directory = DirectoryPage.objects.get(
        translation_key=demo_uuid("directory"), locale__language_code=lang
    )
    form = ProviderFilterForm(
        {"service": ["family_counselling", "community_support"], "region": ["ro-dolj", "bg-vidin"]}
    )
    assert form.is_valid(), form.errors
    found = form.filter(ServiceProviderPage.objects.in_directory(directory))
    regions = Counter(found.values_list("region", flat=True))
    assert regions["ro-dolj"] >= 2 and regions["bg-vidin"] >= 2, regions
    assert {page.locale.language_code for page in found} == {lang}


def test_records_are_localize_translations(demo):
    for model in (ServiceProviderPage, LegislationPage):
        sources = {page.translation_key: page for page in records(model, "bg")}
        for lang in ("en", "ro"):
            targets = records(model, lang)
            assert {page.translation_key for page in targets} == set(sources)
            for page in targets:
                assert page.get_parent().locale.language_code == lang
                assert page.alias_of_id is None
    translations = Translation.objects.filter(
        source__object_id__in=ServiceProviderPage.objects.values("translation_key"),
        source__locale__language_code="bg",
    )
    assert (
        translations.filter(enabled=True).count() == 2 * records(ServiceProviderPage, "bg").count()
    )
    for translation_record in translations.order_by("pk")[:20]:
        total, done = translation_record.get_progress()
        assert total == done > 0
        assert translation_record.get_target_instance().live


def test_translated_text_reads_in_the_target_language(demo):
    key = demo_uuid("directory/provider/RO-DJ-002")
    pages = {
        lang: ServiceProviderPage.objects.get(translation_key=key, locale__language_code=lang)
        for lang in LANGUAGES
    }
    assert pages["bg"].title.endswith("– Калафат")
    assert pages["en"].title.endswith("– Calafat")
    assert pages["ro"].municipality == "Calafat"
    assert pages["bg"].slug == pages["en"].slug == pages["ro"].slug == "ro-dj-002-calafat"
    assert (pages["bg"].latitude, pages["bg"].phone) == (pages["ro"].latitude, pages["ro"].phone)
    ro_services = [service.description for service in pages["ro"].services.all()]
    assert ro_services and all(re.search("[ăâîșț]", text) for text in ro_services)
    assert StringTranslation.objects.filter(
        locale__language_code="ro", data=pages["ro"].summary
    ).exists()
    law = LegislationPage.objects.get(
        translation_key=demo_uuid("directory/legislation/RO-LAW-001"), locale__language_code="en"
    )
    assert law.title.startswith("Law no. 272/2004") and law.year == 2004


def test_editors_open_records_in_the_translation_editor(demo, admin_client):
    page = ServiceProviderPage.objects.filter(locale__language_code="ro").first()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    templates = [template.name for template in response.templates]
    assert "wagtail_localize/admin/edit_translation.html" in templates


def test_a_provider_page_renders_in_english(demo, client):
    page = ServiceProviderPage.objects.get(
        translation_key=demo_uuid("directory/provider/BG-VID-001"), locale__language_code="en"
    )
    with translation.override("en"):
        response = client.get(page.url)
    assert response.status_code == 200
    assert "Community Support Centre – Vidin" in response.content.decode()


# What tests/cms/test_demo.py imports: the tests, not the helpers.
__all__ = [name for name in dict(globals()) if name.startswith("test_")]
