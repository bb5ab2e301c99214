"""Comments under articles, publications and events: reading, posting, editing, deleting."""

from django.core.cache import caches
from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from community.comments.models import Comment
from community.moderation.models import Status
from tests.community.moderation_helpers import moderation_log

pytestmark = pytest.mark.django_db


def post_url(page):
    page = page.specific
    with translation.override(page.locale.language_code):
        return reverse("comments:post", args=[f"cms.{page._meta.model_name}", page.pk])


def make_comment(page, author, body="A useful remark.", language="en", **fields):
    page = page.specific
    from django.contrib.contenttypes.models import ContentType

    return Comment.objects.create(
        content_type=ContentType.objects.get_for_model(page),
        object_id=page.pk,
        target_key=page.translation_key,
        author=author,
        body=body,
        language=language,
        **fields,
    )


@pytest.mark.parametrize("key", ["article", "publication", "event"])
def test_a_member_posts_a_comment_and_is_sent_back_to_it(site_tree, client_for, key):
    page = site_tree.page("en", key)
    response = client_for("member").post(post_url(page), {"body": "We tried this in **Varna**."})
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{page.url}#comment-{comment.pk}"
    assert comment.language == "en" and comment.is_visible

    html = client_for("member").get(page.url).content.decode()
    assert f'id="comment-{comment.pk}"' in html
    assert "<strong>Varna</strong>" in html


def test_comments_are_shared_by_the_translations_of_a_page(site_tree, client_for, community_users):
    make_comment(
        site_tree.page("bg", "article"), community_users["member"], "Здравейте, колеги!", "bg"
    )
    response = client_for("moderator").get(site_tree.url("en", "article"))
    html = response.content.decode()
    assert "Здравейте, колеги!" in html
    assert 'lang="bg"' in html
    assert "Bulgarian" in html  # the comment's language is named when it differs


def test_anonymous_readers_get_an_invitation_and_no_comments(site_tree, client, community_users):
    make_comment(site_tree.page("en", "article"), community_users["member"], "Members only text")
    response = client.get(site_tree.url("en", "article"))
    html = response.content.decode()
    assert "Members only text" not in html
    assert "Log in to read and join the discussion" in html
    assert reverse("account_login") + "?next=" in html
    assert "Cookie" not in response.get("Vary", "")


def test_a_page_with_comments_stays_cacheable_for_anonymous_readers(
    site_tree, client, settings, community_users
):
    settings.PAGE_CACHE_ENABLED = True
    caches["pages"].clear()
    make_comment(site_tree.page("en", "event"), community_users["member"])
    url = site_tree.url("en", "event")
    try:
        assert client.get(url)["X-Cache"] == "MISS"
        assert client.get(url)["X-Cache"] == "HIT"
    finally:
        caches["pages"].clear()


@pytest.mark.parametrize(
    "body",
    [
        "<script>alert(1)</script>",
        "[click](javascript:alert(1))",
        '<img src=x onerror="alert(1)">',
        '<a href="javascript:alert(1)" onclick="alert(1)">x</a>',
    ],
)
def test_comment_bodies_are_sanitised(site_tree, client_for, community_users, body):
    make_comment(site_tree.page("en", "article"), community_users["member"], body)
    html = client_for("new_member").get(site_tree.url("en", "article")).content.decode()
    text = BeautifulSoup(html, "html.parser").select_one(".comment__text")
    assert text is not None
    assert not text.find_all(["script", "img", "iframe"])
    for element in text.find_all(True):
        assert not any(name.startswith("on") for name in element.attrs)
        assert not element.get("href", "").lower().startswith("javascript")


def test_an_empty_comment_is_refused_with_a_message(site_tree, client_for):
    page = site_tree.page("en", "article")
    response = client_for("member").post(post_url(page), {"body": "   "})
    assert response.status_code == 200
    assert "Please write your comment." in response.content.decode()
    assert not Comment.objects.exists()


def test_a_refused_comment_keeps_the_typed_text(site_tree, client_for, community_users):
    page = site_tree.page("en", "article")
    make_comment(page, community_users["member"], "Same words again")
    Comment.objects.update(created_at=Comment.objects.get().created_at.replace(year=2000))
    response = client_for("member").post(post_url(page), {"body": "Same words  again"})
    assert response.status_code == 302  # the identical one is older than a day
    assert Comment.objects.count() == 2

    response = client_for("member").post(post_url(page), {"body": "same WORDS again"})
    html = response.content.decode()
    # Within ten seconds of the last one: too often; the text is still in the form.
    assert "You are posting too often" in html
    assert "same WORDS again</textarea>" in html
    assert Comment.objects.count() == 2


def test_a_new_members_comment_is_published_at_once(site_tree, client_for):
    client_for("new_member").post(post_url(site_tree.page("en", "event")), {"body": "Hello"})
    assert Comment.objects.get().status == Status.PUBLISHED


def test_a_too_long_comment_is_refused(site_tree, client_for):
    response = client_for("member").post(
        post_url(site_tree.page("en", "article")), {"body": "x" * 5001}
    )
    assert "at most 5000 characters" in response.content.decode()
    assert not Comment.objects.exists()


def test_comments_on_an_unpublished_page_are_refused(site_tree, client_for):
    page = site_tree.page("en", "article")
    page.unpublish()
    response = client_for("member").post(post_url(page), {"body": "Hello"})
    assert response.status_code == 404


def test_the_author_edits_a_comment(site_tree, client_for, community_users):
    comment = make_comment(site_tree.page("en", "article"), community_users["member"])
    client = client_for("member")
    response = client.get(reverse("comments:edit", args=[comment.pk]))
    assert "A useful remark." in response.content.decode()
    response = client.post(reverse("comments:edit", args=[comment.pk]), {"body": "Better words"})
    comment.refresh_from_db()
    assert response.status_code == 302
    assert comment.body == "Better words" and comment.edited_at is not None


def test_the_author_deletes_a_comment_and_members_see_a_placeholder(
    site_tree, client_for, community_users
):
    comment = make_comment(site_tree.page("en", "article"), community_users["member"], "Oops")
    client_for("member").post(reverse("comments:delete", args=[comment.pk]))
    comment.refresh_from_db()
    assert comment.status == Status.REMOVED and comment.removed_by_author
    html = client_for("new_member").get(site_tree.url("en", "article")).content.decode()
    assert "This comment was deleted by its author." in html
    assert "Oops" not in html


def test_a_moderator_deletes_a_comment_and_it_is_logged(site_tree, client_for, community_users):
    comment = make_comment(site_tree.page("en", "article"), community_users["member"], "Rude")
    client_for("moderator").post(reverse("comments:delete", args=[comment.pk]))
    comment.refresh_from_db()
    assert comment.status == Status.REMOVED and not comment.removed_by_author
    (entry,) = moderation_log()
    assert entry.kind == "remove" and entry.member == community_users["member"]
    html = client_for("member").get(site_tree.url("en", "article")).content.decode()
    assert "This comment was removed by a moderator." in html


def test_moderators_see_hidden_comments_with_a_badge(site_tree, client_for, community_users):
    make_comment(
        site_tree.page("en", "article"),
        community_users["member"],
        "Flagged text",
        hidden_by_flags=True,
    )
    members_view = client_for("new_member").get(site_tree.url("en", "article")).content.decode()
    assert "Flagged text" not in members_view
    assert "hidden while a moderator reviews" in members_view
    moderators_view = client_for("moderator").get(site_tree.url("en", "article")).content.decode()
    assert "Flagged text" in moderators_view
    assert "Hidden after flags" in moderators_view


def test_the_comment_list_in_bulgarian(site_tree, client):
    with translation.override("bg"):
        html = client.get(site_tree.url("bg", "article")).content.decode()
    assert "Коментари" in html


def test_the_number_of_queries_does_not_grow_with_the_comments(
    site_tree, client_for, community_users
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    page = site_tree.page("en", "article")
    client = client_for("new_member")
    url = site_tree.url("en", "article")
    make_comment(page, community_users["member"], "First")
    client.get(url)  # warm the caches of the site
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for number in range(8):
        make_comment(page, community_users["moderator"], f"More {number}")
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)


def test_members_comment_on_a_practice_material(client_for, community_users, settings, tmp_path):
    from tests.community.materials_support import material

    settings.PRIVATE_MEDIA_ROOT = tmp_path
    item = material(community_users["member"])
    with translation.override("en"):
        url = reverse("comments:post", args=["materials.practicematerial", item.pk])
    response = client_for("new_member").post(url, {"body": "Thanks, we use it too."})
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"#comment-{comment.pk}")
    assert comment.target == item and comment.target_key is None
    html = client_for("member").get(response["Location"].split("#")[0]).content.decode()
    assert "Thanks, we use it too." in html
