"""Who may open which discussions view: the five roles × every view."""

import re

from django.urls import reverse
from django.utils import translation

import pytest

from community.discussions.models import Post
from community.moderation.models import Status
from tests.community import discussions_support
from tests.community.conftest import make_member
from tests.community.discussions_support import make_thread

pytestmark = pytest.mark.django_db
category = discussions_support.category

ROLES = ("anonymous", "new_member", "member", "moderator", "editor")
MEMBER_OK = {
    "anonymous": "login",
    "new_member": 200,
    "member": 200,
    "moderator": 200,
    "editor": 200,
}
# The front doors: a visitor sees a teaser of what is there (tests/community/test_first_minutes.py).
FRONT_DOOR = {**MEMBER_OK, "anonymous": 200}
MODERATOR_ONLY = {
    "anonymous": "login",
    "new_member": 403,
    "member": 403,
    "moderator": 200,
    "editor": 403,
}


@pytest.fixture
def world(category, community_users):
    author = make_member("author")
    thread = make_thread(author, category["en"])
    post = thread.posts.get()
    hidden = Post.objects.create(thread=thread, author=author, body="Hidden", status=Status.HIDDEN)
    hidden_thread = make_thread(author, category["en"], title="Hidden thread", body="x")
    hidden_thread.status = Status.HIDDEN
    hidden_thread.save()
    return {"thread": thread, "post": post, "hidden": hidden, "hidden_thread": hidden_thread}


GET_VIEWS = {
    "index": (lambda w: reverse("discussions:index"), FRONT_DOOR),
    "category": (lambda w: reverse("discussions:category", args=["child-protection"]), FRONT_DOOR),
    "thread": (lambda w: w["thread"].get_absolute_url(), MEMBER_OK),
    "new_thread": (lambda w: reverse("discussions:new_thread"), MEMBER_OK),
    "reply": (lambda w: reverse("discussions:reply", args=[w["thread"].pk]), MEMBER_OK),
    "following": (lambda w: reverse("discussions:following"), MEMBER_OK),
    "post_history": (
        lambda w: reverse("discussions:post_history", args=[w["post"].pk]),
        MEMBER_OK,
    ),
    # Someone else's post: only moderators may edit it.
    "edit_others_post": (
        lambda w: reverse("discussions:edit_post", args=[w["post"].pk]),
        MODERATOR_ONLY,
    ),
    "hidden_post_history": (
        lambda w: reverse("discussions:post_history", args=[w["hidden"].pk]),
        MODERATOR_ONLY,
    ),
    "hidden_thread": (
        lambda w: w["hidden_thread"].get_absolute_url(),
        {**MODERATOR_ONLY, "new_member": 404, "member": 404, "editor": 404},
    ),
}


def _check(response, expected, url):
    if expected == "login":
        assert response.status_code == 302
        assert re.match(r"^/(bg|en|ro)/accounts/login/\?next=", response["Location"])
    else:
        assert response.status_code == expected, url


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view", sorted(GET_VIEWS))
def test_get_views(view, role, world, client_for):
    url_of, expected = GET_VIEWS[view]
    with translation.override("en"):
        url = url_of(world)
    response = client_for(role).get(url)
    _check(response, expected[role], url)
    if response.status_code == 200:
        assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ["pin", "lock"])
def test_pin_and_lock(action, role, world, client_for):
    thread = world["thread"]
    url = reverse(f"discussions:{action}", args=[thread.pk])
    response = client_for(role).post(url, {"state": "on"})
    field = {"pin": "is_pinned", "lock": "is_locked"}[action]
    thread.refresh_from_db()
    if role == "moderator":
        assert response.status_code == 302
        assert getattr(thread, field) is True
    else:
        _check(response, MODERATOR_ONLY[role], url)
        assert getattr(thread, field) is False


@pytest.mark.parametrize("role", ROLES)
def test_edit_others_post_post(role, world, client_for):
    post = world["post"]
    url = reverse("discussions:edit_post", args=[post.pk])
    response = client_for(role).post(url, {"body": "Changed by someone else"})
    post.refresh_from_db()
    if role == "moderator":
        assert response.status_code == 302
        assert post.body == "Changed by someone else"
    else:
        _check(response, MODERATOR_ONLY[role], url)
        assert post.body == "Opening"


@pytest.mark.parametrize("role", ROLES)
def test_follow_post(role, world, client_for, community_users):
    response = client_for(role).post(
        reverse("discussions:follow"), {"thread": world["thread"].pk, "mode": "daily"}
    )
    if role == "anonymous":
        _check(response, "login", "follow")
    else:
        assert response.status_code == 302
        user = community_users[role]
        assert user.discussion_follows.filter(thread=world["thread"], mode="daily").exists()
