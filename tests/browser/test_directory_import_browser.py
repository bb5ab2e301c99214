"""In a real browser: an editor uploads a providers file, reads the preview, imports it and
watches the progress bar (driven by static/js/directory/imports.js) reach 100%."""

from wagtail.users.models import UserProfile

import pytest

from directory.models import ServiceProviderPage
from tests.browser.conftest import log_in, restore_initial_data, session_for
from tests.site_tree import build_site_tree

HEADER = "record_key,title,kind,region,services,municipality"


@pytest.fixture
def site_tree(transactional_db):
    restore_initial_data()
    tree = build_site_tree()
    yield tree
    tree.delete_files()


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_superuser(
        username="editor", email="editor@praktika.test", password="a-long-test-password"
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def test_editor_imports_a_file_and_the_progress_reaches_the_end(
    live_server, page, site_tree, editor, tmp_path
):
    rows = [HEADER] + [
        f"BG-WEB-{n:02d},Център {n},public,Видин,day_centre,Видин" for n in range(30)
    ]
    rows.append("BG-WEB-BAD,Лош ред,public,Атлантида,day_centre,Видин")
    upload = tmp_path / "providers.csv"
    upload.write_text("\n".join(rows), encoding="utf-8")
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    log_in(page, live_server.url, session_for(editor))

    page.goto(f"{live_server.url}/admin/directory/import/")
    page.set_input_files("input[name=file]", str(upload))
    page.check("input[name=record_type][value=providers]")
    page.check("input[name=language][value=bg]")
    page.get_by_role("button", name="Check the file").click()

    page.get_by_role("heading", name="Preview").wait_for()
    assert page.locator("tr[data-action=create]").count() == 30
    bad = page.locator("tr[data-action=error]")
    assert "Атлантида" in bad.inner_text()
    assert ServiceProviderPage.objects.filter(record_key__startswith="BG-WEB").count() == 0

    page.get_by_role("button", name="Import", exact=True).click()
    page.get_by_role("heading", name="Report").wait_for(timeout=60_000)
    progress = page.locator("progress")
    assert progress.get_attribute("value") == progress.get_attribute("max") == "31"
    assert "31 of 31 rows" in page.locator("[data-import-label]").inner_text()
    assert page.locator("tr[data-action=create]").count() == 30
    assert ServiceProviderPage.objects.filter(record_key__startswith="BG-WEB").count() == 30
    assert violations == []
