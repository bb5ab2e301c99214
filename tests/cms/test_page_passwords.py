"""Page passwords are throttled like logins: 5 wrong ones from one address, 15 minutes' wait."""

import datetime

from django.test import Client
from django.urls import reverse

from wagtail.models import PageViewRestriction

import pytest
import time_machine

pytestmark = pytest.mark.django_db

RIGHT = "the-right-words"


@pytest.fixture
def protected(site_tree):
    page = site_tree.page("bg", "article")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=RIGHT
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    return url, site_tree.url("bg", "article")


@pytest.fixture
def frozen():
    with time_machine.travel(datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC)) as t:
        yield t


def attempt(url, password, ip="10.1.0.1", client=None, **extra):
    client = client or Client(REMOTE_ADDR=ip, **extra)
    page_url = url[1]
    response = client.post(url[0], {"password": password, "return_url": page_url})
    return client, response


def test_the_password_form_is_in_the_site_layout_and_language(client, protected):
    response = client.get(protected[1])
    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="bg">' in content
    assert 'class="site-header"' in content
    assert 'name="password"' in content
    assert 'action="/bg/_util/authenticate_with_password/' in content


def test_the_right_password_opens_the_page(protected):
    client, response = attempt(protected, RIGHT)
    assert response.status_code == 302
    assert response["Location"] == protected[1]
    assert client.get(protected[1]).status_code == 200
    assert 'name="password"' not in client.get(protected[1]).content.decode()


def test_six_wrong_passwords_make_the_address_wait_15_minutes(protected, frozen):
    for _ in range(4):
        _client, response = attempt(protected, "guess")
        assert response.status_code == 200
        assert 'name="password"' in response.content.decode()
    # The fifth wrong password locks and says so.
    _client, response = attempt(protected, "guess")
    assert response.status_code == 429
    # The sixth, even the right one, is not checked.
    client, response = attempt(protected, RIGHT)
    assert response.status_code == 429
    content = response.content.decode()
    assert "15" in content and 'role="alert"' in content
    assert "_auth_user_id" not in client.session
    assert "passed_page_view_restrictions" not in client.session

    # A forged X-Forwarded-For is the same address.
    _client, response = attempt(protected, RIGHT, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert response.status_code == 429
    # Another address is not held back.
    _client, response = attempt(protected, RIGHT, ip="10.1.0.2")
    assert response.status_code == 302

    frozen.shift(datetime.timedelta(minutes=15, seconds=1))
    _client, response = attempt(protected, RIGHT)
    assert response.status_code == 302


def test_the_wait_is_explained_in_each_language(protected, frozen):
    for _ in range(5):
        attempt(protected, "guess")
    texts = {}
    for language in ("bg", "en", "ro"):
        url = protected[0].replace("/bg/", f"/{language}/", 1)
        response = Client(REMOTE_ADDR="10.1.0.1").post(url, {"password": RIGHT})
        assert response.status_code == 429
        assert f'<html lang="{language}">' in response.content.decode()
        texts[language] = response.content.decode().split('role="alert"', 1)[1][:300]
    assert "Too many wrong passwords" in texts["en"]
    assert texts["bg"] != texts["en"] != texts["ro"]
    assert "Too many wrong passwords" not in texts["bg"]
    assert "Too many wrong passwords" not in texts["ro"]


def test_a_right_password_resets_the_count(protected, frozen):
    for _ in range(4):
        attempt(protected, "guess")
    assert attempt(protected, RIGHT)[1].status_code == 302
    for _ in range(4):
        attempt(protected, "guess")
    assert attempt(protected, RIGHT)[1].status_code == 302


def test_an_off_site_return_url_is_replaced_by_the_page(protected):
    response = Client().post(
        protected[0], {"password": RIGHT, "return_url": "https://evil.example/"}
    )
    assert response.status_code == 302
    assert response["Location"] == protected[1]
