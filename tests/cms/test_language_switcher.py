"""Choosing a language: the switcher's links, untranslated pages, aliases, and the bare "/"."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.conftest import readable_text
from tests.factories import EventPageFactory, get_locale, translate_page
from tests.site_tree import LANGUAGES, PAGE_KEYS

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response
    return BeautifulSoup(response.content.decode(), "html.parser")


def switcher(html):
    """The language switcher's links in the page body, by language code."""
    links = {}
    for link in html.body.find_all("a", hreflang=True):
        links[link["hreflang"]] = link
    assert set(links) == set(LANGUAGES), f"the switcher offers {sorted(links)}"
    return links


def url_of(page):
    return urlsplit(page.get_url()).path


def notices(html):
    """The notices at the top of the main content."""
    main = html.find("main")
    return [
        " ".join(element.get_text(" ").split())
        for element in main.find_all(class_=lambda value: value and "notice" in value.split())
    ]


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_switcher_links_each_page_to_its_translations(client, site_tree, key):
    for language in LANGUAGES:
        links = switcher(soup(client.get(site_tree.url(language, key))))
        for other in LANGUAGES:
            assert links[other]["href"] == site_tree.url(other, key), (language, other)
        assert links[language].get("aria-current") in ("true", "page")
        assert all(
            not links[other].has_attr("aria-current") for other in LANGUAGES if other != language
        )


def test_each_language_is_named_in_itself(client, site_tree):
    links = switcher(soup(client.get(site_tree.url("en", "event"))))
    for code, link in links.items():
        assert link["lang"] == code
    assert links["bg"].get_text(strip=True) == "Български"
    assert links["ro"].get_text(strip=True) == "Română"
    assert links["en"].get_text(strip=True) == "English"


def test_from_english_to_the_bulgarian_translation(client, site_tree):
    english = soup(client.get(site_tree.url("en", "publication")))
    bulgarian_url = switcher(english)["bg"]["href"]

    bulgarian = soup(client.get(bulgarian_url))

    assert bulgarian_url == site_tree.url("bg", "publication")
    assert bulgarian.html["lang"] == "bg"
    assert bulgarian.find("h1").get_text(strip=True) == site_tree.page("bg", "publication").title


@pytest.fixture
def english_only_event(site_tree):
    """A Bulgarian event translated into English but not (yet) into Romanian."""
    event = EventPageFactory(
        parent=site_tree.page("bg", "event_index"),
        title="Фокус група в Харманли",
        slug="fokus-grupa-harmanli",
        event_type="focus_group",
        start_date="2020-06-17",
        city="Харманли",
        region="bg-haskovo",
        participants_total=21,
    )
    event.save_revision().publish()
    return translate_page(
        event,
        "en",
        title="Focus group in Harmanli",
        slug="focus-group-harmanli",
        city="Harmanli",
        venue="Harmanli municipality",
        organisers="A child-protection foundation",
        trainers="A national consultant",
        summary="Professionals discussed how to involve parents more.",
        write_up=[],
    )


class TestUntranslatedPage:
    def test_the_missing_language_leads_to_the_nearest_translated_section(
        self, client, site_tree, english_only_event
    ):
        links = switcher(soup(client.get(url_of(english_only_event))))

        assert links["bg"]["href"] == url_of(english_only_event.get_translation(get_locale("bg")))
        target = urlsplit(links["ro"]["href"])
        assert target.path == site_tree.url("ro", "event_index")
        assert target.query == "untranslated=1"

    def test_the_section_says_why_the_reader_is_there(self, client, site_tree, english_only_event):
        url = switcher(soup(client.get(url_of(english_only_event))))["ro"]["href"]

        with_notice = soup(client.get(url))
        without = soup(client.get(site_tree.url("ro", "event_index")))

        assert with_notice.html["lang"] == "ro"
        assert len(notices(with_notice)) == len(notices(without)) + 1

    @pytest.mark.translations
    def test_the_notice_is_in_romanian(
        self, client, site_tree, english_only_event, english_interface_text
    ):
        url = switcher(soup(client.get(url_of(english_only_event))))["ro"]["href"]
        shown = notices(soup(client.get(url)))
        assert shown
        for notice in shown:
            assert not english_interface_text.find(notice, "ro"), notice

    def test_a_page_whose_section_is_untranslated_too_leads_home(self, client, site_tree):
        bulgarian_only = EventPageFactory(
            parent=site_tree.page("bg", "event_index"), slug="samo-na-balgarski"
        )
        bulgarian_only.save_revision().publish()
        # Remove the Romanian events section: the nearest Romanian page is the home page.
        site_tree.page("ro", "event_index").unpublish()

        links = switcher(soup(client.get(url_of(bulgarian_only))))

        target = urlsplit(links["ro"]["href"])
        assert (target.path, target.query) == (site_tree.url("ro", "home"), "untranslated=1")


class TestAliasPage:
    """A page shown in another language's tree before it is translated (an alias)."""

    @pytest.fixture
    def alias(self, site_tree):
        alias = EventPageFactory(
            parent=site_tree.page("bg", "event_index"),
            title="Обучение в Стара Загора",
            slug="obuchenie-stara-zagora",
            city="Стара Загора",
            region="bg-stara-zagora",
            participants_total=18,
        )
        alias.save_revision().publish()
        return alias.create_alias(
            parent=site_tree.page("ro", "event_index"),
            update_locale=get_locale("ro"),
            update_slug="instruire-stara-zagora",
            reset_translation_key=False,
        )

    def test_renders_with_a_notice_and_content_marked_bulgarian(self, client, site_tree, alias):
        html = soup(client.get(url_of(alias)))
        translated = soup(client.get(site_tree.url("ro", "event")))

        assert html.html["lang"] == "ro"
        assert len(notices(html)) == len(notices(translated)) + 1
        heading = html.find("h1")
        assert heading.get_text(strip=True) == "Обучение в Стара Загора"
        marked = heading.find_parent(attrs={"lang": True})
        assert marked is not None and marked.name != "html", "the content has its own lang"
        assert marked["lang"] == "bg"
        assert translated.find("h1").find_parent(attrs={"lang": True}).name == "html"

    def test_bulgarian_text_is_only_inside_the_bulgarian_element(self, client, alias):
        body = str(soup(client.get(url_of(alias))).body)
        text = readable_text(body, drop_lang=lambda code: code.startswith("bg"))
        assert "Стара Загора" not in text

    def test_points_search_engines_at_the_source(self, client, site_tree, alias):
        html = soup(client.get(url_of(alias)))
        source = alias.alias_of.specific

        canonical = html.find("link", rel="canonical")["href"]
        assert urlsplit(canonical).path == url_of(source)
        alternates = {
            link["hreflang"] for link in html.find_all("link", rel="alternate", hreflang=True)
        }
        assert "ro" not in alternates

    @pytest.mark.translations
    def test_the_notice_is_in_romanian(self, client, alias, english_interface_text):
        shown = notices(soup(client.get(url_of(alias))))
        assert shown
        for notice in shown:
            assert not english_interface_text.find(notice, "ro"), notice


class TestRootRedirect:
    @pytest.mark.parametrize(
        ("accept_language", "language"),
        [
            ("ro", "ro"),
            ("ro-RO,ro;q=0.9,en;q=0.8", "ro"),
            ("en", "en"),
            ("en-GB,en;q=0.9", "en"),
            ("bg", "bg"),
            ("de-DE,de;q=0.9", "bg"),
            ("", "bg"),
        ],
    )
    def test_root_goes_to_the_browsers_language(self, client, site_tree, accept_language, language):
        response = client.get("/", headers={"accept-language": accept_language})

        assert response.status_code == 302
        assert response["Location"] == f"/{language}/"
        home = soup(client.get(response["Location"]))
        assert home.html["lang"] == language

    def test_a_chosen_language_wins_over_the_browsers(self, client, site_tree, settings):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        response = client.get("/", headers={"accept-language": "ro"})
        assert response["Location"] == "/en/"
