"""What members and reviewers do to links and proposals: one function per action.

Reviews are logged in the provider page's history (Wagtail's log, see wagtail_hooks) and
on the object itself (who, when, why); the member is told by email in their language.
"""

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from directory.claims.changes import apply_proposal, changed_values
from directory.claims.models import ChangeProposal, ClaimStatus, ProviderLink
from directory.claims.notifications import notify


class AlreadyReviewed(Exception):
    """Someone else answered it first (or the member withdrew it)."""


def request_link(member, page, position, note=""):
    return ProviderLink.objects.create(
        member=member,
        translation_key=page.translation_key,
        page=page,
        position=position,
        note=note,
    )


def create_proposal(member, page, proposed, message=""):
    """A pending proposal of the values that differ from the page's latest revision."""
    # A fresh copy: without unpublished changes Wagtail returns the page object itself,
    # which the member's form has already changed.
    draft = type(page).objects.get(pk=page.pk).get_latest_revision_as_object()
    changes, original = changed_values(draft, proposed)
    return ChangeProposal.objects.create(
        member=member,
        page=page,
        translation_key=page.translation_key,
        base_revision_id=page.latest_revision_id,
        language=page.locale.language_code,
        changes=changes,
        original=original,
        message=message,
    )


def _close(obj, status, reviewer, reason=""):
    """Mark a pending item answered; the row lock makes two reviewers' answers one."""
    locked = type(obj).objects.select_for_update().get(pk=obj.pk)
    if locked.status != ClaimStatus.PENDING:
        raise AlreadyReviewed
    obj.status = status
    obj.reviewed_by = reviewer
    obj.reviewed_at = timezone.now()
    obj.reason = reason
    obj.save(update_fields=["status", "reviewed_by", "reviewed_at", "reason"])


def withdraw_proposal(proposal):
    with transaction.atomic():
        _close(proposal, ClaimStatus.WITHDRAWN, None)


def review_link(link, reviewer, approve, reason=""):
    with transaction.atomic():
        _close(link, ClaimStatus.APPROVED if approve else ClaimStatus.REJECTED, reviewer, reason)
        if link.page is not None:
            log(
                instance=link.page,
                action="directory_claims.link_approve"
                if approve
                else "directory_claims.link_reject",
                user=reviewer,
                data={"member": link.member_id, "reason": reason},
            )
    notify(
        link.member,
        "link_approved" if approve else "link_rejected",
        page=link.page,
        reason=reason,
    )


def accept_proposal(proposal, reviewer):
    with transaction.atomic():
        _close(proposal, ClaimStatus.APPROVED, reviewer)
        apply_proposal(proposal, reviewer)
        log(
            instance=proposal.page,
            action="directory_claims.proposal_accept",
            user=reviewer,
            data={"member": proposal.member_id, "fields": sorted(proposal.changes)},
        )
    notify(proposal.member, "proposal_accepted", page=proposal.page)


def reject_proposal(proposal, reviewer, reason):
    with transaction.atomic():
        _close(proposal, ClaimStatus.REJECTED, reviewer, reason)
        log(
            instance=proposal.page,
            action="directory_claims.proposal_reject",
            user=reviewer,
            data={"member": proposal.member_id, "reason": reason},
        )
    notify(proposal.member, "proposal_rejected", page=proposal.page, reason=reason)
