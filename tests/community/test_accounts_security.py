"""Lockout after failed logins (django-axes), 2FA for staff, and the cache-safe account menu."""

import datetime

from django.test import Client

import pytest
import time_machine
from allauth.mfa.models import Authenticator

from tests.community.conftest import PASSWORD, make_member

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"


def attempt(password, ip="10.0.0.1", login="locked@praktika.test", **extra):
    client = Client(REMOTE_ADDR=ip, **extra)
    response = client.post(LOGIN, {"login": login, "password": password})
    return client, response


@pytest.fixture
def frozen():
    with time_machine.travel(datetime.datetime(2026, 11, 20, 10, 0, tzinfo=datetime.UTC)) as t:
        yield t


def test_five_failures_lock_the_account_from_that_address_for_15_minutes(frozen):
    make_member("locked")
    for _ in range(4):
        _client, response = attempt("wrong-password-1")
        assert response.status_code == 200
    # The fifth failure locks the account and says so at once.
    assert attempt("wrong-password-1")[1].status_code == 429
    client, response = attempt(PASSWORD)
    assert response.status_code == 429
    assert "Too many failed attempts" in response.content.decode()
    assert "15 minutes" in response.content.decode()
    assert "_auth_user_id" not in client.session

    # A made-up X-Forwarded-For does not make it another address.
    _client, response = attempt(PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert response.status_code == 429
    # The address in capitals counts as the same account.
    _client, response = attempt(PASSWORD, login="LOCKED@praktika.test")
    assert response.status_code == 429

    # The owner logging in from elsewhere is not locked out.
    client, response = attempt(PASSWORD, ip="10.0.0.2")
    assert response.status_code == 302
    assert "_auth_user_id" in client.session

    frozen.shift(datetime.timedelta(minutes=15, seconds=1))
    client, response = attempt(PASSWORD)
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_the_lockout_page_speaks_the_readers_language(frozen):
    make_member("locked")
    for _ in range(5):
        Client(REMOTE_ADDR="10.0.0.1").post(
            "/bg/accounts/login/",
            {"login": "locked@praktika.test", "password": "wrong-password-1"},
        )
    response = Client(REMOTE_ADDR="10.0.0.1").post(
        "/bg/accounts/login/", {"login": "locked@praktika.test", "password": PASSWORD}
    )
    assert response.status_code == 429
    assert '<html lang="bg">' in response.content.decode()


def test_a_success_resets_the_count(frozen):
    make_member("locked")
    for _ in range(4):
        attempt("wrong-password-1")
    assert attempt(PASSWORD)[1].status_code == 302
    for _ in range(4):
        attempt("wrong-password-1")
    assert attempt(PASSWORD)[1].status_code == 302


# Two-factor authentication for staff ---------------------------------------------------------


@pytest.fixture
def require_2fa(settings):
    settings.COMMUNITY_REQUIRE_2FA_FOR_STAFF = True


def test_staff_without_an_authenticator_are_sent_to_set_one_up(require_2fa, client_for):
    client = client_for("editor")
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/accounts/2fa/totp/activate/" in response["Location"]
    activate = response["Location"]
    # allauth asks for the password again before showing the secret.
    response = client.get(activate)
    assert "/accounts/reauthenticate/" in response["Location"]
    response = client.post(response["Location"], {"password": PASSWORD}, REMOTE_ADDR="10.0.0.3")
    assert response.status_code == 302
    response = client.get(activate)
    assert response.status_code == 200
    assert 'class="account-qr"' in response.content.decode()
    assert 'class="site-header"' in response.content.decode()


def test_moderators_are_sent_too_on_moderation_pages(require_2fa, client_for):
    response = client_for("moderator").get("/en/moderation/")
    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")


def test_staff_with_an_authenticator_are_asked_for_its_code(
    require_2fa, community_users, client_for
):
    """The app exists, but this session never passed its code (tests/community/test_one_login.py
    shows the whole journey)."""
    Authenticator.objects.create(
        user=community_users["editor"], type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    response = client_for("editor").get("/admin/")
    assert response.status_code == 302
    assert "/accounts/2fa/reauthenticate/" in response["Location"]


def test_members_are_not_asked_for_2fa(require_2fa, client_for):
    response = client_for("member").get("/en/members/")
    assert response.status_code == 200


def test_without_the_setting_staff_pass(settings, client_for):
    settings.COMMUNITY_REQUIRE_2FA_FOR_STAFF = False
    assert client_for("editor").get("/admin/").status_code == 200


# The account menu ----------------------------------------------------------------------------


def test_the_menu_for_anonymous_readers_does_not_touch_the_session(client):
    response = client.get("/en/accounts/login/")
    content = response.content.decode()
    assert 'class="account-menu"' in content
    assert 'href="/en/accounts/signup/"' in content


def test_an_anonymous_page_with_the_menu_stays_cacheable(client, site_tree):
    response = client.get(site_tree.url("en", "home"))
    assert response.status_code == 200
    assert "Cookie" not in response.get("Vary", "")
    assert "account-menu" in response.content.decode()
    assert "/en/accounts/login/" in response.content.decode()


def test_the_menu_for_members_names_them_and_offers_logout(client_for, site_tree):
    response = client_for("member").get(site_tree.url("en", "home"))
    content = response.content.decode()
    assert "Member" in content
    assert 'action="/en/accounts/logout/"' in content
    assert "/en/members/" in content
    assert "/admin/" not in content


def test_moderators_get_a_moderation_link(client_for, site_tree):
    content = client_for("moderator").get(site_tree.url("en", "home")).content.decode()
    assert 'href="/admin/community/queue/"' in content
