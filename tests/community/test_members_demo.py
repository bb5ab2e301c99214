"""The demo members every part's demo content is written by."""

from django.test import Client

import pytest
from allauth.account.models import EmailAddress

from community.members.standing import is_moderator, is_new_member, profile_for
from demo.community.members import DEFAULT_PASSWORD, members

pytestmark = pytest.mark.django_db


class Context:
    def __init__(self):
        self.lines = []

    def log(self, message):
        self.lines.append(message)


def test_demo_members_are_made_once_and_can_log_in():
    first = members(Context())
    second = members(Context())
    assert set(first) == {"maria", "ioana", "georgi", "elena"}
    assert {key: user.pk for key, user in first.items()} == {
        key: user.pk for key, user in second.items()
    }
    assert EmailAddress.objects.filter(verified=True, primary=True).count() == 4
    assert is_moderator(first["elena"])
    assert is_new_member(first["georgi"])
    assert not is_new_member(first["maria"])
    assert profile_for(first["ioana"]).language == "ro"
    assert profile_for(first["maria"]).language == "bg"

    client = Client()
    response = client.post(
        "/en/accounts/login/", {"login": "maria@demo.praktika.local", "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/en/members/").status_code == 200
