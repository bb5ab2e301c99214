"""The shortcuts taken for speed give the answers of the long way round.

Menus are kept in the cache, view restrictions and `public()` are checked in SQL, routing
loads an index's child as its type, `localized` skips the locale query, and the home page's
upcoming and recent events come from one query. Each is compared here with what Wagtail or
the plain version would answer, including after the content changes.
"""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale, Page, PageViewRestriction

import pytest

from cms.models import ArticlePage, EventPage, NavigationMenu
from cms.models.events import upcoming_and_recent
from core.locales import locale_codes
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def main_menu(html):
    return html[html.index('class="site-nav"') :].split("</nav>", 1)[0]


def footer(html):
    return html[html.index('class="site-footer"') :].split("</footer>", 1)[0]


def test_the_menu_shows_a_page_renamed_after_it_was_cached(client, site_tree):
    url = site_tree.url("en", "article")
    assert "News and articles" in main_menu(client.get(url).content.decode())

    index = site_tree.page("en", "news_index")
    index.title = "Latest from the field"
    index.save_revision().publish()

    menu = main_menu(client.get(url).content.decode())
    assert "Latest from the field" in menu
    assert "News and articles" not in menu


def test_the_menu_shows_an_edited_menu_and_footer_at_once(client, site_tree):
    url = site_tree.url("ro", "home")
    client.get(url)
    menu = NavigationMenu.objects.get(location="footer", locale__language_code="ro")
    menu.footer_text = "Un text nou în subsol."
    menu.items = [{"type": "link", "value": {"page": None, "url": "/ro/", "label": "Acasă"}}]
    menu.save()

    html = footer(client.get(url).content.decode())
    assert "Un text nou în subsol." in html
    assert ">Acasă</a>" in html


def test_the_menu_drops_an_unpublished_page_and_marks_the_current_one(client, site_tree):
    events = site_tree.url("bg", "event_index")
    html = main_menu(client.get(events).content.decode())
    assert f'href="{events}" aria-current="page"' in html
    # The same stored menu, marked for another page.
    news = site_tree.url("bg", "news_index")
    html = main_menu(client.get(news).content.decode())
    assert f'href="{events}" aria-current' not in html

    site_tree.page("bg", "event_index").unpublish()

    assert f'href="{events}"' not in main_menu(client.get(news).content.decode())


def test_lists_leave_out_pages_below_a_private_section(client, site_tree):
    index = site_tree.page("bg", "news_index")
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)

    ours = set(ArticlePage.objects.live().public().values_list("pk", flat=True))
    wagtails = set(Page.objects.type(ArticlePage).live().public().values_list("pk", flat=True))
    assert ours == wagtails
    assert site_tree.page("bg", "article").pk not in ours
    assert site_tree.page("bg", "resource").pk in ours


def test_a_page_below_a_private_section_asks_for_a_login(client, site_tree):
    index = site_tree.page("bg", "event_index")
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(site_tree.url("bg", "event"))

    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert client.get(site_tree.url("bg", "article")).status_code == 200


def test_a_restriction_on_the_root_page_covers_the_whole_site(client, site_tree):
    PageViewRestriction.objects.create(
        page=Page.get_first_root_node(), restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(site_tree.url("en", "event")).status_code == 302


def test_an_untranslated_alias_takes_its_sources_restrictions(client, site_tree, locales):
    source = site_tree.page("bg", "event")
    alias = source.create_alias(
        parent=site_tree.page("en", "event_index"),
        update_locale=locales["en"],
        update_slug="only-in-bulgarian",
    )
    assert client.get(alias.url).status_code == 200

    PageViewRestriction.objects.create(page=source, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(alias.url).status_code == 302


def test_routing_finds_a_child_of_another_type_the_long_way(client, site_tree):
    """Children of an index are of one type, unless someone moved another page there."""
    article = site_tree.page("en", "article")
    article.move(site_tree.page("en", "event_index"), pos="last-child")

    response = client.get(Page.objects.get(pk=article.pk).url)

    assert response.status_code == 200
    assert response.context["page"].pk == article.pk


def test_localized_needs_no_query_in_the_readers_language(site_tree):
    bg_event, en_event = site_tree.page("bg", "event"), site_tree.page("en", "event")
    locale_codes()  # read once, as every request does
    with translation.override("bg"), CaptureQueriesContext(connection) as context:
        assert bg_event.localized is bg_event
    assert len(context.captured_queries) == 0
    with translation.override("en"):
        assert bg_event.localized.pk == en_event.pk


def test_a_new_locale_is_known_at_once():
    before = locale_codes()
    locale = Locale.objects.create(language_code="de")
    assert locale_codes() == {**before, locale.pk: "de"}


@pytest.mark.parametrize("today", [datetime.date(2019, 9, 1), datetime.date(2024, 5, 15)])
def test_upcoming_and_recent_events_match_two_separate_lists(site_tree, today):
    index = site_tree.page("bg", "event_index")
    for days in (-400, -30, -2, -1, 0, 1, 5, 5, 60, 365):
        EventPageFactory(parent=index, start_date=today + datetime.timedelta(days=days))
    events = EventPage.objects.live().filter(locale__language_code="bg")

    upcoming, recent = upcoming_and_recent(events, today=today)

    expected_upcoming = list(events.filter(start_date__gte=today).order_by("start_date")[:3])
    expected_recent = list(events.filter(start_date__lt=today).order_by("-start_date")[:3])
    assert [event.start_date for event in upcoming] == [e.start_date for e in expected_upcoming]
    assert [event.start_date for event in recent] == [e.start_date for e in expected_recent]
    assert len(upcoming) == 3 and len(recent) == 3
