"""Who may ask for a link, who may propose, who reviews. Every view asks here.

Members ask and propose: logged in, with a verified email address, not banned or paused by
the moderators (community.members.standing). Reviewers are the users Wagtail lets publish
the provider's page (superusers and the groups given "publish" on the directory), since
accepting a proposal publishes it.
"""

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from allauth.account.models import EmailAddress

from community.members.standing import is_member, profile_for
from directory.claims.models import ClaimStatus, ProviderLink

# Unanswered link requests a member may have at once, across all providers.
MAX_PENDING_LINKS = 5


def refusal(user):
    """Why this member may not ask or propose now (translated), or None if they may."""
    if not is_member(user):
        return _("Please log in to propose changes.")
    profile = profile_for(user)
    if profile.is_banned:
        return _("Your account has been suspended, so you cannot propose changes.")
    if profile.is_silenced():
        return _("A moderator has paused your posting until %(time)s.") % {
            "time": formats.date_format(
                timezone.localtime(profile.silenced_until), "DATETIME_FORMAT"
            )
        }
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        return _("Please confirm your email address first.")
    return None


def current_link(user, page):
    """The member's pending or approved link to the provider (any language), or None."""
    if not is_member(user):
        return None
    return ProviderLink.objects.for_page(page).current().filter(member=user).first()


def is_linked(user, page):
    link = current_link(user, page)
    return link is not None and link.status == ClaimStatus.APPROVED


def may_propose(user, page):
    return refusal(user) is None and is_linked(user, page)


def reviewable_pages(user):
    """The pages whose proposals the user reviews (a queryset of Page)."""
    return PagePermissionPolicy().instances_user_has_permission_for(user, "publish")


def is_reviewer(user):
    return (
        user.is_authenticated
        and user.has_perm("wagtailadmin.access_admin")
        and PagePermissionPolicy().user_has_permission(user, "publish")
    )


def can_review(user, page):
    if not is_reviewer(user):
        return False
    page = page if isinstance(page, Page) else Page.objects.get(pk=page)
    return page.permissions_for_user(user).can_publish()
