"""The member's side: ask to be linked, propose changes, withdraw a proposal.

Anonymous readers are sent to the login page; a member who may not act gets 403, and a
proposal that is not theirs does not exist for them (404). Nothing here is cached.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import members_only
from directory.claims import rules
from directory.claims.changes import current_values, diff_rows
from directory.claims.forms import LinkRequestForm, ProposalForm, ServiceFormSet
from directory.claims.models import ChangeProposal, ClaimStatus, ProviderLink
from directory.claims.services import (
    AlreadyReviewed,
    create_proposal,
    request_link,
    withdraw_proposal,
)
from directory.models import ServiceProviderPage


def get_provider(page_id):
    """The live, public provider page in the reader's language, or 404."""
    page = get_object_or_404(
        ServiceProviderPage.objects.live().select_related("locale"), pk=page_id
    )
    if page.locale.language_code != translation.get_language():
        raise Http404
    if page.get_view_restrictions().exists():
        raise Http404
    return page


@members_only
def link_request(request, page_id):
    page = get_provider(page_id)
    refusal = rules.refusal(request.user)
    if refusal:
        raise PermissionDenied(refusal)
    if rules.current_link(request.user, page) is not None:
        messages.info(request, _("You have already asked to be linked to this organisation."))
        return redirect(page.url)
    pending = ProviderLink.objects.filter(member=request.user, status=ClaimStatus.PENDING)
    form = LinkRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if pending.count() >= rules.MAX_PENDING_LINKS:
            form.add_error(
                None,
                _("You already have several requests waiting. Please wait for the editors."),
            )
        else:
            try:
                with transaction.atomic():
                    request_link(request.user, page, **form.cleaned_data)
            except IntegrityError:
                pass  # a double submission: the first one counts
            messages.success(
                request, _("Thank you. An editor will check your request and let you know.")
            )
            return redirect(page.url)
    return render(request, "directory/claims/link_form.html", {"page": page, "form": form})


@members_only
def propose(request, page_id):
    page = get_provider(page_id)
    if not rules.may_propose(request.user, page):
        raise PermissionDenied
    pending = ChangeProposal.objects.filter(
        member=request.user, translation_key=page.translation_key, status=ClaimStatus.PENDING
    ).first()
    if pending is not None:
        messages.info(
            request,
            _("Your proposed changes are waiting for review. Withdraw them to propose new ones."),
        )
        return redirect(page.url)
    draft = page.get_latest_revision_as_object()
    if request.method == "POST":
        form = ProposalForm(request.POST, instance=draft)
        formset = ServiceFormSet(request.POST, prefix="services")
        if form.is_valid() and formset.is_valid():
            proposed = form.proposed_values()
            proposed["services"] = formset.proposed_values()
            try:
                with transaction.atomic():
                    proposal = create_proposal(
                        request.user, page, proposed, form.cleaned_data["message"]
                    )
            except IntegrityError:
                return redirect(page.url)
            if not proposal.changes:
                proposal.delete()
                form.add_error(None, _("You have not changed anything yet."))
            else:
                messages.success(
                    request, _("Thank you. Your changes are waiting for an editor's review.")
                )
                return redirect(page.url)
    else:
        form = ProposalForm(instance=draft)
        formset = ServiceFormSet(initial=current_values(draft)["services"], prefix="services")
    return render(
        request,
        "directory/claims/proposal_form.html",
        {"page": page, "form": form, "formset": formset},
    )


def own_proposal(request, pk):
    return get_object_or_404(
        ChangeProposal.objects.select_related("page"), pk=pk, member=request.user
    )


@members_only
def proposal_detail(request, pk):
    proposal = own_proposal(request, pk)
    page = proposal.page.specific
    return render(
        request,
        "directory/claims/proposal_detail.html",
        {"proposal": proposal, "provider": page, "rows": diff_rows(proposal, page)},
    )


@members_only
@require_POST
def withdraw(request, pk):
    proposal = own_proposal(request, pk)
    try:
        withdraw_proposal(proposal)
    except AlreadyReviewed:
        messages.error(request, _("An editor has already reviewed these changes."))
    else:
        messages.success(request, _("You have withdrawn your proposed changes."))
    return redirect(proposal.page.url)
