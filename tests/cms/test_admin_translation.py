"""Editors translate in the admin with wagtail-localize: submit, machine-translate, publish."""

from django.test import override_settings

from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation

import pytest

from tests.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.site_tree import make_home_site
from tests.test_settings import setting_values

pytestmark = pytest.mark.django_db

DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


@pytest.fixture
def news_item():
    home, _site = make_home_site()
    index = ArticleIndexPageFactory(parent=home)
    article = ArticlePageFactory(
        parent=index,
        title="Приключи картографирането на социалните ресурси",
        slug="kartografirane-priklyuchi",
        lead="Тринадесет области са картографирани.",
    )
    article.save_revision().publish()
    return Page.objects.get(pk=article.pk).specific


def submit(client, page, *languages):
    locales = Locale.objects.filter(language_code__in=languages)
    return client.post(
        f"/admin/localize/submit/page/{page.pk}/",
        {"locales": [locale.pk for locale in locales]},
    )


def test_an_editor_submits_a_page_for_translation(admin_client, news_item):
    response = submit(admin_client, news_item, "en", "ro")

    assert response.status_code == 302
    for language in ("en", "ro"):
        translation = news_item.get_translation(Locale.objects.get(language_code=language))
        assert translation.alias_of_id is None
        assert Translation.objects.get(
            source__object_id=news_item.translation_key,
            target_locale__language_code=language,
        ).enabled
        # Not published until the translator has done their work.
        assert not translation.live
        edit = admin_client.get(f"/admin/pages/{translation.pk}/edit/")
        assert b"js-translation-editor" in edit.content


def test_an_untranslated_alias_becomes_a_translation(
    admin_client, news_item, django_capture_on_commit_callbacks
):
    english_index = news_item.get_parent().copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    alias = news_item.create_alias(
        parent=english_index,
        update_locale=Locale.objects.get(language_code="en"),
        reset_translation_key=False,
    )

    # wagtail-localize publishes the translation when the request's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        assert submit(admin_client, news_item, "en").status_code == 302

    converted = Page.objects.get(pk=alias.pk)
    assert converted.alias_of_id is None
    assert converted.locale.language_code == "en"
    assert converted.live


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR)
def test_machine_translation_fills_the_missing_strings(admin_client, news_item):
    submit(admin_client, news_item, "en")
    translation = Translation.objects.get(target_locale__language_code="en")
    assert not StringTranslation.objects.filter(locale__language_code="en").exists()

    response = admin_client.post(
        f"/admin/localize/translate/{translation.pk}/machine_translate/",
        {"next": "/admin/"},
    )

    assert response.status_code == 302
    translated = StringTranslation.objects.filter(locale__language_code="en")
    assert translated.filter(data__icontains="картографирането").exists()
    assert translation.get_progress() == (translated.count(), translated.count())


def test_deepl_is_wired_when_its_key_is_set():
    translator = setting_values(
        "config.settings.dev",
        "print(json.dumps(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None)))",
        DEEPL_AUTH_KEY="key-from-the-environment",
    )
    assert translator == {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "key-from-the-environment"},
    }
    assert (
        setting_values(
            "config.settings.dev",
            "print(json.dumps(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None)))",
        )
        is None
    )
