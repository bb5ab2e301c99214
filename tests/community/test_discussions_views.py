"""Behaviour of the discussions pages: posting, limits, locks, edits, pages, unread, quotes."""

import datetime

from django.urls import reverse
from django.utils import timezone, translation

import pytest
import time_machine
from bs4 import BeautifulSoup

from community.discussions.models import Follow, Post, PostRevision, Thread
from community.moderation.models import Status
from tests.community import discussions_support
from tests.community.conftest import make_member
from tests.community.discussions_support import make_category, make_posts, make_thread
from tests.community.moderation_helpers import moderation_log

pytestmark = pytest.mark.django_db
category = discussions_support.category

START = datetime.datetime(2026, 11, 2, 9, 0, tzinfo=datetime.UTC)


def en(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def page_text(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def new_thread_data(category, title="Supervision for new colleagues", body="How do you do it?"):
    return {"category": category.pk, "title": title, "body": body, "language": "en"}


def test_start_thread_follows_and_lists_it_in_every_language(category, client_for, community_users):
    client = client_for("member")
    response = client.post(en("discussions:new_thread"), new_thread_data(category["en"]))
    thread = Thread.objects.get()
    assert response.status_code == 302
    assert response["Location"] == thread.get_absolute_url()
    assert thread.language == "en" and thread.post_count == 1
    assert thread.category == category["bg"]  # the original: translations can be deleted
    assert thread.posts.get().body == "How do you do it?"
    assert Follow.objects.filter(user=community_users["member"], thread=thread).exists()
    with translation.override("en"):
        shown = page_text(client.get("/en" + thread.get_absolute_url()[3:]))
    assert shown.count("Your thread has been started.") == 1
    # The same thread is listed under the category in Bulgarian, named in Bulgarian.
    response = client.get("/bg/discussions/zakrila/")
    assert "Supervision for new colleagues" in response.content.decode()
    assert "Закрила на детето" in response.content.decode()


def test_category_slug_of_another_language_redirects(category, client_for):
    response = client_for("member").get("/bg/discussions/child-protection/")
    assert response.status_code == 302
    assert response["Location"] == "/bg/discussions/zakrila/"


def test_missing_fields_keep_what_was_typed(category, client_for):
    response = client_for("member").post(
        en("discussions:new_thread"), {"category": "", "title": "", "body": "My long text"}
    )
    assert response.status_code == 200
    text = page_text(response)
    assert "Please choose a category." in text
    assert "Please give your thread a title." in text
    assert "My long text" in response.content.decode()
    assert not Thread.objects.exists()


def test_new_member_second_thread_within_two_minutes(category, client_for):
    client = client_for("new_member")
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        client.post(en("discussions:new_thread"), new_thread_data(category["en"], title="First"))
        traveller.shift(datetime.timedelta(seconds=60))
        response = client.post(
            en("discussions:new_thread"),
            new_thread_data(category["en"], title="Second one", body="Typed carefully"),
        )
        assert response.status_code == 200
        assert "You are posting too often. Please try again in 60 seconds." in page_text(response)
        assert "Typed carefully" in response.content.decode()
        assert 'value="Second one"' in response.content.decode()
        assert Thread.objects.count() == 1
        traveller.shift(datetime.timedelta(seconds=61))
        response = client.post(
            en("discussions:new_thread"), new_thread_data(category["en"], title="Second one")
        )
        assert response.status_code == 302
        assert Thread.objects.count() == 2


def test_new_member_eleventh_reply_on_first_day(category, client_for, community_users):
    thread = make_thread(make_member("starter"), category["en"])
    client = client_for("new_member")
    url = en("discussions:reply", thread.pk)
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        for number in range(10):
            response = client.post(url, {"body": f"Reply {number}"})
            assert response.status_code == 302, number
            traveller.shift(datetime.timedelta(minutes=5))
        response = client.post(url, {"body": "The eleventh reply"})
    assert response.status_code == 200
    assert "You are posting too often." in page_text(response)
    assert "The eleventh reply" in response.content.decode()
    assert thread.posts.filter(author=community_users["new_member"]).count() == 10


def test_identical_reply_is_refused(category, client_for):
    thread = make_thread(make_member("starter"), category["en"])
    client = client_for("member")
    url = en("discussions:reply", thread.pk)
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        assert client.post(url, {"body": "Same words"}).status_code == 302
        traveller.shift(datetime.timedelta(minutes=1))
        response = client.post(url, {"body": "  same   WORDS "})
    assert "You have already posted exactly this text." in page_text(response)
    assert thread.posts.count() == 2


def test_banned_member_cannot_reply(category, client_for, community_users):
    thread = make_thread(make_member("starter"), category["en"])
    profile = community_users["member"].profile
    profile.is_banned = True
    profile.save()
    response = client_for("member").post(en("discussions:reply", thread.pk), {"body": "Hello"})
    assert "Your account has been suspended" in page_text(response)
    assert thread.posts.count() == 1


def test_locked_thread_refuses_replies_but_keeps_the_text(category, client_for, community_users):
    thread = make_thread(make_member("starter"), category["en"])
    thread.is_locked = True
    thread.save()
    with translation.override("en"):
        response = client_for("member").get(thread.get_absolute_url())
    assert "This thread is locked, so it takes no new replies." in page_text(response)
    assert 'name="body"' not in response.content.decode()
    response = client_for("member").post(
        en("discussions:reply", thread.pk), {"body": "Still want to say this"}
    )
    assert response.status_code == 403
    assert "This thread is locked" in page_text(response)
    assert "Still want to say this" in response.content.decode()
    assert thread.posts.count() == 1
    # Moderators can still reply.
    response = client_for("moderator").post(
        en("discussions:reply", thread.pk), {"body": "Closing note"}
    )
    assert response.status_code == 302


def test_pin_and_lock_are_logged(category, client_for, community_users):
    thread = make_thread(make_member("starter"), category["en"])
    client = client_for("moderator")
    client.post(en("discussions:pin", thread.pk), {"state": "on"})
    client.post(en("discussions:lock", thread.pk), {"state": "on"})
    client.post(en("discussions:lock", thread.pk), {"state": "off"})
    thread.refresh_from_db()
    assert thread.is_pinned and not thread.is_locked
    logged = moderation_log()
    assert [entry.kind for entry in logged] == ["pin", "lock", "unlock"]
    assert {entry.moderator for entry in logged} == {community_users["moderator"]}


def test_pinned_threads_come_first(category, client_for):
    author = make_member("starter")
    old = make_thread(author, category["en"], title="Old pinned")
    Thread.objects.filter(pk=old.pk).update(
        is_pinned=True, last_post_at=timezone.now() - datetime.timedelta(days=30)
    )
    make_thread(author, category["en"], title="Fresh")
    response = client_for("member").get(en("discussions:category", "child-protection"))
    text = page_text(response)
    assert text.index("Old pinned") < text.index("Fresh")


def test_edit_keeps_history(category, client_for, community_users):
    thread = make_thread(community_users["member"], category["en"], body="First version")
    post = thread.posts.get()
    client = client_for("member")
    client.post(en("discussions:edit_post", post.pk), {"body": "Second version"})
    client.post(en("discussions:edit_post", post.pk), {"body": "Third version"})
    post.refresh_from_db()
    assert post.body == "Third version" and post.edited_at
    assert list(post.revisions.values_list("body", flat=True)) == [
        "Second version",
        "First version",
    ]
    assert PostRevision.objects.filter(edited_by=community_users["member"]).count() == 2
    response = client_for("new_member").get(en("discussions:post_history", post.pk))
    text = page_text(response)
    assert text.index("Third version") < text.index("Second version") < text.index("First")
    page = client_for("new_member").get(thread.get_absolute_url()).content.decode()
    assert en("discussions:post_history", post.pk) in page


def test_edit_errors_keep_text(category, client_for, community_users):
    thread = make_thread(community_users["member"], category["en"])
    post = thread.posts.get()
    response = client_for("member").post(en("discussions:edit_post", post.pk), {"body": "   "})
    assert response.status_code == 200
    assert "Please write your message before sending it." in page_text(response)


def test_pagination_of_posts(category, client_for):
    author = make_member("starter")
    thread = make_thread(author, category["en"])
    Thread.objects.filter(pk=thread.pk).update(created_at=START)
    thread.posts.update(created_at=START)
    make_posts(thread, [author], 44, start=START + datetime.timedelta(minutes=1))
    client = client_for("member")
    url = thread.get_absolute_url()
    first = BeautifulSoup(client.get(url).content, "html.parser")
    assert len(first.select(".discussion-post")) == 20
    last = BeautifulSoup(client.get(url + "?page=3").content, "html.parser")
    assert len(last.select(".discussion-post")) == 5
    assert "Reply number 44" in last.get_text()
    post = Post.objects.get(body="Reply number 44")
    assert post.get_absolute_url().endswith(f"?page=3#post-{post.pk}")


def new_badges(response):
    tree = BeautifulSoup(response.content, "html.parser")
    return [badge.get_text(" ", strip=True) for badge in tree.select(".badge--new")]


def test_unread_markers_and_jump(category, client_for, community_users):
    author = make_member("starter")
    thread = make_thread(author, category["en"])
    make_posts(thread, [author], 3)
    client = client_for("member")
    list_url = en("discussions:category", "child-protection")
    assert new_badges(client.get(list_url)) == ["New"]
    client.get(thread.get_absolute_url())
    assert new_badges(client.get(list_url)) == []
    later = make_posts(thread, [author], 2, start=timezone.now() + datetime.timedelta(minutes=1))
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=10)):
        assert new_badges(client.get(list_url)) == ["2 new posts"]
        response = client.get(thread.get_absolute_url() + "?unread=1")
        assert response.status_code == 302
        assert response["Location"].endswith(f"#post-{later[0].pk}")
        page = BeautifulSoup(client.get(thread.get_absolute_url()).content, "html.parser")
        assert len(page.select(".discussion-post--new")) == 2
        assert new_badges(client.get(list_url)) == []


def test_hidden_post_placeholder(category, client_for):
    author = make_member("starter")
    thread = make_thread(author, category["en"])
    Post.objects.create(thread=thread, author=author, body="Rude words", status=Status.HIDDEN)
    with translation.override("en"):
        url = thread.get_absolute_url()
    member_text = page_text(client_for("member").get(url))
    assert "Rude words" not in member_text
    assert "This post was hidden by a moderator." in member_text
    assert "Rude words" in page_text(client_for("moderator").get(thread.get_absolute_url()))


def test_quote_prefills_reply_without_javascript(category, client_for):
    author = make_member("starter", display_name="Maria")
    thread = make_thread(author, category["en"], body="Line one\nLine two")
    post = thread.posts.get()
    response = client_for("member").get(en("discussions:reply", thread.pk) + f"?quote={post.pk}")
    field = BeautifulSoup(response.content, "html.parser").find("textarea", {"name": "body"})
    assert field.text.strip() == "> @Maria wrote:\n> Line one\n> Line two"
    client_for("member").post(
        en("discussions:reply", thread.pk), {"body": field.text + "I agree", "quoted": post.pk}
    )
    reply = thread.posts.latest("pk")
    assert reply.quoted == post
    html = client_for("member").get(thread.get_absolute_url()).content.decode()
    assert "<blockquote>" in html


def test_markup_in_posts_is_sanitised(category, client_for):
    author = make_member("starter")
    thread = make_thread(author, category["en"], body="<script>alert(1)</script>[x](javascript:1)")
    html = client_for("member").get(thread.get_absolute_url()).content.decode()
    tree = BeautifulSoup(html, "html.parser").select_one(".discussion-post__body")
    assert tree.find("script") is None
    assert all("javascript" not in (a.get("href") or "") for a in tree.find_all("a"))


def test_slug_is_canonical(category, client_for):
    thread = make_thread(make_member("starter"), category["en"])
    response = client_for("member").get(en("discussions:thread", thread.pk, "wrong"))
    assert response.status_code == 302
    assert response["Location"] == thread.get_absolute_url()


def test_follow_category_and_unfollow(category, client_for, community_users):
    client = client_for("member")
    key = category["bg"].translation_key
    client.post(en("discussions:follow"), {"category": key, "mode": "daily"})
    follow = Follow.objects.get(user=community_users["member"])
    assert follow.category_key == key and follow.mode == "daily"
    client.post(en("discussions:follow"), {"category": key, "mode": "immediate", "action": "mode"})
    follow.refresh_from_db()
    assert follow.mode == "immediate"
    assert "Child protection" in page_text(client.get(en("discussions:following")))
    client.post(en("discussions:follow"), {"category": key, "action": "unfollow"})
    assert not Follow.objects.exists()


def test_thread_page_query_count(category, client_for, django_assert_max_num_queries):
    authors = [make_member(f"author{number}") for number in range(5)]
    thread = make_thread(authors[0], category["en"])
    posts = make_posts(thread, authors, 30)
    posts[3].quoted = posts[1]
    posts[3].save()
    client = client_for("member")
    client.get(thread.get_absolute_url())
    with django_assert_max_num_queries(16):
        response = client.get(thread.get_absolute_url() + "?page=2")
    assert response.status_code == 200


def test_category_page_query_count(category, client_for, django_assert_max_num_queries):
    authors = [make_member(f"author{number}") for number in range(5)]
    for number in range(30):
        make_thread(authors[number % 5], category["en"], title=f"Thread {number}")
    client = client_for("member")
    client.get(en("discussions:category", "child-protection"))
    with django_assert_max_num_queries(13):
        response = client.get(en("discussions:category", "child-protection"))
    assert response.status_code == 200


def test_thread_language_is_chosen(category, client_for):
    data = {**new_thread_data(category["en"]), "language": "ro"}
    client_for("member").post(en("discussions:new_thread"), data)
    thread = Thread.objects.get()
    assert thread.language == "ro"
    html = client_for("member").get(thread.get_absolute_url()).content.decode()
    assert '<h1 lang="ro">' in html


def test_editors_manage_categories_in_the_admin(category, admin_client):
    base = "/admin/snippets/discussions/category/"
    assert admin_client.get(base).status_code == 200
    assert admin_client.get(base + "add/").status_code == 200
    response = admin_client.get(base + f"edit/{category['bg'].pk}/")
    assert response.status_code == 200
    assert "Закрила на детето" in response.content.decode()


def test_index_lists_categories_with_counts(
    locales, category, client_for, django_assert_max_num_queries
):
    make_category(
        locales,
        names={"bg": "Приемна грижа", "en": "Foster care", "ro": "Asistență maternală"},
        slugs={"bg": "priemna", "en": "foster-care", "ro": "asistenta"},
        sort_order=10,
    )
    author = make_member("starter")
    for number in range(3):
        make_thread(author, category["ro"], title=f"Thread {number}")
    client = client_for("member")
    client.get(en("discussions:index"))
    with django_assert_max_num_queries(12):
        response = client.get(en("discussions:index"))
    tree = BeautifulSoup(response.content, "html.parser")
    rows = [row.get_text(" ", strip=True) for row in tree.select(".discussion-category")]
    assert rows[0].startswith("Child protection") and "3 threads" in rows[0]
    assert "Latest: Thread 2" in rows[0]
    assert rows[1].startswith("Foster care") and "0 threads" in rows[1]
    assert tree.find("a", string="Foster care")["href"] == "/en/discussions/foster-care/"
