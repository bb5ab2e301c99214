"""The account and member pages in headless Chromium: axe-core finds no serious problem.

Runs under the site's real CSP (no bypass), with the stylesheets loaded, in the same way as
tests/browser/test_accessibility.py, whose helpers it reuses.
"""

import pytest

from tests.browser.conftest import restore_initial_data
from tests.browser.test_accessibility import assert_no_blocking_violations
from tests.community.conftest import PASSWORD, make_member

pytestmark = pytest.mark.browser


@pytest.fixture
def member(transactional_db):
    restore_initial_data()
    return make_member(
        "aria", display_name="Aria Ionescu", language="en", organisation="DGASPC Cluj"
    )


def log_in(page, base_url, login, password):
    page.goto(base_url + "/en/accounts/login/")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()


def test_entrance_pages_with_errors_pass_axe(live_server, page, axe_source, member):
    page.goto(live_server.url + "/en/accounts/signup/")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    assert page.locator(".form__field-errors").count() >= 3
    assert_no_blocking_violations(page, axe_source)

    page.goto(live_server.url + "/en/accounts/login/")
    page.fill("input[name=login]", "aria")
    page.fill("input[name=password]", "not-the-password")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    assert page.locator(".form__errors").count() == 1
    assert_no_blocking_violations(page, axe_source)

    for path in ("/en/accounts/password/reset/", "/bg/accounts/login/"):
        page.goto(live_server.url + path)
        assert_no_blocking_violations(page, axe_source)


def test_member_pages_pass_axe(live_server, page, axe_source, member):
    log_in(page, live_server.url, "aria@praktika.test", PASSWORD)
    assert page.locator("header summary").inner_text().strip().endswith("Aria Ionescu")
    for path in (
        "/en/members/",
        f"/en/members/{member.pk}/",
        "/en/members/me/edit/",
        "/en/members/me/data/",
        "/en/members/me/delete/",
        "/en/accounts/email/",
        "/en/accounts/password/change/",
        "/en/accounts/2fa/",
    ):
        page.goto(live_server.url + path)
        assert_no_blocking_violations(page, axe_source)

    # The account menu opens and logs out with a POST.
    page.locator("header summary").click()
    with page.expect_navigation():
        page.locator("header .account-menu__button").click()
    # Logged out: a member's page asks for the login again (the site's own header offers it;
    # where the logout lands depends on whether a home page exists, which it does not here).
    page.goto(live_server.url + "/en/members/me/edit/")
    assert "/en/accounts/login/" in page.url
    assert page.locator("header summary").count() == 0
    assert page.locator("header").get_by_role("link", name="Log in", exact=True).count() == 1
