"""{% comments_for obj %}: the conversation under a page or material.

Pages are stored in the full-page cache for anonymous readers, so for a request without a
session cookie the tag renders a static invitation without touching request.user (which
would mark the response `Vary: Cookie` and make it uncacheable).
"""

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils import translation

from community.comments.forms import CommentForm
from community.comments.models import Comment
from community.markdown import render_markdown
from community.members.standing import is_member, is_moderator
from community.moderation.models import Status

register = template.Library()


def _anonymous(request):
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return True
    return not is_member(request.user)


@register.inclusion_tag("community/comments/comments.html", takes_context=True)
def comments_for(context, target):
    request = context.get("request")
    target = getattr(target, "specific", target)
    if target is None or target.pk is None:  # e.g. the preview of a page not saved yet
        return {"hidden": True}
    if _anonymous(request):
        return {"anonymous": True, "request": request}
    content_type = ContentType.objects.get_for_model(target)
    user = request.user
    moderator = is_moderator(user)
    comments = Comment.objects.for_target(target).select_related("author__profile")
    if not moderator:
        comments = comments.filter(~Q(status=Status.PENDING) | Q(author=user))
    comments = list(comments)
    for comment in comments:
        comment.flag_next = f"{request.path}#comment-{comment.pk}"
        comment.is_mine = comment.author_id == user.pk
        comment.can_edit = comment.status != Status.REMOVED and (comment.is_mine or moderator)
        comment.show_body = (
            moderator
            or comment.is_visible
            or (comment.is_mine and comment.status == Status.PENDING)
        )
    return {
        "anonymous": False,
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "LANGUAGE_CODE": translation.get_language(),
        "comments": comments,
        "moderator": moderator,
        "form": CommentForm(),
        "post_url": reverse(
            "comments:post", args=[f"{content_type.app_label}.{content_type.model}", target.pk]
        ),
    }


@register.filter
def comment_html(comment):
    return render_markdown(comment.body)
