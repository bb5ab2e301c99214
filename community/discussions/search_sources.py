"""Threads and replies in search, for members only, while they and their thread are visible.

A thread is found by its title and opening post; each later reply is an entry of its own,
headed by the thread's title. So a thread's change touches its replies' entries, and a
change to the opening post touches the thread's.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from community.discussions.models import Post, Thread
from community.markdown import markdown_to_text
from search import indexing
from search.entries import MAX_TEXT_LENGTH, as_date, join_text, tag_fields
from search.models import Audience
from search.registry import Source, register_kind, register_source


def _text(body):
    return markdown_to_text(body, limit=MAX_TEXT_LENGTH)


def thread_entry(thread):
    if not thread.is_visible:
        return None
    opening = thread.posts.filter(Post.visible_q()).order_by("created_at", "pk").first()
    # The category in every language it has, so readers of each find it under its own name.
    category = dict(
        thread.category.get_translations(inclusive=True).values_list(
            "locale__language_code", "name"
        )
    )
    return {
        "kind": "thread",
        "language": thread.language,
        "group_key": f"thread:{thread.pk}",
        "audience": Audience.MEMBERS,
        "url": thread.get_absolute_url(),
        "heading": thread.title,
        "text": join_text(_text(opening.body) if opening else ""),
        "date": as_date(thread.created_at),
        "year": as_date(thread.created_at).year,
        "region": "",
        **tag_fields([category], thread.language),
    }


def post_entry(post):
    thread = post.thread
    if not post.is_visible or not thread.is_visible or post.is_opening_post():
        # The opening post is searched as its thread.
        return None
    return {
        "kind": "post",
        "language": thread.language,
        "group_key": f"post:{post.pk}",
        "audience": Audience.MEMBERS,
        "url": post.get_absolute_url(),
        "heading": thread.title,
        "text": join_text(_text(post.body)),
        "date": as_date(post.created_at),
        "year": as_date(post.created_at).year,
        "region": "",
        **tag_fields([]),
    }


def visible_threads():
    return Thread.objects.filter(Thread.visible_q()).select_related("category")


def visible_posts():
    return Post.objects.filter(Post.visible_q(), Post.visible_q("thread__")).select_related(
        "thread"
    )


def thread_replies(thread):
    return Post.objects.filter(thread=thread).select_related("thread")


def quoting_thread(post):
    return [post.thread] if post.is_opening_post() else []


register_kind("thread", _("Discussion"))
register_kind("post", _("Reply in a discussion"))
register_source(
    Source(
        name="thread",
        model="discussions.Thread",
        entry=thread_entry,
        candidates=visible_threads,
        dependents=thread_replies,
    )
)
register_source(
    Source(
        name="post",
        model="discussions.Post",
        entry=post_entry,
        candidates=visible_posts,
        dependents=quoting_thread,
    )
)


@receiver(post_save, sender=Thread)
@receiver(post_save, sender=Post)
def content_saved(sender, instance, **kwargs):
    indexing.sync_with_dependents(instance)
