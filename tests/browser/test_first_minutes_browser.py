"""A newcomer's first minutes in Chromium: signed up and confirmed, they are in, on "get
started"; the visitors' teasers and that page pass axe and fit a phone; and Wagtail's editor,
running its own JavaScript, makes a Bulgarian page's slug the site's way.
"""

import re

from django.core import mail

import pytest
from playwright.sync_api import expect

from community.discussions.models import Post
from core.text import ascii_slug
from tests.browser.conftest import live_site, session_for
from tests.browser.conftest import log_in as add_session
from tests.browser.test_accessibility import PHONE, assert_no_blocking_violations
from tests.community.conftest import make_member
from tests.community.discussions_support import make_category, make_thread
from tests.community.materials_support import material
from tests.factories.cms import HomePageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

NEWCOMER = {"email": "dobromira@example.org", "password": "quiet-river-lantern-42"}
# The buttons and links of these pages that a thumb must hit (44 x 44 px, WCAG 2.5.5).
TAP_TARGETS = ".join-actions a, .get-started__action a, .teaser__topic-title a"


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, browser):
    """Built once for the module: committed data behind a live server of its own."""
    from django.contrib.auth import get_user_model

    from wagtail.models import Locale

    with live_site(django_db_blocker) as url:
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        categories = make_category(locales)
        author = make_member("author", display_name="Мария Георгиева")
        thread = make_thread(author, categories["bg"], title="Случаят на семейство Петрови")
        Post.objects.create(thread=thread, author=author, body="Подробности само за членове")
        thread.refresh_counters()
        material(author, title="Open checklist", public=True)
        material(author, title="Members-only form")
        home = HomePageFactory(locale=locales["bg"], slug="nachalo-browser")
        editor = get_user_model().objects.create_superuser(
            "editor", "editor@praktika.test", "x" * 16
        )
        yield {"url": url, "home": home, "editor_session": session_for(editor)}


def fits_a_phone(page):
    page.set_viewport_size(PHONE)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width}px wide at 390 px"
    small = page.evaluate(
        """selector => [...document.querySelectorAll(selector)]
            .map(element => element.getBoundingClientRect())
            .filter(box => box.width < 44 || box.height < 44)
            .map(box => `${box.width}x${box.height}`)""",
        TAP_TARGETS,
    )
    assert small == [], f"small tap targets on {page.url}: {small}"


def test_a_newcomer_confirms_and_is_in_on_get_started(site, page, axe_source):
    page.goto(site["url"] + "/bg/accounts/signup/")
    page.fill("input[name=email]", NEWCOMER["email"])
    page.fill("input[name=display_name]", "Добромира Иванова")
    page.fill("input[name=password1]", NEWCOMER["password"])
    page.fill("input[name=password2]", NEWCOMER["password"])
    page.check("input[name=accept_terms]")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    assert "/bg/accounts/confirm-email/" in page.url

    link = re.search(r"https?://\S+(/bg/accounts/confirm-email/\S+/)", mail.outbox[-1].body)
    page.goto(site["url"] + link.group(1))
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()

    assert page.url == site["url"] + "/bg/members/welcome/"
    assert "Добромира Иванова" in page.locator("h1").inner_text()
    assert page.locator(".get-started__step").count() == 4
    assert_no_blocking_violations(page, axe_source)
    fits_a_phone(page)


@pytest.mark.parametrize("path", ["/bg/discussions/", "/bg/discussions/zakrila/", "/bg/materials/"])
def test_the_visitors_teasers_pass_axe_and_fit_a_phone(site, page, axe_source, path):
    page.goto(site["url"] + path)
    assert page.locator(".join-actions").count() >= 1
    content = page.content()
    for secret in ("Петрови", "Подробности", "Members-only form"):
        assert secret not in content
    assert_no_blocking_violations(page, axe_source)
    fits_a_phone(page)


BULGARIAN_TITLE = "Социално включване: щастливо детство в Югоизточна България"


def test_wagtails_editor_makes_the_sites_slug_from_a_bulgarian_title(site, page):
    add_session(page, site["url"], site["editor_session"])
    page.goto(f"{site['url']}/admin/pages/add/cms/standardpage/{site['home'].pk}/")
    title = page.locator("input[name=title]")
    title.fill(BULGARIAN_TITLE)
    title.press("Tab")

    # Wagtail copies the title into the slug a moment later (its sync is debounced).
    slug = page.locator("input[name=slug]")
    expect(slug).to_have_value(ascii_slug(BULGARIAN_TITLE))
    assert slug.input_value() == "sotsialno-vklyuchvane-shchastlivo-detstvo-v-yugoiztochna-blgariya"
