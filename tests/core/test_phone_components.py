"""The markup the phone layout relies on, rendered without a browser: tables that name each
cell's column, filter panels that stay open without JavaScript, the header's menu.

tests/browser/test_phones_browser.py checks how the same markup looks at 390 px.
"""

from django import forms
from django.template.loader import render_to_string
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from cms.blocks import TableBlock
from core.filters import ANY, FilterForm

pytestmark = pytest.mark.django_db


def soup(html):
    return BeautifulSoup(html, "html.parser")


def column_labels(table):
    """For each cell of the body and foot: its data-label and its column's heading."""
    headings = [th.get_text(strip=True) for th in table.select("thead th")]
    cells = []
    for row in table.select("tbody tr, tfoot tr"):
        column = 0
        for cell in row.find_all(["th", "td"]):
            if cell.name == "td":
                cells.append((cell.get("data-label"), headings[column]))
            column += int(cell.get("colspan", 1))
    return cells


def test_a_table_block_labels_every_cell_with_its_column():
    block = TableBlock()
    value = block.to_python(
        {
            "caption": "Symbols",
            "header": ["Symbol", "Meaning"],
            "rows": [{"cells": ["square", "man or boy"]}, {"cells": ["circle", "woman", "extra"]}],
        }
    )
    table = soup(block.render(value)).find("table")
    assert "data-table--reflow" in table["class"]
    cells = table.select("tbody td")
    assert [cell.get("data-label") for cell in cells] == [
        "Symbol",
        "Meaning",
        "Symbol",
        "Meaning",
        None,  # a cell beyond the last heading has no column to name
    ]


def test_the_funding_table_labels_amount_and_currency_in_every_row(site_tree, rf):
    project = site_tree.page("en", "project")
    with translation.override("en"):
        context = project.get_context(rf.get(project.url))
        funders = context["funders"]
        funders[0].amount = None  # "not published" spans the amount and currency columns
        html = render_to_string("cms/includes/funding_table.html", context)
    table = soup(html).find("table")
    assert "data-table--reflow" in table["class"]
    labels = column_labels(table)
    assert len(labels) >= 2 * len(funders) - 1
    assert all(label == column for label, column in labels), labels
    assert {"Amount", "Currency"} <= {label for label, _column in labels}
    assert table.select_one("tbody td[colspan='2']")["data-label"] == "Amount"


class PlaceFilterForm(FilterForm):
    country = forms.ChoiceField(required=False, choices=ANY + [("bg", "Bulgaria")])
    q = forms.CharField(required=False)

    def apply(self, queryset, data):
        return queryset


def test_a_filter_panel_is_open_until_a_script_folds_it():
    form = PlaceFilterForm({"country": "bg"})
    form.is_valid()
    with translation.override("en"):
        html = render_to_string("includes/filter_form.html", {"form": form, "action": "/en/x/"})
    panel = soup(html).select_one("[data-filter-panel]")
    toggle = panel.select_one("button[data-filter-panel-toggle]")
    body = panel.select_one("form.filter-panel__body")
    # Without the script the button stays hidden and the form shows.
    assert toggle.has_attr("hidden")
    assert toggle["aria-expanded"] == "true"
    assert toggle["aria-controls"] == body["id"]
    label = toggle.select_one("[data-filter-panel-label]")
    assert label.get_text(strip=True) == "Filters"
    assert label["data-label-count"] == "Filters ({count})"
    # Filters in use can be cleared; the button that applies them stands alone.
    assert body.select_one(".filters__clear")["href"] == "/en/x/"
    assert [b.get_text(strip=True) for b in body.select(".filters__actions > *")] == [
        "Show results"
    ]


def test_the_header_menu_holds_the_sections_then_logging_in_and_joining(client, site_tree):
    html = soup(client.get(site_tree.url("en", "home")).content.decode())
    header = html.find("header", class_="site-header")
    toggle = header.select_one("button[data-site-nav-toggle]")
    menu = header.select_one(f"#{toggle['aria-controls']}")
    assert toggle.has_attr("hidden")
    # Search, languages, account and navigation all live in the menu the button folds away.
    assert menu.select_one("form[role=search]")
    assert menu.select_one("nav.language-switcher")
    assert menu.select_one("nav.site-nav")
    account = menu.select_one("nav.account-menu")
    assert [a.get_text(strip=True) for a in account.select("a")] == ["Log in", "Join"]
    sections = [a.get_text(strip=True) for a in menu.select("nav.site-nav a")]
    assert sections[-2:] == ["Materials", "Discussions"]
