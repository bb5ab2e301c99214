"""The demo site: built once per module by ``manage.py load_demo``, then checked as a reader would.

The loader runs inside a transaction that is rolled back after the module, so other test
modules never see the demo content.
"""

import io
import re
import zlib
from base64 import a85decode
from datetime import date
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationSource,
)

import pytest

from cms.models import (
    ArticlePage,
    ContactPage,
    EventPage,
    HomePage,
    NavigationMenu,
    Organisation,
    ProjectPage,
    PublicationFile,
    PublicationPage,
)
from core.choices import Country
from demo.core import demo_uuid
from directory.models import LegislationPage, ProviderService, ServiceProviderPage

pytestmark = pytest.mark.django_db

LANGUAGES = ("bg", "en", "ro")
ALIAS_KEY = "news-resource-centre-moves"


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        output = io.StringIO()
        call_command("load_demo", stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_output):
    return demo_output


# The directory's records are checked on the same demo (see the module's docstring).
from tests.directory.demo_checks import *  # noqa: E402, F403


def in_locale(model, key, lang):
    return model.objects.get(translation_key=demo_uuid(key), locale__language_code=lang)


def site_pages():
    """The site's pages without the directory's ~220 records (tests/directory/test_demo.py)."""
    return Page.objects.filter(depth__gte=2).not_type(ServiceProviderPage, LegislationPage)


def demo_pages():
    return site_pages().specific().order_by("path")


# The site tree ---------------------------------------------------------------------------


def test_prints_progress(demo_output):
    assert "Projects..." in demo_output
    assert "Demo content ready" in demo_output


def test_default_site_serves_the_bulgarian_home_page(demo_output):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 80)
    assert site.root_page.specific.__class__ is HomePage
    assert site.root_page.locale.language_code == "bg"
    generic = ContentType.objects.get_for_model(Page)
    assert not Page.objects.filter(depth=2, content_type=generic).exists()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_the_full_tree(demo_output, lang):
    bg_pages = site_pages().filter(locale__language_code="bg")
    pages = site_pages().filter(locale__language_code=lang)
    assert pages.count() == bg_pages.count() == 40
    home = in_locale(HomePage, "home", lang)
    sections = {page.specific_class.__name__ for page in home.get_children()}
    assert sections == {
        "ArticleIndexPage",
        "ResourceCentrePage",
        "PublicationIndexPage",
        "EventIndexPage",
        "ProjectIndexPage",
        "StandardPage",
        "ContactPage",
        "DirectoryPage",
        "LegislationIndexPage",
    }
    assert home.get_children().type(ContactPage).count() == 1
    assert all(page.live for page in pages)


def test_slugs_are_ascii_and_differ_per_language(demo_output):
    news = [in_locale(Page, "news", lang).slug for lang in LANGUAGES]
    assert news == ["novini", "news", "stiri"]
    for page in Page.objects.filter(depth__gte=2):
        assert page.slug.isascii(), page.slug


def test_every_page_renders_in_its_language(demo_output, client):
    pages = list(demo_pages())
    assert len(pages) == 3 * 40
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, (page.url, response.status_code)
        assert response.headers["Content-Language"] == page.locale.language_code, page.url


# Translations through wagtail-localize ---------------------------------------------------


def test_english_and_romanian_pages_are_localize_translations(demo_output):
    translated = site_pages().filter(alias_of__isnull=True).exclude(locale__language_code="bg")
    assert translated.count() == 2 * 39
    for page in translated:
        source = TranslationSource.objects.get(
            object_id=page.translation_key, locale__language_code="bg"
        )
        translation = Translation.objects.get(source=source, target_locale=page.locale)
        assert translation.enabled
        total, done = translation.get_progress()
        assert total == done > 0, page.url


def test_snippets_are_localize_translations(demo_output):
    for model in (Organisation, NavigationMenu):
        for snippet in model.objects.exclude(locale__language_code="bg"):
            source = TranslationSource.objects.get(
                object_id=snippet.translation_key, locale__language_code="bg"
            )
            assert Translation.objects.get(source=source, target_locale=snippet.locale).enabled
    assert in_locale(Organisation, "organisation/sacp", "en").name == (
        "State Agency for Child Protection"
    )
    assert in_locale(Organisation, "organisation/sacp", "bg").name == (
        "Държавна агенция за закрила на детето"
    )


def test_translated_text_is_in_the_target_language(demo_output):
    article = {lang: in_locale(ArticlePage, "article-genogram", lang) for lang in LANGUAGES}
    assert article["bg"].title.startswith("Методът на генограмата")
    assert article["en"].title.startswith("The Genogram method")
    assert article["ro"].title.startswith("Metoda genogramei")
    assert StringTranslation.objects.filter(locale__language_code="ro").exists()
    headings = [
        block.value["text"] for block in article["ro"].body if block.block_type == "heading"
    ]
    assert headings == ["Ce este genograma", "Cum o folosim în lucrul pe caz"]


def test_admin_opens_translations_in_the_localize_editor(demo_output, admin_client):
    page = in_locale(ArticlePage, "article-genogram", "ro")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    templates = [template.name for template in response.templates]
    assert "wagtail_localize/admin/edit_translation.html" in templates
    organisation = in_locale(Organisation, "organisation/sacp", "en")
    response = admin_client.get(
        reverse("wagtailsnippets_cms_organisation:edit", args=[organisation.pk])
    )
    assert response.status_code == 200
    templates = [template.name for template in response.templates]
    assert "wagtail_localize/admin/edit_translation.html" in templates
    alias = in_locale(ArticlePage, ALIAS_KEY, "en")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[alias.pk]))
    templates = [template.name for template in response.templates]
    assert "wagtail_localize/admin/edit_translatable_alias.html" in templates


def test_home_pages_feature_the_same_items(demo_output):
    for lang in LANGUAGES:
        home = in_locale(HomePage, "home", lang)
        featured = [item.page.get_translation(home.locale) for item in home.featured_items.all()]
        assert [page.translation_key for page in featured] == [
            demo_uuid("project-regional-network"),
            demo_uuid("publication-compendium"),
            demo_uuid("article-resilience"),
        ]
        assert {page.locale.language_code for page in featured} == {lang}


def test_chosen_pages_and_covers_follow_the_language(demo_output):
    for lang in ("en", "ro"):
        event = in_locale(EventPage, "event-training-burgas", lang)
        assert event.project.locale.language_code == lang
        publication = in_locale(PublicationPage, "publication-compendium", lang)
        assert publication.cover.title == f"cover-publication-compendium-{lang}"
        menu = NavigationMenu.objects.get(location="main", locale__language_code=lang)
        links = [block.value["page"] for block in menu.items]
        assert len(links) == 8
        assert {page.locale.language_code for page in links} == {lang}
    assert SegmentOverride.objects.exists()


def test_tags_are_set_per_language(demo_output):
    tags = {
        lang: set(in_locale(ArticlePage, "article-resilience", lang).tags.names())
        for lang in LANGUAGES
    }
    assert "устойчивост" in tags["bg"]
    assert "resilience" in tags["en"]
    assert "reziliență" in tags["ro"]
    assert not tags["bg"] & tags["en"]


def test_the_newest_news_item_is_an_alias_outside_bulgarian(demo_output):
    source = in_locale(ArticlePage, ALIAS_KEY, "bg")
    assert source.alias_of_id is None
    for lang in ("en", "ro"):
        alias = in_locale(ArticlePage, ALIAS_KEY, lang)
        assert alias.alias_of_id == source.pk
        assert alias.is_untranslated_alias
        assert alias.content_language == "bg"
        assert alias.get_parent().locale.language_code == lang
    assert not TranslationSource.objects.filter(object_id=demo_uuid(ALIAS_KEY)).exists()
    newest = ArticlePage.objects.filter(locale__language_code="en").order_by("-date").first()
    assert newest.alias_of_id == source.pk


# The facts -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_burgas_training(demo_output, lang):
    event = in_locale(EventPage, "event-training-burgas", lang)
    assert event.start_date == date(2019, 9, 26)
    assert event.participants_total == 23
    assert (event.region, event.country) == ("bg-burgas", Country.BULGARIA)
    assert event.gallery_images.count() == 3
    event.full_clean()


def test_events_match_the_facts(demo_output):
    expected = {
        "event-training-stara-zagora": (date(2019, 9, 26), 18, None, "bg-stara-zagora"),
        "event-focus-group-stara-zagora": (date(2020, 6, 16), 13, None, "bg-stara-zagora"),
        "event-focus-group-harmanli": (date(2020, 6, 17), 21, None, "bg-haskovo"),
        "event-focus-group-sofia": (date(2020, 6, 25), 20, None, "bg-sofia-city"),
        "event-expert-meeting-ruse": (None, 20, 10, "bg-ruse"),
        "event-final-conference": (None, 40, 20, "ro-dolj"),
    }
    for key, (day, total, per_country, region) in expected.items():
        event = in_locale(EventPage, key, "bg")
        if day:
            assert event.start_date == day, key
        assert event.participants_total == total, key
        if per_country:
            assert event.participants_bg == event.participants_ro == per_country, key
        assert event.region == region, key
    conference = in_locale(EventPage, "event-final-conference", "bg")
    assert conference.country == Country.ROMANIA
    assert conference.duration_days == 2
    meeting = in_locale(EventPage, "event-expert-meeting-ruse", "bg")
    assert (meeting.start_date.year, meeting.start_date.month) == (2017, 10)
    for event in EventPage.objects.all():
        event.full_clean()
    findings = in_locale(EventPage, "event-focus-group-sofia", "en").findings
    assert "Involve parents more" in findings


def test_regional_network_budget(demo_output):
    project = in_locale(ProjectPage, "project-regional-network", "en")
    assert (project.start_date, project.end_date) == (date(2017, 4, 26), date(2019, 4, 25))
    assert project.duration_months == 24
    amounts = sorted(funder.amount for funder in project.funders.all())
    assert amounts == [
        Decimal("7065.73"),
        Decimal("21842.50"),
        Decimal("24084.78"),
        Decimal("300293.71"),
    ]
    # The published budget is EUR 353,286.71; its published components add up to one cent
    # more. The demo keeps the components as published.
    total = project.funding_totals()["EUR"]
    assert total == sum(amounts) == Decimal("353286.72")
    assert abs(total - Decimal("353286.71")) <= Decimal("0.01")
    targets = {result.target for result in project.results.all()}
    assert {200, 300, 12} <= targets
    assert not any(result.achieved for result in project.results.all())
    assert project.activities.count() == 9


# Media -----------------------------------------------------------------------------------


def pdf_text(data):
    """The text a PDF shows, decoded through its fonts' ToUnicode maps (enough for reportlab)."""
    objects = dict(re.findall(rb"(\d+) 0 obj(.*?)endobj", data, re.S))

    def stream(body):
        header, raw = re.match(rb"\s*<<(.*?)>>\s*stream\r?\n(.*)endstream", body, re.S).groups()
        if b"ASCII85Decode" in header:
            raw = a85decode(raw.strip(), adobe=True)
        return zlib.decompress(raw) if b"FlateDecode" in header else raw

    maps = {}
    for body in objects.values():
        font = re.search(rb"/Name /(\S+) .*?/ToUnicode (\d+) 0 R", body, re.S)
        if font and b"/Type /Font" in body:
            cmap = stream(objects[font.group(2)])
            maps[font.group(1)] = {
                int(code, 16): chr(int(char, 16))
                for code, char in re.findall(rb"<([0-9A-F]{2})> <([0-9A-F]{4})>", cmap)
            }

    def literal(string):
        return re.sub(
            rb"\\([0-7]{1,3}|.)",
            lambda m: bytes([int(m.group(1), 8)]) if m.group(1).isdigit() else m.group(1),
            string,
        )

    text = []
    for body in objects.values():
        if b"stream" not in body or b" Tj" not in (content := stream(body)):
            continue
        font = None
        for token in re.finditer(rb"/(\S+) [\d.]+ Tf|\(((?:\\.|[^\\)])*)\) Tj", content):
            if token.group(1):
                font = maps.get(token.group(1))
            elif font is not None:
                text.append("".join(font.get(byte, "") for byte in literal(token.group(2))))
    return " ".join(text)


def test_publications_have_real_pdfs_in_their_languages(demo_output):
    files = PublicationFile.objects.filter(page__locale__language_code="bg")
    assert {(f.page.slug, f.language) for f in files} >= {
        ("sbornik-za-spetsialisti-2019", "bg"),
        ("sbornik-za-spetsialisti-2019", "ro"),
        ("broshura-zaedno-prez-dunav-2019", "bg"),
        ("broshura-zaedno-prez-dunav-2019", "ro"),
        ("sravnitelno-izsledvane-2017", "en"),
    }
    titles = {
        "bg": "Сборник за специалисти",
        "en": "Compendium for specialists",
        "ro": "Compendiu pentru specialiști",
    }
    for publication_file in files:
        with publication_file.document.open_file() as handle:
            data = handle.read()
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
        assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 3
        assert f"/Lang ({publication_file.language})".encode() in data
        text = pdf_text(data)
        assert len(text) > 500
        if publication_file.page.slug == "sbornik-za-spetsialisti-2019":
            assert titles[publication_file.language] in text
        cyrillic = re.search("[а-яА-Я]", text)
        assert bool(cyrillic) == (publication_file.language == "bg"), publication_file


def test_images_and_documents_are_in_the_demo_collection(demo_output):
    images = get_image_model().objects.filter(collection__name="Demo")
    assert images.count() >= 50
    assert all(image.width and image.height and image.file_hash for image in images[:5])
    documents = get_document_model().objects.filter(collection__name="Demo")
    assert documents.filter(file__endswith=".pdf").count() == documents.count() >= 10


def test_a_missing_font_stops_the_command_with_a_clear_message(monkeypatch, tmp_path):
    from django.core.management.base import CommandError

    from demo import media

    monkeypatch.setattr(media, "FONT_REGULAR", tmp_path / "DejaVuSans.ttf")
    with pytest.raises(CommandError, match="fonts-dejavu-core"):
        call_command("load_demo", reset=True, stdout=io.StringIO())
    assert site_pages().count() == 3 * 40


# Idempotency -----------------------------------------------------------------------------


def counts():
    models = [
        Page,
        Revision,
        get_image_model(),
        get_document_model(),
        Organisation,
        NavigationMenu,
        ProviderService,
        TranslationSource,
        Translation,
        StringTranslation,
        SegmentOverride,
        Locale,
        Site,
    ]
    return {model.__name__: model.objects.count() for model in models}


def test_running_again_changes_nothing_and_leaves_edited_pages_to_translators(demo_output):
    """One second run proves both: nothing is created or revised, and an editor's work stays.

    (Each run of the loader takes tens of seconds, so the edit is made before the run.)
    """
    page = in_locale(ArticlePage, "article-genogram", "bg")
    page.body.append(("paragraph", RichText("<p>Нов абзац, добавен от редактор.</p>")))
    page.save_revision().publish()
    in_locale(ArticlePage, "article-genogram", "en").delete()
    before = counts()
    latest = dict(Page.objects.values_list("pk", "latest_revision_id"))

    output = io.StringIO()
    call_command("load_demo", stdout=output)

    assert counts() == before
    assert dict(Page.objects.values_list("pk", "latest_revision_id")) == latest
    assert " 0 created" in output.getvalue()
    assert re.search(r"[1-9]\d* created", output.getvalue()) is None
    assert "not translated into en" in output.getvalue()
    assert not ArticlePage.objects.filter(
        translation_key=page.translation_key, locale__language_code="en"
    ).exists()


# Removing the whole demo and loading it again takes minutes on PostgreSQL (more than any other
# test). `load_demo --reset` is for a developer's or a demonstration site, which `make run`
# serves on SQLite: it is proven there. Loading, and loading again, are proven on both databases.
@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="load_demo --reset is tested on SQLite (docs/testing.md)"
)
def test_reset_rebuilds_the_same_site(demo_output):
    from community.discussions.models import Post, Thread
    from community.materials.models import PracticeMaterial
    from demo.community.members import PEOPLE, demo_users

    def demo_rows():
        users = demo_users()
        return {
            "members": set(users.values_list("pk", flat=True)),
            "materials": set(PracticeMaterial.objects.filter(author__in=users).values_list("pk")),
            "threads": set(Thread.objects.filter(author__in=users).values_list("pk")),
            "replies": set(Post.objects.filter(author__in=users).values_list("pk")),
        }

    old_community = demo_rows()
    before = counts()
    call_command("load_demo", reset=True, stdout=io.StringIO())
    after = counts()
    for name in ("Page", "Image", "Document", "Organisation", "NavigationMenu", "Translation"):
        assert after[name] == before[name], name
    # The community demo was removed and made again: same numbers, new rows.
    for name, new_pks in demo_rows().items():
        pks = old_community[name]
        assert pks and len(new_pks) == len(pks) and not new_pks & pks, name
    assert len(old_community["members"]) == len(PEOPLE)
    assert Site.objects.get(is_default_site=True).root_page.slug == "nachalo"
