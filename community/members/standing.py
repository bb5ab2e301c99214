"""Who a member is to the community: new, trusted, a moderator; and the name shown for them.

Every part of `community` asks these questions through this module, so that the rules live
in one place and the permission tests can name them.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MODERATOR_PERMISSION = "moderation.moderate_community"
FORMER_MEMBER = _("Former member")


def profile_for(user):
    """The member's profile, created on first use."""
    from community.members.models import Profile

    try:
        return user.profile
    except Profile.DoesNotExist:
        profile, _created = Profile.objects.get_or_create(user=user)
        user.profile = profile
        return profile


def is_member(user):
    return bool(user and user.is_authenticated and user.is_active)


def is_moderator(user):
    return is_member(user) and user.has_perm(MODERATOR_PERMISSION)


def is_new_member(user, now=None):
    """Joined less than COMMUNITY_NEW_MEMBER_PERIOD ago and not marked trusted."""
    if not is_member(user) or is_moderator(user):
        return False
    if profile_for(user).trusted:
        return False
    period = timedelta(seconds=settings.COMMUNITY_NEW_MEMBER_PERIOD)
    return user.date_joined > (now or timezone.now()) - period


def display_name(user):
    """The name shown with a member's posts; deleted accounts show "Former member"."""
    if user is None:
        return str(FORMER_MEMBER)
    return profile_for(user).name
