"""Emails to members who follow a thread or category: one per post, or a daily digest.

Once the transaction that made a post visible commits, a task (community.discussions.tasks)
finds its followers and queues each email; the worker sends them (core.tasks). Each email
is in the recipient's own language (Profile.language) and carries a one-click unsubscribe
link (RFC 8058) for the follow that caused it.
"""

from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from community.discussions.models import Follow, FollowMode, PendingDigestItem, Post
from community.markdown import markdown_to_text
from community.members.standing import display_name, profile_for
from core.tasks import enqueue_email

UNSUBSCRIBE_SALT = "community.discussions.unsubscribe"
EXCERPT_LENGTH = 600


def unsubscribe_token(*, follow=None, digest_user=None):
    """A signed token naming one follow, or (for digests) all daily follows of a member."""
    if follow is not None:
        payload = {"f": follow.pk, "u": follow.user_id}
    else:
        payload = {"d": digest_user.pk}
    return signing.dumps(payload, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token):
    """The payload of a valid token, or None."""
    try:
        payload = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return payload if isinstance(payload, dict) else None


def absolute_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def can_receive(user):
    if not user.is_active or not user.email:
        return False
    return not profile_for(user).is_banned


def recipients_for(post, *, new_thread):
    """{user: follow} of the members to tell about `post` (thread follows win over category)."""
    thread = post.thread
    follows = Follow.objects.filter(thread=thread)
    if new_thread:
        follows = follows | Follow.objects.filter(category_key=thread.category.translation_key)
    chosen = {}
    for follow in follows.select_related("user__profile").order_by("category_key"):
        if follow.user_id == post.author_id or follow.user_id in chosen:
            continue
        if can_receive(follow.user):
            chosen[follow.user_id] = follow
    return list(chosen.values())


def notify_post(post, *, new_thread=False):
    """Tell followers about a post now visible to members (after the current transaction)."""
    if not post.is_visible or not post.thread.is_visible:
        return
    from community.discussions.tasks import notify_followers_task

    transaction.on_commit(partial(notify_followers_task.enqueue, post.pk, new_thread=new_thread))


def notify_followers(post_id, *, new_thread=False):
    """Queue the post for daily followers' digests and an email to every other follower."""
    post = (
        Post.objects.select_related("thread__category", "author__profile")
        .filter(pk=post_id)
        .first()
    )
    if post is None or not post.is_visible or not post.thread.is_visible:
        return
    for follow in recipients_for(post, new_thread=new_thread):
        if follow.mode == FollowMode.DAILY:
            PendingDigestItem.objects.get_or_create(
                user=follow.user, post=post, defaults={"follow": follow}
            )
        else:
            send_post_email(follow, post, new_thread=new_thread)


def _language_of(user):
    return profile_for(user).language or settings.LANGUAGE_CODE


def send_post_email(follow, post, *, new_thread=False):
    user = follow.user
    with translation.override(_language_of(user)):
        unsubscribe = absolute_url(
            reverse("discussions:unsubscribe", args=[unsubscribe_token(follow=follow)])
        )
        context = {
            "recipient": display_name(user),
            "author": display_name(post.author),
            "thread": post.thread,
            "category": post.thread.category.localized,
            "post_url": absolute_url(post.get_absolute_url()),
            "excerpt": markdown_to_text(post.body, limit=EXCERPT_LENGTH),
            "new_thread": new_thread,
            "follows_thread": follow.thread_id is not None,
            "unsubscribe_url": unsubscribe,
            "following_url": absolute_url(reverse("discussions:following")),
        }
        if new_thread:
            subject = _("[Praktika] New thread: %(title)s") % {"title": post.thread.title}
        else:
            subject = _("[Praktika] New reply in “%(title)s”") % {"title": post.thread.title}
        _send(user, subject, "community/emails/discussion_post", context, unsubscribe)


def _send(user, subject, template, context, unsubscribe_url):
    context = {**context, "language": translation.get_language()}
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=render_to_string(f"{template}.txt", context),
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    enqueue_email(message)


def send_digests():
    """Give every member with queued posts one digest and clear the queue; returns the count.

    Safe to run again at any time: items are removed in the transaction that queues their
    digest for sending, so a second run finds nothing to send.
    """
    sent = 0
    user_ids = PendingDigestItem.objects.values_list("user_id", flat=True).distinct()
    for user in get_user_model().objects.filter(pk__in=list(user_ids)).select_related("profile"):
        with transaction.atomic():
            items = list(
                PendingDigestItem.objects.select_for_update(of=("self",))
                .filter(user=user)
                .select_related("post__thread__category", "post__author__profile")
            )
            posts = [
                item.post for item in items if item.post.is_visible and item.post.thread.is_visible
            ]
            PendingDigestItem.objects.filter(pk__in=[item.pk for item in items]).delete()
            if posts and can_receive(user):
                send_digest_email(user, posts)
                sent += 1
    return sent


def send_digest_email(user, posts):
    with translation.override(_language_of(user)):
        threads = {}
        for post in sorted(posts, key=lambda p: (p.thread_id, p.created_at)):
            entry = threads.setdefault(
                post.thread_id, {"thread": post.thread, "url": None, "posts": []}
            )
            entry["posts"].append(
                {
                    "author": display_name(post.author),
                    "created_at": post.created_at,
                    "excerpt": markdown_to_text(post.body, limit=300),
                    "url": absolute_url(post.get_absolute_url()),
                }
            )
            entry["url"] = entry["url"] or absolute_url(post.thread.get_absolute_url())
        unsubscribe = absolute_url(
            reverse("discussions:unsubscribe", args=[unsubscribe_token(digest_user=user)])
        )
        context = {
            "recipient": display_name(user),
            "threads": list(threads.values()),
            "count": len(posts),
            "unsubscribe_url": unsubscribe,
            "following_url": absolute_url(reverse("discussions:following")),
        }
        subject = _("[Praktika] Your daily digest of discussions")
        _send(user, subject, "community/emails/discussion_digest", context, unsubscribe)
