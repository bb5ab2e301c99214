"""Every file in demo/data/cms/ reads through the editorial demo's loaders, without a database.

A misspelt field, a value outside a model's choices or an unknown block type fails here, with
the file and the place, rather than halfway through ``load_demo``.
"""

import textwrap

import pytest

from demo import data
from demo.cms import (
    articles,
    events,
    navigation,
    organisations,
    projects,
    publications,
    site,
    standard_pages,
)

MODULES = (
    organisations,
    site,
    standard_pages,
    projects,
    events,
    publications,
    articles,
    navigation,
)
WITH_MEDIA = (organisations, projects, events, publications, articles)


class RegisteredMedia:
    def __init__(self):
        self.images, self.documents = {}, {}

    def register_image(self, key, **spec):
        self.images[key] = spec

    def register_document(self, key, title, build):
        self.documents[key] = title


def test_every_file_reads_through_its_loader():
    folders = {path.name for path in (data.DATA_DIR / "cms").iterdir() if path.is_dir()}
    assert folders == {module.FOLDER.removeprefix("cms/") for module in MODULES}

    read = 0
    for module in MODULES:
        for path, record in data.read_records(module.FOLDER):
            module.spec(path, record)
            read += 1
    media = RegisteredMedia()
    for module in WITH_MEDIA:
        module.register_media(media)

    assert read == len(list((data.DATA_DIR / "cms").glob("*/*.yaml")))
    # Every image and document a page names is one the demo makes.
    pages = [site.HOME, *site.SECTIONS, *standard_pages.STANDARD_PAGES, *projects.PROJECTS]
    pages += events.EVENTS + publications.PUBLICATIONS + articles.ARTICLES
    named = {"ImageRef": set(), "DocumentRef": set()}
    collect(pages, named)
    assert named["ImageRef"] <= set(media.images)
    assert named["DocumentRef"] <= set(media.documents)


def collect(value, named):
    if type(value).__name__ in named:
        named[type(value).__name__].add(value.key)
    elif isinstance(value, dict):
        for item in value.values():
            collect(item, named)
    elif isinstance(value, list | tuple):
        for item in value:
            collect(item, named)


ARTICLE = """\
    key: article-broken
    parent: !page resources
    kind: methodology
    listing_image_palette: teal
    title: {bg: Заглавие, en: Title, ro: Titlu}
    slug: {bg: zaglavie, en: title, ro: titlu}
    """


@pytest.mark.parametrize(
    "text, message",
    [
        ("body:\n  - poem: {bg: Б, en: E, ro: R}\n", r"at body\[0\]: unknown block type 'poem'"),
        (
            "body:\n  - call_to_action: {text: T, button_label: B, page: contact}\n",
            r"at body\[0\]\.call_to_action\.page: must be written `!page key`",
        ),
        ("body:\n  - table: {caption: C, colour: red}\n", r"at body\[0\]\.table: unknown colour"),
        ("titel: {bg: Б, en: E, ro: R}\n", r"at titel: ArticlePage has no field 'titel'"),
        ("kind: poem\n", r"at kind: 'poem' is not one of news, methodology"),
        ("date: 15 October 2019\n", r"at date: '15 October 2019' is not a date"),
        ("related_pages: [contact]\n", r"at related_pages\[0\]\.page: must be written `!page"),
    ],
)
def test_a_mistake_is_named_with_its_file_and_place(tmp_path, text, message):
    # A name written twice keeps its last value: the mistake replaces the good one.
    path = tmp_path / "01-article-broken.yaml"
    path.write_text(textwrap.dedent(ARTICLE) + text, encoding="utf-8")

    with pytest.raises(data.DemoDataError, match=message) as refused:
        articles.spec(path, data.read(path))

    assert "01-article-broken.yaml" in str(refused.value)
