"""A staff member with an authenticator app reaches the admin only after its code, in Chromium."""

import time

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)

from tests.browser.conftest import restore_initial_data
from tests.community.conftest import PASSWORD, make_member

pytestmark = pytest.mark.browser


@pytest.fixture
def editor_with_app(transactional_db):
    """An editor by permission, not by group: an earlier transactional test's flush removes
    the groups that migrations create."""
    from django.contrib.auth.models import Permission

    restore_initial_data()
    user = make_member("editor", language="en")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return user, secret


def submit(page):
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()


def test_the_admin_asks_for_the_password_then_the_code(live_server, page, editor_with_app):
    _user, secret = editor_with_app
    page.goto(live_server.url + "/admin/")
    assert "/accounts/login/" in page.url
    page.fill("input[name=login]", "editor@praktika.test")
    page.fill("input[name=password]", PASSWORD)
    submit(page)

    # The password alone does not open the admin.
    assert "/accounts/2fa/authenticate/" in page.url
    page.goto(live_server.url + "/admin/")
    assert "/accounts/" in page.url
    page.goto(live_server.url + "/admin/pages/")
    assert "/accounts/" in page.url
    page.goto(live_server.url + "/en/accounts/2fa/authenticate/")

    page.fill("input[name=code]", "000000")
    submit(page)
    assert "/accounts/2fa/authenticate/" in page.url
    assert page.locator(".form__field-errors, .form__errors").count() >= 1

    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))
    page.fill("input[name=code]", code)
    submit(page)
    assert page.url.rstrip("/").endswith("/admin")
    assert page.locator("#wagtail, .w-dashboard, main").first.is_visible()
