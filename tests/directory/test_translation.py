"""A provider is translated through wagtail-localize like any page.

Translators see its texts (name, description, address, municipality, accreditation, and its
services' names and descriptions); facts that do not depend on the language (phone, email,
coordinates, codes, capacities) follow the Bulgarian source when the translation is synced.
"""

from decimal import Decimal

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

import pytest

from directory.choices import Funding, ServiceType, TargetGroup
from directory.models import LegislationPage, ServiceProviderPage
from tests.factories import (
    DirectoryPageFactory,
    LegislationIndexPageFactory,
    LegislationPageFactory,
    ProviderServiceFactory,
    ServiceProviderPageFactory,
)
from tests.site_tree import make_home_site

pytestmark = pytest.mark.django_db

PROVIDER_STRINGS = {
    "Дневен център – Лом": "Lom Day Centre",
    "Подкрепа за деца с увреждания.": "Support for children with disabilities.",
    "ул. „Дунавска“ 5": "5 Dunavska St",
    "Лом": "Lom",
    "Лиценз № 1234 от АКСУ": "Licence No 1234 from the Agency for Quality",
    "Дневна грижа": "Day care",
    "До 20 деца на ден.": "Up to 20 children a day.",
}
LAW_STRINGS = {
    "Закон за закрила на детето": "Child Protection Act",
    "Урежда правата на детето.": "Sets out the rights of the child.",
}


def translate(instance, locale, strings, capture_on_commit):
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation_, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": strings[segment.string.data],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    with capture_on_commit(execute=True):
        translation_.save_target(publish=True)
    return source, translation_


def resync(source, translation_, capture_on_commit):
    source.update_from_db()
    with capture_on_commit(execute=True):
        translation_.save_target(publish=True)


def segment_paths(instance):
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    return {
        segment.context.path: segment.string.data
        for segment in StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        )
    }


@pytest.fixture
def home():
    return make_home_site()[0]


@pytest.fixture
def provider(home):
    page = ServiceProviderPageFactory(
        parent=DirectoryPageFactory(parent=home),
        title="Дневен център – Лом",
        slug="dneven-tsentar-lom",
        record_key="BG-MON-007",
        summary="Подкрепа за деца с увреждания.",
        address="ул. „Дунавска“ 5",
        municipality="Лом",
        region="bg-montana",
        accreditation="Лиценз № 1234 от АКСУ",
        phone="+359 971 00 000",
        email="lom@example.org",
        website="https://lom.example.org",
        latitude=Decimal("43.823000"),
        longitude=Decimal("23.237000"),
        target_groups=[TargetGroup.DISABILITIES],
        languages=["bg"],
        capacity=20,
    )
    ProviderServiceFactory(
        page=page,
        service_type=ServiceType.DAY_CENTRE,
        name="Дневна грижа",
        description="До 20 деца на ден.",
        capacity=20,
        sort_order=0,
    )
    page = ServiceProviderPage.objects.get(pk=page.pk)
    page.save_revision().publish()
    return ServiceProviderPage.objects.get(pk=page.pk)


def test_translators_see_the_texts_and_only_the_texts(provider):
    paths = segment_paths(provider)
    page_fields = {path for path in paths if not path.startswith("services.")}
    service_fields = {path.rsplit(".", 1)[1] for path in paths if path.startswith("services.")}
    assert page_fields == {"title", "summary", "address", "municipality", "accreditation"}
    assert service_fields == {"name", "description"}
    assert set(paths.values()) == set(PROVIDER_STRINGS)


def test_the_translation_has_the_texts_and_the_sources_facts(
    provider, locales, django_capture_on_commit_callbacks
):
    translate(provider, locales["en"], PROVIDER_STRINGS, django_capture_on_commit_callbacks)

    english = provider.get_translation(locales["en"]).specific
    assert english.live
    assert (english.title, english.municipality, english.address) == (
        "Lom Day Centre",
        "Lom",
        "5 Dunavska St",
    )
    assert english.accreditation == "Licence No 1234 from the Agency for Quality"
    assert english.slug == "dneven-tsentar-lom"
    assert (english.record_key, english.phone, english.email) == (
        "BG-MON-007",
        "+359 971 00 000",
        "lom@example.org",
    )
    assert (english.latitude, english.longitude) == (Decimal("43.823000"), Decimal("23.237000"))
    (service,) = english.services.all()
    assert (service.name, service.description) == ("Day care", "Up to 20 children a day.")
    assert (service.service_type, service.capacity) == (ServiceType.DAY_CENTRE, 20)
    assert service.locale_id == locales["en"].pk


def test_a_sync_carries_the_facts_over_and_keeps_the_translation(
    provider, locales, django_capture_on_commit_callbacks
):
    source, translation_ = translate(
        provider, locales["ro"], PROVIDER_STRINGS, django_capture_on_commit_callbacks
    )

    bulgarian = ServiceProviderPage.objects.get(pk=provider.pk)
    bulgarian.phone = "+359 971 11 111"
    bulgarian.email = "dc-lom@example.org"
    bulgarian.website = "https://new.example.org"
    bulgarian.latitude, bulgarian.longitude = Decimal("43.830000"), Decimal("23.240000")
    bulgarian.region = "bg-vidin"
    bulgarian.organisation_kind = "ngo"
    bulgarian.funding = Funding.MIXED
    bulgarian.target_groups = [TargetGroup.CHILDREN, TargetGroup.DISABILITIES]
    bulgarian.capacity = 25
    bulgarian.is_demo = True
    bulgarian.save_revision().publish()
    service = bulgarian.services.get()
    service.capacity = 25
    service.service_type = ServiceType.EARLY_INTERVENTION
    service.save()
    resync(source, translation_, django_capture_on_commit_callbacks)

    romanian = ServiceProviderPage.objects.get(pk=bulgarian.get_translation(locales["ro"]).pk)
    assert (romanian.phone, romanian.email, romanian.website) == (
        "+359 971 11 111",
        "dc-lom@example.org",
        "https://new.example.org",
    )
    assert (romanian.latitude, romanian.longitude) == (Decimal("43.830000"), Decimal("23.240000"))
    assert (romanian.region, romanian.organisation_kind, romanian.funding) == (
        "bg-vidin",
        "ngo",
        Funding.MIXED,
    )
    assert romanian.target_groups == [TargetGroup.CHILDREN, TargetGroup.DISABILITIES]
    assert (romanian.capacity, romanian.is_demo) == (25, True)
    (service,) = romanian.services.all()
    assert (service.service_type, service.capacity) == (ServiceType.EARLY_INTERVENTION, 25)
    # The translated texts stay.
    assert (romanian.title, romanian.municipality) == ("Lom Day Centre", "Lom")
    assert service.description == "Up to 20 children a day."
    assert romanian.live and not romanian.has_unpublished_changes


def test_a_changed_text_in_the_source_waits_for_its_translator(
    provider, locales, django_capture_on_commit_callbacks
):
    source, translation_ = translate(
        provider, locales["en"], PROVIDER_STRINGS, django_capture_on_commit_callbacks
    )
    bulgarian = ServiceProviderPage.objects.get(pk=provider.pk)
    bulgarian.summary = "Подкрепа за деца и младежи с увреждания."
    bulgarian.save_revision().publish()
    source.update_from_db()

    assert "Подкрепа за деца и младежи с увреждания." in segment_paths(bulgarian).values()
    progress = translation_.get_progress()
    assert progress[1] == progress[0] - 1  # one segment left to translate


def test_a_law_is_translated_the_same_way(home, locales, django_capture_on_commit_callbacks):
    law = LegislationPageFactory(
        parent=LegislationIndexPageFactory(parent=home),
        title="Закон за закрила на детето",
        slug="zakon-za-zakrila-na-deteto",
        record_key="BG-LAW-002",
        summary="Урежда правата на детето.",
        year=2000,
        link="https://www.example.org/zzd",
    )
    law.save_revision().publish()
    law = LegislationPage.objects.get(pk=law.pk)
    assert set(segment_paths(law)) == {"title", "summary"}

    source, translation_ = translate(
        law, locales["en"], LAW_STRINGS, django_capture_on_commit_callbacks
    )
    law.year, law.link, law.status = 2001, "https://www.example.org/zzd-2001", "amended"
    law.save_revision().publish()
    resync(source, translation_, django_capture_on_commit_callbacks)

    english = LegislationPage.objects.get(pk=law.get_translation(locales["en"]).pk)
    assert english.title == "Child Protection Act"
    assert (english.year, english.link, english.status) == (
        2001,
        "https://www.example.org/zzd-2001",
        "amended",
    )
    assert english.record_key == "BG-LAW-002"
