"""Writing: new threads, replies (with quotes), edits and the history of a post."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from community.discussions import services
from community.discussions.forms import EditPostForm, ReplyForm, ThreadForm
from community.discussions.models import Category, Post, Thread
from community.discussions.views.browse import visible_thread_or_404
from community.markdown import quote_markdown
from community.members.standing import display_name, is_moderator
from community.moderation.ratelimit import PostingNotAllowed, check_can_post
from core.access import members_only


def _category_choices():
    ids = [category.pk for category in services.categories_for_reader()]
    return Category.objects.filter(pk__in=ids).order_by("sort_order", "name")


def _initial_category(request):
    wanted = request.GET.get("category")
    if not wanted:
        return None
    for category in services.categories_for_reader():
        if wanted in (category.slug, str(category.translation_key)):
            return category
    return None


@members_only
def new_thread(request):
    categories = _category_choices()
    if request.method == "POST":
        form = ThreadForm(request.POST, categories=categories)
        if form.is_valid():
            data = form.cleaned_data
            try:
                check_can_post(
                    request.user, "thread", Thread.objects, text=data["title"], text_field="title"
                )
            except PostingNotAllowed as refusal:
                form.add_error(None, refusal.message)
            else:
                thread, _post = services.start_thread(
                    request.user,
                    data["category"],
                    data["title"],
                    data["body"],
                    data["language"],
                )
                messages.success(request, _("Your thread has been started."))
                return redirect(thread.get_absolute_url())
    else:
        form = ThreadForm(categories=categories, initial={"category": _initial_category(request)})
    return render(request, "community/discussions/new_thread.html", {"form": form})


def _quoted_post(user, thread, value):
    try:
        pk = int(value)
    except (TypeError, ValueError):
        return None
    post = services.listed_posts(user, thread).filter(pk=pk).first()
    if post is None or not services.can_see_post_content(user, post):
        return None
    return post


@members_only
def reply(request, pk):
    thread = visible_thread_or_404(request.user, pk)
    locked = thread.is_locked and not is_moderator(request.user)
    status = 200
    if request.method == "POST":
        form = ReplyForm(request.POST)
        if locked:
            form.is_valid()
            form.add_error(None, _("This thread is locked, so it takes no new replies."))
            status = 403
        elif form.is_valid():
            body = form.cleaned_data["body"]
            try:
                check_can_post(request.user, "reply", Post.objects, text=body)
            except PostingNotAllowed as refusal:
                form.add_error(None, refusal.message)
            else:
                quoted = _quoted_post(request.user, thread, form.cleaned_data.get("quoted"))
                post = services.add_reply(request.user, thread, body, quoted=quoted)
                messages.success(request, _("Your reply has been posted."))
                return redirect(post.get_absolute_url())
        quoted = _quoted_post(request.user, thread, request.POST.get("quoted"))
    else:
        quoted = _quoted_post(request.user, thread, request.GET.get("quote"))
        initial = {}
        if quoted is not None:
            initial = {
                "body": quote_markdown(display_name(quoted.author), quoted.body),
                "quoted": quoted.pk,
            }
        form = ReplyForm(initial=initial)
    return render(
        request,
        "community/discussions/reply.html",
        {"thread": thread, "form": form, "quoted": quoted, "locked": locked},
        status=status,
    )


def _post_or_404(user, pk):
    post = get_object_or_404(Post.objects.select_related("thread", "author__profile"), pk=pk)
    visible_thread_or_404(user, post.thread_id)
    if not services.listed_posts(user, post.thread).filter(pk=post.pk).exists():
        raise Http404
    return post


@members_only
def edit_post(request, pk):
    post = _post_or_404(request.user, pk)
    if not services.can_edit(request.user, post):
        raise PermissionDenied
    if request.method == "POST":
        form = EditPostForm(request.POST)
        if form.is_valid():
            services.edit_post(request.user, post, form.cleaned_data["body"])
            messages.success(request, _("Your changes have been saved."))
            return redirect(post.get_absolute_url())
    else:
        form = EditPostForm(initial={"body": post.body})
    return render(request, "community/discussions/edit_post.html", {"post": post, "form": form})


@members_only
def post_history(request, pk):
    post = _post_or_404(request.user, pk)
    if not services.can_see_post_content(request.user, post):
        raise PermissionDenied
    revisions = post.revisions.select_related("edited_by__profile")
    return render(
        request,
        "community/discussions/post_history.html",
        {"post": post, "thread": post.thread, "revisions": revisions},
    )
