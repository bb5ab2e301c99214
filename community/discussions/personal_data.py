"""A member's discussions data: export everything they wrote or set, erase on account deletion.

Erasing keeps the conversation readable for everyone else: threads, posts and earlier
versions stay, shown as written by "Former member"; what only concerns the member (follows,
read markers, digest queue) goes. Discussions hold no files.
"""

from django.db.models import Q

from community.discussions.models import (
    Follow,
    PendingDigestItem,
    Post,
    PostRevision,
    Thread,
    ThreadReadState,
)
from community.discussions.services import categories_for_reader


def _when(value):
    return value.isoformat() if value else None


def export(user):
    threads = Thread.objects.filter(author=user).select_related("category").order_by("created_at")
    posts = Post.objects.filter(author=user).select_related("thread").order_by("created_at")
    revisions = PostRevision.objects.filter(Q(post__author=user) | Q(edited_by=user)).order_by(
        "edited_at"
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
                "thread": post.thread.title,
                "thread_id": post.thread_id,
                "body": post.body,
                "created_at": _when(post.created_at),
                "edited_at": _when(post.edited_at),
                "status": post.status,
            }
            for post in posts
        ],
        "post_revisions": [
            {
                "post_id": revision.post_id,
                "body": revision.body,
                "written_at": _when(revision.written_at),
                "replaced_at": _when(revision.edited_at),
                "replaced_by_me": revision.edited_by_id == user.pk,
            }
            for revision in revisions
        ],
        "follows": [
            {
                "thread": follow.thread.title if follow.thread_id else None,
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
