"""Posting, editing and deleting comments. Reading happens on the target's own page."""

from django.apps import apps
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.comments.forms import CommentForm
from community.comments.models import COMMENTABLE, Comment
from community.members.standing import is_moderator
from community.moderation.models import Status
from community.moderation.ratelimit import PostingNotAllowed, check_can_post
from core.access import members_only


def get_target(target_type, pk):
    """The live / visible object a comment is about, or 404."""
    if target_type not in COMMENTABLE:
        raise Http404
    try:
        model = apps.get_model(target_type)
    except LookupError:
        raise Http404 from None
    target = get_object_or_404(model, pk=pk)
    if hasattr(target, "live"):
        if not target.live or target.get_view_restrictions().exists():
            raise Http404
    elif not getattr(target, "is_visible", True):
        raise Http404
    return target


def target_url(target):
    return target.get_url() if hasattr(target, "get_url") else target.get_absolute_url()


@members_only
@require_POST
def post(request, target_type, pk):
    target = get_target(target_type, pk)
    comment = Comment(
        content_type=ContentType.objects.get_for_model(target),
        object_id=target.pk,
        target_key=getattr(target, "translation_key", None),
        author=request.user,
        language=translation.get_language(),
    )
    form = CommentForm(request.POST, instance=comment)
    if form.is_valid():
        try:
            check_can_post(request.user, "comment", Comment.objects, text=form.cleaned_data["body"])
        except PostingNotAllowed as refusal:
            form.add_error(None, refusal.message)
        else:
            comment = form.save()
            return redirect(f"{target_url(target)}#comment-{comment.pk}")
    return render(
        request,
        "community/comments/form.html",
        {
            "form": form,
            "editing": False,
            "target_title": target.title,
            "target_url": target_url(target),
        },
    )


def editable_comment(request, pk):
    comment = get_object_or_404(Comment.objects.select_related("author"), pk=pk)
    moderator = is_moderator(request.user)
    if comment.status == Status.REMOVED or (not comment.is_visible and not moderator):
        raise Http404
    if comment.author_id != request.user.pk and not moderator:
        raise PermissionDenied
    return comment


@members_only
def edit(request, pk):
    comment = editable_comment(request, pk)
    form = CommentForm(request.POST or None, instance=comment)
    if request.method == "POST" and form.is_valid():
        comment = form.save(commit=False)
        comment.edited_at = timezone.now()
        comment.save(update_fields=["body", "edited_at"])
        messages.success(request, _("Your changes to the comment were saved."))
        return redirect(comment.get_absolute_url())
    return render(
        request,
        "community/comments/form.html",
        {
            "form": form,
            "editing": True,
            "target_title": comment.target_title(),
            "target_url": comment.target_url(),
        },
    )


@members_only
def delete(request, pk):
    comment = editable_comment(request, pk)
    if request.method == "POST":
        comment.status = Status.REMOVED
        comment.removed_by_author = comment.author_id == request.user.pk
        comment.save(update_fields=["status", "removed_by_author"])
        if not comment.removed_by_author:
            from community.moderation.models import ModerationAction
            from community.moderation.services import log_action, resolve_flags

            resolve_flags(comment)
            log_action(
                ModerationAction.REMOVE,
                moderator=request.user,
                obj=comment,
                member=comment.author,
            )
        messages.success(request, _("The comment was deleted."))
        return redirect(f"{comment.target_url()}#comments")
    return render(request, "community/comments/delete.html", {"comment": comment})
