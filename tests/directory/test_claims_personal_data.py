"""Directory claims in a member's data: in their download, and gone with their account.

The member's data page lives in community, which does not import the directory: the claims
take part through settings.PERSONAL_DATA_MODULES.
"""

import io
import json
import zipfile

from django.core.exceptions import ImproperlyConfigured
from django.utils import translation

from wagtail.models import PageLogEntry

import pytest

from community.members import data
from directory.claims import personal_data, services
from directory.claims.models import ChangeProposal, ClaimStatus, ProviderLink
from tests.community.conftest import PASSWORD
from tests.directory.test_claims import NEW_PHONE, client_for, link, people, proposal_for

pytestmark = pytest.mark.django_db
__all__ = ["people"]  # the fixture, shared with test_claims.py

NOTE = "I run the family support team since 2019."
MESSAGE = "We moved our phone line."


@pytest.fixture
def claims(site_tree, people):
    """The member's approved link, a rejected one, and a proposal; another member's too."""
    member, other, reviewer = people["member"], people["other"], people["reviewer"]
    en = site_tree.page("en", "provider")
    approved = services.request_link(member, en, "Director", NOTE)
    services.review_link(approved, reviewer, approve=True)
    rejected = services.request_link(member, site_tree.page("en", "provider_ro"), "Volunteer")
    services.review_link(rejected, reviewer, approve=False, reason="We could not confirm it.")
    proposal = proposal_for(member, en, phone=NEW_PHONE)
    proposal.message = MESSAGE
    proposal.save()
    link(other, en)
    proposal_for(other, en, email="other@example.org")
    return {"member": member, "other": other, "reviewer": reviewer, "proposal": proposal}


def download(user):
    response = client_for(user).post("/en/members/me/data/")
    assert response.status_code == 200
    bundle = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    return json.loads(bundle.read("data.json"))


def test_the_download_holds_the_members_links_and_proposals(site_tree, claims):
    exported = download(claims["member"])["claims"]
    en = site_tree.page("en", "provider")
    links = {item["position"]: item for item in exported["provider_links"]}
    assert set(links) == {"Director", "Volunteer"}
    director = links["Director"]
    assert director["note"] == NOTE and director["status"] == ClaimStatus.APPROVED
    assert director["provider"] == en.title and director["provider_url"] == en.url
    assert links["Volunteer"]["status"] == ClaimStatus.REJECTED
    assert links["Volunteer"]["editors_reason"] == "We could not confirm it."
    (proposal,) = exported["change_proposals"]
    assert proposal["id"] == claims["proposal"].pk
    assert proposal["proposed_values"] == {"phone": NEW_PHONE}
    assert proposal["message"] == MESSAGE and proposal["language"] == "en"
    assert proposal["status"] == ClaimStatus.PENDING
    assert proposal["url"] == f"/en/directory/claims/proposals/{claims['proposal'].pk}/"


def test_the_download_holds_neither_the_pages_values_nor_other_members_claims(site_tree, claims):
    text = json.dumps(download(claims["member"])["claims"], ensure_ascii=False)
    assert site_tree.page("en", "provider").phone not in text  # the value it would replace
    assert "other@example.org" not in text
    assert claims["reviewer"].username not in text


def test_the_claims_answer_through_the_settings_registry(settings):
    assert dict(data.personal_data_modules())["claims"] is personal_data
    settings.PERSONAL_DATA_MODULES = [*settings.PERSONAL_DATA_MODULES, "tests.claims.personal_data"]
    with pytest.raises(ImproperlyConfigured):
        data.personal_data_modules()


def test_deleting_the_account_deletes_the_claims_and_keeps_accepted_changes(site_tree, claims):
    member, other, reviewer = claims["member"], claims["other"], claims["reviewer"]
    services.accept_proposal(claims["proposal"], reviewer)
    en = site_tree.page("en", "provider")
    history = PageLogEntry.objects.filter(action__startswith="directory_claims.")
    assert history.filter(data__member=member.pk).count() == 3

    response = client_for(member).post(
        "/en/members/me/delete/", {"password": PASSWORD, "files": "remove"}, REMOTE_ADDR="10.7.0.1"
    )
    assert response.status_code == 302
    assert not ProviderLink.objects.filter(member_id=member.pk).exists()
    assert not ChangeProposal.objects.filter(member_id=member.pk).exists()
    # The accepted change stays on the page; its history no longer says who asked.
    assert site_tree.page("en", "provider").phone == NEW_PHONE
    assert history.count() == 3
    assert not history.filter(data__member=member.pk).exists()
    assert history.filter(page=en, action="directory_claims.proposal_accept").get().data == {
        "member": None,
        "fields": ["phone"],
    }
    # Another member's claims are theirs.
    assert ProviderLink.objects.filter(member=other).count() == 1
    assert ChangeProposal.objects.filter(member=other).count() == 1


def test_erase_leaves_no_claims_when_called_alone(site_tree, claims):
    member = claims["member"]
    with translation.override("en"):
        assert personal_data.export(member)["provider_links"]
    personal_data.erase(member, keep_files=False)
    assert not ProviderLink.objects.filter(member=member).exists()
    assert not ChangeProposal.objects.filter(member=member).exists()
    assert personal_data.files(member) == []
