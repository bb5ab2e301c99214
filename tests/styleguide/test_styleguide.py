"""The style guide: staff only, never listed, and in step with the stylesheets it documents."""

import re

from django.conf import settings

import pytest

from styleguide import tokens
from tests.community.conftest import make_member

COMPONENTS = settings.BASE_DIR / "static" / "css" / "components"
PAGES = settings.BASE_DIR / "static" / "css" / "pages"
STYLESHEETS = settings.BASE_DIR / "templates" / "includes" / "stylesheets.html"


@pytest.fixture
def staff(locales):
    """An editor: Wagtail's admin lets them in, so the style guide does."""
    return make_member("editor", groups=["Editors"])


@pytest.fixture
def member(locales):
    return make_member("member")


@pytest.mark.parametrize("language", ["bg", "en", "ro"])
def test_staff_see_the_style_guide_in_their_language(client, locales, staff, language):
    client.force_login(staff)
    response = client.get(f"/{language}/styleguide/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "private" in response["Cache-Control"]


def test_members_are_refused_and_visitors_sent_to_log_in(client, locales, member):
    response = client.get("/en/styleguide/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    client.force_login(member)
    assert client.get("/en/styleguide/").status_code == 403


def test_the_style_guide_is_in_no_sitemap(client, site_tree):
    assert b"styleguide" not in client.get("/sitemap.xml").content


def test_every_component_stylesheet_is_loaded_and_shown_in_the_style_guide(client, locales, staff):
    """A component added to static/css/components/ is linked by every page and has its section."""
    client.force_login(staff)
    html = client.get("/en/styleguide/").content.decode()
    linked = STYLESHEETS.read_text()
    for path in [*COMPONENTS.glob("*.css"), *PAGES.glob("*.css")]:
        assert f"css/{path.parent.name}/{path.name}" in linked, path
    files = {path.stem for path in COMPONENTS.glob("*.css")}
    shown = set(re.findall(r'data-component="([a-z0-9-]+)"', html))
    assert files <= shown, f"components without a style guide section: {sorted(files - shown)}"


def test_the_samples_use_the_sites_own_components(client, locales, staff):
    client.force_login(staff)
    html = client.get("/bg/styleguide/").content.decode()
    # The form sample is bound with a bad address: the real field template shows the error.
    assert "form__field--error" in html
    assert 'aria-current="page"' in html  # the real pagination, on its first page
    assert html.count('class="bar-chart__row') == 3
    assert 'lang="ro"' in html and 'lang="bg"' in html


def test_every_colour_pair_the_design_promises_passes_wcag():
    failing = [pair for pair in tokens.pairs() if pair["ratio"] < pair["minimum"]]
    assert not failing, failing


def test_the_contrast_formula_matches_wcags_reference_values():
    assert round(tokens.contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(tokens.contrast("#767676", "#ffffff"), 2) == 4.54
    assert tokens.contrast("#0b5563", "#0b5563") == 1


def test_tokens_are_read_from_the_stylesheet():
    values = tokens.tokens()
    assert values["colour-primary"] == "#0b5563"
    assert values["tap"] == "2.75rem"
