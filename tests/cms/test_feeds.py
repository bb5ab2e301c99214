"""RSS, Atom and iCalendar feeds per language, read back with feedparser and icalendar."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page, PageViewRestriction

import feedparser
import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from cms.feeds import EVENTS_TITLE, NEWS_TITLE
from tests.factories import ArticlePageFactory, EventPageFactory, get_locale
from tests.site_tree import LANGUAGES

pytestmark = pytest.mark.django_db

HOST = "http://localhost"
FEED_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
}


def feed_url(language_code, name):
    with translation.override(language_code):
        return reverse(name)


def parse_feed(client, language_code, name):
    response = client.get(feed_url(language_code, name))
    assert response.status_code == 200
    assert response["Content-Type"] == FEED_TYPES[name.rsplit("-", 1)[1]]
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    return parsed


def read_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, Calendar.from_ical(response.content)


def events_by_url(calendar):
    return {str(event["URL"]): event for event in calendar.walk("VEVENT")}


def full_url(site_tree, language_code, key):
    return f"{HOST}{site_tree.url(language_code, key)}"


def make_untranslated_alias(site_tree, key, language_code):
    """A Bulgarian page copied into another language's tree as an untranslated alias."""
    source = site_tree.page("bg", key)
    new_source = source.copy(
        update_attrs={"slug": f"{source.slug}-new", "title": f"{source.title} (нова)"},
        keep_live=True,
    )
    alias = new_source.specific.copy_for_translation(get_locale(language_code), alias=True)
    return new_source, alias


# News and events as RSS and Atom -------------------------------------------------------------


@pytest.mark.parametrize("language_code", LANGUAGES)
@pytest.mark.parametrize("name", ["feed-news-rss", "feed-news-atom"])
def test_news_feed_lists_the_languages_articles_newest_first(
    client, site_tree, language_code, name
):
    parsed = parse_feed(client, language_code, name)

    with translation.override(language_code):
        assert parsed.feed.title == str(NEWS_TITLE)
    assert parsed.feed.language == language_code
    assert parsed.feed.link == full_url(site_tree, language_code, "news_index")
    # The methodology article (30 September 2019) is newer than the news (1 June 2017).
    assert [entry.link for entry in parsed.entries] == [
        full_url(site_tree, language_code, "resource"),
        full_url(site_tree, language_code, "article"),
    ]
    article = site_tree.page(language_code, "article")
    entry = parsed.entries[1]
    assert entry.title == article.title
    assert entry.summary == article.lead
    assert entry.author == article.authors
    assert {tag.term for tag in entry.tags} == set(article.tags.names())
    assert entry.published_parsed[:3] == (2017, 5, 31)  # midnight in Sofia, in UTC


@pytest.mark.parametrize("language_code", LANGUAGES)
@pytest.mark.parametrize("name", ["feed-events-rss", "feed-events-atom"])
def test_events_feed_lists_the_languages_events(client, site_tree, language_code, name):
    parsed = parse_feed(client, language_code, name)

    with translation.override(language_code):
        assert parsed.feed.title == str(EVENTS_TITLE)
    assert parsed.feed.language == language_code
    event = site_tree.page(language_code, "event")
    assert [entry.link for entry in parsed.entries] == [full_url(site_tree, language_code, "event")]
    entry = parsed.entries[0]
    assert entry.title == event.title
    assert event.summary in entry.summary
    assert event.city in entry.summary
    assert entry.author == event.organisers


def test_titles_and_summaries_are_escaped_once(client, site_tree):
    article = site_tree.page("en", "article")
    article.title = 'Q&A: <genogram> tips & "quotes"'
    article.lead = "Less < more & <b>not bold</b>"
    article.save()

    for name in ("feed-news-rss", "feed-news-atom"):
        entry = parse_feed(client, "en", name).entries[1]
        assert entry.title == article.title
        text = BeautifulSoup(entry.summary, "html.parser").get_text()
        assert text == article.lead


def test_drafts_private_pages_and_aliases_stay_out_of_the_feeds(client, site_tree):
    site_tree.page("en", "article").unpublish()
    PageViewRestriction.objects.create(
        page=site_tree.page("en", "resource_centre"), restriction_type=PageViewRestriction.LOGIN
    )
    PageViewRestriction.objects.create(
        page=site_tree.page("ro", "event"), restriction_type=PageViewRestriction.LOGIN
    )
    new_article, alias = make_untranslated_alias(site_tree, "article", "en")
    same_language_alias = site_tree.page("bg", "article").create_alias(
        parent=Page.objects.get(pk=site_tree.page("bg", "resource_centre").pk),
        update_slug="alias-of-article",
    )

    for name in ("feed-news-rss", "feed-news-atom"):
        assert parse_feed(client, "en", name).entries == []
        bg_links = [entry.link for entry in parse_feed(client, "bg", name).entries]
        assert new_article.get_full_url() in bg_links
        assert not any(link.endswith(f"/{same_language_alias.slug}/") for link in bg_links)
    assert alias.alias_of_id == new_article.pk
    for name in ("feed-events-rss", "feed-events-atom"):
        assert parse_feed(client, "ro", name).entries == []
        assert len(parse_feed(client, "en", name).entries) == 1


def test_feeds_are_linked_from_the_head_of_every_page(client, site_tree):
    expected = {
        ("application/rss+xml", "feed-news-rss"),
        ("application/atom+xml", "feed-news-atom"),
        ("application/rss+xml", "feed-events-rss"),
        ("application/atom+xml", "feed-events-atom"),
        ("text/calendar", "feed-events-ics"),
    }
    for language_code in LANGUAGES:
        for key in ("home", "article", "publication", "standard"):
            response = client.get(site_tree.url(language_code, key))
            head = BeautifulSoup(response.content, "html.parser").head
            links = head.find_all("link", rel="alternate", type=True)
            assert {(link["type"], link["href"]) for link in links} == {
                (content_type, feed_url(language_code, name)) for content_type, name in expected
            }
            assert all(link.get("title") for link in links)
    for link in links:
        assert client.get(link["href"]).status_code == 200


@pytest.mark.parametrize(
    ("key", "names"),
    [
        ("news_index", ["feed-news-rss", "feed-news-atom"]),
        ("event_index", ["feed-events-ics", "feed-events-rss", "feed-events-atom"]),
    ],
)
def test_index_pages_offer_subscribe_links(client, site_tree, key, names):
    html = client.get(site_tree.url("ro", key)).content
    box = BeautifulSoup(html, "html.parser").find("aside", class_="subscribe")
    assert box is not None
    assert box.find(id=box["aria-labelledby"]).get_text(strip=True)
    links = box.find_all("a")
    assert [link["href"] for link in links] == [feed_url("ro", name) for name in names]
    assert all(link.get_text(strip=True) for link in links)


def test_feed_queries_do_not_grow_with_the_number_of_items(
    client, site_tree, django_assert_max_num_queries
):
    def count(name):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(feed_url("bg", name)).status_code == 200
        return len(queries)

    names = ("feed-news-rss", "feed-news-atom", "feed-events-rss", "feed-events-ics")
    few = {name: count(name) for name in names}
    news_index = site_tree.page("bg", "news_index")
    event_index = site_tree.page("bg", "event_index")
    for number in range(35):
        article = ArticlePageFactory(parent=news_index, date=datetime.date(2020, 1, 1))
        article.tags.add(f"тема {number}", "родители")
        article.save()
        EventPageFactory(parent=event_index, start_date=datetime.date(2020, 1, 1))

    for name in names:
        with django_assert_max_num_queries(few[name]):
            response = client.get(feed_url("bg", name))
    assert len(feedparser.parse(client.get(feed_url("bg", "feed-news-rss")).content).entries) == 30
    assert len(Calendar.from_ical(response.content).walk("VEVENT")) == 36


# iCalendar --------------------------------------------------------------------------------


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_events_calendar_has_one_all_day_event_per_event(client, site_tree, language_code):
    index = site_tree.page(language_code, "event_index")
    EventPageFactory(
        parent=index,
        title="Форум",
        slug="forum",
        start_date=datetime.date(2019, 10, 1),
        end_date=datetime.date(2019, 10, 3),
        venue="",
        city="Крайова",
        region="ro-dolj",
        country="RO",
    )
    url = feed_url(language_code, "feed-events-ics")

    _response, calendar = read_calendar(client, url)

    with translation.override(language_code):
        assert str(calendar["X-WR-CALNAME"]) == str(EVENTS_TITLE)
    assert str(calendar["VERSION"]) == "2.0"
    events = events_by_url(calendar)
    assert len(calendar.walk("VEVENT")) == len(events) == 2
    page = site_tree.page(language_code, "event")
    event = events[full_url(site_tree, language_code, "event")]
    assert event.decoded("DTSTART") == datetime.date(2019, 9, 26)
    assert event.decoded("DTEND") == datetime.date(2019, 9, 27)  # exclusive: the next day
    assert str(event["SUMMARY"]) == page.title
    assert str(event["DESCRIPTION"]) == f"{page.summary}\n\n{page.get_full_url()}"
    assert str(event["UID"]) == f"{page.translation_key}-{language_code}@localhost"
    assert str(event["LOCATION"]).startswith(f"{page.venue}, {page.city}")
    assert event.decoded("LAST-MODIFIED") == page.last_published_at.replace(microsecond=0)
    assert "DTSTAMP" in event
    forum = next(event for event in events.values() if str(event["SUMMARY"]) == "Форум")
    assert forum.decoded("DTSTART") == datetime.date(2019, 10, 1)
    assert forum.decoded("DTEND") == datetime.date(2019, 10, 4)
    assert str(forum["LOCATION"]).startswith("Крайова, ")


def test_event_uids_are_stable_and_differ_between_languages(client, site_tree):
    uids = {}
    for language_code in LANGUAGES:
        url = feed_url(language_code, "feed-events-ics")
        first = [str(e["UID"]) for e in read_calendar(client, url)[1].walk("VEVENT")]
        again = [str(e["UID"]) for e in read_calendar(client, url)[1].walk("VEVENT")]
        assert first == again
        uids[language_code] = first[0]
    assert len(set(uids.values())) == 3
    key = str(site_tree.page("bg", "event").translation_key)
    assert all(uid.startswith(key) for uid in uids.values())


def test_drafts_private_events_and_aliases_stay_out_of_the_calendar(client, site_tree):
    site_tree.page("en", "event").unpublish()
    PageViewRestriction.objects.create(
        page=site_tree.page("ro", "event_index"),
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",
    )
    new_event, _alias = make_untranslated_alias(site_tree, "event", "en")

    for language_code in ("en", "ro"):
        calendar = read_calendar(client, feed_url(language_code, "feed-events-ics"))[1]
        assert calendar.walk("VEVENT") == []
    bg_events = events_by_url(read_calendar(client, feed_url("bg", "feed-events-ics"))[1])
    assert set(bg_events) == {full_url(site_tree, "bg", "event"), new_event.get_full_url()}


def test_one_event_as_a_calendar_file(client, site_tree):
    page = site_tree.page("ro", "event")
    with translation.override("ro"):
        url = reverse("event-ics", args=[page.pk])

    response, calendar = read_calendar(client, url)

    assert response["Content-Disposition"] == f'attachment; filename="{page.slug}.ics"'
    [event] = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == page.start_date
    feed = read_calendar(client, feed_url("ro", "feed-events-ics"))[1]
    assert str(event["UID"]) == str(feed.walk("VEVENT")[0]["UID"])


def test_event_calendar_file_is_only_for_public_events_of_the_urls_language(client, site_tree):
    def status(language_code, page_id):
        with translation.override(language_code):
            return client.get(reverse("event-ics", args=[page_id])).status_code

    bg_event = site_tree.page("bg", "event")
    assert status("bg", bg_event.pk) == 200
    assert status("en", bg_event.pk) == 404  # another language's page
    assert status("bg", site_tree.page("bg", "article").pk) == 404  # not an event
    assert status("bg", 999999) == 404
    site_tree.page("en", "event").unpublish()
    assert status("en", site_tree.page("en", "event").pk) == 404
    PageViewRestriction.objects.create(
        page=site_tree.page("ro", "event"), restriction_type=PageViewRestriction.LOGIN
    )
    assert status("ro", site_tree.page("ro", "event").pk) == 404
    _new_event, alias = make_untranslated_alias(site_tree, "event", "en")
    assert status("en", alias.pk) == 404


def test_event_pages_link_to_their_calendar_file(client, site_tree):
    for language_code in LANGUAGES:
        page = site_tree.page(language_code, "event")
        soup = BeautifulSoup(
            client.get(site_tree.url(language_code, "event")).content, "html.parser"
        )
        link = soup.find("a", type="text/calendar")
        with translation.override(language_code):
            assert link["href"] == reverse("event-ics", args=[page.pk])
        assert link.get_text(strip=True)
        assert client.get(link["href"]).status_code == 200


def test_an_untranslated_event_links_to_its_sources_calendar_file(client, site_tree):
    new_event, alias = make_untranslated_alias(site_tree, "event", "ro")

    soup = BeautifulSoup(client.get(alias.get_url()).content, "html.parser")

    link = soup.find("a", type="text/calendar")
    with translation.override("bg"):
        assert link["href"] == reverse("event-ics", args=[new_event.pk])
    assert client.get(link["href"]).status_code == 200
