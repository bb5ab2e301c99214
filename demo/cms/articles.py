"""Articles: methods and good practice in the Resource Centre, news and partnership stories.

Tags differ per language and are set on each language version. The most recent news item
exists only in Bulgarian: English and Romanian readers get an alias of it, which the site
marks as not translated yet.
"""

from datetime import date

from cms.choices import ArticleKind
from cms.models import ArticlePage
from demo.cms.articles_news import NEWS
from demo.cms.articles_practice import PRACTICE
from demo.cms.articles_resources import RESOURCES
from demo.cms.articles_stories import STORIES
from demo.cms.toolkit_text import TOOLKIT_CHECKLIST
from demo.core import LANGUAGES, ImageRef, L, PageRef
from demo.pages import ensure_pages
from demo.pdf import build_pdf

INSTITUTE_TEAM = L(
    "Екипът на Института за социална работа и практика",
    "The team of the Institute for Social Work and Practice",
    "Echipa Institutului pentru Asistență Socială și Practică",
)
CHARITY_TEAM = L(
    "Екипът на „Детство без институции – България“",
    "The team of Childhood Without Institutions – Bulgaria",
    "Echipa Copilărie fără Instituții – Bulgaria",
)
NETWORK_TEAM = L(
    "Екипът на Регионалната мрежа за социално сближаване",
    "The Regional Network for Social Cohesion team",
    "Echipa Rețelei regionale pentru coeziune socială",
)
STRENGTHEN_TEAM = L(
    "Екипът на проекта STRENGTHEN",
    "The STRENGTHEN project team",
    "Echipa proiectului STRENGTHEN",
)
EDITORS = L("Редакцията на „Практика“", "Praktika editors", "Redacția Praktika")

# key, parent, kind, date, authors, related pages, palette, alias
CATALOGUE = [
    (
        "article-genogram",
        "resources",
        ArticleKind.METHODOLOGY,
        date(2019, 10, 15),
        CHARITY_TEAM,
        ["event-training-burgas", "project-deinstitutionalisation"],
        "ochre",
        False,
    ),
    (
        "article-toolkit",
        "resources",
        ArticleKind.MANUAL,
        date(2019, 11, 5),
        CHARITY_TEAM,
        ["event-training-stara-zagora", "project-deinstitutionalisation"],
        "rust",
        False,
    ),
    (
        "article-participation",
        "resources",
        ArticleKind.GOOD_PRACTICE,
        date(2020, 11, 20),
        INSTITUTE_TEAM,
        ["project-resilience"],
        "forest",
        False,
    ),
    (
        "article-resilience",
        "resources",
        ArticleKind.METHODOLOGY,
        date(2020, 2, 10),
        INSTITUTE_TEAM,
        ["project-resilience", "article-genogram", "article-participation"],
        "teal",
        False,
    ),
    (
        "news-mapping",
        "news",
        ArticleKind.NEWS,
        date(2017, 9, 5),
        NETWORK_TEAM,
        ["project-regional-network", "publication-study"],
        "navy",
        False,
    ),
    (
        "news-community-launch",
        "news",
        ArticleKind.NEWS,
        date(2017, 10, 30),
        NETWORK_TEAM,
        ["project-regional-network"],
        "plum",
        False,
    ),
    (
        "news-exchange-call",
        "news",
        ArticleKind.NEWS,
        date(2018, 12, 3),
        NETWORK_TEAM,
        ["project-regional-network", "event-session-craiova"],
        "rust",
        False,
    ),
    (
        "news-publications",
        "news",
        ArticleKind.NEWS,
        date(2019, 4, 24),
        NETWORK_TEAM,
        ["publication-compendium", "publication-brochure"],
        "navy",
        False,
    ),
    (
        "article-partnership",
        "news",
        ArticleKind.PARTNERSHIP,
        date(2019, 5, 15),
        NETWORK_TEAM,
        ["project-regional-network", "event-final-conference", "publication-compendium"],
        "teal",
        False,
    ),
    (
        "news-focus-groups",
        "news",
        ArticleKind.NEWS,
        date(2020, 7, 8),
        STRENGTHEN_TEAM,
        [
            "event-focus-group-stara-zagora",
            "event-focus-group-harmanli",
            "event-focus-group-sofia",
            "project-strengthen",
        ],
        "forest",
        False,
    ),
    (
        "news-resource-centre-moves",
        "news",
        ArticleKind.NEWS,
        date(2026, 11, 16),
        EDITORS,
        ["resources"],
        "plum",
        True,
    ),
]

TEXTS = {**RESOURCES, **PRACTICE, **NEWS, **STORIES}


def spec(key, parent, kind, day, authors, related, _palette, alias):
    text = TEXTS[key]
    return {
        "key": key,
        "model": ArticlePage,
        "parent": parent,
        "alias": alias,
        "fields": {
            "title": text["title"],
            "slug": text["slug"],
            "kind": kind,
            "date": day,
            "authors": authors,
            "lead": text["lead"],
            "listing_image": ImageRef(f"{key}-listing"),
        },
        "streams": {"body": text["body"]},
        "tags": text["tags"],
        "children": {"related_pages": [{"page": PageRef(page)} for page in related]},
    }


ARTICLES = [spec(*entry) for entry in CATALOGUE]


def _checklist(lang):
    def build():
        return f"toolkit-checklist-{lang}.pdf", build_pdf(lang=lang, **TOOLKIT_CHECKLIST[lang])

    return build


def register_media(media):
    for key, *_rest, palette, _alias in CATALOGUE:
        media.register_image(f"{key}-listing", style="listing", palette=palette)
    for lang in LANGUAGES:
        media.register_document(
            f"toolkit-checklist-{lang}", TOOLKIT_CHECKLIST[lang]["title"], _checklist(lang)
        )


def load(ctx):
    ensure_pages(ctx, ARTICLES, "Articles and news")
