"""Who may open each claims view: anonymous, the member, another member, an editor who may
not publish, a reviewer (may publish provider pages) and a superuser. Every POST needs CSRF."""

from django.test import Client

import pytest

from directory.claims.models import ChangeProposal, ClaimStatus, ProviderLink
from tests.community.conftest import make_member
from tests.directory.test_claims import client_for, link, make_reviewer, proposal_for

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "member", "other", "editor", "reviewer", "superuser")


@pytest.fixture
def setup(site_tree, django_user_model):
    page = site_tree.page("en", "provider")
    member = make_member("member", language="en")
    users = {
        "anonymous": None,
        "member": member,
        "other": make_member("other"),
        "editor": make_member("editor", groups=["Editors"]),
        "reviewer": make_reviewer(),
        "superuser": django_user_model.objects.create_superuser(
            "root", "root@praktika.test", "a-long-test-password"
        ),
    }
    link(member, page)
    proposal = proposal_for(member, page, phone="+359 1")
    pending_link = ProviderLink.objects.create(
        member=users["other"],
        translation_key=page.translation_key,
        page=page,
        position="Volunteer",
    )
    return {"page": page, "users": users, "proposal": proposal, "link": pending_link}


def status(setup, role, method, url, data=None):
    client = client_for(setup["users"][role])
    return getattr(client, method)(url, data or {}).status_code


# The expected answer, by role, in ROLES order. 302 for anonymous: the login page; for the
# member on "propose": back to the page, as their proposal is waiting.
PUBLIC = {
    "propose": ("get", "/en/directory/claims/propose/{page}/", (302, 302, 403, 403, 403, 403)),
    "proposal": (
        "get",
        "/en/directory/claims/proposals/{proposal}/",
        (302, 200, 404, 404, 404, 404),
    ),
}


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_member_views(setup, name):
    method, template, expected = PUBLIC[name]
    url = template.format(page=setup["page"].pk, proposal=setup["proposal"].pk)
    got = tuple(status(setup, role, method, url) for role in ROLES)
    assert got == expected


def test_the_link_form_is_for_members(setup):
    url = f"/en/directory/claims/link/{setup['page'].pk}/"
    assert status(setup, "anonymous", "get", url) == 302
    assert status(setup, "editor", "get", url) == 200
    # Already linked or asked: back to the page.
    assert status(setup, "member", "get", url) == 302
    assert status(setup, "other", "get", url) == 302


def test_only_the_author_withdraws(setup):
    proposal = setup["proposal"]
    url = f"/en/directory/claims/proposals/{proposal.pk}/withdraw/"
    for role in ("anonymous", "other", "editor", "reviewer", "superuser"):
        assert status(setup, role, "post", url) in (302, 404), role
        proposal.refresh_from_db()
        assert proposal.status == ClaimStatus.PENDING, role
    assert status(setup, "member", "post", url) == 302
    proposal.refresh_from_db()
    assert proposal.status == ClaimStatus.WITHDRAWN


def test_pages_in_another_language_or_unpublished_are_not_found(setup, site_tree):
    bg = site_tree.page("bg", "provider")
    assert status(setup, "member", "get", f"/en/directory/claims/propose/{bg.pk}/") == 404
    page = setup["page"]
    page.unpublish()
    assert status(setup, "member", "get", f"/en/directory/claims/propose/{page.pk}/") == 404


@pytest.mark.parametrize("role", ROLES)
def test_admin_views(setup, role):
    proposal, pending_link = setup["proposal"], setup["link"]
    client = client_for(setup["users"][role])
    index = client.get("/admin/directory/claims/")
    detail = client.get(f"/admin/directory/claims/proposals/{proposal.pk}/")
    accept = client.post(f"/admin/directory/claims/proposals/{proposal.pk}/", {"accept": "1"})
    approve = client.post(f"/admin/directory/claims/links/{pending_link.pk}/approve/")
    proposal.refresh_from_db()
    pending_link.refresh_from_db()
    if role in ("reviewer", "superuser"):
        assert index.status_code == 200
        assert "Volunteer" in index.content.decode()
        assert detail.status_code == 200
        assert proposal.status == ClaimStatus.APPROVED
        assert pending_link.status == ClaimStatus.APPROVED
    else:
        for response in (index, detail, accept, approve):
            assert response.status_code in (302, 403)
            assert "Volunteer" not in response.content.decode()
        assert proposal.status == ClaimStatus.PENDING
        assert pending_link.status == ClaimStatus.PENDING


def test_posts_need_a_csrf_token(setup):
    member = Client(enforce_csrf_checks=True)
    member.force_login(
        setup["users"]["member"], backend="django.contrib.auth.backends.ModelBackend"
    )
    proposal = setup["proposal"]
    response = member.post(f"/en/directory/claims/proposals/{proposal.pk}/withdraw/")
    assert response.status_code == 403
    reviewer = Client(enforce_csrf_checks=True)
    reviewer.force_login(
        setup["users"]["reviewer"], backend="django.contrib.auth.backends.ModelBackend"
    )
    response = reviewer.post(f"/admin/directory/claims/proposals/{proposal.pk}/", {"accept": "1"})
    assert response.status_code == 403
    proposal.refresh_from_db()
    assert proposal.status == ClaimStatus.PENDING
    assert ChangeProposal.objects.count() == 1
