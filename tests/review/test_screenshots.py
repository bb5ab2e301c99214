"""`make screenshots` without a browser: the index page it writes and the pages it picks.

The run itself (a demo site, Chromium, 180 pictures) takes minutes and is checked by running
it (docs/testing.md, "Screenshots for review"); here the index is built from made-up shots,
and the page finder is run over the shared site tree.
"""

from html.parser import HTMLParser

import pytest

from review import screenshots
from review.index import INDEX_NAME, Shot, build_index, shot_filename, write_index
from review.pages import KINDS, PageType, find_page_types, the_viewer
from review.screenshots import clear, planned_shots

LANGUAGES = ("bg", "en", "ro")
WIDTHS = (1366, 390)


class Links(HTMLParser):
    """Every href and src of a page, and its section ids in order."""

    def __init__(self, html):
        super().__init__()
        self.hrefs, self.images, self.sections = [], [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a":
            self.hrefs.append(attrs["href"])
        if tag == "img":
            self.images.append(attrs["src"])
        if tag == "section":
            self.sections.append(attrs["id"])


def shots_of(kind, title, **options):
    return [
        Shot(kind, title, language, width, filename=shot_filename(kind, language, width), **options)
        for width in WIDTHS
        for language in LANGUAGES
    ]


def test_the_index_shows_and_links_every_file_it_is_given(tmp_path):
    shots = [*shots_of("home", "Home", status=200), *shots_of("article", "Article", status=200)]
    for shot in shots:
        (tmp_path / shot.filename).write_bytes(b"\x89PNG")

    index = write_index(tmp_path, shots, summary="12 screenshots")

    assert index == tmp_path / INDEX_NAME
    page = Links(index.read_text(encoding="utf-8"))
    files = sorted(path.name for path in tmp_path.glob("*.png"))
    assert sorted(page.images) == files
    assert sorted(set(page.hrefs) - {"#home", "#article"}) == files
    assert page.sections == ["home", "article"]
    # Relative links, so the folder opens from the file system, or anywhere it is copied.
    assert all("/" not in link and ":" not in link for link in page.hrefs + page.images)


def test_each_page_type_shows_a_row_per_width_with_the_languages_side_by_side():
    html = build_index(shots_of("home", "Home", status=200))

    desktop, phone = html.split("<h3>")[1:]
    assert desktop.startswith("Desktop, 1366 px")
    assert phone.startswith("Phone, 390 px")
    for row, width in ((desktop, 1366), (phone, 390)):
        positions = [row.index(f"home-{language}-{width}.png") for language in LANGUAGES]
        assert positions == sorted(positions)


def test_problems_and_page_types_not_shot_are_named():
    failed = Shot("search", "Search", "bg", 1366, filename="search-bg-1366.png", status=500)
    absent = Shot("event-upcoming", "Event, upcoming", "bg", 1366, error="none in the demo")
    not_found = Shot(
        "not-found", "Not found", "bg", 1366, filename="nf.png", status=404, expected_status=404
    )

    html = build_index([failed, absent, not_found])

    assert "HTTP 500, expected 200" in html
    assert "(1 with problems)" in html
    assert "Not shot: none in the demo" in html
    assert "(not shot: none in the demo)" in html
    assert not not_found.problem
    assert 'src="nf.png"' in html


def test_shots_are_planned_by_page_type_then_width_then_language():
    home = PageType("home", "Home", {language: f"/{language}/" for language in LANGUAGES})
    contact = PageType(
        "contact", "Contact", {language: f"/{language}/c/" for language in LANGUAGES}
    )

    plan = planned_shots([home, contact], LANGUAGES, WIDTHS)

    assert len(plan) == 12
    assert [(kind.kind, language, width) for kind, language, width in plan[:4]] == [
        ("home", "bg", 1366),
        ("home", "en", 1366),
        ("home", "ro", 1366),
        ("home", "bg", 390),
    ]
    assert plan[6][0] is contact


def test_a_new_run_removes_only_the_files_a_run_writes(tmp_path):
    (tmp_path / "home-bg-1366.png").write_bytes(b"")
    (tmp_path / INDEX_NAME).write_text("")
    (tmp_path / "notes.txt").write_text("mine")

    clear(tmp_path)

    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]


# Page types of the shared site tree -> its page keys (the tree has one event, a past one).
TREE_KEYS = {
    "home": "home",
    "article-index": "news_index",
    "article": "article",
    "event-index": "event_index",
    "event-write-up": "event",
    "project-index": "project_index",
    "project": "project",
    "publication-index": "publication_index",
    "publication": "publication",
    "resource-centre": "resource_centre",
    "standard": "standard",
    "contact": "contact",
    "directory": "directory",
    "provider": "provider",
    "legislation-index": "legislation_index",
    "law": "legislation",
}


@pytest.mark.django_db
def test_every_page_type_is_found_in_the_database_in_every_language(site_tree):
    page_types = find_page_types(the_viewer())
    found = {page_type.kind: page_type for page_type in page_types}

    assert [page_type.kind for page_type in page_types] == list(KINDS)

    assert found["event-upcoming"].missing == "none in the demo"
    for kind, key in TREE_KEYS.items():
        expected = {language: site_tree.url(language, key) for language in LANGUAGES}
        assert found[kind].paths == expected, kind
    assert found["login"].paths == {lang: f"/{lang}/accounts/login/" for lang in LANGUAGES}
    assert found["members"].member and not found["discussions-logged-out"].member
    assert found["not-found"].expected_status == 404
    # The tree has no members, threads or materials: named as missing, not dropped.
    assert found["thread"].missing == "none in the demo"


def test_a_kept_site_is_rebuilt_when_python_or_demo_data_change_not_templates(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(screenshots, "ROOT", tmp_path)
    files = {
        "cms/models.py": "x = 1",
        "demo/data/cms/page.yaml": "title: A",
        "templates/base.html": "<html>",
        "static/css/site.css": "body {}",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    first = screenshots.code_fingerprint()

    (tmp_path / "templates/base.html").write_text("<html lang>")
    (tmp_path / "static/css/site.css").write_text("body { margin: 0 }")
    assert screenshots.code_fingerprint() == first

    (tmp_path / "demo/data/cms/page.yaml").write_text("title: B")
    second = screenshots.code_fingerprint()
    assert second != first
    (tmp_path / "cms/models.py").write_text("x = 2")
    assert screenshots.code_fingerprint() not in (first, second)
