"""The reviewers' side in the Wagtail admin: pending links and proposals, a proposal's diff.

Reviewers are the users who may publish the provider's page (directory.claims.rules); each
view checks the page of the item it shows, so a reviewer of one part of the tree does not
see the claims of another.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from community.members.standing import display_name
from core.access import AdminRightRequiredMixin
from directory.claims import rules
from directory.claims.changes import diff_rows
from directory.claims.forms import RejectForm
from directory.claims.models import ChangeProposal, ClaimStatus, ProviderLink
from directory.claims.services import (
    AlreadyReviewed,
    accept_proposal,
    reject_proposal,
    review_link,
)

RECENT = 20


class ReviewerRequired(AdminRightRequiredMixin):
    def has_right(self, user):
        return rules.is_reviewer(user)


def visible_links(user):
    return ProviderLink.objects.filter(page__in=rules.reviewable_pages(user).values("pk"))


def visible_proposals(user):
    return ChangeProposal.objects.filter(page__in=rules.reviewable_pages(user).values("pk"))


def pending_count(user):
    if not rules.is_reviewer(user):
        return 0
    return (
        visible_links(user).filter(status=ClaimStatus.PENDING).count()
        + visible_proposals(user).filter(status=ClaimStatus.PENDING).count()
    )


class ClaimsAdminView(ReviewerRequired, WagtailAdminTemplateMixin, TemplateView):
    header_icon = "user"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class ClaimsIndexView(ClaimsAdminView):
    template_name = "directory/claims/admin/index.html"
    page_title = gettext_lazy("Directory claims")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        links = visible_links(user).select_related("member__profile", "page")
        proposals = visible_proposals(user).select_related("member__profile", "page")
        context.update(
            pending_links=links.filter(status=ClaimStatus.PENDING).order_by("created_at"),
            pending_proposals=proposals.filter(status=ClaimStatus.PENDING).order_by("created_at"),
            reviewed_proposals=proposals.exclude(status=ClaimStatus.PENDING).order_by(
                "-created_at"
            )[:RECENT],
            reject_form=RejectForm(),
        )
        return context


class LinkReviewView(ReviewerRequired, View):
    def post(self, request, pk, action):
        link = get_object_or_404(visible_links(request.user), pk=pk)
        if link.page is None or not rules.can_review(request.user, link.page):
            raise PermissionDenied
        reason = ""
        if action == "reject":
            form = RejectForm(request.POST)
            if not form.is_valid():
                messages.error(request, _("Please give a reason: the member reads it."))
                return redirect("directory_claims_admin")
            reason = form.cleaned_data["reason"]
        elif action != "approve":
            raise PermissionDenied
        try:
            review_link(link, request.user, approve=action == "approve", reason=reason)
        except AlreadyReviewed:
            messages.error(request, _("This request has already been answered."))
        else:
            messages.success(
                request,
                (
                    _("%(member)s is now linked to “%(provider)s”.")
                    if action == "approve"
                    else _("The request of %(member)s to be linked to “%(provider)s” is rejected.")
                )
                % {"member": display_name(link.member), "provider": link.page.title},
            )
        return redirect("directory_claims_admin")


class ProposalView(ClaimsAdminView):
    template_name = "directory/claims/admin/proposal.html"
    reject_form = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.proposal = get_object_or_404(
            ChangeProposal.objects.select_related("member__profile", "page"), pk=kwargs["pk"]
        )

    def has_right(self, user):
        return super().has_right(user) and rules.can_review(user, self.proposal.page)

    def get_page_title(self):
        return _("Proposed changes to “%(provider)s”") % {"provider": self.proposal.page.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("directory_claims_admin"), "label": _("Directory claims")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        proposal = self.proposal
        page = proposal.page.specific
        draft = page.get_latest_revision_as_object()
        context.update(
            proposal=proposal,
            provider=page,
            member_name=display_name(proposal.member),
            rows=diff_rows(proposal, draft),
            stale=proposal.base_revision_id != page.latest_revision_id,
            unpublished=page.has_unpublished_changes,
            translations=[t.locale.get_display_name() for t in page.get_translations()],
            reject_form=self.reject_form or RejectForm(),
        )
        return context

    def post(self, request, pk):
        proposal = self.proposal
        try:
            if "accept" in request.POST:
                accept_proposal(proposal, request.user)
                messages.success(
                    request,
                    _("The changes to “%(provider)s” are published.")
                    % {"provider": proposal.page.title},
                )
            else:
                form = RejectForm(request.POST)
                if not form.is_valid():
                    self.reject_form = form
                    messages.error(request, _("Please give a reason: the member reads it."))
                    return self.render_to_response(self.get_context_data())
                reject_proposal(proposal, request.user, form.cleaned_data["reason"])
                messages.success(request, _("The proposed changes are rejected."))
        except AlreadyReviewed:
            messages.error(request, _("These changes have already been reviewed."))
        return redirect("directory_claims_admin")
