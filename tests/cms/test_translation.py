"""Translating with wagtail-localize: what follows the Bulgarian source, what stays translated.

Translations are made as translators make them: a TranslationSource for the page, a
StringTranslation for each segment, then Translation.save_target(). After the source
changes, the source is updated from the database and the target saved again (the "Sync
translated pages" step in the admin).
"""

import datetime

from django.utils import translation

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

import pytest

from cms.models import ArticlePage, EventPage, Organisation
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    OrganisationFactory,
)
from tests.site_tree import make_home_site

pytestmark = pytest.mark.django_db

EVENT_STRINGS = {
    "Обучение за работа с родители в риск от изоставяне": (
        "Working with parents at risk of abandonment"
    ),
    "obuchenie-burgas": "working-with-parents-burgas",
    "Областна администрация Бургас": "Regional Administration of Burgas",
    "Бургас": "Burgas",
    "Международна детска организация": "An international children's charity",
    "Национален консултант и регионалният координатор за Бургас": (
        "A national consultant and the Burgas regional coordinator"
    ),
    "Обучение за членовете на областния механизъм и специалисти от ОЗД.": (
        "A training for the district mechanism and child-protection specialists."
    ),
    "Участниците се запознаха с метода „Генограма“.": "The participants learned the Genogram method.",
}

ARTICLE_STRINGS = {
    "Методът „Генограма“": "The Genogram method",
    "genograma": "genogram-method",
    "Как генограмата помага да се видят връзките в семейството.": (
        "How a genogram shows a family's relationships."
    ),
    "Регионалният координатор за Бургас": "The Burgas regional coordinator",
    "Начертайте три поколения.": "Draw three generations.",
}


def translate(instance, locale, strings, capture_on_commit):
    """Translate every segment of the instance with `strings`, then save the target."""
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
    # Pages are published on commit; run that now, inside the test's transaction.
    with capture_on_commit(execute=True):
        translation_.save_target(publish=True)
    return source, translation_


def resync(source, translation_, capture_on_commit):
    source.update_from_db()
    with capture_on_commit(execute=True):
        translation_.save_target(publish=True)


@pytest.fixture
def home():
    return make_home_site()[0]


@pytest.fixture
def burgas_training(home):
    return EventPageFactory(
        parent=EventIndexPageFactory(parent=home),
        slug="obuchenie-burgas",
        title="Обучение за работа с родители в риск от изоставяне",
        write_up=[("paragraph", "<p>Участниците се запознаха с метода „Генограма“.</p>")],
    )


class TestEventTranslation:
    def test_translation_has_the_translated_text_and_the_source_facts(
        self, burgas_training, locales, django_capture_on_commit_callbacks
    ):
        translate(burgas_training, locales["en"], EVENT_STRINGS, django_capture_on_commit_callbacks)

        english = burgas_training.get_translation(locales["en"]).specific
        assert english.live
        assert english.title == "Working with parents at risk of abandonment"
        assert english.slug == "working-with-parents-burgas"
        assert english.city == "Burgas"
        assert english.venue == "Regional Administration of Burgas"
        assert "The participants learned the Genogram method." in str(english.write_up[0].value)
        assert english.start_date == datetime.date(2019, 9, 26)
        assert english.participants_total == 23
        assert english.region == "bg-burgas"
        assert english.event_type == "training"

    def test_sync_updates_synchronised_fields_and_keeps_the_translation(
        self, burgas_training, locales, django_capture_on_commit_callbacks
    ):
        source, translation_ = translate(
            burgas_training, locales["en"], EVENT_STRINGS, django_capture_on_commit_callbacks
        )

        bulgarian = EventPage.objects.get(pk=burgas_training.pk)
        bulgarian.start_date = datetime.date(2019, 9, 27)
        bulgarian.end_date = datetime.date(2019, 9, 28)
        bulgarian.participants_total = 25
        bulgarian.participants_bg = 20
        bulgarian.participants_ro = 5
        bulgarian.region = "bg-yambol"
        bulgarian.audience = ["foster_care"]
        bulgarian.event_type = "qualification_session"
        bulgarian.save_revision().publish()
        resync(source, translation_, django_capture_on_commit_callbacks)

        english = EventPage.objects.get(pk=bulgarian.get_translation(locales["en"]).pk)
        assert (english.start_date, english.end_date) == (
            datetime.date(2019, 9, 27),
            datetime.date(2019, 9, 28),
        )
        assert (english.participants_total, english.participants_bg, english.participants_ro) == (
            25,
            20,
            5,
        )
        assert english.region == "bg-yambol"
        assert english.audience == ["foster_care"]
        assert english.event_type == "qualification_session"
        # The translated text is untouched by the sync.
        assert english.title == "Working with parents at risk of abandonment"
        assert english.city == "Burgas"
        assert english.summary == EVENT_STRINGS[burgas_training.summary]
        assert english.live
        assert not english.has_unpublished_changes

    def test_a_changed_translation_survives_a_sync(
        self, burgas_training, locales, django_capture_on_commit_callbacks
    ):
        source, translation_ = translate(
            burgas_training, locales["en"], EVENT_STRINGS, django_capture_on_commit_callbacks
        )
        StringTranslation.objects.filter(
            locale=locales["en"], data="Burgas", context__path="city"
        ).update(data="Burgas (Bulgaria)")
        bulgarian = EventPage.objects.get(pk=burgas_training.pk)
        bulgarian.participants_total = 30
        bulgarian.save_revision().publish()

        resync(source, translation_, django_capture_on_commit_callbacks)

        english = EventPage.objects.get(pk=bulgarian.get_translation(locales["en"]).pk)
        assert english.city == "Burgas (Bulgaria)"
        assert english.participants_total == 30


class TestTagsArePerLanguage:
    @pytest.fixture
    def article(self, home):
        article = ArticlePageFactory(
            parent=ArticleIndexPageFactory(parent=home),
            kind="methodology",
            title="Методът „Генограма“",
            slug="genograma",
            lead="Как генограмата помага да се видят връзките в семейството.",
            authors="Регионалният координатор за Бургас",
            body=[("paragraph", "<p>Начертайте три поколения.</p>")],
        )
        article.tags.add("генограма")
        article.save_revision().publish()
        return ArticlePage.objects.get(pk=article.pk)

    def test_sync_does_not_overwrite_the_tags_of_a_translation(
        self, article, locales, django_capture_on_commit_callbacks
    ):
        source, translation_ = translate(
            article, locales["en"], ARTICLE_STRINGS, django_capture_on_commit_callbacks
        )
        english = ArticlePage.objects.get(pk=article.get_translation(locales["en"]).pk)
        english.tags.set(["genogram", "case work"])
        english.save_revision().publish()

        bulgarian = ArticlePage.objects.get(pk=article.pk)
        bulgarian.tags.add("родители")
        bulgarian.save_revision().publish()
        resync(source, translation_, django_capture_on_commit_callbacks)

        english = ArticlePage.objects.get(pk=english.pk)
        assert sorted(english.tags.names()) == ["case work", "genogram"]
        assert sorted(ArticlePage.objects.get(pk=article.pk).tags.names()) == [
            "генограма",
            "родители",
        ]
        # The published revision of the translation carries its own tags too.
        revision_tags = english.get_latest_revision_as_object().tags.names()
        assert sorted(revision_tags) == ["case work", "genogram"]
        assert english.title == "The Genogram method"

    def test_tags_are_not_segments_for_translators(self, article):
        source, _created = TranslationSource.get_or_create_from_instance(article)
        segment_texts = set(
            StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
        )
        assert "генограма" not in segment_texts
        assert segment_texts == set(ARTICLE_STRINGS)


class TestOrganisationSnippet:
    @pytest.fixture
    def youth_centre(self, locales):
        return OrganisationFactory(
            name="Младежки център – Видин",
            short_name="МЦ Видин",
            city="Видин",
            kind="ngo",
            country="BG",
            website="https://example.org/vidin",
        )

    STRINGS = {
        "Младежки център – Видин": "Youth Centre Vidin",
        "МЦ Видин": "YC Vidin",
        "Видин": "Vidin",
    }

    def test_translated_organisation_and_localized(
        self, youth_centre, locales, django_capture_on_commit_callbacks
    ):
        translate(youth_centre, locales["en"], self.STRINGS, django_capture_on_commit_callbacks)

        english = youth_centre.get_translation(locales["en"])
        assert (english.name, english.short_name, english.city) == (
            "Youth Centre Vidin",
            "YC Vidin",
            "Vidin",
        )
        assert (english.kind, english.country, english.website) == (
            "ngo",
            "BG",
            "https://example.org/vidin",
        )
        with translation.override("en"):
            assert youth_centre.localized == english
        with translation.override("bg"):
            assert english.localized == youth_centre
        with translation.override("ro"):
            # No Romanian version yet: the organisation is shown as it is.
            assert youth_centre.localized == youth_centre

    def test_sync_follows_the_source_facts_and_keeps_the_name(
        self, youth_centre, locales, django_capture_on_commit_callbacks
    ):
        source, translation_ = translate(
            youth_centre, locales["en"], self.STRINGS, django_capture_on_commit_callbacks
        )
        youth_centre.website = "https://example.org/youth-centre-vidin"
        youth_centre.kind = "service_provider"
        youth_centre.save()

        resync(source, translation_, django_capture_on_commit_callbacks)

        english = Organisation.objects.get(
            translation_key=youth_centre.translation_key, locale=locales["en"]
        )
        assert english.website == "https://example.org/youth-centre-vidin"
        assert english.kind == "service_provider"
        assert english.name == "Youth Centre Vidin"
        assert (
            Organisation.objects.filter(translation_key=youth_centre.translation_key).count() == 2
        )
