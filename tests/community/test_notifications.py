"""Emails to followers: immediate, daily digest, in the recipient's language, one-click unsubscribe."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

import pytest
import time_machine

from community.discussions.models import Follow, FollowMode, PendingDigestItem, Post
from community.discussions.notifications import notify_post, unsubscribe_token
from community.discussions.services import add_reply, start_thread
from community.moderation.models import Status
from tests.community import discussions_support
from tests.community.conftest import make_member

pytestmark = pytest.mark.django_db
category = discussions_support.category


@pytest.fixture
def people():
    return {
        "starter": make_member("starter", language="en", display_name="Stella"),
        "ro_follower": make_member("ioana", language="ro", display_name="Ioana"),
        "daily": make_member("daily", language="en", display_name="Dana"),
        "replier": make_member("replier", language="en", display_name="Rado"),
    }


@pytest.fixture
def thread(category, people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        thread, _post = start_thread(people["starter"], category["en"], "Home visits", "Hi", "en")
    Follow.objects.create(user=people["ro_follower"], thread=thread)
    Follow.objects.create(user=people["daily"], thread=thread, mode=FollowMode.DAILY)
    mail.outbox.clear()
    return thread


def reply(thread, user, body, capture):
    with capture(execute=True):
        return add_reply(user, thread, body)


def test_immediate_email_in_recipients_language(thread, people, django_capture_on_commit_callbacks):
    post = reply(thread, people["replier"], "**Useful** advice", django_capture_on_commit_callbacks)
    recipients = sorted(message.to[0] for message in mail.outbox)
    # The starter follows automatically; the daily follower waits; the replier is the author.
    assert recipients == ["ioana@praktika.test", "starter@praktika.test"]
    by_recipient = {message.to[0]: message for message in mail.outbox}
    english = by_recipient["starter@praktika.test"]
    assert english.subject == "[Praktika] New reply in “Home visits”"
    assert "Rado replied in “Home visits”" in english.body
    assert "Useful advice" in english.body
    assert f"http://testserver/en/discussions/t/{thread.pk}-" in english.body
    assert f"#post-{post.pk}" in english.body
    unsubscribe = english.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<http://testserver/en/discussions/unsubscribe/")
    assert english.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe[1:-1] in english.body
    html, mimetype = english.alternatives[0]
    assert mimetype == "text/html" and "Useful advice" in html
    romanian = by_recipient["ioana@praktika.test"]
    assert "/ro/discussions/" in romanian.body
    assert romanian.extra_headers["List-Unsubscribe"].startswith("<http://testserver/ro/")
    assert PendingDigestItem.objects.get().user == people["daily"]


def test_no_email_for_hidden_or_pending_posts_or_banned_members(
    thread, people, django_capture_on_commit_callbacks
):
    profile = people["ro_follower"].profile
    profile.is_banned = True
    profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        pending = Post.objects.create(
            thread=thread, author=people["replier"], body="wait", status=Status.PENDING
        )
        notify_post(pending)
    assert mail.outbox == []
    reply(thread, people["replier"], "Visible now", django_capture_on_commit_callbacks)
    assert [message.to[0] for message in mail.outbox] == ["starter@praktika.test"]


def test_moderation_approval_notifies(thread, people, django_capture_on_commit_callbacks):
    from community.moderation.actions import moderate_content

    moderator = make_member("mod", groups=["Community moderators"])
    pending = Post.objects.create(
        thread=thread, author=people["replier"], body="approved", status=Status.PENDING
    )
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        moderate_content(Post.objects.get(pk=pending.pk), "approve", moderator)
    assert sorted(m.to[0] for m in mail.outbox) == ["ioana@praktika.test", "starter@praktika.test"]
    thread.refresh_from_db()
    assert thread.post_count == 2
    mail.outbox.clear()
    # Hiding and restoring later does not notify again; the counters follow.
    with django_capture_on_commit_callbacks(execute=True):
        moderate_content(Post.objects.get(pk=pending.pk), "hide", moderator)
        thread.refresh_from_db()
        assert thread.post_count == 1
        moderate_content(Post.objects.get(pk=pending.pk), "approve", moderator)
    assert mail.outbox == []


def test_new_thread_notifies_category_followers(
    category, people, django_capture_on_commit_callbacks
):
    Follow.objects.create(user=people["ro_follower"], category_key=category["bg"].translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        start_thread(people["starter"], category["en"], "Kinship care", "Thoughts?", "en")
    message = mail.outbox[0]
    assert message.to == ["ioana@praktika.test"]
    assert "Kinship care" in message.subject
    assert "Protecția copilului" not in message.subject


def test_digest_command_sends_once(thread, people, django_capture_on_commit_callbacks):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        reply(thread, people["replier"], "First reply", django_capture_on_commit_callbacks)
        traveller.shift(datetime.timedelta(minutes=5))
        reply(thread, people["starter"], "Second reply", django_capture_on_commit_callbacks)
        mail.outbox.clear()
        traveller.shift(datetime.timedelta(hours=20))
        call_command("send_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1
    digest = mail.outbox[0]
    assert digest.to == ["daily@praktika.test"]
    assert digest.subject == "[Praktika] Your daily digest of discussions"
    assert "There are 2 new posts in the discussions you follow:" in digest.body
    assert "First reply" in digest.body and "Second reply" in digest.body
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert not PendingDigestItem.objects.exists()
    call_command("send_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1


def test_the_task_worker_tells_followers_and_sends_digests(
    thread, people, task_queue, django_capture_on_commit_callbacks
):
    reply(thread, people["replier"], "Queued advice", django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert len(task_queue.results("community.discussions.tasks.notify_followers_task")) == 1
    task_queue.run()
    assert sorted(m.to[0] for m in mail.outbox) == ["ioana@praktika.test", "starter@praktika.test"]
    assert PendingDigestItem.objects.get().user == people["daily"]

    mail.outbox.clear()
    call_command("send_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox == []
    assert not PendingDigestItem.objects.exists()
    task_queue.run()
    assert [m.to for m in mail.outbox] == [["daily@praktika.test"]]
    assert {result.status for result in task_queue.results()} == {"SUCCESSFUL"}


def test_digest_skips_posts_hidden_meanwhile(thread, people, django_capture_on_commit_callbacks):
    post = reply(thread, people["replier"], "Soon hidden", django_capture_on_commit_callbacks)
    Post.objects.filter(pk=post.pk).update(status=Status.HIDDEN)
    mail.outbox.clear()
    call_command("send_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox == []
    assert not PendingDigestItem.objects.exists()


def test_one_click_unsubscribe(thread, people, client):
    follow = Follow.objects.get(user=people["ro_follower"], thread=thread)
    with translation.override("en"):
        url = reverse("discussions:unsubscribe", args=[unsubscribe_token(follow=follow)])
    response = client.get(url)
    assert response.status_code == 200
    assert (
        'Stop emails about the thread “<span lang="en">Home visits</span>”?'
        in response.content.decode()
    )
    assert Follow.objects.filter(pk=follow.pk).exists()
    # The mail client's one-click POST has no CSRF token.
    csrf_client = type(client)(enforce_csrf_checks=True)
    response = csrf_client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Follow.objects.filter(pk=follow.pk).exists()
    assert "You will no longer get emails about this." in response.content.decode()
    assert "nothing to do" in client.get(url).content.decode()


def test_digest_unsubscribe_stops_daily_follows(thread, people, client):
    with translation.override("en"):
        url = reverse(
            "discussions:unsubscribe", args=[unsubscribe_token(digest_user=people["daily"])]
        )
    client.post(url)
    assert not Follow.objects.filter(user=people["daily"]).exists()
    assert Follow.objects.filter(user=people["ro_follower"]).exists()


def test_bad_unsubscribe_token(client):
    with translation.override("en"):
        url = reverse("discussions:unsubscribe", args=["not-a-token"])
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
