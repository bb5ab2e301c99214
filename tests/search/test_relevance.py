"""How well the site search answers realistic queries, measured on a fixed trilingual corpus.

The corpus and the queries are in tests/search/relevance_corpus.json. For each query we take the
first ten results of the real search (`search.services.search`, in the reader's language, as an
anonymous reader or a member) and compute recall@10 and the reciprocal rank of the first
expected document; then the same for what Wagtail offers out of the box (its own page index and
the materials' index, searched with the raw words). A regression in the language analysis or in
the service shows up here as a drop in the figures, not only as a failed unit test.

`pytest -s tests/search/test_relevance.py` prints the table; var/search-relevance.json keeps it.
"""

import datetime
import json
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.utils.html import escape

from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail.search.backends import get_search_backend

import pytest

from cms import models as cms
from community.discussions.models import Category, Post, Thread
from community.materials import samples
from community.materials.choices import CONTENT_TYPES
from community.materials.models import PracticeMaterial
from core.text import ascii_slug
from search.indexing import rebuild
from search.models import SearchEntry, uses_elasticsearch
from search.services import SearchParams, search
from tests.factories import (
    ArticleIndexPageFactory,
    EventIndexPageFactory,
    ProjectIndexPageFactory,
    PublicationIndexPageFactory,
    ResourceCentrePageFactory,
    translate_page,
)
from tests.search.relevance_corpus import (
    CATEGORY,
    FUZZY_CATEGORIES,
    MATERIALS,
    PAGES,
    QUERIES,
    THREADS,
)
from tests.site_tree import TRANSLATIONS, make_home_site

# Declared so that pytest-django sets the test database up for the module's fixture.
pytestmark = pytest.mark.django_db

TOP = 10
PASS_MARK = 0.9
REPORT_PATH = Path(settings.BASE_DIR) / "var" / "search-relevance.json"

# section name: (index page factory, key of its translations in tests.site_tree.TRANSLATIONS)
SECTIONS = {
    "news": (ArticleIndexPageFactory, "news_index"),
    "resources": (ResourceCentrePageFactory, "resource_centre"),
    "event": (EventIndexPageFactory, "event_index"),
    "project": (ProjectIndexPageFactory, "project_index"),
    "publication": (PublicationIndexPageFactory, "publication_index"),
}
PAGE_MODELS = {
    "article": cms.ArticlePage,
    "event": cms.EventPage,
    "project": cms.ProjectPage,
    "publication": cms.PublicationPage,
}
STREAM_FIELDS = {"body", "write_up"}
RICH_TEXT_FIELDS = {"goals", "target_groups", "abstract", "findings"}
FILE_BUILDERS = {
    "pdf": lambda paragraphs: samples.pdf_bytes(paragraphs[0], paragraphs[1:]),
    "docx": samples.docx_bytes,
    "odt": samples.odt_bytes,
}
WRITTEN_AT = datetime.datetime(2024, 3, 4, 9, 30, tzinfo=datetime.UTC)


# The corpus -----------------------------------------------------------------------------------


@dataclass
class Corpus:
    """What was built: the document key of every search group and of every page and material."""

    groups: dict = field(default_factory=dict)  # SearchEntry.group_key -> document key
    sections: dict = field(default_factory=dict)  # group_key of a section's index -> its name
    page_keys: dict = field(default_factory=dict)  # page pk -> document key
    material_keys: dict = field(default_factory=dict)  # material pk -> document key
    member: object = None
    files: list = field(default_factory=list)

    def delete_files(self):
        for file in self.files:
            file.delete(save=False)


def _page_fields(text):
    fields = {}
    for name, value in text.items():
        if name in STREAM_FIELDS:
            value = [("paragraph", f"<p>{escape(paragraph)}</p>") for paragraph in value]
        elif name in RICH_TEXT_FIELDS:
            value = f"<p>{escape(value)}</p>"
        fields[name] = value
    return fields


def _document(corpus, key, spec):
    data = FILE_BUILDERS[spec["format"]](list(spec["paragraphs"]))
    document = get_document_model().objects.create(
        title=f"{key} ({spec['language']})",
        file=ContentFile(data, name=f"{key}-{spec['language']}.{spec['format']}"),
        collection=Collection.get_first_root_node(),
    )
    corpus.files.append(document.file)
    return document


def _build_page(corpus, doc, parents):
    source = doc["source"]
    text = dict(doc[source])
    tags = text.pop("tags", None)
    fields = {**doc.get("shared", {}), **_page_fields(text)}
    page = PAGE_MODELS[doc["type"]](slug=ascii_slug(fields["title"]), **fields)
    parents[source].add_child(instance=page)
    if tags:
        page.tags.add(*tags)
        page.save()
    for sort_order, spec in enumerate(doc.get("files", ())):
        cms.PublicationFile.objects.create(
            page=page,
            language=spec["language"],
            document=_document(corpus, doc["key"], spec),
            sort_order=sort_order,
        )
    page = type(page).objects.get(pk=page.pk)
    page.save_revision().publish()
    corpus.page_keys[page.pk] = doc["key"]
    for language in ("bg", "en", "ro"):
        if language == source or language not in doc:
            continue
        text = dict(doc[language])
        tags = text.pop("tags", None)
        fields = _page_fields(text)
        translation = translate_page(
            page, language, slug=ascii_slug(fields["title"]), tags=tags, **fields
        )
        corpus.page_keys[translation.pk] = doc["key"]
    corpus.groups[f"page:{page.translation_key}"] = doc["key"]


def _build_material(corpus, spec, author):
    file_spec = spec["file"]
    data = FILE_BUILDERS[file_spec["format"]](list(file_spec["paragraphs"]))
    material = PracticeMaterial.objects.create(
        title=spec["title"],
        description=spec["description"],
        language=spec["language"],
        topic=spec["topic"],
        licence="cc-by-4.0",
        public=spec["public"],
        status="published",
        author=author,
        original_filename=f"{spec['key']}.{file_spec['format']}",
        content_type=CONTENT_TYPES[file_spec["format"]],
        file=ContentFile(data, name=f"{spec['key']}.{file_spec['format']}"),
        file_size=len(data),
    )
    material.tags.add(*spec["tags"])
    corpus.files.append(material.file)
    corpus.material_keys[material.pk] = spec["key"]
    corpus.groups[f"material:{material.pk}"] = spec["key"]


def _build_discussions(corpus, author):
    translation_key = uuid.uuid4()
    categories = {
        language: Category.objects.create(
            locale=Locale.objects.get(language_code=language),
            translation_key=translation_key,
            name=name,
            slug=ascii_slug(name),
        )
        for language, name in CATEGORY.items()
    }
    for number, spec in enumerate(THREADS):
        started = WRITTEN_AT + datetime.timedelta(days=number)
        thread = Thread.objects.create(
            category=categories["bg"],
            title=spec["title"],
            author=author,
            language=spec["language"],
            created_at=started,
            last_post_at=started,
        )
        Post.objects.create(thread=thread, author=author, body=spec["body"], created_at=started)
        corpus.groups[f"thread:{thread.pk}"] = spec["key"]
        for minutes, reply in enumerate(spec["replies"], start=1):
            post = Post.objects.create(
                thread=thread,
                author=author,
                body=reply["body"],
                created_at=started + datetime.timedelta(minutes=minutes),
            )
            corpus.groups[f"post:{post.pk}"] = reply["key"]
        thread.refresh_counters()


def build_corpus():
    """The site of the corpus: a home page and its sections in three languages, then the content."""
    corpus = Corpus()
    home, _site = make_home_site()
    home.save_revision().publish()
    for language in ("en", "ro"):
        translate_page(home, language, **TRANSLATIONS["home"][language])
    sections = {}
    for name, (factory, translations_key) in SECTIONS.items():
        index = factory(parent=home)
        index = type(index).objects.get(pk=index.pk)
        index.save_revision().publish()
        sections[name] = {"bg": index}
        for language in ("en", "ro"):
            fields = TRANSLATIONS[translations_key][language]
            sections[name][language] = translate_page(index, language, **fields)
        corpus.sections[f"page:{index.translation_key}"] = f"({name} index)"
    for doc in PAGES:
        _build_page(corpus, doc, sections[doc.get("section", doc["type"])])
    corpus.member = get_user_model().objects.create_user(
        username="relevance-member", email="member@praktika.test", password="a-long-password"
    )
    for spec in MATERIALS:
        _build_material(corpus, spec, corpus.member)
    _build_discussions(corpus, corpus.member)
    Site.clear_site_root_paths_cache()
    cache.clear()
    rebuild()
    return corpus


# The two engines ------------------------------------------------------------------------------


def our_ranking(corpus, query):
    """Document keys of the first result groups the site search shows the reader."""
    user = corpus.member if query.member else AnonymousUser()
    outcome = search(SearchParams(q=query.text), language=query.language, user=user)
    return [
        corpus.groups.get(group.key) or corpus.sections.get(group.key, group.key)
        for group in outcome.page.object_list
    ]


def plain_ranking(corpus, query):
    """What Wagtail alone finds: its page index and the materials' index, best score first.

    Pages and materials are ranked by the same backend, so their scores are merged; a page's
    translations count once, as in our results. Threads and posts are not in Wagtail's index.
    """
    pages = Page.objects.live().public().search(query.text).annotate_score("_score")
    materials = PracticeMaterial.objects.filter(PracticeMaterial.visible_q())
    if not query.member:
        materials = materials.filter(public=True)
    materials = get_search_backend().search(query.text, materials).annotate_score("_score")
    scored = [(page._score, corpus.page_keys.get(page.pk, "(other page)")) for page in pages[:50]]
    scored += [
        (material._score, corpus.material_keys.get(material.pk, "(other material)"))
        for material in materials[:50]
    ]
    # SQLite's bm25() is better when lower; PostgreSQL's ts_rank when higher.
    scored.sort(key=lambda item: item[0] or 0, reverse=connection.vendor != "sqlite")
    return list(dict.fromkeys(key for _score, key in scored))


def measure(ranking, expected):
    top = ranking[:TOP]
    found = [key for key in expected if key in top]
    first = next((rank for rank, key in enumerate(top, start=1) if key in expected), None)
    return {
        "recall": len(found) / len(expected),
        "reciprocal_rank": 1 / first if first else 0.0,
        "missed": [key for key in expected if key not in top],
        "top": top,
    }


def _mean(values):
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def summarise(rows, engine):
    return {
        "queries": len(rows),
        "recall_at_10": round(_mean(row[engine]["recall"] for row in rows), 3),
        "mrr": round(_mean(row[engine]["reciprocal_rank"] for row in rows), 3),
    }


def is_scored(category):
    """In the pass mark: typos only where the backend matches approximately."""
    return uses_elasticsearch() or category not in FUZZY_CATEGORIES


def run_benchmark(corpus):
    rows = []
    for query in QUERIES:
        rows.append(
            {
                "query": query.text,
                "language": query.language,
                "category": query.category,
                "member": query.member,
                "expected": list(query.expected),
                "ours": measure(our_ranking(corpus, query), query.expected),
                "plain": measure(plain_ranking(corpus, query), query.expected),
            }
        )
    by_category = defaultdict(list)
    for row in rows:
        by_category[row["category"]].append(row)
    scored = [row for row in rows if is_scored(row["category"])]
    return {
        "backend": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
        "database": connection.vendor,
        "overall": {engine: summarise(scored, engine) for engine in ("ours", "plain")},
        "categories": {
            category: {engine: summarise(items, engine) for engine in ("ours", "plain")}
            for category, items in by_category.items()
        },
        "queries": rows,
    }


def missing_entries(corpus):
    """Documents of the corpus that have no search entry (a broken build, not a bad search)."""
    indexed = set(SearchEntry.objects.values_list("group_key", flat=True))
    return sorted(key for group, key in corpus.groups.items() if group not in indexed)


def table(results):
    lines = [
        f"Search relevance ({results['database']}, {results['backend']})",
        f"{'category':<18}{'n':>4}  {'ours R@10':>9}  {'MRR':>5}   {'plain R@10':>10}  {'MRR':>5}",
    ]

    def line(name, figures):
        ours, plain = figures["ours"], figures["plain"]
        return (
            f"{name:<18}{ours['queries']:>4}  {ours['recall_at_10']:>9.3f}  {ours['mrr']:>5.3f}"
            f"   {plain['recall_at_10']:>10.3f}  {plain['mrr']:>5.3f}"
        )

    for category, figures in results["categories"].items():
        lines.append(line(category, figures))
    lines.append(line("overall (scored)", results["overall"]))
    misses = [row for row in results["queries"] if row["ours"]["missed"]]
    if misses:
        lines.append("Expected documents missing from our first ten results:")
        for row in misses:
            lines.append(
                f"  [{row['category']}] {row['query']!r} ({row['language']}): "
                f"missed {', '.join(row['ours']['missed'])}; top {row['ours']['top'][:5]}"
            )
    return "\n".join(lines)


@pytest.fixture(scope="module")
def benchmark(django_db_setup, django_db_blocker):
    """The corpus built once in a rolled-back transaction, and every query's figures."""
    with django_db_blocker.unblock(), transaction.atomic():
        started = time.monotonic()
        corpus = build_corpus()
        built = time.monotonic()
        try:
            results = run_benchmark(corpus)
            results["missing_entries"] = missing_entries(corpus)
        finally:
            corpus.delete_files()
            transaction.set_rollback(True)
    results["seconds"] = {
        "build": round(built - started, 1),
        "queries": round(time.monotonic() - built, 1),
    }
    REPORT_PATH.parent.mkdir(parents=True, exist_ok=True)
    REPORT_PATH.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print("\n" + table(results))
    return results


# The tests ------------------------------------------------------------------------------------


def test_every_document_of_the_corpus_is_indexed(benchmark):
    assert benchmark["missing_entries"] == []


def test_queries_cover_every_category_and_name_real_documents():
    keys = {doc["key"] for doc in PAGES} | {spec["key"] for spec in MATERIALS}
    for thread in THREADS:
        keys |= {thread["key"]} | {reply["key"] for reply in thread["replies"]}
    assert len(QUERIES) >= 60
    assert {key for query in QUERIES for key in query.expected} <= keys
    per_category = defaultdict(int)
    for query in QUERIES:
        per_category[query.category] += 1
    assert min(per_category.values()) >= 3, per_category


def test_recall_at_10_meets_the_mark(benchmark):
    overall = benchmark["overall"]["ours"]
    assert overall["recall_at_10"] >= PASS_MARK, table(benchmark)


def test_no_worse_than_plain_wagtail(benchmark):
    ours, plain = benchmark["overall"]["ours"], benchmark["overall"]["plain"]
    assert ours["recall_at_10"] >= plain["recall_at_10"]
    assert ours["mrr"] >= plain["mrr"]
