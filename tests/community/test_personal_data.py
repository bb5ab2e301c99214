"""Downloading one's data as a zip, and deleting the account with posts kept anonymised."""

import io
import json
import zipfile

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType

import pytest
from allauth.account.models import EmailAddress

from community.members.models import ConsentRecord, Profile
from community.moderation.models import Flag, ModerationAction
from community.moderation.services import log_action
from tests.community.conftest import PASSWORD
from tests.community.test_members import image_bytes, profile_post, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_with_data(community_users, client_for):
    member = community_users["member"]
    client_for("member").post("/en/members/me/edit/", profile_post(avatar=upload(image_bytes())))
    target = Profile.objects.get(user=community_users["new_member"])
    Flag.objects.create(
        content_type=ContentType.objects.get_for_model(Profile),
        object_id=target.pk,
        reporter=member,
        reason="spam",
        note="Looks like advertising",
    )
    log_action(
        ModerationAction.WARN,
        moderator=community_users["moderator"],
        member=member,
        reason="Please stay on topic",
    )
    return member


def download(client):
    response = client.post("/en/members/me/data/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_export_holds_every_apps_data_and_the_files(member_with_data, client_for):
    bundle = download(client_for("member"))
    names = bundle.namelist()
    assert "data.json" in names
    assert "files/members/avatar.png" in names
    data = json.loads(bundle.read("data.json"))
    assert {"members", "moderation"} <= set(data)
    members = data["members"]
    assert members["account"]["email"] == "member@praktika.test"
    assert members["profile"]["organisation"] == "Община Русе"
    assert members["email_addresses"][0]["verified"] is True
    assert members["consents"][0]["version"]
    moderation = data["moderation"]
    assert moderation["reports_made"][0]["details"] == "Looks like advertising"
    assert moderation["moderation_history"][0]["reason"] == "Please stay on topic"
    assert "moderator" not in json.dumps(moderation)


def test_the_data_page_explains_and_needs_no_get_download(client_for):
    response = client_for("member").get("/en/members/me/data/")
    assert response.status_code == 200
    assert "Download my data" in response.content.decode()


def test_deleting_needs_the_right_password(member_with_data, client_for):
    client = client_for("member")
    response = client.post(
        "/en/members/me/delete/",
        {"password": "not-my-password", "files": "remove"},
        REMOTE_ADDR="10.1.1.1",
    )
    assert response.status_code == 200
    assert "The password is not correct." in str(response.context["form"].errors)
    assert get_user_model().objects.filter(pk=member_with_data.pk).exists()


def test_deleting_the_account_anonymises_and_removes_private_data(
    member_with_data, client_for, site_tree
):
    from community.comments.models import Comment

    page = site_tree.page("en", "article")
    comment = Comment.objects.create(
        content_type=ContentType.objects.get_for_model(page),
        object_id=page.pk,
        author=member_with_data,
        body="A useful note for colleagues.",
        language="en",
        status="published",
    )
    avatar = Profile.objects.get(user=member_with_data).avatar
    avatar_path = avatar.path
    client = client_for("member")
    response = client.post(
        "/en/members/me/delete/", {"password": PASSWORD, "files": "remove"}, REMOTE_ADDR="10.1.1.2"
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/members/deleted/"
    response = client.get(response["Location"])
    assert response.status_code == 200
    assert "Your account has been deleted" in response.content.decode()
    assert "_auth_user_id" not in client.session

    pk = member_with_data.pk
    assert not get_user_model().objects.filter(pk=pk).exists()
    assert not Profile.objects.filter(user_id=pk).exists()
    assert not EmailAddress.objects.filter(user_id=pk).exists()
    assert not ConsentRecord.objects.filter(user_id=pk).exists()
    comment.refresh_from_db()
    assert comment.author is None
    assert comment.body == "A useful note for colleagues."
    flag = Flag.objects.get(note="Looks like advertising")
    assert flag.reporter is None
    import os

    assert not os.path.exists(avatar_path)


def test_delete_page_has_the_file_choice(client_for):
    content = client_for("member").get("/en/members/me/delete/").content.decode()
    assert 'value="keep"' in content and 'value="remove"' in content


def test_the_file_choice_reaches_every_app(monkeypatch, client_for, community_users):
    from community.members import data

    calls = []

    class Recorder:
        @staticmethod
        def erase(user, keep_files):
            calls.append(keep_files)

    original = data.personal_data_modules
    monkeypatch.setattr(
        data,
        "personal_data_modules",
        lambda: [(app, Recorder if app == "materials" else mod) for app, mod in original()],
    )
    response = client_for("member").post(
        "/en/members/me/delete/", {"password": PASSWORD, "files": "keep"}, REMOTE_ADDR="10.1.1.3"
    )
    assert response.status_code == 302
    assert calls == [True]
