"""Sign-up, email verification, login, password reset and emails in the member's language."""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

import pytest
from allauth.account.models import EmailAddress

from community.members.models import ConsentRecord
from community.members.standing import profile_for
from tests.community.conftest import PASSWORD, make_member

pytestmark = pytest.mark.django_db

GOOD_PASSWORD = "quiet-river-lantern-42"


def signup_data(**overrides):
    data = {
        "email": "new.person@example.org",
        "display_name": "Нова Колежка",
        "profession": "psychologist",
        "password1": GOOD_PASSWORD,
        "password2": GOOD_PASSWORD,
        "accept_terms": "on",
    }
    data.update(overrides)
    return data


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0)


@pytest.mark.parametrize(
    "language, subject_word",
    [("en", "Welcome"), ("bg", None), ("ro", None)],
)
def test_sign_up_sends_the_verification_email_in_the_page_language(client, language, subject_word):
    response = client.post(f"/{language}/accounts/signup/", signup_data())
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/accounts/confirm-email/"
    user = get_user_model().objects.get(email="new.person@example.org")
    profile = profile_for(user)
    assert profile.display_name == "Нова Колежка"
    assert profile.profession == "psychologist"
    assert profile.language == language
    assert ConsentRecord.objects.filter(
        user=user, version=settings.COMMUNITY_TERMS_VERSION
    ).exists()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["new.person@example.org"]
    link = link_in(message)
    assert f"/{language}/accounts/confirm-email/" in link
    if subject_word:
        assert subject_word in message.subject
        assert "confirm your email address" in message.body


def test_the_verification_email_is_sent_by_the_task_worker(client, task_queue):
    client.post("/en/accounts/signup/", signup_data())
    assert mail.outbox == []
    assert len(task_queue.results("core.tasks.send_email_task")) == 1

    task_queue.run()
    assert [message.to for message in mail.outbox] == [["new.person@example.org"]]
    assert "/en/accounts/confirm-email/" in link_in(mail.outbox[0])


def test_the_confirmation_link_verifies_the_address_and_then_login_works(client):
    client.post("/en/accounts/signup/", signup_data())
    link = link_in(mail.outbox[0])
    path = link.split("testserver", 1)[1]
    assert client.get(path).status_code == 200
    response = client.post(path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="new.person@example.org").verified

    fresh = Client()
    response = fresh.post(
        "/en/accounts/login/", {"login": "new.person@example.org", "password": GOOD_PASSWORD}
    )
    assert response.status_code == 302
    assert "_auth_user_id" in fresh.session


def test_an_unverified_member_cannot_log_in_and_is_told_why(client):
    client.post("/en/accounts/signup/", signup_data())
    fresh = Client()
    response = fresh.post(
        "/en/accounts/login/",
        {"login": "new.person@example.org", "password": GOOD_PASSWORD},
        follow=True,
    )
    assert "_auth_user_id" not in fresh.session
    assert b"Confirm your email address" in response.content
    assert b"We have sent you an email" in response.content


def test_a_short_password_is_refused_with_a_translated_message_and_typing_kept(client):
    response = client.post(
        "/en/accounts/signup/", signup_data(password1="x7k2m9q4z", password2="x7k2m9q4z")
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "password1" in form.errors
    assert "at least 10 characters" in str(form.errors["password1"])
    content = response.content.decode()
    assert 'value="new.person@example.org"' in content
    assert "Нова Колежка" in content
    assert not get_user_model().objects.filter(email="new.person@example.org").exists()


def test_the_terms_must_be_accepted_and_nothing_typed_is_lost(client):
    data = signup_data()
    del data["accept_terms"]
    response = client.post("/en/accounts/signup/", data)
    assert response.status_code == 200
    assert "Please accept the terms of use" in str(response.context["form"].errors["accept_terms"])
    content = response.content.decode()
    assert 'value="new.person@example.org"' in content
    assert 'value="Нова Колежка"' in content
    assert '<option value="psychologist" selected>' in content
    assert mail.outbox == []


def test_the_sign_up_page_is_ours_and_translated(client):
    response = client.get("/bg/accounts/signup/")
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="bg">' in content
    assert 'class="site-header"' in content
    assert 'name="accept_terms"' in content
    assert 'name="display_name"' in content


def test_password_reset_email_is_in_the_members_language_not_the_pages():
    make_member("rodica", language="ro")
    client = Client()
    response = client.post("/en/accounts/password/reset/", {"email": "rodica@praktika.test"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    link = link_in(message)
    assert "/ro/accounts/password/reset/key/" in link
    assert "Reset your password" not in message.subject  # Romanian, not English


def test_password_reset_link_sets_a_new_password():
    make_member("ivan", language="en")
    client = Client()
    client.post("/en/accounts/password/reset/", {"email": "ivan@praktika.test"})
    message = mail.outbox[0]
    assert "Reset your password" in message.subject
    path = link_in(message).split("testserver", 1)[1]
    response = client.get(path)
    assert response.status_code == 302  # allauth moves the key into the session
    form_url = response["Location"]
    response = client.post(
        form_url, {"password1": "brand-new-secret-77", "password2": "brand-new-secret-77"}
    )
    assert response.status_code == 302
    fresh = Client()
    fresh.post(
        "/en/accounts/login/", {"login": "ivan@praktika.test", "password": "brand-new-secret-77"}
    )
    assert "_auth_user_id" in fresh.session


def test_the_login_asks_for_the_email_address_not_a_user_name():
    make_member("petar")
    client = Client()
    response = client.post("/en/accounts/login/", {"login": "petar", "password": PASSWORD})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    response = client.post(
        "/en/accounts/login/", {"login": "petar@praktika.test", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_a_wrong_password_gets_our_message(client):
    make_member("petar")
    response = client.post(
        "/en/accounts/login/", {"login": "petar@praktika.test", "password": "nope-nope-nope"}
    )
    assert response.status_code == 200
    assert "The email address or the password is not correct." in response.content.decode()


def test_logout_is_a_post(client_for):
    client = client_for("member")
    response = client.get("/en/accounts/logout/")
    assert response.status_code == 200
    assert "_auth_user_id" in client.session
    response = client.post("/en/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "path",
    [
        "/en/accounts/login/",
        "/en/accounts/signup/",
        "/en/accounts/password/reset/",
        "/en/accounts/confirm-email/",
    ],
)
def test_entrance_pages_use_the_site_layout(client, path):
    response = client.get(path)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'class="site-header"' in content
    assert 'class="site-footer"' in content


@pytest.mark.parametrize(
    "path", ["/en/accounts/email/", "/en/accounts/password/change/", "/en/accounts/2fa/"]
)
def test_account_pages_for_members_use_the_site_layout(client_for, path):
    response = client_for("member").get(path)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'class="site-header"' in content
    assert "account-form" in content or "account-panel" in content


@pytest.mark.parametrize("language", ["bg", "en", "ro"])
def test_the_login_page_offers_the_password_reset_once(client, language):
    from django.urls import reverse
    from django.utils import translation

    with translation.override(language):
        login_url, reset_url = reverse("account_login"), reverse("account_reset_password")
    html = client.get(login_url).content.decode()
    assert html.count(f'href="{reset_url}"') == 1


def test_signing_in_greets_the_member_by_the_name_they_chose(client):
    make_member("ana_petrova", display_name="Ана Петрова")

    response = client.post(
        "/en/accounts/login/",
        {"login": "ana_petrova@praktika.test", "password": PASSWORD},
        follow=True,
    )

    shown = " ".join(str(message) for message in response.context["messages"])
    assert "Ана Петрова" in shown
    assert "ana_petrova" not in response.content.decode()
