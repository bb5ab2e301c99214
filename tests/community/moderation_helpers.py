"""Comments to moderate in the moderation tests (Comment is the simplest registered model)."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import translation

from community.comments.models import Comment


def make_comment(page, author, body="A remark worth reading.", language="en", **fields):
    page = page.specific
    return Comment.objects.create(
        content_type=ContentType.objects.get_for_model(page),
        object_id=page.pk,
        target_key=page.translation_key,
        author=author,
        body=body,
        language=language,
        **fields,
    )


def flag_url(obj, language="en"):
    with translation.override(language):
        return reverse("moderation:flag", args=["comments.comment", obj.pk])


def action_url(obj, action):
    return reverse("community_moderation_action", args=["comments.comment", obj.pk, action])


def moderation_log():
    """The moderation log, oldest first, as the moderation pages read it (kind, member...)."""
    from community.moderation import log

    return log.with_people(log.entries().order_by("timestamp", "pk"))
