"""Who sees which material where (list, detail, download, sitemap), and how files go out."""

import datetime
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from community.materials import personal_data
from community.materials.models import PendingUpload, PracticeMaterial
from community.moderation.models import Status
from tests.community.materials_support import material

LIST = "/en/materials/"


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {a.get_text(strip=True) for a in soup.select(".material-card__title a")}


@pytest.fixture
def materials(community_users):
    author = community_users["member"]
    return {
        "public": material(author, title="Public checklist", public=True),
        "members": material(author, title="Members checklist"),
        "pending": material(community_users["new_member"], title="Pending plan", status="pending"),
        "hidden": material(author, title="Hidden plan", status=Status.HIDDEN),
        "flagged": material(author, title="Flagged plan", public=True, hidden_by_flags=True),
        "removed": material(author, title="Removed plan", status=Status.REMOVED),
    }


def test_anonymous_list_shows_only_public_published(client, materials):
    assert titles(client.get(LIST)) == {"Public checklist"}


def test_members_see_every_published_material(client_for, materials):
    assert titles(client_for("new_member").get(LIST)) == {"Public checklist", "Members checklist"}


def test_moderators_list_is_the_same_as_members(client_for, materials):
    assert titles(client_for("moderator").get(LIST)) == {"Public checklist", "Members checklist"}


@pytest.mark.parametrize(
    ("role", "key", "expected"),
    [
        ("anonymous", "public", 200),
        ("anonymous", "members", "login"),
        ("anonymous", "pending", 404),
        ("anonymous", "flagged", 404),
        ("new_member", "members", 200),
        ("new_member", "pending", 200),  # the author
        ("member", "pending", 404),
        ("member", "hidden", 200),  # the author
        ("member", "removed", 200),  # the author
        ("editor", "hidden", 404),
        ("editor", "flagged", 404),
        ("moderator", "pending", 200),
        ("moderator", "removed", 200),
    ],
)
@pytest.mark.parametrize("view", ["detail", "download"])
def test_visibility_of_detail_and_download(client_for, materials, role, key, expected, view):
    target = materials[key]
    url = target.get_absolute_url() if view == "detail" else target.get_download_url()
    url = "/en" + url[3:]
    response = client_for(role).get(url)
    if expected == "login":
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/?next=/en/materials/")
    else:
        assert response.status_code == expected


def test_detail_shows_the_facts_and_a_status_banner_to_the_author(client_for, materials):
    response = client_for("new_member").get("/en" + materials["pending"].get_absolute_url()[3:])
    soup = BeautifulSoup(response.content, "html.parser")
    banner = soup.select_one(".material__status").get_text(" ", strip=True)
    assert banner.startswith("Your material will appear after a moderator checks it.")
    response = client_for("member").get("/en" + materials["public"].get_absolute_url()[3:])
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Public checklist"
    assert soup.h1["lang"] == "en"
    licence = soup.find("a", rel="license")
    assert licence["href"] == "https://creativecommons.org/licenses/by/4.0/"
    assert soup.select_one(".material__status") is None
    assert "PDF," in soup.select_one(".material__facts").get_text()
    author = materials["public"].author
    assert soup.select_one(f'.material__facts a[href="/en/members/{author.pk}/"]')


def test_detail_with_a_wrong_slug_redirects_to_the_right_one(client, materials):
    target = materials["public"]
    response = client.get(f"/en/materials/{target.pk}-old-title/")
    assert response.status_code == 301
    assert response["Location"] == f"/en/materials/{target.pk}-public-checklist/"


def test_cyrillic_titles_get_a_readable_slug(community_users):
    target = material(community_users["member"], title="План за подкрепа")
    assert target.slug == "plan-za-podkrepa"


def test_download_headers(client_for, community_users):
    target = material(
        community_users["member"], original_filename="План за подкрепа.pdf", public=True
    )
    response = client_for("anonymous").get(f"/en/materials/{target.pk}/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert "private" in response["Cache-Control"]
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="Plan za podkrepa.pdf"; ')
    assert "filename*=UTF-8''%D0%9F%D0%BB%D0%B0%D0%BD%20" in disposition
    body = b"".join(response.streaming_content)
    assert body.startswith(b"%PDF-")
    target.refresh_from_db()
    assert target.download_count == 1


def test_community_pages_are_private_to_caches(client_for, materials):
    for url in (LIST, "/en" + materials["public"].get_absolute_url()[3:]):
        assert "private" in client_for("anonymous").get(url)["Cache-Control"]
    assert "private" in client_for("member").get("/en/materials/mine/")["Cache-Control"]


def test_files_live_outside_media_and_are_not_served_there(client, materials):
    target = materials["public"]
    path = Path(target.file.path)
    assert Path(settings.PRIVATE_MEDIA_ROOT) in path.parents
    assert Path(settings.MEDIA_ROOT) not in path.parents
    assert client.get(f"/media/{target.file.name}").status_code == 404
    assert client.get(f"{settings.MEDIA_URL}{target.file.name}").status_code == 404
    with pytest.raises(ValueError):
        target.file.url  # noqa: B018


def test_sitemap_lists_only_public_published_materials_in_their_language(client, materials):
    bulgarian = material(materials["public"].author, title="Публичен", public=True, language="bg")
    body = client.get("/sitemap.xml").content.decode()
    assert f"/en/materials/{materials['public'].pk}-public-checklist/" in body
    assert f"/bg/materials/{bulgarian.pk}-publichen/" in body
    for key in ("members", "pending", "hidden", "flagged", "removed"):
        assert f"/materials/{materials[key].pk}-" not in body


def test_filters_and_sorting(client_for, community_users):
    author = community_users["member"]
    material(author, title="Foster sheet", topic="foster_care", download_count=1)
    material(author, title="Youth games", topic="youth", language="ro", download_count=9)
    chart = material(author, title="Chart", content_type="image/png", original_filename="c.png")
    chart.tags.add("statistics")
    client = client_for("member")
    assert titles(client.get(LIST, {"topic": "foster_care"})) == {"Foster sheet"}
    assert titles(client.get(LIST, {"language": "ro"})) == {"Youth games"}
    assert titles(client.get(LIST, {"kind": "png"})) == {"Chart"}
    assert titles(client.get(LIST, {"tag": "statistics"})) == {"Chart"}
    assert titles(client.get(LIST, {"q": "youth GAMES"})) == {"Youth games"}
    assert titles(client.get(LIST, {"topic": "not-a-topic"})) == {
        "Foster sheet",
        "Youth games",
        "Chart",
    }
    soup = BeautifulSoup(client.get(LIST, {"sort": "downloads"}).content, "html.parser")
    first = soup.select_one(".material-card__title a").get_text(strip=True)
    assert first == "Youth games"
    empty = client.get(LIST, {"q": "nothing like this"})
    assert b"Nothing matches these filters." in empty.content


def test_list_queries_do_not_grow_with_the_number_of_materials(client_for, community_users):
    client = client_for("member")
    client.get(LIST)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(LIST).status_code == 200
        return len(queries)

    material(community_users["member"]).tags.add("a")
    few = count()
    for index in range(8):
        material(community_users["moderator"]).tags.add(f"tag {index}")
    assert count() == few


def test_pagination_at_twenty(client_for, community_users):
    for _ in range(21):
        material(community_users["member"], public=True)
    response = client_for("anonymous").get(LIST)
    assert len(titles(response)) == 20
    assert len(titles(client_for("anonymous").get(LIST, {"page": 2}))) == 1


def test_mine_shows_status_and_quota(client_for, community_users):
    author = community_users["new_member"]
    material(author, title="Waiting one", status=Status.PENDING)
    material(community_users["member"], title="Not mine")
    response = client_for("new_member").get("/en/materials/mine/")
    soup = BeautifulSoup(response.content, "html.parser")
    table = soup.select_one(".material-table").get_text(" ", strip=True)
    assert "Waiting one" in table and "Waiting for moderation" in table
    assert "Not mine" not in table
    assert soup.select_one("progress")["max"] == "100"
    assert "You use" in soup.select_one("#quota-text").get_text()


def test_personal_data_export_files_and_erase(community_users, django_capture_on_commit_callbacks):
    author = community_users["member"]
    kept = material(author, title="Mine to export")
    kept.tags.add("home visit")
    other = material(community_users["moderator"])
    exported = personal_data.export(author)
    assert exported["materials"][0]["title"] == "Mine to export"
    assert exported["materials"][0]["tags"] == ["home visit"]
    files = personal_data.files(author)
    assert [name for name, _file in files] == [f"materials/{kept.pk}-checklist.pdf"]

    personal_data.erase(author, keep_files=True)
    kept.refresh_from_db()
    assert kept.author is None
    assert kept.file.storage.exists(kept.file.name)

    name = other.file.name
    with django_capture_on_commit_callbacks(execute=True):
        personal_data.erase(community_users["moderator"], keep_files=False)
    assert not PracticeMaterial.objects.filter(pk=other.pk).exists()
    assert not other.file.storage.exists(name)


def test_former_members_material_shows_former_member(client_for, community_users):
    target = material(community_users["member"], public=True)
    personal_data.erase(community_users["member"], keep_files=True)
    response = client_for("anonymous").get("/en" + target.get_absolute_url()[3:])
    assert b"Former member" in response.content


def test_clean_pending_uploads_deletes_only_old_ones(
    community_users, django_capture_on_commit_callbacks
):
    from django.core.files.base import ContentFile

    def held(age_hours):
        pending = PendingUpload(
            uploader=community_users["member"], original_filename="x.pdf", file_size=3
        )
        pending.file.save("x.pdf", ContentFile(b"%PD"), save=False)
        pending.created_at = timezone.now() - datetime.timedelta(hours=age_hours)
        pending.save()
        return pending

    old, recent = held(30), held(1)
    old_name = old.file.name
    with django_capture_on_commit_callbacks(execute=True):
        call_command("clean_pending_uploads", stdout=open("/dev/null", "w"))
    assert list(PendingUpload.objects.all()) == [recent]
    assert not old.file.storage.exists(old_name)


def test_materials_are_registered_for_moderation():
    from community.moderation.registry import moderated_models

    assert PracticeMaterial in moderated_models()


def test_demo_materials_are_valid_and_idempotent(db, monkeypatch):
    import sys
    import types

    from demo.community import materials as demo_materials
    from tests.community.conftest import make_member

    people = {
        "maria": make_member("maria"),
        "ioana": make_member("ioana"),
        "georgi": make_member("georgi", days_ago=0, trusted=False),
    }
    stub = types.ModuleType("demo.community.members")
    stub.members = lambda ctx: people
    if "demo.community.members" not in sys.modules:
        try:
            import demo.community.members  # noqa: F401
        except ImportError:
            pass
    monkeypatch.setitem(sys.modules, "demo.community.members", stub)
    log = []
    ctx = types.SimpleNamespace(log=log.append)
    demo_materials.load(ctx)
    demo_materials.load(ctx)
    assert PracticeMaterial.objects.count() == len(demo_materials.MATERIALS)
    assert PracticeMaterial.objects.filter(status=Status.PENDING).get().author == people["georgi"]
    assert {m.language for m in PracticeMaterial.objects.all()} == {"bg", "en", "ro"}
    assert PracticeMaterial.objects.filter(public=True).exists()
    assert PracticeMaterial.objects.filter(public=False).exists()
    assert log[-1].startswith("Practice materials: 0 created")


def test_admin_lists_and_inspects_materials_but_cannot_add(admin_client, materials):
    index = admin_client.get("/admin/practice_materials/")
    assert index.status_code == 200
    assert b"Members checklist" in index.content
    target = materials["pending"]
    assert admin_client.get(f"/admin/practice_materials/inspect/{target.pk}/").status_code == 200
    assert admin_client.get("/admin/practice_materials/new/").status_code in (302, 403)
    menu = admin_client.get("/admin/").content.decode()
    assert "/admin/practice_materials/" in menu


def test_upload_form_is_accessible_markup(client_for):
    soup = BeautifulSoup(client_for("member").get("/en/materials/new/").content, "html.parser")
    form = soup.select_one("form.material-form")
    assert form["enctype"] == "multipart/form-data"
    for element in form.select("input:not([type=hidden]), select, textarea"):
        assert soup.find("label", attrs={"for": element["id"]}), element
    assert form.select_one("input[type=file]")["accept"].startswith(".pdf")
    assert len(form.select(".material-form__safeguarding input[type=checkbox]")) == 4


def test_community_moderators_see_the_materials_in_the_admin_and_members_do_not(
    client_for, materials
):
    target = PracticeMaterial.objects.first()
    moderator = client_for("moderator")
    assert moderator.get("/admin/practice_materials/").status_code == 200
    assert moderator.get(f"/admin/practice_materials/inspect/{target.pk}/").status_code == 200
    assert moderator.get(f"/admin/practice_materials/edit/{target.pk}/").status_code in (
        302,
        403,
        404,
    )
    assert client_for("member").get("/admin/practice_materials/").status_code == 302
