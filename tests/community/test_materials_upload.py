"""Sharing a material through the form: errors in words, nothing lost, review for newcomers."""

import datetime

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from community.materials import samples
from community.materials.models import PendingUpload, PracticeMaterial
from community.moderation.models import Status
from tests.community.materials_support import form_data, material, pdf_upload

UPLOAD = "/en/materials/new/"


def errors(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [li.get_text(" ", strip=True) for li in soup.select(".form__field-errors li")]


def non_field_errors(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [li.get_text(" ", strip=True) for li in soup.select("#form-errors li")]


def field_value(response, name):
    soup = BeautifulSoup(response.content, "html.parser")
    element = soup.find(attrs={"name": name})
    if element.name == "textarea":
        return element.get_text().strip()
    if element.name == "select":
        selected = element.find("option", selected=True)
        return selected["value"] if selected else None
    return element.get("value")


def test_trusted_member_publishes_at_once(client_for, community_users):
    response = client_for("member").post(UPLOAD, {**form_data(), "upload": pdf_upload()})
    created = PracticeMaterial.objects.get()
    assert response.status_code == 302
    assert response["Location"] == created.get_absolute_url()
    assert created.status == Status.PUBLISHED
    assert created.published_at is not None
    assert created.author == community_users["member"]
    assert created.original_filename == "checklist.pdf"
    assert created.content_type == "application/pdf"
    assert created.file_size == created.file.size > 0
    assert created.safeguarding_confirmed_at is not None
    assert sorted(created.tags.names()) == ["assessment", "home visit"]
    assert created.public is False
    # Random name, outside MEDIA_ROOT, the member's file name nowhere in the path.
    path = created.file.path
    assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert not path.startswith(str(settings.MEDIA_ROOT))
    assert "checklist" not in created.file.name
    assert created.file.name.startswith("materials/")


def test_new_members_material_waits_for_a_moderator(client_for):
    client = client_for("new_member")
    form = client.get(UPLOAD)
    assert b"A moderator checks the first materials" in form.content
    response = client.post(UPLOAD, {**form_data(), "upload": pdf_upload()}, follow=True)
    created = PracticeMaterial.objects.get()
    assert created.status == Status.PENDING
    assert created.published_at is None
    assert b"Your material will appear after a moderator checks it" in response.content


def test_untrusted_member_with_enough_approved_materials_publishes(client_for, community_users):
    from community.members.standing import profile_for

    user = community_users["new_member"]
    user.date_joined = timezone.now() - datetime.timedelta(days=90)
    user.save()
    for _ in range(settings.COMMUNITY_MATERIALS_BEFORE_TRUST):
        material(user)
    assert not profile_for(user).trusted
    client_for("new_member").post(UPLOAD, {**form_data(), "upload": pdf_upload()})
    assert PracticeMaterial.objects.latest("created_at").status == Status.PUBLISHED


def test_moderation_queue_approval_publishes_and_dates_it(client_for, community_users):
    from community.moderation.actions import moderate_content

    pending = material(community_users["new_member"], status=Status.PENDING, public=True)
    assert pending.published_at is None
    assert client_for("anonymous").get("/en/materials/").content.count(b"material-card__title") == 0
    moderate_content(pending, "approve", community_users["moderator"])
    pending.refresh_from_db()
    assert pending.status == Status.PUBLISHED
    assert pending.published_at is not None and pending.reviewed_at is not None
    assert client_for("anonymous").get("/en/materials/").content.count(b"material-card__title") == 1


def test_error_elsewhere_keeps_every_field_and_the_file(client_for):
    client = client_for("member")
    data = form_data(title="", description="Kept description", topic="foster_care")
    response = client.post(UPLOAD, {**data, "upload": pdf_upload("my plan.pdf")})
    assert response.status_code == 200
    assert PracticeMaterial.objects.count() == 0
    assert "This field is required." in errors(response)
    assert field_value(response, "description") == "Kept description"
    assert field_value(response, "topic") == "foster_care"
    assert field_value(response, "tags") in ("home visit, assessment", "assessment, home visit")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find(id="id_no_names").has_attr("checked")
    held = PendingUpload.objects.get()
    assert field_value(response, "held") == str(held.token)
    kept = soup.select_one("#held-file").get_text(" ", strip=True)
    assert kept == "Your file “my plan.pdf” is kept; you do not need to choose it again."

    # Second attempt without choosing the file again: the kept file is used.
    response = client.post(UPLOAD, {**data, "title": "My plan", "held": str(held.token)})
    assert response.status_code == 302
    created = PracticeMaterial.objects.get()
    assert created.original_filename == "my plan.pdf"
    assert created.file.read().startswith(b"%PDF-")
    assert PendingUpload.objects.count() == 0


def test_a_held_file_belongs_to_its_uploader(client_for, community_users):
    other = PendingUpload.objects.create(
        uploader=community_users["moderator"],
        original_filename="theirs.pdf",
        content_type="application/pdf",
        file_size=10,
    )
    response = client_for("member").post(UPLOAD, {**form_data(), "held": str(other.token)})
    assert response.status_code == 200
    assert "Choose the file you want to share." in errors(response)
    assert PracticeMaterial.objects.count() == 0


def test_missing_file_is_an_error_and_nothing_is_held(client_for):
    response = client_for("member").post(UPLOAD, form_data())
    assert "Choose the file you want to share." in errors(response)
    assert PendingUpload.objects.count() == 0


def test_invalid_file_is_not_held(client_for):
    fake = SimpleUploadedFile("report.pdf", b"<html><script>alert(1)</script></html>")
    response = client_for("member").post(UPLOAD, {**form_data(), "upload": fake})
    assert any("This file is not a real PDF file" in error for error in errors(response))
    assert PendingUpload.objects.count() == 0
    assert field_value(response, "title") == "Home visit checklist"


@pytest.mark.translations
def test_file_error_in_bulgarian(client_for):
    fake = SimpleUploadedFile("report.pdf", b"<html></html>")
    response = client_for("member").post("/bg/materials/new/", {**form_data(), "upload": fake})
    assert any(error.startswith("Този файл не е истински PDF файл") for error in errors(response))


def test_each_unticked_safeguarding_box_has_its_own_error(client_for):
    data = form_data(no_names=None, no_images=None, no_details=None, has_rights=None)
    response = client_for("member").post(UPLOAD, {**data, "upload": pdf_upload()})
    messages = errors(response)
    assert "Please confirm that the file names no child, family or client." in messages
    assert "Please confirm that no child or client can be recognised in the file’s images." in (
        messages
    )
    assert (
        "Please confirm that the file holds no details that together could identify someone."
        in messages
    )
    assert "Please confirm that you have the right to share this file under this licence." in (
        messages
    )
    assert PracticeMaterial.objects.count() == 0
    assert PendingUpload.objects.count() == 1  # the file itself was fine


@override_settings(COMMUNITY_UPLOAD_MAX_BYTES=2000)
def test_oversized_upload_is_refused_with_the_limit(client_for):
    big = SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * 5000)
    response = client_for("member").post(UPLOAD, {**form_data(), "upload": big})
    assert any("files can be at most 2.0\xa0KB" in error for error in errors(response))


def test_quota_counts_the_members_materials_but_not_removed_ones(
    client_for, community_users, settings
):
    author = community_users["member"]
    existing = material(author)
    settings.COMMUNITY_MEMBER_QUOTA_BYTES = existing.file_size + 1000
    response = client_for("member").post(UPLOAD, {**form_data(), "upload": pdf_upload()})
    assert any("over your storage space of" in error for error in errors(response))
    assert PendingUpload.objects.count() == 0
    PracticeMaterial.objects.filter(pk=existing.pk).update(status=Status.REMOVED)
    response = client_for("member").post(UPLOAD, {**form_data(), "upload": pdf_upload()})
    assert response.status_code == 302


def test_rate_limit_message_keeps_the_form(client_for, community_users):
    author = community_users["new_member"]
    for _ in range(3):
        material(author, status=Status.PENDING)
    response = client_for("new_member").post(UPLOAD, {**form_data(), "upload": pdf_upload()})
    assert response.status_code == 200
    assert any("You are posting too often" in error for error in non_field_errors(response))
    assert field_value(response, "title") == "Home visit checklist"
    assert PendingUpload.objects.count() == 1


def test_same_title_twice_in_a_day_is_refused(client_for):
    client = client_for("member")
    assert client.post(UPLOAD, {**form_data(), "upload": pdf_upload()}).status_code == 302
    response = client.post(UPLOAD, {**form_data(), "upload": pdf_upload()})
    assert any("exactly this text" in error for error in non_field_errors(response))


def test_silenced_member_is_told_until_when(client_for, community_users):
    from community.members.standing import profile_for

    profile = profile_for(community_users["member"])
    profile.silenced_until = timezone.now() + datetime.timedelta(hours=5)
    profile.save()
    response = client_for("member").post(UPLOAD, {**form_data(), "upload": pdf_upload()})
    assert any("paused your posting" in error for error in non_field_errors(response))


def test_edit_keeps_the_file_unless_replaced(
    client_for, community_users, django_capture_on_commit_callbacks
):
    existing = material(community_users["member"], title="Old title")
    old_name = existing.file.name
    client = client_for("member")
    response = client.post(f"/en/materials/{existing.pk}/edit/", form_data(title="New title"))
    assert response.status_code == 302
    existing.refresh_from_db()
    assert existing.title == "New title"
    assert existing.file.name == old_name

    png = SimpleUploadedFile("chart.png", samples.png_bytes())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/materials/{existing.pk}/edit/", {**form_data(), "upload": png})
    assert response.status_code == 302
    existing.refresh_from_db()
    assert existing.content_type == "image/png"
    assert existing.original_filename == "chart.png"
    assert existing.file.name != old_name
    assert not existing.file.storage.exists(old_name)


def test_new_file_from_a_member_under_review_is_reviewed_again(client_for, community_users):
    existing = material(community_users["new_member"])
    png = SimpleUploadedFile("chart.png", samples.png_bytes())
    client_for("new_member").post(
        f"/en/materials/{existing.pk}/edit/", {**form_data(), "upload": png}
    )
    existing.refresh_from_db()
    assert existing.status == Status.PENDING


def test_delete_asks_then_deletes_the_file(
    client_for, community_users, django_capture_on_commit_callbacks
):
    existing = material(community_users["member"])
    name, storage = existing.file.name, existing.file.storage
    client = client_for("member")
    page = client.get(f"/en/materials/{existing.pk}/delete/")
    assert b"Do you really want to delete" in page.content
    assert PracticeMaterial.objects.filter(pk=existing.pk).exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/materials/{existing.pk}/delete/")
    assert response["Location"] == "/en/materials/mine/"
    assert not PracticeMaterial.objects.filter(pk=existing.pk).exists()
    assert not storage.exists(name)


def test_moderator_deleting_someone_elses_material_is_logged(client_for, community_users):
    from tests.community.moderation_helpers import moderation_log

    existing = material(community_users["member"], title="Spam offer")
    client_for("moderator").post(f"/en/materials/{existing.pk}/delete/")
    (entry,) = moderation_log()
    assert entry.kind == "remove"
    assert entry.label == "Spam offer"
    assert entry.member == community_users["member"]
