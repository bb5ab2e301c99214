"""The member list, profiles with public fields, the avatar view and profile editing."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

import pytest
from PIL import Image

from community.members.models import Profile
from tests.community.conftest import ROLES, make_member

pytestmark = pytest.mark.django_db


def image_bytes(size=(600, 400), fmt="JPEG", exif=False):
    output = io.BytesIO()
    image = Image.new("RGB", size, (200, 60, 30))
    kwargs = {}
    if exif:
        data = Image.Exif()
        data[0x010F] = "SecretCameraMaker"
        kwargs["exif"] = data
    image.save(output, format=fmt, **kwargs)
    return output.getvalue()


def profile_post(**overrides):
    data = {
        "display_name": "Мария Иванова",
        "profession": "social_worker",
        "organisation": "Община Русе",
        "country": "BG",
        "district": "bg-ruse",
        "languages": ["bg", "ro"],
        "bio": "Работя с деца и семейства.",
        "language": "bg",
    }
    data.update(overrides)
    return data


# Permission matrix ---------------------------------------------------------------------------

MEMBERS_ONLY = [
    "/en/members/",
    "/en/members/me/",
    "/en/members/me/edit/",
    "/en/members/me/data/",
    "/en/members/me/delete/",
    "/en/members/consent/",
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("path", MEMBERS_ONLY)
def test_members_only_views(role, path, client_for):
    response = client_for(role).get(path)
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/?next=")
    else:
        assert response.status_code in (200, 302)
        if response.status_code == 302:  # /me/ goes to the member's own profile
            assert path == "/en/members/me/"
    assert "private" in response.get("Cache-Control", "")


@pytest.mark.parametrize("role", ROLES)
def test_profile_matrix(role, client_for, community_users):
    hidden = make_member("hidden_one")
    public = make_member("public_one")
    Profile.objects.filter(user=public).update(public_fields=["profession"])
    expected_hidden = 404 if role == "anonymous" else 200
    assert client_for(role).get(f"/en/members/{hidden.pk}/").status_code == expected_hidden
    assert client_for(role).get(f"/en/members/{public.pk}/").status_code == 200


@pytest.mark.parametrize("role", ROLES)
def test_banned_and_inactive_members_are_not_found(role, client_for):
    banned = make_member("banned_one", is_banned=True, public_fields=["bio"])
    inactive = make_member("inactive_one", public_fields=["bio"])
    inactive.is_active = False
    inactive.save()
    assert client_for(role).get(f"/en/members/{banned.pk}/").status_code == 404
    assert client_for(role).get(f"/en/members/{inactive.pk}/").status_code == 404


def test_deleted_confirmation_page_is_only_shown_after_deleting(client):
    response = client.get("/en/members/deleted/")
    assert response.status_code == 302


# Member list ---------------------------------------------------------------------------------


@pytest.fixture
def listed_members(db):
    return {
        "ana": make_member(
            "ana",
            display_name="Ana Popescu",
            profession="psychologist",
            country="RO",
            district="ro-constanta",
            languages=["ro", "en"],
            organisation="DGASPC Constanța",
        ),
        "boris": make_member(
            "boris",
            display_name="Борис Петров",
            profession="pedagogue",
            country="BG",
            district="bg-ruse",
            languages=["bg"],
            organisation="Училище „Св. Климент“",
        ),
        "cveta": make_member(
            "cveta",
            display_name="Цвета Димова",
            profession="social_worker",
            country="BG",
            district="bg-sofia-city",
            languages=["bg", "en"],
            organisation="Община София",
        ),
    }


def names(response):
    return [profile.display_name for profile in response.context["profiles"]]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("profession=psychologist", ["Ana Popescu"]),
        ("country=BG", ["Борис Петров", "Цвета Димова"]),
        ("district=bg-sofia-city", ["Цвета Димова"]),
        ("language=en", ["Ana Popescu", "Цвета Димова"]),
        ("q=София", ["Цвета Димова"]),
        ("q=popescu", ["Ana Popescu"]),
        ("country=BG&language=en", ["Цвета Димова"]),
        ("profession=astronaut&country=BG", ["Борис Петров", "Цвета Димова"]),
    ],
)
def test_member_list_filters(query, expected, client_for, listed_members):
    response = client_for("member").get(f"/en/members/?{query}")
    assert response.status_code == 200
    assert names(response) == expected


def test_member_list_shows_active_members_and_an_empty_state(client_for, listed_members):
    response = client_for("member").get("/en/members/")
    listed = names(response)
    assert "Ana Popescu" in listed and "Moderator" in listed
    response = client_for("member").get("/en/members/?q=nobody-like-this")
    assert names(response) == []
    assert "Nothing matches these filters." in response.content.decode()


@pytest.mark.parametrize("language", ["bg", "en", "ro"])
def test_the_member_list_keeps_its_address(language):
    with translation.override(language):
        assert reverse("members:list") == f"/{language}/members/"


def test_member_list_paginates_by_24(client_for, community_users):
    for number in range(30):
        make_member(f"extra_{number:02d}")
    response = client_for("member").get("/en/members/")
    assert len(response.context["profiles"]) == 24
    response = client_for("member").get("/en/members/?page=2")
    assert len(response.context["profiles"]) == 34 - 24


# Profiles and public fields -----------------------------------------------------------------


def test_anonymous_readers_see_only_public_fields(client, client_for):
    member = make_member(
        "vesela",
        display_name="Весела",
        profession="psychologist",
        organisation="Secret Org",
        bio="Hidden bio text",
        public_fields=["profession"],
    )
    content = client.get(f"/en/members/{member.pk}/").content.decode()
    assert "Весела" in content
    assert "Psychologist" in content
    assert "Secret Org" not in content
    assert "Hidden bio text" not in content
    content = client_for("member").get(f"/en/members/{member.pk}/").content.decode()
    assert "Secret Org" in content and "Hidden bio text" in content


def test_editing_the_profile_saves_fields_and_public_choices(client_for, community_users):
    client = client_for("member")
    data = profile_post(public_profession="on", public_bio="on")
    response = client.post("/en/members/me/edit/", data)
    assert response.status_code == 302
    profile = Profile.objects.get(user=community_users["member"])
    assert profile.display_name == "Мария Иванова"
    assert profile.languages == ["bg", "ro"]
    assert profile.public_fields == ["profession", "bio"]


def test_an_error_keeps_everything_typed(client_for):
    response = client_for("member").post("/en/members/me/edit/", profile_post(display_name=""))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Община Русе" in content
    assert "Работя с деца и семейства." in content


# Avatars ------------------------------------------------------------------------------------


def upload(content, name="me.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def test_an_avatar_is_re_encoded_small_without_exif(client_for, community_users):
    client = client_for("member")
    data = profile_post(avatar=upload(image_bytes((1200, 900), exif=True)))
    assert client.post("/en/members/me/edit/", data).status_code == 302
    profile = Profile.objects.get(user=community_users["member"])
    with profile.avatar.open("rb") as handle:
        stored = handle.read()
    image = Image.open(io.BytesIO(stored))
    assert image.format == "PNG"
    assert max(image.size) == 256
    assert b"SecretCameraMaker" not in stored
    assert "private" in str(profile.avatar.path)


def test_the_avatar_is_served_only_when_visible(client, client_for, community_users):
    member = community_users["member"]
    client_for("member").post("/en/members/me/edit/", profile_post(avatar=upload(image_bytes())))
    url = f"/en/members/{member.pk}/avatar/"
    assert client_for("new_member").get(url).status_code == 200
    assert client.get(url).status_code == 404
    Profile.objects.filter(user=member).update(public_fields=["avatar"])
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"


@pytest.mark.parametrize(
    "content, name, message",
    [
        (b"%PDF-1.4 not a picture", "me.jpg", "This file is not a picture we can read"),
        (None, "me.gif", "Please choose a JPG or PNG picture."),
        (None, "big.png", "too many pixels"),
    ],
)
def test_bad_avatars_get_clear_errors_and_keep_the_rest(
    content, name, message, client_for, settings
):
    if name == "me.gif":
        content = image_bytes(fmt="GIF")
    if name == "big.png":
        settings.COMMUNITY_IMAGE_MAX_PIXELS = 1000 * 1000
        content = image_bytes((1500, 1000), fmt="PNG")
    response = client_for("member").post(
        "/en/members/me/edit/", profile_post(avatar=upload(content, name))
    )
    assert response.status_code == 200
    assert message in str(response.context["form"].errors["avatar"])
    assert "Община Русе" in response.content.decode()


def test_an_oversized_avatar_is_refused(client_for, settings):
    settings.COMMUNITY_AVATAR_MAX_BYTES = 1000
    response = client_for("member").post(
        "/en/members/me/edit/", profile_post(avatar=upload(image_bytes()))
    )
    assert "The picture is too large" in str(response.context["form"].errors["avatar"])


def test_a_decompression_bomb_is_refused(client_for):
    # A 20000 × 20000 PNG compresses to a few hundred kilobytes.
    bomb = image_bytes((20000, 20000), fmt="PNG")
    response = client_for("member").post(
        "/en/members/me/edit/", profile_post(avatar=upload(bomb, "bomb.png", "image/png"))
    )
    assert response.status_code == 200
    assert "too many pixels" in str(response.context["form"].errors["avatar"])


def test_a_valid_avatar_survives_an_error_in_another_field(client_for, community_users):
    client = client_for("member")
    response = client.post(
        "/en/members/me/edit/", profile_post(display_name="", avatar=upload(image_bytes()))
    )
    assert response.status_code == 200
    token = response.context["form"].data["pending_avatar"]
    assert token
    assert "The picture you chose is kept" in response.content.decode()
    response = client.post("/en/members/me/edit/", profile_post(pending_avatar=token))
    assert response.status_code == 302
    assert Profile.objects.get(user=community_users["member"]).avatar


def test_a_pending_avatar_token_of_another_member_is_ignored(client_for, community_users):
    response = client_for("new_member").post(
        "/en/members/me/edit/", profile_post(display_name="", avatar=upload(image_bytes()))
    )
    token = response.context["form"].data["pending_avatar"]
    client_for("member").post("/en/members/me/edit/", profile_post(pending_avatar=token))
    assert not Profile.objects.get(user=community_users["member"]).avatar


def test_member_list_queries_do_not_grow_with_members(client_for, community_users):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for("member")
    client.get("/en/members/")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/members/")
    for number in range(12):
        make_member(f"more_{number:02d}", public_fields=["avatar"])
    with CaptureQueriesContext(connection) as many:
        client.get("/en/members/")
    assert len(many) == len(few)
