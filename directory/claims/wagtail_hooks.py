"""The "Directory claims" admin menu item (with the number waiting), its URLs, log actions."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core import converters  # noqa: F401 (registers <id:...>)
from directory.claims import admin_views, rules


class ClaimsMenuItem(MenuItem):
    def is_shown(self, request):
        return rules.is_reviewer(request.user)

    def render_component(self, request):
        count = admin_views.pending_count(request.user)
        component = super().render_component(request)
        if count:
            # Wagtail's sidebar has no badges: the count goes into the label.
            component.label = f"{self.label} ({count})"
            component.attrs = {**component.attrs, "data-pending-count": str(count)}
        return component


@hooks.register("register_admin_urls")
def register_claims_admin_urls():
    return [
        path(
            "directory/claims/",
            admin_views.ClaimsIndexView.as_view(),
            name="directory_claims_admin",
        ),
        path(
            "directory/claims/links/<id:pk>/<str:action>/",
            admin_views.LinkReviewView.as_view(),
            name="directory_claims_admin_link",
        ),
        path(
            "directory/claims/proposals/<id:pk>/",
            admin_views.ProposalView.as_view(),
            name="directory_claims_admin_proposal",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_claims_menu_item():
    return ClaimsMenuItem(
        _("Directory claims"),
        reverse("directory_claims_admin"),
        name="directory-claims",
        icon_name="user",
        order=260,
    )


@hooks.register("register_log_actions")
def register_claims_log_actions(actions):
    actions.register_action(
        "directory_claims.link_approve", _("Approve link"), _("Member linked to the provider")
    )
    actions.register_action(
        "directory_claims.link_reject", _("Reject link"), _("Member's link request rejected")
    )
    actions.register_action(
        "directory_claims.proposal_accept",
        _("Accept proposed changes"),
        _("Member's proposed changes accepted"),
    )
    actions.register_action(
        "directory_claims.proposal_reject",
        _("Reject proposed changes"),
        _("Member's proposed changes rejected"),
    )
