"""The number of queries of the list pages does not grow with the number of pages listed.

Each section is rendered with 3 children and again with 15 (12 on the first page), with
listing images, tags and files, so a query per card shows up as a difference.
"""

import datetime

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ImageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    ProjectResultFactory,
    PublicationFileFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    ResourceCentrePageFactory,
    translate_page,
)
from tests.site_tree import DETAIL_KEYS, INDEX_KEYS, LANGUAGES, make_home_site

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def image(django_db_setup, django_db_blocker):
    """One picture for every card; its file is made once per module."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        yield ImageFactory(title="Обучение в Бургас", file__width=640, file__height=360)
        transaction.set_rollback(True)


@pytest.fixture
def home(image):
    home, _site = make_home_site()
    return home


def add_articles(index, count, kind="news"):
    for number in range(count):
        article = ArticlePageFactory(parent=index, kind=kind, listing_image=_image())
        article.tags.add("генограма", "родители")
        article.save()
        # Half of them are translated, so the cards' language hints have something to do.
        if number % 2:
            translate_page(article, "en", slug=f"{article.slug}-en", title="Genogram")


def add_events(index, count):
    for number in range(count):
        EventPageFactory(
            parent=index,
            start_date=datetime.date(2019, 9, 1) + datetime.timedelta(days=number),
            listing_image=_image(),
        )


def add_projects(index, count):
    for _number in range(count):
        project = ProjectPageFactory(parent=index, listing_image=_image())
        ProjectResultFactory(page=project)


def add_publications(index, count):
    for _number in range(count):
        publication = PublicationPageFactory(parent=index, cover=_image(), listing_image=_image())
        PublicationFileFactory(page=publication, language="bg")
        PublicationFileFactory(page=publication, language="ro")


def _image():
    from wagtail.images import get_image_model

    return get_image_model().objects.order_by("pk").first()


SECTIONS = {
    "news index": (ArticleIndexPageFactory, add_articles),
    "resource centre": (
        ResourceCentrePageFactory,
        lambda index, count: add_articles(index, count, kind="methodology"),
    ),
    "events index": (EventIndexPageFactory, add_events),
    "projects index": (ProjectIndexPageFactory, add_projects),
    "publications index": (PublicationIndexPageFactory, add_publications),
}


def queries_for(client, url, children=None):
    """The SQL of one request, after a first request has warmed renditions and caches.

    With `children`, the response must link to as many of them as fit on its first page,
    so that what is counted is a page that really shows them.
    """
    cache.clear()
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    if children is not None:
        html = response.content.decode()
        shown = [page for page in children if f'href="{page.get_url()}"' in html]
        assert len(shown) == min(len(children), 12), (
            f"{url} links to {len(shown)} of its {len(children)} children"
        )
    return [query["sql"] for query in context.captured_queries]


def assert_same_queries(few, many, what=("3 children", "15")):
    extra = [sql for sql in many if sql not in few]
    assert len(many) == len(few), (
        f"{len(few)} queries with {what[0]}, {len(many)} with {what[1]}; queries only in the "
        "longer list:\n" + "\n".join(extra[:20])
    )


@pytest.mark.parametrize("section", SECTIONS)
def test_index_page_queries_do_not_grow_with_children(client, home, section):
    make_index, add_children = SECTIONS[section]
    index = make_index(parent=home)
    url = index.get_url()

    add_children(index, 3)
    few = queries_for(client, url, children=list(index.get_children().live()))
    add_children(index, 12)
    many = queries_for(client, url, children=list(index.get_children().live()))

    assert_same_queries(few, many)


def test_home_page_queries_do_not_grow_with_content(client, home):
    news = ArticleIndexPageFactory(parent=home)
    events = EventIndexPageFactory(parent=home)
    publications = PublicationIndexPageFactory(parent=home)
    projects = ProjectIndexPageFactory(parent=home)
    url = home.get_url()

    def add(count):
        add_articles(news, count)
        add_events(events, count)
        add_publications(publications, count)
        add_projects(projects, count)

    add(3)
    few = queries_for(client, url)
    add(12)
    many = queries_for(client, url)
    assert client.get(url).context["key_figures"]["events"] == 15

    assert_same_queries(few, many)


def test_home_page_featured_items_cost_a_fixed_number_of_queries(client, home):
    """Editors may feature up to six pages; each should not cost queries of its own."""
    news = ArticleIndexPageFactory(parent=home)
    events = EventIndexPageFactory(parent=home)
    add_articles(news, 6)
    add_events(events, 6)
    url = home.get_url()

    def feature(pages):
        home_page = home.__class__.objects.get(pk=home.pk)
        home_page.featured_items.set([])
        for page in pages:
            home_page.featured_items.create(page=page)
        home_page.save()

    articles = list(news.get_children().specific())
    event_pages = list(events.get_children().specific())
    feature(articles[:1] + event_pages[:1])
    two = queries_for(client, url)
    feature(articles[:3] + event_pages[:3])
    six = queries_for(client, url)

    assert_same_queries(two, six, what=("2 featured items", "6"))


def test_the_queries_are_counted(client, home):
    """The measure itself: a page that lists its children costs queries, and they are seen."""
    index = EventIndexPageFactory(parent=home)
    add_events(index, 1)
    assert len(queries_for(client, index.get_url())) > 3


# The target of issue 3 (`make bench` checks it on the demo content too).
MAX_QUERIES = 15


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_every_page_costs_at_most_15_queries(client, site_tree, language_code):
    counts = {
        key: len(queries_for(client, site_tree.url(language_code, key)))
        for key in ("home", *INDEX_KEYS, *DETAIL_KEYS)
    }
    assert max(counts.values()) <= MAX_QUERIES, counts
