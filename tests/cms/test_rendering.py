"""Every page type renders in Bulgarian, English and Romanian, wholly in the reader's language.

Real pages of the organisations this site serves show Bulgarian interface strings on their
English pages ("Прочетете още ..."): these tests make sure ours never do.
"""

import re
from urllib.parse import urlsplit

from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from tests.conftest import readable_text
from tests.site_tree import LANGUAGES, PAGE_KEYS

pytestmark = pytest.mark.django_db

CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
EVERY_PAGE = [(language, key) for language in LANGUAGES for key in PAGE_KEYS]


def ids(params):
    return [f"{language}-{key}" for language, key in params]


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return response


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def path_of(url):
    return urlsplit(url).path


@pytest.mark.parametrize(("language", "key"), EVERY_PAGE, ids=ids(EVERY_PAGE))
def test_page_renders_in_its_language(client, site_tree, language, key):
    page = site_tree.page(language, key)
    html = soup(get(client, site_tree.url(language, key)))

    assert html.html["lang"] == language
    heading = html.find("h1")
    assert heading is not None, "a page has a main heading"
    assert html.title.get_text(strip=True).startswith(page.title)
    if key != "home":
        assert heading.get_text(" ", strip=True) == page.title


@pytest.mark.parametrize(("language", "key"), EVERY_PAGE, ids=ids(EVERY_PAGE))
def test_canonical_and_alternate_links(client, site_tree, language, key):
    html = soup(get(client, site_tree.url(language, key)))

    canonical = html.find_all("link", rel="canonical")
    assert len(canonical) == 1
    assert urlsplit(canonical[0]["href"]).scheme in ("http", "https")
    assert path_of(canonical[0]["href"]) == site_tree.url(language, key)

    alternates = {
        link["hreflang"]: path_of(link["href"])
        for link in html.find_all("link", rel="alternate")
        if link.has_attr("hreflang")
    }
    expected = {other: site_tree.url(other, key) for other in LANGUAGES}
    expected["x-default"] = site_tree.url("bg", key)
    assert alternates == expected


@pytest.mark.parametrize("language", ["en", "ro"])
@pytest.mark.parametrize("key", PAGE_KEYS)
def test_no_bulgarian_on_english_and_romanian_pages(client, site_tree, language, key):
    """Cyrillic only where an element says it is Bulgarian (the language switcher's name)."""
    html = get(client, site_tree.url(language, key)).content.decode()

    text = readable_text(html, drop_lang=lambda code: code.lower().startswith("bg"))

    found = sorted(set(CYRILLIC.findall(text)))
    assert not found, f"Bulgarian words on {site_tree.url(language, key)}: {found}"


@pytest.mark.translations
@pytest.mark.parametrize("language", ["bg", "ro"])
@pytest.mark.parametrize("key", PAGE_KEYS)
def test_no_english_interface_text_on_bulgarian_and_romanian_pages(
    client, site_tree, english_interface_text, language, key
):
    html = get(client, site_tree.url(language, key)).content.decode()

    text = readable_text(html, drop_lang=lambda code: not code.lower().startswith(language))

    found = english_interface_text.find(text, language)
    assert not found, (
        f"English interface text on {site_tree.url(language, key)} (untranslated in "
        f"locale/{language}/LC_MESSAGES/django.po): {found}"
    )


def test_the_english_check_sees_english(client, site_tree, english_interface_text):
    """The check above would notice: the same page in English shows those strings."""
    html = get(client, site_tree.url("en", "publication")).content.decode()
    assert english_interface_text.find(readable_text(html), "bg")


def test_the_bulgarian_check_sees_bulgarian(client, site_tree):
    html = get(client, site_tree.url("bg", "project")).content.decode()
    assert CYRILLIC.search(readable_text(html, drop_lang=lambda code: code != "bg"))


class TestPageContent:
    """Each page shows what it is about, in its own language's words."""

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_project_page_names_partners_and_funders_in_the_page_language(
        self, client, site_tree, language
    ):
        text = readable_text(get(client, site_tree.url(language, "project")).content.decode())
        for key in ("vidin", "craiova", "erdf", "ro_budget", "bg_budget"):
            assert site_tree.organisation(language, key).name in text

    def test_project_page_shows_period_and_budget(self, client, site_tree):
        response = get(client, site_tree.url("en", "project"))
        assert response.context["funding_totals"] == [("EUR", sum_of_funding(site_tree))]
        text = readable_text(response.content.decode())
        assert "2017" in text and "2019" in text
        assert "35328672" in re.sub(r"\D", "", text), "the budget in total is shown"

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_event_page_shows_the_facts(self, client, site_tree, language):
        response = get(client, site_tree.url(language, "event"))
        event = site_tree.page(language, "event")
        text = readable_text(response.content.decode())
        assert event.city in text
        assert "23" in text
        assert "2019" in text
        project = site_tree.page(language, "project")
        assert soup(response).find("a", href=project.get_url())

    def test_project_page_tracks_expected_results_against_targets(self, client, site_tree):
        html = soup(get(client, site_tree.url("en", "project")))
        assert "Social-sector experts trained" in html.get_text()
        progress = html.find("progress")
        assert progress is not None
        assert (progress["value"], progress["max"]) == ("80", "100")
        assert "80%" in html.get_text()

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_publication_page_links_its_files(self, client, site_tree, language):
        html = soup(get(client, site_tree.url(language, "publication")))
        links = {a["href"] for a in html.find_all("a", href=True)}
        files = site_tree.page(language, "publication").files.all()
        assert len(files) == 2
        with translation.override(language):
            for publication_file in files:
                assert publication_file.get_download_url() in links

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_index_pages_list_their_pages(self, client, site_tree, language):
        for index, detail in [
            ("news_index", "article"),
            ("resource_centre", "resource"),
            ("event_index", "event"),
            ("project_index", "project"),
            ("publication_index", "publication"),
        ]:
            html = soup(get(client, site_tree.url(language, index)))
            assert html.find("a", href=site_tree.url(language, detail)), (
                f"{site_tree.url(language, index)} does not link to its {detail}"
            )

    def test_resource_centre_lists_methods_not_news(self, client, site_tree):
        response = get(client, site_tree.url("bg", "resource_centre"))
        assert [a.pk for a in response.context["results"]] == [site_tree.page_ids["bg"]["resource"]]

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_home_page_shows_key_figures_and_latest_news(self, client, site_tree, language):
        response = get(client, site_tree.url(language, "home"))
        assert response.context["key_figures"] == {
            "publications": 1,
            "events": 1,
            "people_trained": 23,
        }
        assert soup(response).find("a", href=site_tree.url(language, "article"))

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_main_menu_links_the_sections_of_the_language(self, client, site_tree, language):
        html = soup(get(client, site_tree.url(language, "standard")))
        links = {a["href"] for a in html.find_all("a", href=True)}
        for key in ("news_index", "event_index", "publication_index", "contact"):
            assert site_tree.url(language, key) in links

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_contact_page_shows_its_form(self, client, site_tree, language):
        html = soup(get(client, site_tree.url(language, "contact")))
        form = html.find("form", method="post")
        labels = [label.get_text(" ", strip=True) for label in form.find_all("label")]
        contact = site_tree.page(language, "contact")
        for field in contact.form_fields.all():
            assert any(label.startswith(field.label) for label in labels)


def sum_of_funding(site_tree):
    return sum(funder.amount for funder in site_tree.page("bg", "project").funders.all())


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_page_is_in_the_readers_language(client, site_tree, language):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    assert soup(response).html["lang"] == language
