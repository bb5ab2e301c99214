"""Who a member is to the community: new, trusted, a moderator; and the name shown for them.

Every part of `community` asks these questions through this module, so that the rules live
in one place and the permission tests can name them. Member and moderator are decided in
`core.access`, so that views of every app (the directory's claims too) refuse alike.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.access import is_member, is_moderator

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
