"""The search page, the suggestions under the search boxes and the header's search box."""

import datetime
import json

from django.core.cache import caches
from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from search.indexing import analysed
from search.models import SearchEntry

pytestmark = pytest.mark.django_db

NASTY_QUERIES = [
    "x" * 5000,
    '"genogram',
    '"the genogram method"',
    "genogram AND OR NOT",
    "NOT",
    "-genogram +method",
    "🙂 genogram 👪",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "gen\x00ogram",
    "%",
    "*",
    "genogram*",
    "\\",
    "()[]{}:^~",
    " ",
]
NASTY_PARAMS = [
    {"q": "genogram", "page": "-1"},
    {"q": "genogram", "page": "abc"},
    {"q": "genogram", "page": "99999"},
    {"q": "genogram", "page": "1e9"},
    {"q": "genogram", "year": "abc"},
    {"q": "genogram", "year": "-2019"},
    {"q": "genogram", "kind": "unknown"},
    {"q": "genogram", "kind": ["article", "article", "event", "<b>"]},
    {"q": "genogram", "region": "../../etc"},
    {"q": "genogram", "language": "xx"},
    {"q": "genogram", "tag": "<script>"},
    {"q": "genogram", "sort": "'; DROP TABLE"},
    {"kind": "article"},
    {"year": "2019"},
]


def search_url(language, **params):
    with translation.override(language):
        url = reverse("search")
    return url


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def hit_titles(page):
    return [" ".join(title.get_text().split()) for title in page.select(".search-hit__title")]


def make_entry(number, heading, *, language="en", audience="public", date=None, text="", tags=()):
    """An entry of its own (not a projection of real content), for counts and order."""
    object_id = 900_000 + number
    fields = {
        "source": "material",
        "source_pk": object_id,
        "kind": "material",
        "language": language,
        "group_key": f"material:{object_id}",
        "audience": audience,
        "url": f"/{language}/materials/{object_id}/",
        "heading": heading,
        "text": text,
        "date": date,
        "year": date.year if date else None,
        "region": "",
        "tag_keys": "".join(f"|{key}" for key, _name in tags) + ("|" if tags else ""),
        "tag_names": "|".join(name for _key, name in tags),
    }
    return SearchEntry.objects.create(**analysed(fields))


@pytest.fixture
def notes(db):
    """45 public notes about a made-up word, one a day from 1 March 2024 (newest: 14 April)."""
    start = datetime.date(2024, 3, 1)
    return [
        make_entry(
            number,
            f"Quietroom note {number}",
            date=start + datetime.timedelta(days=number),
            text="Notes from the quietroom about supervision.",
        )
        for number in range(45)
    ]


# The page in each language ----------------------------------------------------------------


RESULTS_IN_EACH_LANGUAGE = [
    # language, query, page title, first result, its highlighted word, results count
    (
        "bg",
        "генограмата",
        "„генограмата“ – Търсене",
        "Методът „Генограма“ в работата по случай",
        "Генограма",
        "2 резултата",
    ),
    (
        "en",
        "genograms",
        "“genograms” – Search",
        "The Genogram method in case work",
        "Genogram",
        "2 results",
    ),
    (
        "ro",
        "genogramei",
        "„genogramei” – Căutare",
        "Metoda genogramei în lucrul pe caz",
        "genogramei",
        "2 rezultate",
    ),
]


@pytest.mark.parametrize(
    ("language", "query", "page_title", "title", "marked", "count_text"),
    RESULTS_IN_EACH_LANGUAGE,
    ids=[row[0] for row in RESULTS_IN_EACH_LANGUAGE],
)
def test_results_in_each_language(
    client, site_tree, language, query, page_title, title, marked, count_text
):
    page = soup(client.get(search_url(language), {"q": query}))

    assert page.html["lang"] == language
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.title.get_text().startswith(f"{page_title} | ")
    assert page.select_one("input[type=search][name=q]#search-page-q")["value"] == query
    assert hit_titles(page)[0] == title
    assert [mark.get_text() for mark in page.select(".search-hit__title mark")][0] == marked
    count = page.select_one("[role=status].search-summary__count")
    assert " ".join(count.get_text().split()) == count_text
    assert page.select_one(".search-hit__title a")["href"] == site_tree.url(language, "resource")


def test_a_result_in_another_language_says_so(client, site_tree):
    make_entry(1, "Тиха стая: бележки от супервизията", language="bg")

    page = soup(client.get(search_url("en"), {"q": "tiha staya"}))

    hit = page.select_one(".search-hit")
    assert hit.select_one(".search-hit__language").get_text(strip=True) == "In Bulgarian"
    assert hit.select_one(".search-hit__title a")["lang"] == "bg"
    assert hit.select_one(".search-hit__title mark") is not None


def test_the_empty_page_explains_and_suggests(client, site_tree):
    page = soup(client.get(search_url("en")))

    assert page.title.get_text().startswith("Search |")
    assert page.select_one(".search-empty h2").get_text(strip=True) == (
        "Search news, events, publications and the community"
    )
    assert not page.select(".search-hit")
    assert not page.select("[role=status].search-summary__count")
    links = {a.get_text(strip=True): a["href"] for a in page.select(".search-suggestions a")}
    assert links, "the empty page suggests where to start"
    for href in links.values():
        assert href.startswith(("/en/", "?"))


def test_no_results_gives_tips_and_suggestions(client, site_tree):
    page = soup(client.get(search_url("en"), {"q": "zqxwvy"}))

    assert " ".join(page.select_one(".search-summary__count").get_text().split()) == "0 results"
    assert page.select_one(".search-none__title").get_text(strip=True) == (
        "Nothing was found for “zqxwvy”"
    )
    tips = page.select_one(".search-none__tips").get_text(" ", strip=True)
    assert "check the spelling" in tips
    assert "Cyrillic and Latin letters both work" in tips
    assert page.select(".search-suggestions a")
    assert not page.select(".search-sort")


def test_no_result_with_filters_offers_to_drop_them(client, site_tree):
    page = soup(client.get(search_url("en"), {"q": "genogram", "kind": "project"}))

    assert not page.select(".search-hit")
    chips = page.select(".search-chip")
    assert [chip.get_text(" ", strip=True).split(" ×")[0] for chip in chips] == ["Project"]
    clear = page.select_one(".search-none a[href*='q=genogram']")
    assert clear is not None and "kind=" not in clear["href"]
    assert len(hit_titles(soup(client.get(search_url("en") + clear["href"])))) == 2


def test_the_words_any_of_notice(client, site_tree):
    page = soup(client.get(search_url("en"), {"q": "genogram zqxwvy"}))

    assert hit_titles(page)
    assert page.select_one(".search-results__notice").get_text(strip=True) == (
        "No result has all your words; showing results with any of them."
    )
    page = soup(client.get(search_url("en"), {"q": "genogram method"}))
    assert page.select_one(".search-results__notice") is None


@pytest.mark.parametrize("query", NASTY_QUERIES)
def test_nasty_queries_never_fail(client, site_tree, query):
    for language in ("bg", "en"):
        page = soup(client.get(search_url(language), {"q": query}))
        assert page.select_one("#search-page-q") is not None
        assert not page.select("main script")
        response = client.get(reverse("search-autocomplete"), {"q": query})
        assert response.status_code == 200
        assert set(response.json()) == {"results", "tags"}


@pytest.mark.parametrize("params", NASTY_PARAMS, ids=[str(p) for p in NASTY_PARAMS])
def test_nasty_parameters_never_fail(client, site_tree, params):
    page = soup(client.get(search_url("en"), params))
    assert page.select_one("main h1").get_text(strip=True) == "Search"


# Facets, sorting, pages -------------------------------------------------------------------


def test_facet_links_narrow_the_results_and_remove_links_widen_them(client, site_tree):
    url = search_url("en")
    page = soup(client.get(url, {"q": "genogram"}))
    assert len(hit_titles(page)) == 2
    kinds = {
        link.select_one(".facet__label").get_text(strip=True): link
        for link in page.select(".facet--kind .facet__link")
    }
    assert set(kinds) == {"Article", "Event"}
    assert kinds["Event"].select_one(".facet__count [aria-hidden]").get_text() == "1"

    narrowed = soup(client.get(url + kinds["Event"]["href"]))
    assert hit_titles(narrowed) == ["Working with parents at risk of abandonment"]
    selected = narrowed.select_one(".facet--kind .facet__link[aria-current=true]")
    assert selected.select_one(".facet__label").get_text(strip=True) == "Event"
    assert "Remove the filter:" in selected.get_text()
    assert narrowed.select_one(".search-active .search-chip") is not None

    widened = soup(client.get(url + selected["href"]))
    assert len(hit_titles(widened)) == 2
    assert not widened.select(".search-active")

    cleared = soup(client.get(url + narrowed.select_one(".search-active__clear")["href"]))
    assert len(hit_titles(cleared)) == 2


def test_a_tag_on_a_result_lists_everything_with_that_tag(client, site_tree):
    page = soup(client.get(search_url("en"), {"q": "mapping"}))
    tag = next(a for a in page.select(".search-hit__tags a") if a.get_text() == "mapping")

    tagged = soup(client.get(search_url("en") + tag["href"]))

    assert hit_titles(tagged) == ["Mapping of social resources starts in 13 districts"]
    selected = tagged.select(".facet--tag .facet__link[aria-current=true]")
    assert [link.select_one(".facet__label").get_text() for link in selected] == ["mapping"]


def test_pages_of_twenty(client, notes):
    url = search_url("en")
    first = soup(client.get(url, {"q": "quietroom"}))
    assert len(hit_titles(first)) == 20
    assert " ".join(first.select_one(".search-summary__count").get_text().split()) == (
        "45 results (page 1 of 3)"
    )
    nav = first.select_one("nav.pagination")
    assert nav["aria-label"] == "Pages of results"
    assert nav.select_one("a[aria-current=page]").get_text(" ", strip=True) == "Page 1"
    assert nav.select_one("a[rel=prev]") is None

    third = soup(client.get(url + nav.select_one("a[rel=next]")["href"].replace("2", "3")))
    assert len(hit_titles(third)) == 5
    assert third.select_one("ol.search-results__list")["start"] == "41"
    assert third.select_one("nav.pagination a[rel=next]") is None
    assert third.select_one("nav.pagination a[rel=prev]")["href"].endswith("page=2")
    seen = set(hit_titles(first)) | set(hit_titles(third))
    second = soup(client.get(url, {"q": "quietroom", "page": "2"}))
    assert len(seen | set(hit_titles(second))) == 45


def test_sorting_by_date_lists_the_newest_first(client, notes):
    url = search_url("en")
    page = soup(client.get(url, {"q": "quietroom supervision"}))
    links = {a.get_text(strip=True): a for a in page.select(".search-sort a")}
    assert links["Best match"]["aria-current"] == "true"
    assert not links["Newest first"].has_attr("aria-current")

    by_date = soup(client.get(url + links["Newest first"]["href"]))

    assert hit_titles(by_date)[:3] == [
        "Quietroom note 44",
        "Quietroom note 43",
        "Quietroom note 42",
    ]
    dates = [time["datetime"] for time in by_date.select(".search-hit time")]
    assert dates == sorted(dates, reverse=True)
    current = by_date.select_one(".search-sort a[aria-current]")
    assert current.get_text(strip=True) == "Newest first"


def test_the_search_page_makes_a_bounded_number_of_queries(
    client, site_tree, notes, django_assert_max_num_queries
):
    url = search_url("en")
    client.get(url, {"q": "quietroom"})  # warm the site and locale caches
    # The match, the shown entries and the site: not one query per result or facet.
    with django_assert_max_num_queries(5):
        response = client.get(url, {"q": "quietroom", "page": "2"})
    assert len(hit_titles(soup(response))) == 20
    # Both ways of matching, and the suggestions.
    with django_assert_max_num_queries(8):
        client.get(url, {"q": "zqxwvy"})
    with django_assert_max_num_queries(6):
        client.get(url)


# Members' content and the suggestions ------------------------------------------------------


@pytest.fixture
def members_note(db):
    return make_entry(
        500,
        "Quietroom casework: members' notes",
        audience="members",
        tags=[("casework", "casework")],
    )


def test_members_only_results_are_for_members(client_for, members_note):
    url = search_url("en")
    anonymous = soup(client_for("anonymous").get(url, {"q": "quietroom casework"}))
    assert "Quietroom casework: members' notes" not in hit_titles(anonymous)

    member = client_for("member").get(url, {"q": "quietroom casework"})
    assert "Quietroom casework: members' notes" in hit_titles(soup(member))
    assert "private" in member["Cache-Control"]


def test_autocomplete_answers_titles_and_topics_as_json(client, site_tree):
    with translation.override("en"):
        url = reverse("search-autocomplete")
    response = client.get(url, {"q": "genog"})

    assert response["Content-Type"] == "application/json"
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    assert "Cookie" in response["Vary"], "kept out of the shared page cache"
    data = json.loads(response.content)
    assert set(data) == {"results", "tags"}
    assert data["results"][0] == {
        "title": "The Genogram method in case work",
        "url": site_tree.url("en", "resource"),
        "kind": "article",
        "kind_label": "Article",
        "language": "en",
    }
    assert len(data["results"]) <= 8
    assert {"name": "genogram", "url": "/en/search/?tag=genogram"} in data["tags"]


def test_autocomplete_needs_two_letters(client, site_tree):
    assert client.get(reverse("search-autocomplete"), {"q": "g"}).json() == {
        "results": [],
        "tags": [],
    }


def test_autocomplete_keeps_members_titles_from_anonymous_readers(client_for, members_note):
    with translation.override("en"):
        url = reverse("search-autocomplete")

    anonymous = client_for("anonymous").get(url, {"q": "quietr"}).json()
    member_response = client_for("member").get(url, {"q": "quietr"})

    assert "Quietroom casework: members' notes" not in json.dumps(anonymous, ensure_ascii=False)
    assert anonymous["tags"] == []
    titles = [result["title"] for result in member_response.json()["results"]]
    assert "Quietroom casework: members' notes" in titles
    assert "private" in member_response["Cache-Control"]
    assert "public" not in member_response["Cache-Control"]


def test_the_views_answer_get_only(client):
    assert client.post(search_url("en"), {"q": "x"}).status_code == 405
    assert client.post(reverse("search-autocomplete"), {"q": "x"}).status_code == 405


# The header's box ------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["bg", "en", "ro"])
def test_every_page_has_the_search_box_in_its_header(client, site_tree, language):
    page = soup(client.get(site_tree.url(language, "article")))

    form = page.select_one("header.site-header form[role=search]")
    assert form["action"] == f"/{language}/search/"
    assert form["method"] == "get"
    field = form.select_one("input[type=search][name=q]")
    assert form.select_one(f"label[for={field['id']}]") is not None
    assert field["data-autocomplete-url"] == f"/{language}/search/autocomplete/"
    assert form.select_one("button[type=submit]").get_text(strip=True)
    scripts = [script["src"] for script in page.select("head script[src]")]
    assert any(src.endswith("js/search/autocomplete.js") for src in scripts)
    assert all(script.has_attr("defer") for script in page.select("head script[src]"))
    assert not page.select("script:not([src]):not([type='application/ld+json'])")


def test_the_header_box_keeps_pages_in_the_anonymous_cache(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = True
    caches["pages"].clear()
    url = site_tree.url("en", "article")
    try:
        first = client.get(url)
        second = client.get(url)
    finally:
        caches["pages"].clear()
    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
    assert b'action="/en/search/"' in second.content


def test_results_are_never_kept_in_the_anonymous_page_cache(client, site_tree, settings):
    """Hiding a post or a material purges no cached page: results must be fresh each time."""
    settings.PAGE_CACHE_ENABLED = True
    caches["pages"].clear()
    url = search_url("en")
    try:
        responses = [client.get(url, {"q": "genogram"}) for _ in range(2)]
        responses += [client.get(reverse("search-autocomplete"), {"q": "genog"}) for _ in range(2)]
    finally:
        caches["pages"].clear()
    assert [response["X-Cache"] for response in responses] == ["MISS"] * 4


def test_the_language_switcher_keeps_the_search():
    from django.test import Client

    response = Client().get("/en/search/", {"q": "Stara Zagora", "sort": "date"})
    assert response.status_code == 200
    assert 'href="/bg/search/?q=Stara+Zagora&amp;sort=date"' in response.content.decode()
