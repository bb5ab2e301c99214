"""Reading and writing discussions: who sees what, creating threads and posts, read markers."""

from django.db import transaction
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.utils import timezone

from community.discussions.models import (
    Category,
    Follow,
    FollowMode,
    Post,
    PostRevision,
    Thread,
    ThreadReadState,
)
from community.members.standing import is_moderator
from community.moderation.models import Status
from core.locales import active_locale


def categories_for_reader():
    """One instance per category: in the reader's language when translated, else the source."""
    locale_id = active_locale().pk
    chosen = {}
    for category in Category.objects.select_related("locale").order_by("sort_order", "pk"):
        current = chosen.get(category.translation_key)
        if current is None or category.locale_id == locale_id:
            chosen[category.translation_key] = category
    return sorted(chosen.values(), key=lambda c: (c.sort_order, c.name.casefold()))


def visible_threads(user):
    """Threads the user may open: moderators see all; members the visible ones and their own."""
    threads = Thread.objects.all()
    if is_moderator(user):
        return threads
    return threads.filter(Thread.visible_q() | Q(author=user, status=Status.PENDING))


def listed_posts(user, thread):
    """Posts shown in the thread: hidden and removed ones stay (as a placeholder) for order;
    pending ones only for their author and moderators."""
    posts = thread.posts.all()
    if not is_moderator(user):
        posts = posts.exclude(Q(status=Status.PENDING) & ~Q(author=user))
    return posts


def can_see_post_content(user, post):
    return (
        post.is_visible
        or is_moderator(user)
        or (post.status == Status.PENDING and post.author_id == user.pk)
    )


def can_edit(user, post):
    if is_moderator(user):
        return True
    if post.author_id != user.pk or post.thread.is_locked:
        return False
    return post.status in (Status.PUBLISHED, Status.PENDING) and not post.hidden_by_flags


def with_unread(threads, user):
    """Annotate `last_read` and `unread` (visible posts after the member's last visit)."""
    last_read = ThreadReadState.objects.filter(user=user, thread=OuterRef("pk")).values(
        "last_read_at"
    )[:1]
    visible = Q(posts__status=Status.PUBLISHED, posts__hidden_by_flags=False)
    return threads.annotate(last_read=Subquery(last_read)).annotate(
        visible_posts=Count("posts", filter=visible),
        unread=Count(
            "posts",
            filter=visible & (Q(last_read__isnull=True) | Q(posts__created_at__gt=F("last_read"))),
        ),
    )


def mark_read(user, thread, until):
    """Remember that the member has read the thread up to `until` (never moves backwards)."""
    state, created = ThreadReadState.objects.get_or_create(
        user=user, thread=thread, defaults={"last_read_at": until}
    )
    if not created and state.last_read_at < until:
        ThreadReadState.objects.filter(pk=state.pk).update(last_read_at=until)


def last_read_at(user, thread):
    return (
        ThreadReadState.objects.filter(user=user, thread=thread)
        .values_list("last_read_at", flat=True)
        .first()
    )


def ensure_follow(user, *, thread=None, category_key=None, mode=None):
    lookup = {"thread": thread} if thread is not None else {"category_key": category_key}
    follow, created = Follow.objects.get_or_create(
        user=user, **lookup, defaults={"mode": mode or FollowMode.IMMEDIATE}
    )
    if mode and not created and follow.mode != mode:
        follow.mode = mode
        follow.save(update_fields=["mode"])
    return follow


def auto_follow(user, thread):
    """Members follow what they start or reply to, unless they already chose otherwise."""
    if not Follow.objects.filter(user=user, thread=thread).exists():
        Follow.objects.create(user=user, thread=thread, mode=FollowMode.IMMEDIATE)


def original_category(category):
    """The first instance of a category (its translations can then be deleted freely)."""
    return (
        Category.objects.filter(translation_key=category.translation_key).order_by("pk").first()
        or category
    )


@transaction.atomic
def start_thread(user, category, title, body, language):
    now = timezone.now()
    thread = Thread.objects.create(
        category=original_category(category),
        title=title,
        author=user,
        language=language,
        created_at=now,
        last_post_at=now,
        post_count=1,
    )
    post = Post.objects.create(thread=thread, author=user, body=body, created_at=now)
    auto_follow(user, thread)
    mark_read(user, thread, now)
    from community.discussions.notifications import notify_post

    notify_post(post, new_thread=True)
    return thread, post


@transaction.atomic
def add_reply(user, thread, body, quoted=None):
    now = timezone.now()
    post = Post.objects.create(thread=thread, author=user, body=body, created_at=now, quoted=quoted)
    if post.is_visible:
        Thread.objects.filter(pk=thread.pk).update(last_post_at=now, post_count=F("post_count") + 1)
    auto_follow(user, thread)
    mark_read(user, thread, now)
    from community.discussions.notifications import notify_post

    notify_post(post)
    return post


@transaction.atomic
def edit_post(user, post, body):
    """Keep the current body as a revision, then save the new one."""
    if body == post.body:
        return post
    now = timezone.now()
    PostRevision.objects.create(
        post=post,
        body=post.body,
        written_at=post.edited_at or post.created_at,
        edited_by=user,
        edited_at=now,
    )
    post.body = body
    post.edited_at = now
    post.save(update_fields=["body", "edited_at"])
    return post
