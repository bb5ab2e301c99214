"""Members are asked again when the terms change; accepting records the new version."""

import pytest

from community.members.models import ConsentRecord

pytestmark = pytest.mark.django_db


@pytest.fixture
def new_terms(settings, community_users):
    """The roles accepted the old version; then the terms change."""
    settings.COMMUNITY_TERMS_VERSION = "2027-01"
    return settings.COMMUNITY_TERMS_VERSION


def test_a_member_with_old_consent_is_asked_on_site_and_community_pages(
    new_terms, client_for, site_tree
):
    client = client_for("member")
    for path in (site_tree.url("en", "home"), "/en/members/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/members/consent/?next=")


@pytest.mark.parametrize(
    "path",
    ["/en/members/consent/", "/en/accounts/logout/", "/en/members/me/data/", "/i18n/setlang/"],
)
def test_the_consent_page_logout_and_data_are_not_redirected(new_terms, client_for, path):
    response = client_for("member").get(path)
    assert not response.get("Location", "").startswith("/en/members/consent/")


def test_posts_are_not_interrupted(new_terms, client_for):
    response = client_for("member").post("/en/accounts/logout/")
    assert response.status_code == 302
    assert "consent" not in response["Location"]


def test_accepting_records_the_version_and_returns(new_terms, client_for, community_users):
    client = client_for("member")
    response = client.get("/en/members/consent/?next=/en/members/")
    assert response.status_code == 200
    assert "We have updated the terms of use" in response.content.decode()

    response = client.post("/en/members/consent/", {"next": "/en/members/"})
    assert response.status_code == 200
    assert "Please accept the terms of use" in str(response.context["form"].errors)

    response = client.post("/en/members/consent/", {"next": "/en/members/", "accept_terms": "on"})
    assert response.status_code == 302
    assert response["Location"] == "/en/members/"
    assert ConsentRecord.objects.filter(user=community_users["member"], version=new_terms).exists()
    assert client.get("/en/members/").status_code == 200


def test_an_unsafe_next_is_ignored(new_terms, client_for):
    response = client_for("member").post(
        "/en/members/consent/", {"next": "https://evil.example/", "accept_terms": "on"}
    )
    assert response["Location"] == "/"


def test_anonymous_readers_are_never_asked(new_terms, client, site_tree):
    assert client.get(site_tree.url("en", "home")).status_code == 200


def test_members_with_current_consent_pass(client_for, site_tree):
    assert client_for("member").get(site_tree.url("en", "home")).status_code == 200
