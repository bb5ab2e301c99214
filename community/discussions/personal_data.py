"""A member's discussions data: export everything they wrote or set, erase on account deletion.

The export holds only the member's own words. Other members' threads are named by id and
address, not by their title; a reply that quotes another post is exported without the
quote; and a moderator's edits of other members' posts are listed (which post, when)
without the post's text, which belongs to its author.

Erasing keeps the conversation readable for everyone else: threads, posts and earlier
versions stay, shown as written by "Former member"; what only concerns the member (follows,
read markers, digest queue) goes. Discussions hold no files.
"""

from community.discussions.models import (
    Follow,
    PendingDigestItem,
    Post,
    PostRevision,
    Thread,
    ThreadReadState,
)
from community.discussions.services import categories_for_reader
from community.markdown import without_leading_quote


def _when(value):
    return value.isoformat() if value else None


def _thread(thread, user):
    """A thread as the member's export names it: by its title only if they started it."""
    return {
        "thread": thread.title if thread.author_id == user.pk else None,
        "thread_id": thread.pk,
        "thread_url": thread.get_absolute_url(),
    }


def _own_words(post, body, user):
    """The body without the quote of another member's post that a reply starts with."""
    if post.quoted_id and post.quoted.author_id != user.pk:
        return without_leading_quote(body)
    return body


def export(user):
    threads = Thread.objects.filter(author=user).select_related("category").order_by("created_at")
    posts = (
        Post.objects.filter(author=user)
        .select_related("thread", "quoted")
        .order_by("created_at", "pk")
    )
    revisions = PostRevision.objects.select_related("post__quoted").order_by("edited_at", "pk")
    edits = (
        PostRevision.objects.filter(edited_by=user)
        .exclude(post__author=user)
        .select_related("post__thread")
        .order_by("edited_at", "pk")
    )
    categories = {c.translation_key: c.name for c in categories_for_reader()}
    return {
        "threads": [
            {
                "id": thread.pk,
                "title": thread.title,
                "category": thread.category.name,
                "language": thread.language,
                "created_at": _when(thread.created_at),
                "status": thread.status,
            }
            for thread in threads
        ],
        "posts": [
            {
                "id": post.pk,
                **_thread(post.thread, user),
                "body": _own_words(post, post.body, user),
                "quoted_post_id": post.quoted_id,
                "created_at": _when(post.created_at),
                "edited_at": _when(post.edited_at),
                "status": post.status,
            }
            for post in posts
        ],
        # Earlier versions of the member's own posts.
        "post_revisions": [
            {
                "post_id": revision.post_id,
                "body": _own_words(revision.post, revision.body, user),
                "written_at": _when(revision.written_at),
                "replaced_at": _when(revision.edited_at),
                "replaced_by_me": revision.edited_by_id == user.pk,
            }
            for revision in revisions.filter(post__author=user)
        ],
        # A moderator's edits of other members' posts: which and when, not their text.
        "posts_of_others_i_edited": [
            {
                "post_id": revision.post_id,
                **_thread(revision.post.thread, user),
                "edited_at": _when(revision.edited_at),
            }
            for revision in edits
        ],
        "follows": [
            {
                **(
                    _thread(follow.thread, user)
                    if follow.thread_id
                    else {"thread": None, "thread_id": None, "thread_url": None}
                ),
                "category": categories.get(follow.category_key) if follow.category_key else None,
                "mode": follow.mode,
                "created_at": _when(follow.created_at),
            }
            for follow in Follow.objects.filter(user=user).select_related("thread")
        ],
        "read_markers": [
            {"thread_id": thread_id, "last_read_at": _when(last_read)}
            for thread_id, last_read in ThreadReadState.objects.filter(user=user).values_list(
                "thread_id", "last_read_at"
            )
        ],
    }


def files(user):
    return []


def erase(user, keep_files=False):
    Thread.objects.filter(author=user).update(author=None)
    Post.objects.filter(author=user).update(author=None)
    PostRevision.objects.filter(edited_by=user).update(edited_by=None)
    Follow.objects.filter(user=user).delete()
    ThreadReadState.objects.filter(user=user).delete()
    PendingDigestItem.objects.filter(user=user).delete()
