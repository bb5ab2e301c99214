"""Pages that look like their purpose (issue 16): what each page type puts where.

The home page invites visitors to join and shows signs of life without showing members'
discussions to visitors; its numbers leave out what is zero; a publication's files are one
button per language, not a table; an event's write-up has no two headings stacked; a
project's funding table names its columns in every cell, so that it can reflow on phones.
"""

import datetime

from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone, translation

import pytest
from bs4 import BeautifulSoup

from community.discussions.models import Category
from community.discussions.services import start_thread
from tests.community.conftest import make_member
from tests.factories import EventPageFactory, ImageFactory
from tests.site_tree import LANGUAGES

pytestmark = pytest.mark.django_db


def page_soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return BeautifulSoup(response.content.decode(), "html.parser")


def words(element):
    return " ".join(element.get_text(" ").split())


@pytest.fixture
def member(locales):
    return make_member("ana")


@pytest.fixture
def thread(locales, member):
    """A members' discussion, in the search index like every visible thread."""
    category = Category.objects.create(
        locale=locales["en"], name="Foster care", slug="foster-care", sort_order=0
    )
    started, _post = start_thread(
        member, category, "Who keeps siblings together in foster care?", "Opening", "en"
    )
    return started


# The home page ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_hero_says_what_praktika_is_and_invites_to_join(client, site_tree, language):
    html = page_soup(client, site_tree.url(language, "home"))
    hero = html.select_one(".hero")

    assert hero.find("h1").get_text(strip=True)
    with translation.override(language):
        signup = reverse("account_signup")
    first_action = hero.select_one(".hero__actions a")
    assert first_action["href"] == signup
    assert first_action.get_text(strip=True)
    resource_centre = site_tree.url(language, "resource_centre")
    assert hero.select_one(f".hero__actions a[href='{resource_centre}']")


def test_asking_who_reads_keeps_the_visitors_home_page_cacheable(client, site_tree):
    """A visitor has no session to load: the page must not vary on cookies (cms.cache)."""
    response = client.get(site_tree.url("en", "home"))

    assert "cookie" not in response.get("Vary", "").lower()


def test_a_member_is_not_asked_to_join(client, site_tree, member):
    client.force_login(member)
    html = page_soup(client, site_tree.url("en", "home"))

    assert not html.select(f".page-content a[href='{reverse('account_signup')}']")
    assert html.select_one(".hero__actions a")["href"] == reverse("discussions:index")
    assert html.select_one(".join-band") is None


def events_panel(html):
    return html.select_one(".pulse__panel--events")


def test_past_events_are_headed_as_recent_when_none_is_coming(client, site_tree):
    html = page_soup(client, site_tree.url("en", "home"))

    panel = events_panel(html)
    assert panel.find("h3").get_text(strip=True) == "Recent events"
    assert panel.find("a", href=site_tree.url("en", "event"))
    assert "upcoming" not in words(html.select_one(".page-content")).lower()


def test_an_event_to_come_is_headed_as_upcoming(client, site_tree):
    coming = EventPageFactory(
        parent=site_tree.page("en", "event_index"),
        title="Foster care forum",
        slug="foster-care-forum",
        start_date=timezone.localdate() + datetime.timedelta(days=30),
    )
    html = page_soup(client, site_tree.url("en", "home"))

    panel = events_panel(html)
    assert panel.find("h3").get_text(strip=True) == "Upcoming events"
    assert [a["href"] for a in panel.select(".teaser__title a")] == [coming.url]


def figures(html):
    return [words(stat) for stat in html.select(".home-figures .stat")]


def test_the_numbers_say_what_they_count_and_leave_out_zeros(client, site_tree):
    shown = figures(page_soup(client, site_tree.url("en", "home")))

    # The tree's one training had 23 participants in Burgas; it lists two providers in two
    # districts; nobody has shared a material or started a discussion yet.
    assert shown == [
        "23 professionals trained at trainings in 1 town",
        "2 social services on the map in 2 districts and counties",
    ]


def test_with_nothing_to_count_there_are_no_numbers(client, site_tree):
    for language in LANGUAGES:
        for key in ("event", "provider", "provider_ro"):
            site_tree.page(language, key).unpublish()

    html = page_soup(client, site_tree.url("en", "home"))

    assert html.select_one(".home-figures") is None
    assert "0" not in [words(n) for n in html.select(".stat__number")]


def test_visitors_see_what_members_discuss_but_not_their_titles(client, site_tree, thread, member):
    url = site_tree.url("en", "home")
    visitor = page_soup(client, url)
    panel = visitor.select_one(".pulse__panel--community")

    assert thread.title not in visitor.get_text()
    assert "1 discussion between members" in words(panel)
    assert "Foster care" in [tag.get_text(strip=True) for tag in panel.select(".tag")]
    assert panel.find("a", href=reverse("account_signup"))

    client.force_login(member)
    panel = page_soup(client, url).select_one(".pulse__panel--community")
    link = panel.select_one(".teaser__title a")
    assert link.get_text(strip=True) == thread.title
    with translation.override("en"):
        assert link["href"] == thread.get_absolute_url()


# Detail pages -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_publication_offers_one_download_button_per_language(client, site_tree, language):
    page = site_tree.page(language, "publication")
    html = page_soup(client, site_tree.url(language, "publication"))
    article = html.select_one("article.publication")

    assert article.find("table") is None
    buttons = article.select(".download-list a.download")
    files = list(page.files.select_related("document"))
    assert len(buttons) == len(files) == 2
    with translation.override(language):
        for button, publication_file in zip(buttons, files, strict=True):
            assert button["href"] == publication_file.get_download_url()
            text = words(button)
            assert publication_file.get_language_display() in text
            assert " ".join(filesizeformat(publication_file.file_size).split()) in text
            assert "PDF" in text
    # Nobody has downloaded them yet: no "0 downloads" beside each button.
    assert not article.select(".download__count")


def headings_stacked(element):
    """Headings that follow another heading with no text, picture or list between them."""
    stacked, previous_was_heading = [], False
    for node in element.descendants:
        name = getattr(node, "name", None)
        if name in {"h1", "h2", "h3", "h4"}:
            if previous_was_heading:
                stacked.append(node.get_text(strip=True))
            previous_was_heading = True
        elif name in {"img", "li", "dd"} or (
            name is None and node.strip() and not node.find_parent(["h1", "h2", "h3", "h4"])
        ):
            previous_was_heading = False
    return stacked


def test_an_event_write_up_that_opens_with_a_heading_has_no_empty_heading_above_it(
    client, site_tree
):
    event = site_tree.page("en", "event")
    event.write_up = [
        ("heading", {"text": "How the day went", "level": "h2"}),
        ("paragraph", "<p>The participants drew genograms of their own cases.</p>"),
    ]
    event.listing_image = ImageFactory(title="Trainers and participants in Burgas")
    event.save_revision().publish()

    html = page_soup(client, site_tree.url("en", "event"))
    article = html.select_one("article.event")

    assert headings_stacked(article) == []
    assert html.select_one("#write-up-title").get_text(strip=True) == "How the day went"
    assert "How it went" not in words(article)
    assert article.select_one(".lead-picture img")


def test_an_event_write_up_without_its_own_heading_gets_the_page_s(client, site_tree):
    html = page_soup(client, site_tree.url("en", "event"))
    article = html.select_one("article.event")

    assert html.select_one("#write-up-title").get_text(strip=True) == "How it went"
    assert headings_stacked(article) == []
    facts = words(article.select_one(".event__facts"))
    assert "Participants 23" in facts
    assert "Burgas" in facts


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_cell_of_the_funding_table_names_its_column(client, site_tree, language):
    html = page_soup(client, site_tree.url(language, "project"))
    table = html.select_one("table.data-table.data-table--reflow")
    headers = [th.get_text(strip=True) for th in table.select("thead th")]

    assert table.find("caption").get_text(strip=True)
    assert all(th.get("scope") == "col" for th in table.select("thead th"))
    rows = table.select("tbody tr") + table.select("tfoot tr")
    assert len(rows) == 4 + 1  # three funders and the lead partner, then the total
    for row in rows:
        assert row.find("th", scope="row").get_text(strip=True)
        cells = row.find_all("td")
        assert [cell["data-label"] for cell in cells] == headers[1 : 1 + len(cells)]
    assert "EUR" in words(table.select_one("tbody tr"))
