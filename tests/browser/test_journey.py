"""A reader in a real browser: from the English site to a Bulgarian publication's file."""

from urllib.parse import urlsplit

from django.utils import translation

import pytest

from cms.models import PublicationFile
from tests.browser.conftest import restore_initial_data
from tests.site_tree import build_site_tree


@pytest.fixture
def site_tree(transactional_db):
    """The shared tree, committed so the live server's thread sees it."""
    restore_initial_data()
    tree = build_site_tree()
    yield tree
    tree.delete_files()


def test_switch_to_bulgarian_and_download_the_publication(live_server, page, site_tree):
    english = site_tree.page("en", "publication")
    bulgarian = site_tree.page("bg", "publication")
    bulgarian_file = PublicationFile.objects.get(page=bulgarian, language="bg")

    page.goto(live_server.url + site_tree.url("en", "home"))
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator("nav.site-nav").get_by_role("link", name="Publications").click()
    page.get_by_role("link", name=english.title).first.click()
    page.wait_for_url(f"**{site_tree.url('en', 'publication')}")
    assert page.locator("h1").inner_text().strip() == english.title

    page.get_by_role("link", name="Български").click()
    page.wait_for_url("**/bg/**")

    assert urlsplit(page.url).path == site_tree.url("bg", "publication")
    assert page.locator("html").get_attribute("lang") == "bg"
    assert page.locator("h1").inner_text().strip() == bulgarian.title

    with translation.override("bg"):
        download_url = bulgarian_file.get_download_url()
    link = page.locator(f'a[href="{download_url}"]')
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value

    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as downloaded:
        assert downloaded.read(4) == b"%PDF"
    assert PublicationFile.objects.get(pk=bulgarian_file.pk).download_count == 1
