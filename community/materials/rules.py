"""Who may see, change and publish materials: the rules every view and test names."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q, Sum
from django.utils import timezone

from community.members.standing import is_member, is_moderator, profile_for
from community.moderation.models import Status


def visible_materials(user):
    """Published, not hidden by flags; anonymous readers see only public materials."""
    from community.materials.models import PracticeMaterial

    queryset = PracticeMaterial.objects.filter(PracticeMaterial.visible_q())
    if not is_member(user):
        queryset = queryset.filter(public=True)
    return queryset


def is_author(user, material):
    return is_member(user) and material.author_id == user.pk


def can_see_unpublished(user, material):
    """Pending, hidden or removed materials are shown to their author and moderators only."""
    return is_author(user, material) or is_moderator(user)


def can_change(user, material):
    return can_see_unpublished(user, material)


def can_upload(user):
    return is_member(user) and not profile_for(user).is_banned


def publishes_directly(user):
    """Moderators, trusted members, and members with enough approved materials skip review."""
    from community.materials.models import PracticeMaterial

    if is_moderator(user) or profile_for(user).trusted:
        return True
    approved = PracticeMaterial.objects.filter(author=user, status=Status.PUBLISHED).count()
    return approved >= settings.COMMUNITY_MATERIALS_BEFORE_TRUST


def initial_status(user):
    return Status.PUBLISHED if publishes_directly(user) else Status.PENDING


def storage_used(user, exclude=None):
    """Bytes of the member's materials that still hold a file (removed ones do not count)."""
    from community.materials.models import PracticeMaterial

    queryset = PracticeMaterial.objects.filter(author=user).exclude(status=Status.REMOVED)
    if exclude is not None:
        queryset = queryset.exclude(pk=exclude.pk)
    return queryset.aggregate(total=Sum("file_size"))["total"] or 0


def held_upload(user, token):
    """The member's own file kept by the upload form, if it is recent enough."""
    from community.materials.models import PendingUpload

    if not token or not is_member(user):
        return None
    try:
        return PendingUpload.objects.filter(
            Q(uploader=user) & Q(created_at__gt=timezone.now() - timedelta(days=1))
        ).get(token=token)
    except (PendingUpload.DoesNotExist, ValidationError, ValueError):
        return None
