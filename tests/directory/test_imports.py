"""Importing providers and laws: preview, per-row errors, updates by key, steps, permissions."""

import io
from decimal import Decimal
from pathlib import Path

from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from wagtail.models import GroupPagePermission, Page

import pytest

from directory.imports.models import ImportJob
from directory.models import LegislationPage, ServiceProviderPage

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "directory-providers.csv"
HEADER = "record_key,title,kind,region,country,latitude,longitude,email,services,municipality"


def upload(client, content, name="providers.csv", record_type="providers", language="bg"):
    if isinstance(content, str):
        content = content.encode("utf-8")
    with translation.override("en"):
        return client.post(
            reverse("directory_import"),
            {
                "file": SimpleUploadedFile(name, content),
                "record_type": record_type,
                "language": language,
            },
        )


def run(client, job):
    """Confirm the job and call the step endpoint until it is done, as the page's script does."""
    client.post(reverse("directory_import_confirm", args=[job.pk]))
    for _step in range(50):
        response = client.post(
            reverse("directory_import_step", args=[job.pk]), HTTP_ACCEPT="application/json"
        )
        assert response.status_code == 200
        if response.json()["done"]:
            break
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE
    return job


def by_row(results):
    return {item["row"]: item for item in results}


def providers(language, key):
    return ServiceProviderPage.objects.filter(locale__language_code=language, record_key=key)


def english_admin(user):
    """Admin responses follow the user's preferred language, not the test's active one."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def editor_client(client, superuser):
    client.force_login(english_admin(superuser))
    return client


def test_example_file_previews_without_writing_then_imports(editor_client, site_tree):
    response = upload(editor_client, EXAMPLE.read_bytes(), name="directory-providers.csv")
    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert [item["action"] for item in job.preview] == ["create", "create"], [
        i["errors"] for i in job.preview
    ]
    assert not providers("bg", "BG-VID-101").exists()

    with translation.override("en"):
        page = editor_client.get(reverse("directory_import_job", args=[job.pk]))
    assert "Will be created" in page.content.decode()

    job = run(editor_client, job)
    assert job.counts["create"] == 2
    vidin = providers("bg", "BG-VID-101").get()
    assert vidin.live
    assert vidin.get_parent().pk == site_tree.page_ids["bg"]["directory"]
    assert vidin.slug == "dneven-tsentr-za-detsa-s-uvrezhdaniya-vidin"
    assert vidin.region == "bg-vidin"
    assert vidin.latitude == Decimal("43.991100")
    assert vidin.website == "https://www.example.org"
    assert vidin.languages == ["bg", "ro"]
    assert vidin.target_groups == ["disabilities", "children"]
    assert vidin.is_demo
    assert [(s.service_type, s.name) for s in vidin.services.all()] == [
        ("day_centre", 'Дневен център "Слънце"'),
        ("early_intervention", ""),
    ]
    craiova = providers("bg", "RO-DJ-101").get()
    assert (craiova.region, craiova.country, craiova.legal_status) == (
        "ro-dolj",
        "RO",
        "association",
    )


def test_reimport_updates_by_key_and_reports_unchanged(editor_client, site_tree):
    content = EXAMPLE.read_text(encoding="utf-8")
    run(editor_client, (upload(editor_client, content), ImportJob.objects.get())[1])
    revisions = providers("bg", "BG-VID-101").get().revisions.count()

    changed = content.replace("+359 94 600 101", "+359 94 600 999")
    upload(editor_client, changed)
    job = ImportJob.objects.latest("pk")
    assert [item["action"] for item in job.preview] == ["update", "unchanged"]
    job = run(editor_client, job)
    assert job.counts == {"create": 0, "update": 1, "unchanged": 1, "error": 0}
    assert providers("bg", "BG-VID-101").count() == 1
    vidin = providers("bg", "BG-VID-101").get()
    assert vidin.phone == "+359 94 600 999"
    assert vidin.revisions.count() == revisions + 1
    assert providers("bg", "RO-DJ-101").get().revisions.count() == 1


def test_existing_record_from_site_tree_is_updated(editor_client, site_tree):
    rows = f"{HEADER}\nbg-vid-001,Нов център – Видин,public,bg-vidin,BG,43.99,22.88,,community_support,Видин\n"
    upload(editor_client, rows)
    job = run(editor_client, ImportJob.objects.get())
    assert job.report[0]["action"] == "update", job.report
    page = site_tree.page("bg", "provider")
    assert page.title == "Нов център – Видин"
    assert providers("bg", "BG-VID-001").count() == 1


def test_bad_rows_are_reported_and_good_rows_imported(editor_client, site_tree):
    rows = "\n".join(
        [
            HEADER,
            "BG-OK-1,Добър ред,public,bg-vidin,BG,43.99,22.88,a@example.org,day_centre,Видин",
            "BG-BAD-1,Неизвестна област,public,Атлантида,BG,43.99,22.88,,day_centre,Видин",
            "BG-BAD-2,Лоши координати,public,bg-vidin,BG,север,22.88,,day_centre,Видин",
            "BG-BAD-3,Чужда област,public,ro-dolj,BG,44.3,23.8,,day_centre,Крайова",
            "BG-BAD-4,Непозната услуга,public,bg-vidin,BG,,,,massage: Релакс,Видин",
            "BG-BAD-5,,public,bg-vidin,BG,,,,day_centre,Видин",
            "BG-OK-1,Повторен ключ,public,bg-vidin,BG,,,,day_centre,Видин",
            "BG-BAD-6,Лош имейл,public,bg-vidin,BG,,,not-an-email,day_centre,Видин",
            "BG-BAD-7,Само ширина,public,bg-vidin,BG,43.5,,,day_centre,Видин",
            "BG-BAD-8,Ширина извън обхват,public,bg-vidin,BG,123,22.1,,day_centre,Видин",
            ",Без ключ,public,bg-vidin,BG,,,,day_centre,Видин",
        ]
    )
    upload(editor_client, rows)
    job = ImportJob.objects.get()
    preview = by_row(job.preview)
    assert preview[2]["action"] == "create"
    expected = {
        3: ("region", "Атлантида"),
        4: ("latitude", "север"),
        5: ("region", "not in the chosen country"),
        6: ("services", "massage"),
        7: ("title", "blank"),
        8: ("record_key", "row 2"),
        9: ("email", "valid email"),
        10: ("longitude", "both"),
        11: ("latitude", "90"),
        12: ("record_key", "missing"),
    }
    for number, (column, fragment) in expected.items():
        item = preview[number]
        assert item["action"] == "error", item
        assert any(
            error["column"] == column and fragment in error["message"] for error in item["errors"]
        ), item["errors"]
    assert job.counts == {"create": 1, "update": 0, "unchanged": 0, "error": 10}
    assert not providers("bg", "BG-OK-1").exists()

    job = run(editor_client, job)
    assert job.counts["create"] == 1 and job.counts["error"] == 10
    assert providers("bg", "BG-OK-1").get().title == "Добър ред"
    assert not ServiceProviderPage.objects.filter(record_key__startswith="BG-BAD").exists()
    with translation.override("en"):
        report = editor_client.get(reverse("directory_import_report", args=[job.pk]))
    text = report.content.decode("utf-8-sig")
    assert "BG-BAD-1" in text and "Failed" in text and "Атлантида" in text


def test_translation_rows_follow_their_bulgarian_source(editor_client, site_tree):
    rows = (
        "record_key;title;summary;region;services\n"
        "BG-VID-001;Community Support Centre – Vidin (new);In English.;ro-dolj;"
        "community_support: Counselling\n"
        "BG-NONE-9;No source;;;\n"
    )
    upload(editor_client, rows, language="en")
    job = ImportJob.objects.get()
    preview = by_row(job.preview)
    assert preview[2]["action"] == "update", preview[2]
    assert preview[3]["action"] == "error"
    assert "Bulgarian" in preview[3]["errors"][0]["message"]
    run(editor_client, job)
    english = site_tree.page("en", "provider")
    assert english.title == "Community Support Centre – Vidin (new)"
    assert english.summary == "In English."
    assert english.region == "bg-vidin"  # synchronised: the source's value is kept
    assert [s.name for s in english.services.all()] == ["Counselling"]
    assert providers("en", "BG-VID-001").count() == 1


def test_language_columns_make_three_linked_versions(editor_client, site_tree):
    rows = (
        "record_key,title_bg,title_en,title_ro,summary_bg,summary_en,summary_ro,"
        "region,kind,municipality_bg,municipality_en,municipality_ro,"
        "services_bg,services_en,services_ro\n"
        "RO-DJ-200,Център – Крайова,Centre Craiova,Centrul Craiova,За деца.,For children.,"
        "Pentru copii.,Долж,ngo,Крайова,Craiova,Craiova,"
        "day_centre: Слънце,Day Centre: Sun,day-centre: Soare\n"
    )
    upload(editor_client, rows, language="columns")
    job = ImportJob.objects.get()
    assert job.preview[0]["action"] == "create", job.preview[0]["errors"]
    assert job.preview[0]["languages"] == ["bg", "en", "ro"]
    run(editor_client, job)
    pages = {
        p.locale.language_code: p
        for p in ServiceProviderPage.objects.filter(record_key="RO-DJ-200")
    }
    assert set(pages) == {"bg", "en", "ro"}
    assert len({p.translation_key for p in pages.values()}) == 1
    assert pages["ro"].title == "Centrul Craiova" and pages["ro"].country == "RO"
    assert pages["en"].get_parent().pk == site_tree.page_ids["en"]["directory"]
    assert [s.name for s in pages["ro"].services.all()] == ["Soare"]
    assert all(p.live for p in pages.values())
    # Imported again: nothing changes.
    upload(editor_client, rows, language="columns")
    assert ImportJob.objects.latest("pk").preview[0]["action"] == "unchanged"


def test_xlsx_file(editor_client, site_tree):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["record_key", "title", "country", "type", "year", "status", "summary", "link"])
    sheet.append(
        [
            "RO-LAW-9",
            "Legea asistenței sociale",
            "Romania",
            "law",
            2011,
            "in force",
            "Rezumat.",
            "legislatie.just.ro",
        ]
    )
    sheet.append(["BG-LAW-001", "Закон за социалните услуги", "BG", "Law", 2019.0, "", "Нов.", ""])
    buffer = io.BytesIO()
    workbook.save(buffer)
    upload(editor_client, buffer.getvalue(), name="laws.xlsx", record_type="laws")
    job = ImportJob.objects.get()
    preview = by_row(job.preview)
    assert preview[2]["action"] == "create", preview[2]
    assert preview[3]["action"] == "error"
    assert preview[3]["errors"][0]["column"] == "status"
    run(editor_client, job)
    law = LegislationPage.objects.get(record_key="RO-LAW-9")
    assert (law.country, law.year, law.status) == ("RO", 2011, "in_force")
    assert law.link == "https://legislatie.just.ro"
    assert law.get_parent().pk == site_tree.page_ids["bg"]["legislation_index"]


def test_step_endpoint_advances_in_batches(editor_client, site_tree):
    lines = [HEADER] + [
        f"BG-MANY-{n},Център {n},public,bg-vidin,BG,,,,day_centre,Видин" for n in range(30)
    ]
    upload(editor_client, "\n".join(lines))
    job = ImportJob.objects.get()
    editor_client.post(reverse("directory_import_confirm", args=[job.pk]))
    step_url = reverse("directory_import_step", args=[job.pk])
    with translation.override("en"):
        first = editor_client.post(step_url, HTTP_ACCEPT="application/json").json()
    assert first == {
        "processed": 25,
        "total": 30,
        "percent": 83,
        "done": False,
        "label": "25 of 30 rows",
    }
    with translation.override("en"):
        page = editor_client.get(reverse("directory_import_job", args=[job.pk])).content.decode()
    assert '<progress id="import-progress" max="30" value="25">' in page
    response = editor_client.post(step_url)  # without JavaScript: a plain form post
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE and job.processed_rows == 30
    assert ServiceProviderPage.objects.filter(record_key__startswith="BG-MANY-").count() == 30


@pytest.mark.parametrize(
    ("content", "name", "fragment"),
    [
        (b"record_key,title\n", "x.pdf", "CSV file"),
        ("record_key,title\nA,Б\n".encode("cp1251"), "x.csv", "not UTF-8"),
        (b"title,kind\nA,ngo\n", "x.csv", "record_key"),
        (b"record_key,title,colour\nA,B,red\n", "x.csv", "colour"),
        (b"PK\x03\x04garbage", "x.xlsx", "cannot be read"),
    ],
)
def test_bad_file_is_a_form_error_and_choices_stay(
    editor_client, site_tree, content, name, fragment
):
    response = upload(editor_client, content, name=name, record_type="laws", language="ro")
    assert response.status_code == 400
    form = response.context["form"]
    assert any(fragment in error for error in form.errors["file"]), form.errors
    html = response.content.decode()
    assert 'value="laws" checked' in html.replace('" checked', '" checked').replace("  ", " ") or (
        form["record_type"].value() == "laws" and form["language"].value() == "ro"
    )
    assert not ImportJob.objects.exists()


def test_permissions(client, site_tree, django_user_model):
    url = reverse("directory_import")
    assert client.get(url).status_code == 302  # anonymous: to the login page

    member = django_user_model.objects.create_user("member", password="x")
    client.force_login(member)
    response = client.get(url)
    assert response.status_code == 302 and "login" in response["Location"]

    staff = django_user_model.objects.create_user("staff", password="x")
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)
    assert client.get(url).status_code == 403
    assert b"Import directory records" not in client.get(reverse("wagtailadmin_home")).content

    editors = Group.objects.create(name="Directory editors")
    directory = Page.objects.get(pk=site_tree.page_ids["bg"]["directory"])
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=editors, page=directory, permission=Permission.objects.get(codename=codename)
        )
    staff.groups.add(editors)
    with translation.override("en"):
        response = client.get(url)
    assert response.status_code == 200
    assert [value for value, _label in response.context["form"].fields["record_type"].choices] == [
        "providers"
    ]
    assert upload(client, EXAMPLE.read_bytes(), record_type="laws").status_code == 400


@pytest.mark.translations
def test_labels_match_in_any_language_without_case_or_diacritics(editor_client, site_tree):
    rows = (
        f"{HEADER},target_groups,legal_status\n"
        "BG-VID-300,Център,неправителствена организация,VIDIN,bulgaria,,,,дневен център: Слънце,Видин,"
        "хора с увреждания;COPII IN SITUATII DE RISC,сдружение\n"
    )
    upload(editor_client, rows)
    job = ImportJob.objects.get()
    assert job.preview[0]["action"] == "create", job.preview[0]["errors"]


def test_country_follows_the_region_when_left_out(editor_client, site_tree):
    upload(
        editor_client,
        "record_key,title,kind,region,services,municipality\nRO-X-1,Център,ngo,Dolj,shelter,Крайова\n",
    )
    job = run(editor_client, ImportJob.objects.get())
    assert job.report[0]["action"] == "create", job.report[0]["errors"]
    assert providers("bg", "RO-X-1").get().country == "RO"
