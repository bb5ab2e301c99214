"""Tags belong to each language version of an article."""

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

import pytest

from tests.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.site_tree import make_home_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def bulgarian_article():
    home, _site = make_home_site()
    index = ArticleIndexPageFactory(parent=home)
    article = ArticlePageFactory(parent=index, title="Генограма", slug="genograma")
    article.tags.add("генограма", "работа по случай")
    article.save_revision().publish()
    return article.__class__.objects.get(pk=article.pk)


def tag_names(page):
    return sorted(page.__class__.objects.get(pk=page.pk).tags.names())


def test_a_copy_for_translation_starts_without_the_sources_tags(bulgarian_article):
    english = bulgarian_article.copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    english.save_revision().publish()
    assert tag_names(english) == []
    assert tag_names(bulgarian_article) == ["генограма", "работа по случай"]


def test_a_wagtail_localize_translation_starts_without_tags_and_keeps_its_own(
    bulgarian_article,
):
    romanian = Locale.objects.get(language_code="ro")
    source, _created = TranslationSource.get_or_create_from_instance(bulgarian_article)
    source.create_or_update_translation(romanian, copy_parent_pages=True, fallback=True)
    translation = bulgarian_article.get_translation(romanian)
    assert tag_names(translation) == []

    translation.tags.add("genogramă")
    translation.save_revision().publish()
    source.update_from_db()
    source.create_or_update_translation(romanian, fallback=True)
    assert tag_names(translation) == ["genogramă"]
    assert tag_names(bulgarian_article) == ["генограма", "работа по случай"]
