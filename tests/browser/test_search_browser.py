"""A reader searching in headless Chromium, under the site's real CSP, in each language.

From the header's box on any page to the results, narrowed by a facet; the suggestions under
the box driven with the keyboard alone (the ARIA combobox pattern); and the same box without
JavaScript. Built like tests/browser/test_accessibility.py: committed data for a live server of
the module's own, put back as migrations left it at the end.

What a search finds depends on the database's backend (SQLite's FTS5 or PostgreSQL's full
text), so unlike the other browser tests these run on both databases in CI (`both_databases`).
"""

import pytest

from tests.browser.conftest import live_site
from tests.browser.test_accessibility import assert_no_blocking_violations
from tests.site_tree import build_site_tree

pytestmark = [pytest.mark.browser, pytest.mark.both_databases, pytest.mark.django_db]

# language: what a reader types (inflected, or in the other alphabet), the result it finds,
# the word marked in that result's title, and texts of the page in that language.
JOURNEYS = {
    "bg": {
        "query": "генограмата",
        "result": "Методът „Генограма“ в работата по случай",
        "marked": "Генограма",
        "title": "„генограмата“ – Търсене",
        "count": "2 резултата",
        "narrowed": "1 резултат",
        "facets": "Стесняване на резултатите",
        "kind": "Вид",
        "remove": "премахване на този филтър",
    },
    "en": {
        "query": "genograms",
        "result": "The Genogram method in case work",
        "marked": "Genogram",
        "title": "“genograms” – Search",
        "count": "2 results",
        "narrowed": "1 result",
        "facets": "Narrow the results",
        "kind": "Type",
        "remove": "remove this filter",
    },
    "ro": {
        "query": "metodei",
        "result": "Metoda genogramei în lucrul pe caz",
        "marked": "Metoda",
        "title": "„metodei” – Căutare",
        "count": "2 rezultate",
        "narrowed": "1 rezultat",
        "facets": "Restrângeți rezultatele",
        "kind": "Tip",
        "remove": "eliminați acest filtru",
    },
}
# A Bulgarian reader typing in Latin letters, and the words the suggestions start from.
TRANSLITERATED = {"query": "genogramata", "result": "Методът „Генограма“ в работата по случай"}
PREFIXES = {"bg": "генограм", "en": "genog", "ro": "genogr"}
SUGGESTIONS_LABEL = {"bg": "Предложения", "en": "Suggestions", "ro": "Sugestii"}


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, browser):
    with live_site(django_db_blocker) as url:
        tree = build_site_tree()
        yield {"url": url, "tree": tree}
        tree.delete_files()


def words(text):
    return " ".join(text.split())


def search_from_header(page, site, language, query):
    page.goto(site["url"] + site["tree"].url(language, "home"))
    box = page.locator("header form[role=search] input[name=q]")
    box.fill(query)
    with page.expect_navigation():
        box.press("Enter")


@pytest.mark.parametrize("language", JOURNEYS)
def test_search_from_the_header_and_narrow_by_a_facet(site, page, language):
    journey = JOURNEYS[language]
    search_from_header(page, site, language, journey["query"])

    assert page.url.startswith(f"{site['url']}/{language}/search/?q=")
    assert page.title().startswith(journey["title"] + " | ")
    count = page.locator("[role=status].search-summary__count")
    assert words(count.inner_text()) == journey["count"]
    titles = [words(text) for text in page.locator(".search-hit__title").all_inner_texts()]
    assert journey["result"] in titles
    found = page.locator(".search-hit").nth(titles.index(journey["result"]))
    assert found.locator(".search-hit__title mark").first.inner_text() == journey["marked"]
    assert page.locator("#search-facets-title").inner_text() == journey["facets"]
    assert page.locator("#facet-kind").inner_text() == journey["kind"]

    kinds = page.locator(".facet--kind .facet__link")
    assert kinds.count() == 2
    kept = kinds.nth(1).locator(".facet__label").inner_text()
    with page.expect_navigation():
        kinds.nth(1).click()

    assert words(page.locator(".search-summary__count").inner_text()) == journey["narrowed"]
    assert page.locator(".search-hit").count() == 1
    selected = page.locator(".facet--kind .facet__link[aria-current=true]")
    assert selected.locator(".facet__label").inner_text() == kept
    chip = page.locator(".search-active .search-chip")
    assert journey["remove"] in chip.inner_text()

    with page.expect_navigation():
        chip.click()
    assert words(page.locator(".search-summary__count").inner_text()) == journey["count"]


def test_latin_letters_find_bulgarian_text(site, page):
    search_from_header(page, site, "bg", TRANSLITERATED["query"])

    first = page.locator(".search-hit").first
    assert words(first.locator(".search-hit__title").inner_text()) == TRANSLITERATED["result"]
    assert first.locator(".search-hit__title mark").first.inner_text() == "Генограма"


@pytest.mark.parametrize("language", JOURNEYS)
def test_suggestions_with_the_keyboard_open_the_page(site, page, language):
    tree = site["tree"]
    problems = []
    page.on("console", lambda message: problems.append(message.text))
    page.goto(site["url"] + tree.url(language, "article"))
    box = page.locator("header form[role=search] input[name=q]")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"

    box.press_sequentially(PREFIXES[language], delay=30)
    listbox = page.locator(f"#{box.get_attribute('aria-controls')}")
    option = listbox.locator("[role=option]").first
    option.wait_for(state="visible")
    assert listbox.get_attribute("role") == "listbox"
    assert listbox.get_attribute("aria-label") == SUGGESTIONS_LABEL[language]
    assert box.get_attribute("aria-expanded") == "true"
    resource = tree.page(language, "resource")
    assert words(option.locator(".autocomplete__title").inner_text()) == resource.title
    assert box.evaluate("element => element === document.activeElement")

    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == option.get_attribute("id")
    assert option.get_attribute("aria-selected") == "true"
    with page.expect_navigation():
        box.press("Enter")

    assert page.url == site["url"] + tree.url(language, "resource")
    assert words(page.locator("h1").inner_text()) == resource.title
    assert not [text for text in problems if "Content Security Policy" in text], problems


def test_escape_closes_the_suggestions_and_they_pass_axe(site, page, axe_source):
    page.goto(site["url"] + site["tree"].url("en", "home"))
    box = page.locator("header form[role=search] input[name=q]")
    box.press_sequentially("genog", delay=30)
    listbox = page.locator(f"#{box.get_attribute('aria-controls')}")
    listbox.locator("[role=option]").first.wait_for(state="visible")
    assert listbox.locator(".autocomplete__option--tag").count() >= 1

    assert_no_blocking_violations(page, axe_source)

    box.press("ArrowDown")
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert not listbox.is_visible()
    assert box.get_attribute("aria-activedescendant") is None
    assert box.input_value() == "genog"


def test_the_search_works_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    try:
        tab = context.new_page()
        tab.goto(site["url"] + site["tree"].url("en", "event"))
        box = tab.locator("header form[role=search] input[name=q]")
        assert box.get_attribute("role") is None
        box.fill("genogram")
        with tab.expect_navigation():
            tab.locator("header form[role=search] button[type=submit]").click()
        assert tab.locator(".search-hit").count() == 2
        with tab.expect_navigation():
            tab.locator(".search-sort a", has_text="Newest first").click()
        assert tab.locator(".search-sort a[aria-current]").inner_text() == "Newest first"
    finally:
        context.close()
