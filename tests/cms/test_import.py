"""`manage.py import_pages`: the documented example, re-runs, bad lines, dry runs, clean bodies.

The example file (docs/examples/import-example.jsonl) is imported once per module on top of
the shared site tree; tests that change things run in their own savepoint.
"""

import io
import json
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

import pytest
from bs4 import BeautifulSoup

from cms.importing.body import body_blocks, rich_text
from cms.models import ArticlePage, EventPage, ImportedPage, PublicationPage
from tests.factories import make_pdf

pytestmark = pytest.mark.django_db

EXAMPLE = Path(settings.BASE_DIR) / "docs" / "examples" / "import-example.jsonl"
PDF = EXAMPLE.parent / "files" / "network-brochure-2019-bg.pdf"
SUMMARY = re.compile(
    r"Lines read: (?P<lines>\d+)\. Created: (?P<created>\d+), updated: (?P<updated>\d+), "
    r"unchanged: (?P<unchanged>\d+), failed: (?P<failed>\d+)"
)


def run_import(path, *args):
    out, err = io.StringIO(), io.StringIO()
    error = None
    try:
        call_command("import_pages", str(path), *args, stdout=out, stderr=err, language="en")
    except CommandError as raised:
        error = raised
    summary = SUMMARY.search(out.getvalue())
    assert summary, out.getvalue()
    counts = {name: int(value) for name, value in summary.groupdict().items()}
    return SimpleNamespace(out=out.getvalue(), err=err.getvalue(), error=error, counts=counts)


def write_lines(path, lines):
    with path.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False))
            handle.write("\n")
    return path


def example_lines():
    return [json.loads(text) for text in EXAMPLE.read_text(encoding="utf-8").splitlines()]


def copy_example(tmp_path, change=None):
    """The example in a temporary folder (with its files), each line passed through change()."""
    shutil.copytree(EXAMPLE.parent / "files", tmp_path / "files")
    lines = [change(line) if change else line for line in example_lines()]
    return write_lines(tmp_path / "example.jsonl", lines)


def fresh_pdf(folder, text):
    """A PDF no earlier import has stored (imports reuse documents with the same content)."""
    path = folder / f"{text.replace(' ', '-')}.pdf"
    path.write_bytes(make_pdf(f"{text} {folder.name}"))
    return path


def page(key):
    return ImportedPage.objects.get(key=key).page.specific


@pytest.fixture(scope="module")
def _example_for_module(_site_tree_for_module, django_db_blocker):
    with django_db_blocker.unblock():
        return run_import(EXAMPLE, "--no-progress")


@pytest.fixture
def example(_example_for_module, site_tree):
    return _example_for_module


class TestExample:
    def test_every_line_is_created(self, example):
        assert example.error is None
        assert example.err == ""
        assert example.counts == {
            "lines": 14,
            "created": 14,
            "updated": 0,
            "unchanged": 0,
            "failed": 0,
        }
        assert ImportedPage.objects.count() == 14

    @pytest.mark.parametrize(
        ("key", "language", "index", "model"),
        [
            ("news-expert-meeting-ruse", "bg", "news_index", ArticlePage),
            ("news-expert-meeting-ruse-en", "en", "news_index", ArticlePage),
            ("news-expert-meeting-ruse-ro", "ro", "news_index", ArticlePage),
            ("resilience-approach", "bg", "resource_centre", ArticlePage),
            ("resilience-approach-ro", "ro", "resource_centre", ArticlePage),
            ("focus-group-sofia-2020-en", "en", "event_index", EventPage),
            ("training-stara-zagora-2019", "bg", "event_index", EventPage),
            ("network-brochure-2019-ro", "ro", "publication_index", PublicationPage),
        ],
    )
    def test_pages_are_published_under_their_index(
        self, site_tree, example, key, language, index, model
    ):
        imported = page(key)
        assert isinstance(imported, model)
        assert imported.locale.language_code == language
        assert imported.get_parent().pk == site_tree.page_ids[language][index]
        assert imported.live and not imported.has_unpublished_changes
        assert imported.live_revision_id is not None
        assert imported.first_published_at is not None

    def test_translations_are_linked_to_their_source(self, example):
        for source_key in (
            "news-expert-meeting-ruse",
            "resilience-approach",
            "focus-group-sofia-2020",
            "network-brochure-2019",
        ):
            source = page(source_key)
            versions = {
                p.locale.language_code: p.pk for p in source.get_translations(inclusive=True)
            }
            assert versions == {
                "bg": source.pk,
                "en": page(f"{source_key}-en").pk,
                "ro": page(f"{source_key}-ro").pk,
            }
        training = page("training-stara-zagora-2019")
        assert {p.locale.language_code for p in training.get_translations()} == {"en"}

    def test_fields_shared_by_all_languages_come_from_the_source(self, example):
        source, english = page("focus-group-sofia-2020"), page("focus-group-sofia-2020-en")
        for name in ("event_type", "start_date", "region", "country", "audience"):
            assert getattr(english, name) == getattr(source, name)
        assert english.participants_total == 20
        assert english.city == "Sofia" and source.city == "София"

    def test_each_language_has_its_own_tags(self, example):
        def tags(key):
            return set(page(key).tags.names())

        assert tags("news-expert-meeting-ruse") == {
            "експертна среща",
            "трансгранично сътрудничество",
        }
        assert tags("news-expert-meeting-ruse-en") == {
            "expert meeting",
            "cross-border cooperation",
        }
        # Given as one comma-separated string.
        assert tags("news-expert-meeting-ruse-ro") == {
            "întâlnire de experți",
            "cooperare transfrontalieră",
        }

    def test_markdown_body_renders(self, client, example):
        response = client.get(page("news-expert-meeting-ruse-en").url)
        assert response.status_code == 200
        html = BeautifulSoup(response.content.decode(), "html.parser")
        assert html.find("h2", string="What was discussed")
        assert html.find("strong", string="mapping of social resources")
        assert html.find("a", href="https://example.org/forums", string="thematic forums")
        assert len(html.select(".rich-text li")) == 3

    def test_html_body_is_split_into_blocks_and_sanitised(self, client, example):
        article = page("resilience-approach")
        assert [block.block_type for block in article.body] == [
            "heading",
            "paragraph",
            "quote",
            "paragraph",
        ]
        # No lead was given: the first paragraph became the lead.
        assert article.lead.startswith("Подходът „Устойчивост“ търси силните страни")
        html = client.get(article.url).content.decode()
        assert "trackVisit" not in html
        assert "Детето не е случай" in html

    def test_event_findings_are_rich_text(self, example):
        findings = page("focus-group-sofia-2020-ro").findings
        assert findings.startswith("<ul><li>implicarea mai mare a părinților</li>")

    def test_publication_files_are_shared_by_the_translations(self, client, example):
        source, english = page("network-brochure-2019"), page("network-brochure-2019-en")
        files = {f.language: f.document_id for f in source.files.all()}
        assert set(files) == {"bg", "ro"}
        assert {f.language: f.document_id for f in english.files.all()} == files
        document = get_document_model().objects.get(pk=files["bg"])
        assert document.collection.name == "Imported"
        response = client.get(english.files.get(language="ro").get_download_url())
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF")

    def test_wagtail_localize_counts_them_as_translations(self, admin_client, example):
        training = page("training-stara-zagora-2019")
        response = admin_client.get(f"/admin/localize/submit/page/{training.pk}/")
        offered = response.context["form"].fields["locales"].queryset
        assert {locale.language_code for locale in offered} == {"ro"}
        english = page("training-stara-zagora-2019-en")
        assert admin_client.get(f"/admin/pages/{english.pk}/edit/").status_code == 200

    def test_language_switcher_links_the_versions(self, client, example):
        response = client.get(page("focus-group-sofia-2020").url)
        html = BeautifulSoup(response.content.decode(), "html.parser")
        alternates = {
            link["hreflang"]: link["href"]
            for link in html.find_all("link", rel="alternate", hreflang=True)
        }
        assert alternates["ro"].endswith(page("focus-group-sofia-2020-ro").url)
        assert alternates["en"].endswith(page("focus-group-sofia-2020-en").url)


class TestRunningAgain:
    def test_a_second_run_changes_nothing(self, example):
        pages, revisions = Page.objects.count(), Revision.objects.count()

        again = run_import(EXAMPLE, "--no-progress")

        assert again.error is None
        assert again.counts["unchanged"] == 14
        assert again.counts["created"] == again.counts["updated"] == 0
        assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)

    def test_a_changed_line_updates_its_page_and_translations(self, example, tmp_path):
        def change(line):
            if line["key"] == "focus-group-sofia-2020":
                line["title"] = "Фокус група в София: закрила на детето"
                line["participants"] = line["participants_bg"] = 21
            return line

        pages = Page.objects.count()
        ids = {key: page(key).pk for key in ("focus-group-sofia-2020", "focus-group-sofia-2020-en")}

        again = run_import(copy_example(tmp_path, change), "--no-progress")

        assert again.error is None, again.err
        # The source changed; its translations copy its shared fields, so they follow.
        assert again.counts["updated"] == 3
        assert again.counts["unchanged"] == 11
        assert Page.objects.count() == pages
        source, english = page("focus-group-sofia-2020"), page("focus-group-sofia-2020-en")
        assert {"focus-group-sofia-2020": source.pk, "focus-group-sofia-2020-en": english.pk} == ids
        assert source.title == "Фокус група в София: закрила на детето"
        assert source.live_revision.content["title"] == source.title
        assert english.participants_total == 21
        assert english.title.startswith("Focus group")

    def test_a_new_kind_moves_the_article_and_its_translations(self, site_tree, example, tmp_path):
        def change(line):
            if line["key"] == "news-expert-meeting-ruse":
                line["kind"] = "good_practice"
            return line

        again = run_import(copy_example(tmp_path, change), "--no-progress")

        assert again.error is None, again.err
        for key, language in (("news-expert-meeting-ruse", "bg"), ("-en", "en"), ("-ro", "ro")):
            moved = page(key if language == "bg" else f"news-expert-meeting-ruse{key}")
            assert moved.get_parent().pk == site_tree.page_ids[language]["resource_centre"]
            assert moved.kind == "good_practice"

    def test_a_translation_keeps_the_sources_shared_fields_and_says_so(self, example, tmp_path):
        def change(line):
            if line["key"] == "training-stara-zagora-2019-en":
                line["date"] = "2019-09-27"
            return line

        again = run_import(copy_example(tmp_path, change), "--no-progress")

        assert again.error is None
        assert again.counts["updated"] == 1
        assert re.search(r"line 11: warning: “date” is shared by all languages", again.err)
        assert str(page("training-stara-zagora-2019-en").start_date) == "2019-09-26"


BAD_LINES = {
    # line number: (line, what the report must say)
    3: ('{"key": "broken", "type": "article"', "invalid JSON"),
    40: ({"key": "bad-type", "type": "video", "locale": "bg"}, "unknown type 'video'"),
    77: (
        {"key": "bad-locale", "type": "article", "locale": "de", "title": "Hallo"},
        "unknown locale 'de'",
    ),
    101: (
        {
            "key": "bad-date",
            "type": "article",
            "locale": "bg",
            "title": "Дата",
            "date": "2019-13-45",
        },
        "bad date '2019-13-45' in “date”",
    ),
    150: (
        {"key": "no-title", "type": "article", "locale": "bg", "date": "2019-01-01", "lead": "…"},
        "missing field “title”",
    ),
    199: (
        {
            "key": "orphan-en",
            "type": "article",
            "locale": "en",
            "translation_of": "no-such-key",
            "title": "Orphan",
            "lead": "Nobody translated.",
        },
        "“translation_of” 'no-such-key' is neither a key in this file nor an imported page",
    ),
    230: (
        {
            "key": "wrong-type-en",
            "type": "article",
            "locale": "en",
            "translation_of": "event-3",
            "title": "Not an event",
            "lead": "An article.",
        },
        "“translation_of” 'event-3' is of type event, not article",
    ),
    260: (
        {
            "key": "bad-parent",
            "type": "event",
            "locale": "bg",
            "parent": "no-such-index",
            "title": "Събитие",
            "kind": "training",
            "date": "2019-05-05",
            "city": "Русе",
            "country": "BG",
            "summary": "Обучение.",
        },
        "unknown parent 'no-such-index'",
    ),
    301: (
        {
            "key": "ends-early",
            "type": "event",
            "locale": "bg",
            "title": "Събитие наобратно",
            "kind": "training",
            "start_date": "2019-05-05",
            "end_date": "2019-05-01",
            "city": "Русе",
            "region": "bg-ruse",
            "summary": "Обучение.",
        },
        "invalid: end_date: The event cannot end before it starts.",
    ),
    333: (
        {
            "key": "bad-kind",
            "type": "article",
            "locale": "bg",
            "title": "Блог",
            "kind": "blog",
            "date": "2019-05-05",
            "lead": "Текст.",
        },
        "invalid: kind: Value 'blog' is not a valid choice.",
    ),
    370: (
        {
            "key": "no-file",
            "type": "publication",
            "locale": "bg",
            "title": "Доклад",
            "year": 2019,
            "body": "Резюме.",
            "files": {"bg": "missing/report.pdf"},
        },
        "missing file missing/report.pdf (in “files.bg”)",
    ),
    402: (
        {
            "key": "article-1",
            "type": "article",
            "locale": "bg",
            "title": "Отново",
            "lead": "…",
            "date": "2019-01-01",
        },
        "key 'article-1' is already used on line",
    ),
    430: (
        {"key": "colour", "type": "article", "locale": "bg", "title": "Цвят", "colour": "red"},
        "unknown fields for type article: colour",
    ),
    455: (
        {
            "key": "bad-date-en",
            "type": "article",
            "locale": "en",
            "translation_of": "bad-date",
            "title": "Date",
            "lead": "A date.",
        },
        "its source 'bad-date' (line 101) could not be imported",
    ),
    480: (
        {
            "key": "crowd",
            "type": "event",
            "locale": "bg",
            "title": "Тълпа",
            "kind": "conference",
            "date": "2019-05-05",
            "city": "Русе",
            "country": "BG",
            "summary": "Конференция.",
            "participants": "many",
        },
        "“participants” must be a whole number",
    ),
}


def good_lines():
    """Articles with English translations (some before their source), events, publications."""
    for n in range(1000):
        yield {
            "key": f"article-{n}",
            "type": "article",
            "locale": "bg",
            "kind": "news",
            "date": f"2018-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
            "title": f"Новина номер {n} от мрежата",
            "tags": ["мрежа", f"тема {n % 5}"],
            "body": f"Първи абзац на новина {n}.\n\nВтори абзац с **удебелен** текст.",
        }
        yield {
            "key": f"article-{n}-en",
            "type": "article",
            "locale": "en",
            "translation_of": f"article-{n}",
            "title": f"News item {n} from the network",
            "tags": ["network"],
            "body": f"<p>First paragraph of item {n}.</p><p>A second one.</p>",
        }
        yield {
            "key": f"event-{n}",
            "type": "event",
            "locale": "bg",
            "kind": "thematic_forum",
            "date": "2018-03-01",
            "end_date": "2018-03-02",
            "title": f"Тематичен форум {n}",
            "city": "Крайова",
            "region": "ro-dolj",
            "participants": 20,
            "participants_bg": 10,
            "participants_ro": 10,
            "summary": "Двудневна среща на двадесет експерти.",
        }
        if n % 4 == 0:
            yield {
                "key": f"publication-{n}",
                "type": "publication",
                "locale": "bg",
                "kind": "report",
                "year": 2019,
                "title": f"Доклад {n}",
                "body": "Резюме на доклада.",
                "files": {"bg": str(PDF)},
            }


def big_file(path, size=500):
    lines, good = [], good_lines()
    for number in range(1, size + 1):
        lines.append(BAD_LINES[number][0] if number in BAD_LINES else next(good))
    # A translation may come before its source.
    first_en = next(
        i
        for i, line in enumerate(lines)
        if isinstance(line, dict) and line["key"] == "article-0-en"
    )
    lines[0], lines[first_en] = lines[first_en], lines[0]
    return write_lines(path, lines)


def test_a_500_line_file_with_bad_lines(site_tree, tmp_path):
    path = big_file(tmp_path / "big.jsonl")
    good = 500 - len(BAD_LINES)
    before = ImportedPage.objects.count()

    result = run_import(path, "--no-progress")

    assert isinstance(result.error, CommandError)
    assert result.error.returncode == 1
    assert result.counts == {
        "lines": 500,
        "created": good,
        "updated": 0,
        "unchanged": 0,
        "failed": len(BAD_LINES),
    }
    reported = dict(re.findall(r"^line (\d+): (.*)$", result.err, re.MULTILINE))
    assert sorted(map(int, reported)) == sorted(BAD_LINES)
    for number, (_line, reason) in BAD_LINES.items():
        assert reason in reported[str(number)], (number, reported[str(number)])
    assert ImportedPage.objects.count() == before + good
    print(result.out)  # the time it took, for docs/import.md
    assert ArticlePage.objects.filter(import_record__key="article-0-en", live=True).exists()


def test_a_dry_run_saves_nothing(site_tree, tmp_path):
    lines = list(example_lines())
    for line in lines:
        line["key"] = f"dry-{line['key']}"
        if line.get("translation_of"):
            line["translation_of"] = f"dry-{line['translation_of']}"
        if "files" in line:
            line["files"] = {"bg": str(fresh_pdf(tmp_path, "dry run"))}
    lines.append(BAD_LINES[150][0])
    path = write_lines(tmp_path / "dry.jsonl", lines)
    Document = get_document_model()
    counts = (Page.objects.count(), Revision.objects.count(), Document.objects.count())
    media = set(Path(settings.MEDIA_ROOT).rglob("*"))

    result = run_import(path, "--dry-run", "--no-progress")

    assert result.out.startswith("Dry run, nothing was saved.")
    assert result.counts["created"] == 14 and result.counts["failed"] == 1
    assert "line 15: missing field “title”" in result.err
    assert isinstance(result.error, CommandError)
    assert (Page.objects.count(), Revision.objects.count(), Document.objects.count()) == counts
    assert not ImportedPage.objects.filter(key__startswith="dry-").exists()
    assert set(Path(settings.MEDIA_ROOT).rglob("*")) == media


def test_the_files_of_a_failed_line_are_not_kept(site_tree, tmp_path):
    line = {
        "key": "bad-licence",
        "type": "publication",
        "locale": "bg",
        "title": "Доклад с чужд лиценз",
        "year": 2019,
        "licence": "gpl",
        "body": "Резюме.",
        "files": {"bg": str(fresh_pdf(tmp_path, "bad licence"))},
    }
    documents = get_document_model().objects.count()
    media = set(Path(settings.MEDIA_ROOT).rglob("*"))

    result = run_import(write_lines(tmp_path / "licence.jsonl", [line]), "--no-progress")

    assert "line 1: invalid: licence: Value 'gpl' is not a valid choice." in result.err
    assert get_document_model().objects.count() == documents
    assert set(Path(settings.MEDIA_ROOT).rglob("*")) == media


def test_the_progress_bar_goes_to_stderr(site_tree, tmp_path):
    path = write_lines(tmp_path / "one.jsonl", [next(good_lines())])

    shown = run_import(path, "--progress")
    hidden = run_import(path, "--no-progress")

    assert "1/1" in shown.err
    assert hidden.err == ""


def test_an_alias_from_locale_synchronisation_becomes_the_translation(site_tree, tmp_path):
    lines = [line for line in example_lines() if line["key"].startswith("news-expert")]
    for line in lines:
        line["key"] = f"alias-{line['key']}"
        if "translation_of" in line:
            line["translation_of"] = f"alias-{line['translation_of']}"
    source_line = next(line for line in lines if line["locale"] == "bg")
    run_import(write_lines(tmp_path / "source.jsonl", [source_line]), "--no-progress")
    source = page("alias-news-expert-meeting-ruse")
    alias = source.create_alias(
        parent=site_tree.page("en", "news_index"),
        update_locale=site_tree.page("en", "home").locale,
        reset_translation_key=False,
    )

    result = run_import(write_lines(tmp_path / "all.jsonl", lines), "--no-progress")

    assert result.error is None, result.err
    assert result.counts["unchanged"] == 1 and result.counts["created"] == 2
    english = page("alias-news-expert-meeting-ruse-en")
    assert english.pk == alias.pk
    assert english.alias_of_id is None
    assert english.title.startswith("Twenty experts")
    assert english.live_revision is not None


class TestBodies:
    def test_markdown_scripts_are_dropped(self):
        (block,) = body_blocks("Hello <script>alert('x')</script>**world**", "markdown")
        assert block[0] == "paragraph"
        assert block[1].source == "<p>Hello <strong>world</strong></p>"

    def test_html_keeps_only_what_a_paragraph_allows(self):
        blocks = body_blocks(
            '<p style="color:red" onclick="steal()">Read <a href="javascript:alert(1)">this</a>'
            ' and <a href="https://example.org/a" target="_blank">that</a>'
            '<iframe src="https://evil.example"></iframe><span>.</span></p>'
            "<script>steal()</script><style>p {}</style>"
        )
        assert [(kind, value.source) for kind, value in blocks] == [
            ("paragraph", '<p>Read this and <a href="https://example.org/a">that</a>.</p>')
        ]

    def test_relative_links_need_the_old_sites_address(self):
        html = '<p><a href="/about">About</a> <img src="img/team.jpg" alt="The team"></p>'
        (without,) = body_blocks(html)
        (with_base,) = body_blocks(html, base_url="https://old.example.bg/news/")
        assert without[1].source == "<p>About </p>"
        assert with_base[1].source == (
            '<p><a href="https://old.example.bg/about">About</a> '
            '<a href="https://old.example.bg/news/img/team.jpg">The team</a></p>'
        )

    def test_headings_quotes_and_tables_become_blocks(self):
        blocks = body_blocks(
            "# Title\n\nText\n\n### Detail\n\n> Said once\n\n| Year | People |\n|---|---|\n"
            "| 2019 | 23 |\n",
            "markdown",
        )
        assert [kind for kind, _value in blocks] == [
            "heading",
            "paragraph",
            "heading",
            "quote",
            "table",
        ]
        assert blocks[0][1] == {"text": "Title", "level": "h2"}
        assert blocks[2][1]["level"] == "h3"
        assert blocks[4][1] == {
            "caption": "",
            "header": ["Year", "People"],
            "rows": [{"cells": ["2019", "23"]}],
        }
        # What an editor could have saved: the blocks pass the body's own validation.
        body = ArticlePage(body=blocks).body
        ArticlePage._meta.get_field("body").stream_block.clean(body)

    def test_a_table_without_headings_becomes_paragraphs(self):
        (block,) = body_blocks(
            "<table><tr><td></td><td>2019</td></tr><tr><td>People</td><td>23</td></tr></table>"
        )
        assert block[1].source == "<p>2019</p><p>People – 23</p>"

    def test_rich_text_fields_get_headings_as_bold_paragraphs(self):
        assert rich_text("## Key\n\n- one", ["bold", "ul"]) == (
            "<p><b>Key</b></p><ul><li>one</li></ul>"
        )

    def test_an_imported_script_never_reaches_the_page(self, client, site_tree, tmp_path):
        line = {
            "key": "script",
            "type": "article",
            "locale": "en",
            "date": "2019-01-01",
            "title": "Scripted",
            "lead": "A lead.",
            "body": "Visible text.<script>document.title='owned'</script>",
        }
        result = run_import(write_lines(tmp_path / "script.jsonl", [line]), "--no-progress")

        assert result.error is None, result.err
        html = client.get(page("script").url).content.decode()
        assert "Visible text." in html
        assert "owned" not in html


def test_pages_are_indexed_once_their_line_is_committed(
    site_tree, tmp_path, django_capture_on_commit_callbacks
):
    line = {
        "key": "indexed",
        "type": "article",
        "locale": "en",
        "date": "2019-01-01",
        "title": "Quillworts across borders",
        "lead": "Caseworkers compare notes.",
    }
    path = write_lines(tmp_path / "indexed.jsonl", [line])

    def search():
        return list(Page.objects.live().search("Quillworts", operator="and"))

    with django_capture_on_commit_callbacks(execute=True):
        result = run_import(path, "--no-progress")
        assert search() == []  # not yet: the line's transaction has not committed

    assert result.error is None, result.err
    assert [found.pk for found in search()] == [page("indexed").pk]


def test_lines_that_are_not_utf8_or_name_an_unknown_body_format(site_tree, tmp_path):
    good = {
        "key": "fine",
        "type": "article",
        "locale": "bg",
        "date": "2019-01-01",
        "title": "Добре",
        "body": "Текст.",
    }
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b"\n".join(
            [
                json.dumps(good, ensure_ascii=False).encode(),
                b"",
                json.dumps({**good, "key": "latin", "title": "Caf\u00e9"}).encode("latin-1"),
                '{"key": "caf\u00e9", "type": "article", "title": "Caf\u00e9"}'.encode("latin-1"),
                json.dumps({**good, "key": "fmt", "body_format": "rst"}).encode(),
                json.dumps({**good, "key": "pub", "type": "publication", "files": {}}).encode(),
            ]
        )
    )

    result = run_import(path, "--no-progress")

    assert result.counts["lines"] == 5
    assert result.counts["created"] == 2  # "latin" is ASCII JSON: é is escaped as \u00e9
    assert "line 4: not UTF-8 text" in result.err
    assert "line 5: unknown body_format 'rst' (expected html, markdown)" in result.err
    # An empty value counts as missing.
    assert "line 6: missing field “files”" in result.err
