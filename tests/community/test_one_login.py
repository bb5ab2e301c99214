"""One way in: every login page goes through allauth (verification, authenticator, lockout).

Wagtail's own login views (`/admin/login/`, `/<lang>/_util/login/`) authenticate no one, and
a staff account with an authenticator app reaches the admin only from a session that passed
its code.
"""

import time
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)

from tests.community.conftest import PASSWORD, make_member

pytestmark = pytest.mark.django_db

WAGTAIL_LOGINS = ("/admin/login/", "/bg/_util/login/", "/en/_util/login/")


def logged_in(client):
    return "_auth_user_id" in client.session


def totp_code(secret, offset=0):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + offset))


def with_authenticator(user):
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


@pytest.fixture
def unverified(db):
    user = make_member("unverified")
    EmailAddress.objects.filter(user=user).update(verified=False)
    return user


@pytest.fixture
def editor_with_app(db):
    user = make_member("editor", groups=["Editors"])
    return user, with_authenticator(user)


# Wagtail's login pages --------------------------------------------------------------------


@pytest.mark.parametrize("url", WAGTAIL_LOGINS)
def test_wagtails_login_pages_send_readers_to_the_one_login_keeping_next(url):
    response = Client().get(url, {"next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"].startswith("/bg/accounts/login/") or response[
        "Location"
    ].startswith("/en/accounts/login/")
    assert "next=%2Fadmin%2Fpages%2F" in response["Location"]


@pytest.mark.parametrize("url", WAGTAIL_LOGINS)
def test_wagtails_login_pages_authenticate_no_one_even_with_the_right_password(url):
    user = make_member("member")
    client = Client()
    for data in (
        {"username": user.username, "password": PASSWORD},
        {"login": user.username, "password": PASSWORD},
    ):
        response = client.post(url, data)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
        assert not logged_in(client)


def test_an_off_site_next_is_dropped():
    response = Client().get("/admin/login/", {"next": "https://evil.example/"})
    assert "evil.example" not in response["Location"]


def test_the_admin_sends_anonymous_readers_to_allauth():
    response = Client().get("/admin/")
    assert response.status_code == 302
    assert "/accounts/login/?next=/admin/" in response["Location"]


# An unverified email ----------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/bg/accounts/login/", *WAGTAIL_LOGINS])
def test_an_unverified_account_is_not_logged_in_by_any_login_page(unverified, url):
    client = Client()
    response = client.post(
        url,
        {"login": "unverified@praktika.test", "username": "unverified", "password": PASSWORD},
        follow=True,
    )
    assert not logged_in(client)
    assert client.get("/bg/members/").status_code == 302
    assert client.get("/bg/materials/new/").status_code == 302
    if url == "/bg/accounts/login/":
        # allauth says why and sends a new link.
        assert "/accounts/confirm-email/" in response.redirect_chain[-1][0]


# An authenticator app ----------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/bg/accounts/login/", *WAGTAIL_LOGINS])
def test_a_password_alone_does_not_open_an_account_with_an_authenticator(editor_with_app, url):
    client = Client()
    client.post(
        url,
        {"login": "editor@praktika.test", "username": "editor", "password": PASSWORD},
        follow=True,
    )
    assert not logged_in(client)
    assert client.get("/admin/").status_code == 302


def test_the_admin_opens_after_the_password_and_the_code(editor_with_app):
    _user, secret = editor_with_app
    client = Client()
    response = client.post(
        "/en/accounts/login/?next=/admin/",
        {"login": "editor@praktika.test", "password": PASSWORD},
    )
    assert response.status_code == 302
    assert "/accounts/2fa/authenticate/" in response["Location"]
    assert not logged_in(client)
    response = client.post(response["Location"], {"code": totp_code(secret)})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert logged_in(client)
    assert client.get("/admin/").status_code == 200


def test_a_session_that_never_passed_the_code_is_asked_for_it(editor_with_app, settings):
    """Having a device is not enough: this session got in without it (force_login)."""
    settings.COMMUNITY_REQUIRE_2FA_FOR_STAFF = False
    user, secret = editor_with_app
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    for path in ("/admin/", "/admin/pages/", "/en/moderation/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert "/accounts/2fa/reauthenticate/" in response["Location"]
    response = client.get(client.get("/admin/")["Location"])
    assert response.status_code == 200
    response = client.post(
        "/en/accounts/2fa/reauthenticate/?next=/admin/", {"code": totp_code(secret)}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_setting_up_the_app_counts_as_passing_its_code(
    settings, django_capture_on_commit_callbacks
):
    settings.COMMUNITY_REQUIRE_2FA_FOR_STAFF = True
    user = make_member("editor", groups=["Editors"])
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    activate = "/en/accounts/2fa/totp/activate/"
    client.get(activate)
    secret = client.session["mfa.totp.secret"]
    # allauth announces the new app when its transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(activate, {"code": totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert client.get("/admin/").status_code == 200


def test_members_without_an_app_are_not_asked_for_a_code(settings):
    settings.COMMUNITY_REQUIRE_2FA_FOR_STAFF = True
    client = Client()
    client.post("/en/accounts/login/", {"login": make_member("member").email, "password": PASSWORD})
    assert logged_in(client)
    assert client.get("/en/members/").status_code == 200


# The lockout covers every login page -------------------------------------------------------


def test_wrong_passwords_posted_to_wagtails_pages_are_never_checked_and_allauths_lock(settings):
    make_member("locked")
    for _ in range(10):
        Client(REMOTE_ADDR="10.0.0.5").post(
            "/admin/login/", {"username": "locked", "password": "wrong-password-1"}
        )
    # Nothing was checked there, so nothing was counted.
    response = Client(REMOTE_ADDR="10.0.0.5").post(
        "/en/accounts/login/", {"login": "locked@praktika.test", "password": PASSWORD}
    )
    assert response.status_code == 302
    for _ in range(5):
        Client(REMOTE_ADDR="10.0.0.6").post(
            "/en/accounts/login/",
            {"login": "locked@praktika.test", "password": "wrong-password-1"},
        )
    response = Client(REMOTE_ADDR="10.0.0.6").post(
        "/en/accounts/login/", {"login": "locked@praktika.test", "password": PASSWORD}
    )
    assert response.status_code == 429


# make run's admin account -------------------------------------------------------------------


def ensure_admin(monkeypatch, **env):
    for name in ("ADMIN_USERNAME", "ADMIN_EMAIL", "ADMIN_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    out = StringIO()
    call_command("ensure_admin", stdout=out, stderr=StringIO())
    return out.getvalue()


def test_the_admin_account_logs_in_at_the_admin_in_one_step(monkeypatch):
    ensure_admin(monkeypatch, ADMIN_PASSWORD="a-long-admin-password")
    address = EmailAddress.objects.get(user__username="admin")
    assert address.verified and address.primary
    client = Client()
    response = client.get("/admin/", follow=True)
    login_url = response.redirect_chain[-1][0]
    response = client.post(
        login_url, {"login": "admin@praktika.local", "password": "a-long-admin-password"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_an_existing_admin_without_a_verified_email_is_fixed_up(monkeypatch):
    user = get_user_model().objects.create_superuser("admin", "admin@praktika.local", "x" * 12)
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=False)
    output = ensure_admin(monkeypatch)
    address = EmailAddress.objects.get(user=user)
    assert address.verified and address.primary
    assert "marked as verified" in output
    assert "marked as verified" not in ensure_admin(monkeypatch)
