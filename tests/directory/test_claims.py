"""Claims: a member asks to be linked to a provider, proposes changes, an editor reviews them.

The whole journey runs through the public views and the Wagtail admin views, on the shared
trilingual site tree (provider "BG-VID-001" in bg/en/ro).
"""

import re
import uuid

from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.utils import translation

from wagtail.models import PageLogEntry
from wagtail.users.models import UserProfile

import pytest
from bs4 import BeautifulSoup

from directory.claims import services
from directory.claims.changes import current_values
from directory.claims.models import ChangeProposal, ClaimStatus, ProviderLink
from tests.community.conftest import make_member

pytestmark = pytest.mark.django_db

NEW_PHONE = "+359 94 611 222"


# Helpers (imported by test_claims_permissions.py) ---------------------------------------


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def make_reviewer(username="reviewer"):
    """Wagtail's "Moderators" group may publish pages, so its members review claims.

    The reviewer reads the admin in English (Wagtail's own preference, not the community's).
    """
    reviewer = make_member(username, groups=["Moderators"], language="en")
    profile = UserProfile.get_for_user(reviewer)
    profile.preferred_language = "en"
    profile.save()
    return reviewer


def link(member, page, status=ClaimStatus.APPROVED):
    return ProviderLink.objects.create(
        member=member,
        translation_key=page.translation_key,
        page=page,
        position="Social worker",
        status=status,
    )


def proposal_for(member, page, **changes):
    proposed = current_values(page)
    proposed.update(changes)
    return services.create_proposal(member, page, proposed, "Please update.")


def form_data(html, selector="form.claims-form"):
    """What the browser would send back from the form as it was rendered."""
    form = BeautifulSoup(html, "html.parser").select_one(selector)
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name:
            continue
        if field.name == "textarea":
            data[name] = field.text.lstrip("\n")
        elif field.name == "select":
            chosen = field.find("option", selected=True)
            data[name] = chosen["value"] if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field["value"])
        elif field.get("type") not in ("submit", "button"):
            data[name] = field.get("value", "")
    return data


@pytest.fixture
def people(site_tree):
    return {
        "member": make_member("member", language="ro"),
        "other": make_member("other", language="bg"),
        "reviewer": make_reviewer(),
    }


def provider_url(site_tree, language):
    return site_tree.url(language, "provider")


# The journey ------------------------------------------------------------------------------


def test_a_member_without_a_link_cannot_propose(site_tree, people):
    page = site_tree.page("en", "provider")
    client = client_for(people["member"])
    assert client.get(f"/en/directory/claims/propose/{page.pk}/").status_code == 403
    response = client.post(f"/en/directory/claims/propose/{page.pk}/", {"phone": "1"})
    assert response.status_code == 403
    assert not ChangeProposal.objects.exists()


def test_link_approve_propose_accept(site_tree, people):
    member, reviewer = people["member"], people["reviewer"]
    en = site_tree.page("en", "provider")
    member_client, reviewer_client = client_for(member), client_for(reviewer)

    # The member asks to be linked, from the English page.
    response = member_client.get(provider_url(site_tree, "en"))
    assert f"/en/directory/claims/link/{en.pk}/" in response.content.decode()
    response = member_client.post(
        f"/en/directory/claims/link/{en.pk}/", {"position": "Director", "note": "Since 2019."}
    )
    assert response.status_code == 302
    link_request = ProviderLink.objects.get(member=member)
    assert link_request.status == ClaimStatus.PENDING
    with translation.override("en"):
        page_html = member_client.get(provider_url(site_tree, "en")).content.decode()
    assert "An editor will check your request soon" in page_html

    # The reviewer sees it in the admin menu and the list, and approves it.
    admin_home = reviewer_client.get("/admin/").content.decode()
    assert "Directory claims (1)" in admin_home
    listing = reviewer_client.get("/admin/directory/claims/").content.decode()
    assert "Director" in listing and "Since 2019." in listing
    response = reviewer_client.post(f"/admin/directory/claims/links/{link_request.pk}/approve/")
    assert response.status_code == 302
    link_request.refresh_from_db()
    assert link_request.status == ClaimStatus.APPROVED
    assert link_request.reviewed_by == reviewer
    # The email is in the member's language (Romanian): the Romanian page and its address.
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [member.email]
    assert site_tree.page("ro", "provider").title in mail.outbox[0].subject
    assert provider_url(site_tree, "ro") in mail.outbox[0].body

    # Linked on /en/ means linked on /bg/ too.
    bg = site_tree.page("bg", "provider")
    bg_html = member_client.get(provider_url(site_tree, "bg")).content.decode()
    assert f"/bg/directory/claims/propose/{bg.pk}/" in bg_html

    # The member proposes changes on the English page: the form holds the current values.
    response = member_client.get(f"/en/directory/claims/propose/{en.pk}/")
    assert response.status_code == 200
    data = form_data(response.content.decode())
    assert data["phone"] == en.phone
    assert data["summary"] == en.summary
    assert data["services-0-description"] == "Counselling for parents."
    assert sorted(data["target_groups"]) == sorted(en.target_groups)
    data.update(
        phone=NEW_PHONE,
        summary="Support for children, parents and foster carers.",
        message="We moved our phone line.",
    )
    data["services-0-capacity"] = "25"
    response = member_client.post(f"/en/directory/claims/propose/{en.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    proposal = ChangeProposal.objects.get(member=member)
    assert proposal.status == ClaimStatus.PENDING
    assert set(proposal.changes) == {"phone", "summary", "services"}
    assert proposal.original["phone"] == en.phone
    assert proposal.base_revision_id == en.latest_revision_id
    assert proposal.language == "en"
    with translation.override("en"):
        page_html = member_client.get(provider_url(site_tree, "en")).content.decode()
    assert "Your proposed changes are waiting for review." in page_html

    # The reviewer sees the difference, without a staleness warning, and accepts.
    response = reviewer_client.get(f"/admin/directory/claims/proposals/{proposal.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="stale-warning"' not in html
    diff = BeautifulSoup(html, "html.parser")
    phone_row = diff.select_one("#diff-phone")
    assert en.phone in phone_row.select_one("del").text
    assert NEW_PHONE in phone_row.select_one("ins").text
    assert diff.select_one("#diff-email") is None  # unchanged fields are not listed
    mail.outbox.clear()
    response = reviewer_client.post(
        f"/admin/directory/claims/proposals/{proposal.pk}/", {"accept": "1"}
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ClaimStatus.APPROVED

    # Live: the new summary in English only, the phone and the service capacity everywhere.
    for language in ("bg", "en", "ro"):
        page = site_tree.page(language, "provider")
        assert page.phone == NEW_PHONE, language
        assert not page.has_unpublished_changes
        assert page.latest_revision.user == reviewer
        assert page.services.get().capacity == 25
        html = client_for(None).get(provider_url(site_tree, language)).content.decode()
        assert NEW_PHONE in html, language
    english = client_for(None).get(provider_url(site_tree, "en")).content.decode()
    assert "Support for children, parents and foster carers." in english
    assert site_tree.page("bg", "provider").summary == "Подкрепа за деца и семейства в риск."
    assert site_tree.page("ro", "provider").summary.startswith("Sprijin pentru copiii")
    assert site_tree.page("ro", "provider").services.get().description == (
        "Consiliere pentru părinți."
    )
    # Logged in the page history; the member is told, in Romanian.
    assert PageLogEntry.objects.filter(
        page=en, action="directory_claims.proposal_accept", user=reviewer
    ).exists()
    assert len(mail.outbox) == 1
    assert provider_url(site_tree, "ro") in mail.outbox[0].body
    with translation.override("en"):
        page_html = member_client.get(provider_url(site_tree, "en")).content.decode()
    assert "An editor accepted your last proposed changes." in page_html


def test_the_answer_is_mailed_by_the_task_worker(site_tree, people, task_queue):
    member, reviewer = people["other"], people["reviewer"]
    bg = site_tree.page("bg", "provider")
    link(member, bg)
    services.reject_proposal(proposal_for(member, bg, phone=NEW_PHONE), reviewer, "Old number.")
    assert not mail.outbox
    assert len(task_queue.results("core.tasks.send_email_task")) == 1

    task_queue.run()
    assert [message.to for message in mail.outbox] == [[member.email]]
    assert "Old number." in mail.outbox[0].body


def test_reject_with_a_reason(site_tree, people):
    member, reviewer = people["other"], people["reviewer"]
    bg = site_tree.page("bg", "provider")
    link(member, bg)
    proposal = proposal_for(member, bg, phone=NEW_PHONE)
    url = f"/admin/directory/claims/proposals/{proposal.pk}/"
    reviewer_client = client_for(reviewer)

    response = reviewer_client.post(url, {"reject": "1", "reason": ""})
    assert response.status_code == 200
    proposal.refresh_from_db()
    assert proposal.status == ClaimStatus.PENDING
    assert not mail.outbox

    reviewer_client.post(url, {"reject": "1", "reason": "The number is not the centre's."})
    proposal.refresh_from_db()
    assert proposal.status == ClaimStatus.REJECTED
    assert proposal.reviewed_by == reviewer
    assert site_tree.page("bg", "provider").phone == bg.phone
    assert len(mail.outbox) == 1
    assert "The number is not the centre's." in mail.outbox[0].body
    assert bg.title in mail.outbox[0].subject  # the member reads Bulgarian
    html = client_for(member).get(provider_url(site_tree, "bg")).content.decode()
    assert "The number is not the centre&#x27;s." in html
    # A second answer changes nothing.
    reviewer_client.post(url, {"accept": "1"})
    assert site_tree.page("bg", "provider").phone == bg.phone


def test_a_stale_proposal_is_flagged(site_tree, people):
    member, reviewer = people["member"], people["reviewer"]
    en = site_tree.page("en", "provider")
    link(member, en)
    proposal = proposal_for(member, en, phone=NEW_PHONE)
    en.phone = "+359 94 699 999"
    en.save_revision(user=reviewer).publish()

    html = client_for(reviewer).get(f"/admin/directory/claims/proposals/{proposal.pk}/")
    html = html.content.decode()
    assert 'id="stale-warning"' in html
    row = BeautifulSoup(html, "html.parser").select_one("#diff-phone")
    assert "+359 94 699 999" in row.select_one("del").text
    assert "Changed since the proposal was made" in row.text


def test_withdraw_and_only_one_pending_proposal(site_tree, people):
    member = people["member"]
    en = site_tree.page("en", "provider")
    link(member, en)
    proposal = proposal_for(member, en, phone=NEW_PHONE)
    client = client_for(member)

    # A second one, even from another language, is refused while the first waits.
    ro = site_tree.page("ro", "provider")
    response = client.get(f"/ro/directory/claims/propose/{ro.pk}/")
    assert response.status_code == 302
    data = {"phone": "1"}
    client.post(f"/ro/directory/claims/propose/{ro.pk}/", data)
    assert ChangeProposal.objects.count() == 1

    assert client.get(f"/en/directory/claims/proposals/{proposal.pk}/withdraw/").status_code == 405
    response = client.post(f"/en/directory/claims/proposals/{proposal.pk}/withdraw/")
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ClaimStatus.WITHDRAWN
    assert client.get(f"/ro/directory/claims/propose/{ro.pk}/").status_code == 200


def test_form_errors_keep_what_was_typed(site_tree, people):
    member = people["member"]
    en = site_tree.page("en", "provider")
    link(member, en)
    client = client_for(member)
    data = form_data(client.get(f"/en/directory/claims/propose/{en.pk}/").content.decode())
    data.update(
        email="not-an-email",
        website="nowhere",
        summary="A summary the member wrote carefully.",
        message="Please check.",
    )
    data["services-1-name"] = "A new service without a type"
    with translation.override("en"):
        response = client.post(f"/en/directory/claims/propose/{en.pk}/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert not ChangeProposal.objects.exists()
    soup = BeautifulSoup(html, "html.parser")
    assert "Enter a valid email address." in html
    assert "Enter a valid URL." in html
    assert soup.select_one("#id_email")["value"] == "not-an-email"
    assert soup.select_one("#id_summary").text.strip() == "A summary the member wrote carefully."
    assert soup.select_one("#id_message").text.strip() == "Please check."
    assert soup.select_one("#id_services-1-name")["value"] == "A new service without a type"
    assert (
        "This field is required."
        in soup.select_one("#id_services-1-name").find_parent("fieldset").text
    )


def test_nothing_changed_is_not_a_proposal(site_tree, people):
    member = people["member"]
    en = site_tree.page("en", "provider")
    link(member, en)
    client = client_for(member)
    data = form_data(client.get(f"/en/directory/claims/propose/{en.pk}/").content.decode())
    with translation.override("en"):
        response = client.post(f"/en/directory/claims/propose/{en.pk}/", data)
    assert response.status_code == 200
    assert "You have not changed anything yet." in response.content.decode()
    assert not ChangeProposal.objects.exists()


def test_a_new_service_is_added_in_its_language_only(site_tree, people):
    member, reviewer = people["member"], people["reviewer"]
    en = site_tree.page("en", "provider")
    link(member, en)
    client = client_for(member)
    data = form_data(client.get(f"/en/directory/claims/propose/{en.pk}/").content.decode())
    data.update(
        {
            "services-1-service_type": "day_centre",
            "services-1-name": "Day centre for teenagers",
            "services-1-capacity": "15",
        }
    )
    assert client.post(f"/en/directory/claims/propose/{en.pk}/", data).status_code == 302
    services.accept_proposal(ChangeProposal.objects.get(), reviewer)
    names = list(site_tree.page("en", "provider").services.values_list("name", flat=True))
    assert names == ["", "Day centre for teenagers"]
    assert site_tree.page("bg", "provider").services.count() == 1


def test_anonymous_readers_see_a_login_hint(site_tree, people):
    with translation.override("en"):
        html = client_for(None).get(provider_url(site_tree, "en")).content.decode()
    assert "Log in to propose changes" in html
    assert "/directory/claims/propose/" not in html


def test_a_suspended_member_may_not_ask(site_tree):
    member = make_member("silenced")
    member.profile.is_banned = True
    member.profile.save()
    page = site_tree.page("en", "provider")
    response = client_for(member).post(
        f"/en/directory/claims/link/{page.pk}/", {"position": "Director"}
    )
    assert response.status_code == 403
    assert not ProviderLink.objects.exists()


def test_pending_links_are_capped(site_tree, people):
    member = people["member"]
    for _n in range(5):
        ProviderLink.objects.create(member=member, translation_key=uuid.uuid4(), position="x")
    page = site_tree.page("en", "provider")
    with translation.override("en"):
        response = client_for(member).post(
            f"/en/directory/claims/link/{page.pk}/", {"position": "Director"}
        )
    assert response.status_code == 200
    assert "several requests waiting" in response.content.decode()
    assert ProviderLink.objects.count() == 5


@pytest.mark.translations
def test_emails_are_written_in_the_members_language(site_tree, people):
    member, reviewer = people["member"], people["reviewer"]
    ro = site_tree.page("ro", "provider")
    pending = link(member, ro, status=ClaimStatus.PENDING)
    services.review_link(pending, reviewer, approve=True)
    subject = mail.outbox[-1].subject
    assert re.search(r"Acum sunteți asociat", subject), subject


def test_the_editors_group_sees_no_claims_menu_without_publish_permission(site_tree):
    editor = make_member("editor", groups=["Editors"])
    assert Group.objects.get(name="Editors")
    html = client_for(editor).get("/admin/").content.decode()
    assert "directory-claims" not in html
