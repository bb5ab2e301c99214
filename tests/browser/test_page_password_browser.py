"""The page password form, asked in the site's layout, passes axe in three languages, also
while the reader's address must wait (cms/page_passwords.py)."""

from django.core.cache import cache

from wagtail.models import PageViewRestriction

import pytest

from tests.browser.conftest import restore_initial_data
from tests.browser.test_accessibility import assert_no_blocking_violations
from tests.site_tree import LANGUAGES, build_site_tree

pytestmark = pytest.mark.browser


@pytest.fixture
def protected_articles(transactional_db):
    restore_initial_data()
    tree = build_site_tree()
    for language in LANGUAGES:
        PageViewRestriction.objects.create(
            page=tree.page(language, "article"),
            restriction_type=PageViewRestriction.PASSWORD,
            password="not-this-one",
        )
    yield tree
    tree.delete_files()
    cache.clear()


def test_the_password_form_passes_axe_before_and_while_it_must_wait(
    live_server, page, axe_source, protected_articles
):
    for language in LANGUAGES:
        page.goto(live_server.url + protected_articles.url(language, "article"))
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator("main input[name=password]").count() == 1
        assert_no_blocking_violations(page, axe_source)
        for _ in range(5):
            page.fill("main input[name=password]", "a-wrong-guess")
            with page.expect_navigation():
                page.locator("main form button[type=submit]").click()
        assert page.locator("main [role=alert]").count() == 1
        assert page.locator("html").get_attribute("lang") == language
        assert_no_blocking_violations(page, axe_source)
