"""The five roles every community permission test is written for.

anonymous, new_member (joined today), member (joined two months ago, trusted), moderator
(in "Community moderators") and editor (in Wagtail's "Editors", not a community moderator).
Everyone but the anonymous reader has a verified email and has accepted the current terms.
"""

import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

import pytest
from allauth.account.models import EmailAddress

from community.members.models import ConsentRecord
from community.members.standing import profile_for

ROLES = ("anonymous", "new_member", "member", "moderator", "editor")
PASSWORD = "a-long-test-password"


def make_member(username, *, days_ago=60, trusted=True, groups=(), language="bg", **profile):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@praktika.test", password=PASSWORD
    )
    user.date_joined = timezone.now() - datetime.timedelta(days=days_ago)
    user.save(update_fields=["date_joined"])
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    ConsentRecord.objects.create(user=user, version=settings.COMMUNITY_TERMS_VERSION)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    member_profile = profile_for(user)
    member_profile.trusted = trusted
    member_profile.language = language
    member_profile.display_name = profile.pop("display_name", username.replace("_", " ").title())
    for field, value in profile.items():
        setattr(member_profile, field, value)
    member_profile.save()
    return user


@pytest.fixture
def community_users(db):
    """{role: user or None}: one user per role."""
    return {
        "anonymous": None,
        "new_member": make_member("new_member", days_ago=0, trusted=False),
        "member": make_member("member"),
        "moderator": make_member("moderator", groups=["Community moderators"]),
        "editor": make_member("editor", groups=["Editors"]),
    }


@pytest.fixture
def client_for(community_users):
    """client_for(role): a test client logged in as that role (anonymous: not logged in)."""

    def make(role):
        client = Client()
        user = community_users[role]
        if user is not None:
            client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return client

    return make
