"""The community's restricted views all answer by core.access's one rule."""

from django.urls import reverse
from django.utils import translation

import pytest

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/?next="
MEMBERS_ONLY = [
    "materials:upload",
    "materials:mine",
    "discussions:new_thread",
    "discussions:following",
    "members:list",
    "members:me",
    "members:edit",
    "members:data",
    "members:delete",
    "members:consent",
]


def en(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def assert_private(response):
    assert "private" in response["Cache-Control"] and "no-cache" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


@pytest.mark.parametrize("name", MEMBERS_ONLY)
def test_members_only_views(client_for, name):
    url = en(name)
    anonymous = client_for("anonymous").get(url)
    assert anonymous.status_code == 302 and anonymous["Location"] == LOGIN + url
    member = client_for("member").get(url)
    assert member.status_code == (302 if name == "members:me" else 200)
    assert_private(anonymous)
    assert_private(member)


@pytest.mark.parametrize("name", ["discussions:pin", "discussions:lock"])
def test_moderators_only_views(client_for, name):
    url = en(name, 1)
    anonymous = client_for("anonymous").post(url)
    assert anonymous.status_code == 302 and anonymous["Location"] == LOGIN + url
    member = client_for("member").post(url)
    assert member.status_code == 403
    assert_private(anonymous)
    assert_private(member)
