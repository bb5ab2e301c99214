"""The site on a 390 px phone: a short header whose menu holds search, languages and account,
the map before its filters, filters folded behind a "Filters (n)" button, tables as cards.

One live server over the shared site tree for the module; each test makes a handful of visits.
"""

from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

import pytest

from directory.choices import ServiceType
from tests.browser.conftest import live_site
from tests.site_tree import LANGUAGES, build_site_tree

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 390, "height": 844}
TABLE = {
    "caption": "Symbols",
    "header": ["Symbol", "Meaning", "Drawn as"],
    "rows": [
        {"cells": ["square", "man or boy", "a box"]},
        {"cells": ["circle", "woman or girl", "a ring"]},
    ],
}


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, browser):
    with live_site(django_db_blocker) as url:
        tree = build_site_tree()
        resource = tree.page("en", "resource")
        resource.body = [("table", TABLE)]
        resource.save_revision().publish()
        yield {"url": url, "tree": tree}
        tree.delete_files()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    context.set_default_timeout(15_000)
    # Map tiles and anything else off the machine are refused.
    context.route("http*://*.openstreetmap.org/**", lambda route: route.abort())
    tab = context.new_page()
    yield tab
    context.close()


def box(locator):
    found = locator.bounding_box()
    assert found is not None, f"{locator} is not displayed"
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_is_short_and_its_menu_holds_search_languages_and_account(site, phone, language):
    phone.goto(site["url"] + site["tree"].url(language, "home"))
    header = phone.locator("header.site-header")
    assert box(header)["height"] <= 130
    toggle = header.locator("button[data-site-nav-toggle]")
    in_menu = [
        header.locator("form[role=search] input[name=q]"),
        header.locator("nav.language-switcher"),
        header.locator("nav.account-menu"),
        header.locator("nav.site-nav"),
    ]
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not any(part.is_visible() for part in in_menu)

    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert all(part.is_visible() for part in in_menu)
    link = header.locator("nav.site-nav a").first
    assert box(link)["height"] >= 44

    phone.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert toggle.evaluate("element => element === document.activeElement")


def test_without_javascript_the_menu_is_open(site, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(site["url"] + site["tree"].url("en", "home"))
        assert tab.locator("header button[data-site-nav-toggle]").is_hidden()
        assert tab.locator("header form[role=search] input[name=q]").is_visible()
        assert tab.locator("header nav.language-switcher a").first.is_visible()
        assert tab.locator("header nav.site-nav a").first.is_visible()
        # The filters too: nothing folds them away.
        tab.goto(site["url"] + site["tree"].url("en", "directory"))
        assert tab.locator("#directory-filters").is_visible()
    finally:
        context.close()


def test_the_map_comes_before_its_filters_which_count_those_in_use(site, phone):
    filters = f"?region=ro-dolj&service={ServiceType.FAMILY_TYPE_PLACEMENT}&q=Craiova"
    phone.goto(site["url"] + site["tree"].url("en", "directory") + filters)
    canvas = phone.locator("[data-map-canvas]")
    panel = phone.locator("[data-filter-panel]")
    form = phone.locator("#directory-filters")
    assert box(canvas)["y"] < box(panel)["y"]
    assert box(canvas)["y"] < PHONE["height"] / 2

    toggle = panel.locator("button[data-filter-panel-toggle]")
    assert toggle.inner_text().strip() == "Filters (3)"
    assert toggle.get_attribute("aria-controls") == "directory-filters"
    assert toggle.get_attribute("aria-expanded") == "false"
    assert form.is_hidden()
    # Folded, the panel is its button: the list follows at once.
    assert box(phone.locator("#directory-list"))["y"] < box(panel)["y"] + 100

    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert form.is_visible()
    assert phone.locator("input[name=region][value=ro-dolj]").is_checked()
    for option in phone.locator(".checkbox-filter__option label").all():
        assert box(option)["height"] >= 44
    toggle.click()
    assert form.is_hidden()

    # A listing without filters in use says "Filters" alone; from 64em there is no button.
    phone.goto(site["url"] + site["tree"].url("en", "news_index"))
    toggle = phone.locator("button[data-filter-panel-toggle]")
    assert toggle.inner_text().strip() == "Filters"
    phone.set_viewport_size({"width": 1280, "height": 800})
    assert toggle.is_hidden()
    assert phone.locator("#list-filters").is_visible()


def reflowed_labels(table):
    """Each cell's label as drawn on the screen, and whether the cell fits the screen."""
    return table.evaluate(
        """table => [...table.querySelectorAll("tbody td, tfoot td")].map(cell => ({
            label: getComputedStyle(cell, "::before").content,
            column: table.tHead.rows[0].cells[cell.cellIndex].textContent.trim(),
            right: cell.getBoundingClientRect().right,
        }))"""
    )


def assert_every_cell_shows_its_column(table):
    cells = reflowed_labels(table)
    assert cells
    for cell in cells:
        # Drawn labels are left out of what screen readers read: `attr(data-label) / ""`.
        assert cell["label"].startswith(f'"{cell["column"]}"'), cell
        assert cell["right"] <= PHONE["width"], cell


def test_tables_turn_into_cards_that_name_every_column(site, phone):
    phone.goto(site["url"] + site["tree"].url("en", "resource"))
    table = phone.locator("main table.data-table")
    assert table.evaluate("table => getComputedStyle(table.tHead).position") == "absolute"
    assert_every_cell_shows_its_column(table)

    # The project's funding table, with the page's stylesheets: the currency column is no
    # longer lost off the screen's edge.
    project = site["tree"].page("en", "project")
    with translation.override("en"):
        context = project.get_context(RequestFactory().get(project.url))
        html = render_to_string("cms/includes/funding_table.html", context)
    phone.locator("main").evaluate("(main, html) => { main.innerHTML = html; }", html)
    table = phone.locator("main table.data-table")
    assert_every_cell_shows_its_column(table)
    assert "Currency" in [cell["column"] for cell in reflowed_labels(table)]
