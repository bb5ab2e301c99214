"""A member's links to providers ("I work here") and proposed changes: export and erase.

Listed in settings.PERSONAL_DATA_MODULES, so the member's data page finds it without
community importing the directory. The export holds what the member wrote or asked: each
link's position and note, each proposal's values and message, and the editors' answer
(status, when, and the reason the member was sent by email). It leaves out a proposal's
`original` values: they are the page's text as editors or the import wrote it.

Erasing deletes the member's links and proposals, whatever their state. They are the
member's requests: a waiting one cannot be answered without the member, a link names a
person who has left, and the changes editors accepted already live on the provider's page
and in its revisions (saved by the reviewer, not the member). The page's history keeps that
a link or a proposal was reviewed, but no longer which member asked. Claims hold no files.
"""

from django.urls import reverse

from wagtail.models import PageLogEntry

from directory.claims.models import ChangeProposal, ProviderLink
from directory.models import ServiceProviderPage

LOG_ACTIONS = "directory_claims."


def _when(value):
    return value.isoformat() if value else None


def _provider(page, translation_key):
    """The provider's name and address, in the member's language when it is translated."""
    found = ServiceProviderPage.objects.filter(translation_key=translation_key)
    page = (page.localized if page is not None else None) or found.first()
    if page is None:
        return {"provider": None, "provider_url": None}
    return {"provider": page.title, "provider_url": page.get_url() or None}


def _review(item):
    return {
        "status": item.status,
        "created_at": _when(item.created_at),
        "reviewed_at": _when(item.reviewed_at),
        "editors_reason": item.reason,
    }


def export(user):
    links = ProviderLink.objects.filter(member=user).select_related("page").order_by("created_at")
    proposals = (
        ChangeProposal.objects.filter(member=user).select_related("page").order_by("created_at")
    )
    return {
        "provider_links": [
            {
                **_provider(link.page, link.translation_key),
                "position": link.position,
                "note": link.note,
                **_review(link),
            }
            for link in links
        ],
        "change_proposals": [
            {
                "id": proposal.pk,
                **_provider(proposal.page, proposal.translation_key),
                "url": reverse("directory_claims:proposal", args=[proposal.pk]),
                "language": proposal.language,
                "proposed_values": proposal.changes,
                "message": proposal.message,
                **_review(proposal),
            }
            for proposal in proposals
        ],
    }


def files(user):
    return []


def erase(user, keep_files=False):
    for entry in PageLogEntry.objects.filter(
        action__startswith=LOG_ACTIONS, data__member=user.pk
    ).only("data"):
        entry.data = {**entry.data, "member": None}
        entry.save(update_fields=["data"])
    ChangeProposal.objects.filter(member=user).delete()
    ProviderLink.objects.filter(member=user).delete()
