"""Reading: the category list, a category's threads, and a thread's posts."""

from django.db.models import Count, OuterRef, Subquery
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext

from community.discussions import services
from community.discussions.forms import ReplyForm
from community.discussions.models import Category, Follow, Post, Thread
from community.discussions.models.threads import POSTS_PER_PAGE
from community.discussions.views import teaser
from community.members.standing import is_moderator
from core.access import members_only, members_only_or
from core.pagination import paginate

THREADS_PER_PAGE = 25


@members_only_or(teaser.index)
def index(request):
    categories = services.categories_for_reader()
    threads = services.visible_threads(request.user)
    counts = dict(
        threads.filter(Thread.visible_q())
        .values_list("category__translation_key")
        .annotate(n=Count("pk"))
        .values_list("category__translation_key", "n")
    )
    latest = (
        threads.filter(Thread.visible_q())
        .filter(category__translation_key=OuterRef("translation_key"))
        .order_by("-last_post_at")
    )
    latest_ids = dict(
        Category.objects.filter(pk__in=[c.pk for c in categories])
        .annotate(latest=Subquery(latest.values("pk")[:1]))
        .values_list("translation_key", "latest")
    )
    latest_threads = Thread.objects.in_bulk([pk for pk in latest_ids.values() if pk])
    rows = [
        {
            "category": category,
            "thread_count": counts.get(category.translation_key, 0),
            "latest": latest_threads.get(latest_ids.get(category.translation_key)),
        }
        for category in categories
    ]
    return render(request, "community/discussions/index.html", {"rows": rows})


@members_only_or(teaser.category)
def category(request, slug):
    current, elsewhere = teaser.category_or_redirect(slug)
    if elsewhere:
        return elsewhere
    threads = services.with_unread(
        services.visible_threads(request.user)
        .filter(category__translation_key=current.translation_key)
        .select_related("author__profile")
        .order_by("-is_pinned", "-last_post_at", "-pk"),
        request.user,
    )
    follow = Follow.objects.filter(user=request.user, category_key=current.translation_key).first()
    return render(
        request,
        "community/discussions/category.html",
        {
            "category": current,
            "page_obj": paginate(request, threads, THREADS_PER_PAGE),
            "follow": follow,
        },
    )


def _first_unread(user, thread, posts):
    since = services.last_read_at(user, thread)
    unread = posts.filter(Post.visible_q())
    if since is not None:
        unread = unread.filter(created_at__gt=since)
    return unread.order_by("created_at", "pk").first()


@members_only
def thread(request, pk, slug):
    thread = get_object_or_404(
        services.visible_threads(request.user).select_related("category", "author__profile"),
        pk=pk,
    )
    if slug != thread.slug:
        return redirect(thread.get_absolute_url())
    posts = services.listed_posts(request.user, thread)
    if "unread" in request.GET:
        first = _first_unread(request.user, thread, posts)
        if first is None:
            last = posts.order_by("-created_at", "-pk").first()
            return redirect(last.get_absolute_url() if last else thread.get_absolute_url())
        return redirect(first.get_absolute_url())
    previous_read = services.last_read_at(request.user, thread)
    page_obj = paginate(
        request,
        posts.select_related("author__profile", "quoted__author__profile").order_by(
            "created_at", "pk"
        ),
        POSTS_PER_PAGE,
    )
    page_posts = list(page_obj.object_list)
    moderator = is_moderator(request.user)
    for post in page_posts:
        post.page_number = page_obj.number
        post.show_content = moderator or services.can_see_post_content(request.user, post)
        post.user_can_edit = services.can_edit(request.user, post)
        post.is_new = previous_read is not None and post.created_at > previous_read
    if page_posts:
        services.mark_read(request.user, thread, max(p.created_at for p in page_posts))
    can_reply = not thread.is_locked or moderator
    quote_id = request.GET.get("quote")
    return render(
        request,
        "community/discussions/thread.html",
        {
            "thread": thread,
            "category": thread.category.localized,
            "page_obj": page_obj,
            "posts": page_posts,
            "is_moderator": moderator,
            "can_reply": can_reply,
            "reply_form": ReplyForm(initial={"quoted": quote_id}) if can_reply else None,
            "follow": Follow.objects.filter(user=request.user, thread=thread).first(),
            "wrote_label": gettext("@%(name)s wrote:"),
        },
    )


def visible_thread_or_404(user, pk):
    return get_object_or_404(services.visible_threads(user).select_related("category"), pk=pk)
