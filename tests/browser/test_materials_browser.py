"""The materials pages in headless Chromium: axe-core on the list, a material, the upload form
with errors and "My materials"; and the real upload of a file through the browser.

Built like tests/browser/test_accessibility.py: committed data for a live server of the
module's own, put back as migrations left it at the end.
"""

import io

import pytest

from community.materials import samples
from community.materials.models import PracticeMaterial
from tests.browser.conftest import live_site, log_in, session_for
from tests.browser.test_accessibility import assert_no_blocking_violations
from tests.community.conftest import make_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, browser):
    with live_site(django_db_blocker) as url:
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
        yield {"url": url, "session": session_for(author), "material": material}


@pytest.mark.parametrize("path", ["/en/materials/", "detail", "/en/materials/mine/"])
def test_materials_pages_pass_axe(site, page, axe_source, path):
    log_in(page, site["url"], site["session"])
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
    log_in(page, site["url"], site["session"])
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
