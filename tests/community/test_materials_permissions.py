"""The permission matrix: five roles × every materials view (a members-only material by `member`)."""

import pytest

from community.materials.models import PracticeMaterial
from community.members.standing import profile_for
from tests.community.conftest import ROLES
from tests.community.materials_support import material

LOGIN = "login"
EXPECTED = {
    # view: {role: status}
    "list": dict.fromkeys(ROLES, 200),
    "detail": {**dict.fromkeys(ROLES, 200), "anonymous": LOGIN},
    "download": {**dict.fromkeys(ROLES, 200), "anonymous": LOGIN},
    "upload": {**dict.fromkeys(ROLES, 200), "anonymous": LOGIN},
    "mine": {**dict.fromkeys(ROLES, 200), "anonymous": LOGIN},
    "edit": {
        "anonymous": LOGIN,
        "new_member": 403,
        "member": 200,
        "moderator": 200,
        "editor": 403,
    },
    "delete": {
        "anonymous": LOGIN,
        "new_member": 403,
        "member": 200,
        "moderator": 200,
        "editor": 403,
    },
}


def url_for(view, target):
    return {
        "list": "/en/materials/",
        "detail": f"/en/materials/{target.pk}-{target.slug}/",
        "download": f"/en/materials/{target.pk}/download/",
        "upload": "/en/materials/new/",
        "mine": "/en/materials/mine/",
        "edit": f"/en/materials/{target.pk}/edit/",
        "delete": f"/en/materials/{target.pk}/delete/",
    }[view]


@pytest.fixture
def target(community_users):
    return material(community_users["member"], title="Members-only form")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view", list(EXPECTED))
def test_permission_matrix(client_for, target, view, role):
    url = url_for(view, target)
    response = client_for(role).get(url)
    expected = EXPECTED[view][role]
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"] == f"/en/accounts/login/?next={url}"
    else:
        assert response.status_code == expected


@pytest.mark.parametrize("role", ["anonymous", "new_member", "editor"])
def test_delete_by_post_is_refused_to_others(client_for, target, role):
    response = client_for(role).post(url_for("delete", target))
    assert response.status_code in (302, 403)
    assert PracticeMaterial.objects.filter(pk=target.pk).exists()


@pytest.mark.parametrize("role", ["new_member", "editor"])
def test_edit_by_post_is_refused_to_others(client_for, target, role):
    response = client_for(role).post(url_for("edit", target), {"title": "Taken over"})
    assert response.status_code == 403
    target.refresh_from_db()
    assert target.title == "Members-only form"


def test_banned_member_cannot_open_the_upload_form(client_for, community_users):
    profile = profile_for(community_users["member"])
    profile.is_banned = True
    profile.save()
    assert client_for("member").get("/en/materials/new/").status_code == 403


def test_missing_material_is_404_everywhere(client_for):
    for view in ("detail", "download", "edit", "delete"):
        fake = PracticeMaterial(pk=999_999, title="x")
        assert client_for("moderator").get(url_for(view, fake)).status_code == 404
