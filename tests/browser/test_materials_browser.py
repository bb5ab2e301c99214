"""The materials pages in headless Chromium: axe-core on the list, a material, the upload form
with errors and "My materials"; and the real upload of a file through the browser.

Built like tests/browser/test_accessibility.py: committed data for a live server of the
module's own, put back as migrations left it at the end.
"""

import io

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client

import pytest
from pytest_django.live_server_helper import LiveServer

from community.materials import samples
from community.materials.models import PracticeMaterial
from tests.browser.conftest import restore_initial_data
from tests.browser.test_accessibility import assert_no_blocking_violations
from tests.community.conftest import make_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, browser):
    with django_db_blocker.unblock():
        restore_initial_data()
        migrated_state = connection.creation.serialize_db_to_string()
        author = make_member("browser_author")
        material = PracticeMaterial.objects.create(
            author=author,
            title="Home visit checklist",
            description="What to look at and ask during a first home visit.",
            language="en",
            topic="family_support",
            licence="cc-by-4.0",
            public=True,
            original_filename="checklist.pdf",
            content_type="application/pdf",
        )
        material.file.save("checklist.pdf", io.BytesIO(samples.pdf_bytes("Checklist")))
        material.file_size = material.file.size
        material.save()
        material.tags.add("home visit")
        client = Client()
        client.force_login(author, backend="django.contrib.auth.backends.ModelBackend")
        session_id = client.cookies[settings.SESSION_COOKIE_NAME].value
        server = LiveServer("localhost")
        try:
            yield {"url": server.url, "session": session_id, "material": material}
        finally:
            server.stop()
            for item in PracticeMaterial.objects.all():
                item.file.delete(save=False)
            call_command(
                "flush",
                interactive=False,
                verbosity=0,
                reset_sequences=False,
                inhibit_post_migrate=True,
            )
            connection.creation.deserialize_db_from_string(migrated_state)
            ContentType.objects.clear_cache()
            connections.close_all()


def log_in(page, site):
    host = site["url"].split("://", 1)[1].split(":")[0]
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": site["session"],
                "domain": host,
                "path": "/",
            }
        ]
    )


@pytest.mark.parametrize("path", ["/en/materials/", "detail", "/en/materials/mine/"])
def test_materials_pages_pass_axe(site, page, axe_source, path):
    log_in(page, site)
    if path == "detail":
        path = "/en" + site["material"].get_absolute_url()[3:]
    page.goto(site["url"] + path)
    assert_no_blocking_violations(page, axe_source)


def test_upload_with_an_error_keeps_the_file_then_publishes(
    site,
    page,
    axe_source,
    tmp_path,
):
    log_in(page, site)
    page.goto(site["url"] + "/en/materials/new/")
    assert_no_blocking_violations(page, axe_source)
    pdf = tmp_path / "safety plan.pdf"
    pdf.write_bytes(samples.pdf_bytes("Safety plan", ["Step one."]))
    page.set_input_files("#id_upload", str(pdf))
    page.fill("#id_description", "A safety plan template for families.")
    page.select_option("#id_topic", "child_protection")
    for box in ("no_names", "no_images", "no_details", "has_rights"):
        page.check(f"#id_{box}")
    with page.expect_navigation():
        page.click("form.material-form button[type=submit]")  # no title
    assert page.locator("#id_title[aria-invalid=true]").count() == 1
    assert "safety plan.pdf" in page.locator("#held-file").inner_text()
    assert page.input_value("#id_description") == "A safety plan template for families."
    assert_no_blocking_violations(page, axe_source)
    page.fill("#id_title", "Safety plan template")
    with page.expect_navigation():
        page.click("form.material-form button[type=submit]")
    assert page.locator("h1").inner_text() == "Safety plan template"
    created = PracticeMaterial.objects.get(title="Safety plan template")
    assert created.original_filename == "safety plan.pdf"
    assert created.author.username == "browser_author"
    assert created.status == "published"
