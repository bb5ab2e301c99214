"""In a real browser: the public site and the admin work under their Content-Security-Policy,
and an editor opens a translation in wagtail-localize's editor."""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

import pytest

from tests.browser.conftest import restore_initial_data
from tests.site_tree import build_site_tree


@pytest.fixture
def site_tree(transactional_db):
    restore_initial_data()
    tree = build_site_tree()
    yield tree
    tree.delete_files()


@pytest.fixture
def editor(django_user_model):
    from allauth.account.models import EmailAddress

    user = django_user_model.objects.create_superuser(
        username="editor", email="editor@praktika.test", password="a-long-test-password"
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def collect_csp_violations(page):
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return violations


def test_public_pages_run_their_script_without_csp_violations(live_server, page, site_tree):
    violations = collect_csp_violations(page)
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(live_server.url + site_tree.url("en", "home"))
    toggle = page.locator("button[data-site-nav-toggle]")
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    page.goto(live_server.url + site_tree.url("en", "event"))
    page.goto(live_server.url + site_tree.url("en", "contact"))
    assert violations == []


def test_an_editor_opens_the_translation_editor(live_server, page, site_tree, editor):
    violations = collect_csp_violations(page)
    # The admin sends editors to the one login and back.
    page.goto(live_server.url + "/admin/")
    page.fill("input[name=login]", "editor@praktika.test")
    page.fill("input[name=password]", "a-long-test-password")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")

    bulgarian = site_tree.page("bg", "event")
    source, _created = TranslationSource.get_or_create_from_instance(bulgarian)
    Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en"), enabled=True
    ).save_target(publish=True, user=editor)
    english = site_tree.page("en", "event")
    page.goto(f"{live_server.url}/admin/pages/{english.pk}/edit/")
    editor_root = page.locator(".js-translation-editor")
    editor_root.first.wait_for(state="attached")
    page.get_by_text(english.title).first.wait_for()
    assert violations == []
