"""Who may use each comments, flag and moderation view: the five roles × every view."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone, translation

import pytest

from community.comments.models import Comment
from tests.community.conftest import ROLES
from tests.community.moderation_helpers import make_comment

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"
# The admin sends readers to the one login (community/members/views/login.py).
ADMIN_LOGIN = "/accounts/login/"

# (view, method) -> {role: expected}; an expected str is where the response redirects.
OK, DENIED = 200, 403
FRONT_END = {
    ("comment_post", "post"): {
        "anonymous": LOGIN,
        "new_member": "#comment-",
        "member": "#comment-",
        "moderator": "#comment-",
        "editor": "#comment-",
    },
    ("comment_edit", "get"): {
        "anonymous": LOGIN,
        "new_member": DENIED,
        "member": OK,  # the author
        "moderator": OK,
        "editor": DENIED,
    },
    ("comment_delete", "get"): {
        "anonymous": LOGIN,
        "new_member": DENIED,
        "member": OK,
        "moderator": OK,
        "editor": DENIED,
    },
    ("flag", "get"): {
        "anonymous": LOGIN,
        "new_member": OK,
        "member": OK,  # shows "you cannot report your own post"
        "moderator": OK,
        "editor": OK,
    },
}
ADMIN_ONLY = {
    "anonymous": ADMIN_LOGIN,
    "new_member": ADMIN_LOGIN,
    "member": ADMIN_LOGIN,
    "moderator": OK,
    "editor": DENIED,  # in the admin's frame (core.access), not Wagtail's redirect home
}
ADMIN_VIEWS = ["queue", "members", "member", "log", "content_action", "member_action"]


@pytest.fixture
def comment(site_tree, community_users):
    """The member's comment, written an hour ago (so the member may comment again now)."""
    comment = make_comment(site_tree.page("en", "article"), community_users["member"])
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(hours=1))
    return comment


def url_for(view, comment, community_users, site_tree):
    with translation.override("en"):
        return {
            "comment_post": reverse(
                "comments:post", args=["cms.articlepage", site_tree.page("en", "article").pk]
            ),
            "comment_edit": reverse("comments:edit", args=[comment.pk]),
            "comment_delete": reverse("comments:delete", args=[comment.pk]),
            "flag": reverse("moderation:flag", args=["comments.comment", comment.pk]),
            "queue": reverse("community_moderation_queue"),
            "members": reverse("community_members"),
            "member": reverse("community_member", args=[community_users["member"].pk]),
            "log": reverse("community_moderation_log"),
            "content_action": reverse(
                "community_moderation_action", args=["comments.comment", comment.pk, "approve"]
            ),
            "member_action": reverse(
                "community_member_action", args=[community_users["new_member"].pk, "trust"]
            ),
        }[view]


def check(response, expected):
    if isinstance(expected, int):
        assert response.status_code == expected
    else:
        assert response.status_code == 302
        assert expected in response["Location"]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view, method", list(FRONT_END))
def test_front_end_views(site_tree, client_for, community_users, comment, role, view, method):
    url = url_for(view, comment, community_users, site_tree)
    data = {"body": f"A comment by {role}"} if method == "post" else None
    response = getattr(client_for(role), method)(url, data)
    check(response, FRONT_END[(view, method)][role])
    if response.status_code == 302 and "next=" in response["Location"]:
        assert "next=" + url in response["Location"]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view", ADMIN_VIEWS)
def test_admin_views(site_tree, client_for, community_users, comment, role, view):
    url = url_for(view, comment, community_users, site_tree)
    client = client_for(role)
    response = client.post(url) if view.endswith("_action") else client.get(url)
    expected = ADMIN_ONLY[role]
    if expected == OK and view.endswith("_action"):
        expected = "/admin/community/"  # done, back to the queue or the member page
    check(response, expected)


def test_comment_views_send_private_cache_headers(site_tree, client_for, community_users, comment):
    for view in ("comment_edit", "comment_delete", "flag"):
        response = client_for("member").get(url_for(view, comment, community_users, site_tree))
        assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_hidden_and_removed_comments_are_not_found_for_members(
    site_tree, client_for, community_users, comment
):
    comment.status = "hidden"
    comment.save()
    client = client_for("member")
    assert (
        client.get(url_for("comment_edit", comment, community_users, site_tree)).status_code == 404
    )
    assert client.get(url_for("flag", comment, community_users, site_tree)).status_code == 404
    assert (
        client_for("moderator")
        .get(url_for("comment_edit", comment, community_users, site_tree))
        .status_code
        == 200
    )


def test_posting_to_content_that_cannot_take_comments_is_not_found(client_for, community_users):
    with translation.override("en"):
        url = reverse("comments:post", args=["auth.user", community_users["member"].pk])
    assert client_for("member").post(url, {"body": "Hi"}).status_code == 404


def test_posting_needs_post(site_tree, client_for, community_users, comment):
    url = url_for("comment_post", comment, community_users, site_tree)
    assert client_for("member").get(url).status_code == 405
