"""Publication downloads: served as attachments, counted once each, private files stay private."""

from django.contrib.auth.models import Group
from django.urls import resolve
from django.utils import translation

from wagtail.models import PageViewRestriction

import pytest

from cms.models import PublicationFile
from tests.factories import (
    PublicationFileFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    make_pdf,
)
from tests.site_tree import make_home_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    home, _site = make_home_site()
    return PublicationIndexPageFactory(parent=home)


@pytest.fixture
def compendium(index):
    page = PublicationPageFactory(parent=index)
    return PublicationFileFactory(
        page=page,
        language="bg",
        document__title="Compendium 2019",
        document__file__filename="compendium-2019.pdf",
        document__file__data=make_pdf("Compendium 2019"),
    )


def download_count(publication_file):
    return PublicationFile.objects.get(pk=publication_file.pk).download_count


def removed_file_url(page):
    """The address a file had before an editor removed it from the publication."""
    removed = PublicationFileFactory(page=page, language="en")
    url = removed.get_download_url()
    removed.delete()
    return url


def content(response):
    return b"".join(response.streaming_content)


class TestLivePublication:
    def test_the_file_is_served_as_an_attachment(self, client, compendium):
        response = client.get(compendium.get_download_url())

        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"].startswith("attachment;")
        assert 'filename="compendium-2019' in response["Content-Disposition"]
        assert response["X-Content-Type-Options"] == "nosniff"
        body = content(response)
        assert body.startswith(b"%PDF")
        with compendium.document.file.open("rb") as stored:
            assert body == stored.read()

    def test_each_download_counts_once(self, client, compendium):
        assert download_count(compendium) == 0

        content(client.get(compendium.get_download_url()))
        assert download_count(compendium) == 1

        content(client.get(compendium.get_download_url()))
        content(client.get(compendium.get_download_url()))
        assert download_count(compendium) == 3

    def test_only_the_downloaded_file_is_counted(self, client, compendium):
        romanian = PublicationFileFactory(page=compendium.page, language="ro")

        content(client.get(romanian.get_download_url()))

        assert download_count(romanian) == 1
        assert download_count(compendium) == 0

    @pytest.mark.parametrize("language", ["bg", "en", "ro"])
    def test_the_url_is_in_the_readers_language(self, client, compendium, language):
        with translation.override(language):
            url = compendium.get_download_url()
            assert resolve(url).url_name == "publication-download"
        assert url.startswith(f"/{language}/")
        assert content(client.get(url)).startswith(b"%PDF")
        assert download_count(compendium) == 1

    def test_the_address_without_a_language_leads_to_the_file(self, client, compendium):
        with translation.override("bg"):
            url = compendium.get_download_url().removeprefix("/bg")
        response = client.get(url, follow=True)
        assert response.status_code == 200
        assert content(response).startswith(b"%PDF")
        assert download_count(compendium) == 1

    @pytest.mark.parametrize("method", ["post", "put", "delete"])
    def test_only_get_is_allowed(self, client, compendium, method):
        response = getattr(client, method)(compendium.get_download_url())

        assert response.status_code == 405
        assert download_count(compendium) == 0

    def test_a_removed_file_is_not_found(self, client, compendium):
        url = removed_file_url(compendium.page)
        response = client.get(url, follow=True)
        assert response.status_code == 404


class TestPrivatePublications:
    """Never served, never counted."""

    @pytest.mark.parametrize("case", ["draft", "restricted", "unknown"])
    def test_the_answer_is_404_itself_not_a_redirect(self, client, index, compendium, case):
        url = compendium.get_download_url()
        if case == "draft":
            url = PublicationFileFactory(
                page=PublicationPageFactory(parent=index, live=False)
            ).get_download_url()
        elif case == "restricted":
            PageViewRestriction.objects.create(
                page=compendium.page, restriction_type=PageViewRestriction.LOGIN
            )
        else:
            url = removed_file_url(compendium.page)

        response = client.get(url)

        assert response.status_code == 404, f"{url} answered {response.status_code} " + (
            f"to {response['Location']}" if response.has_header("Location") else ""
        )

    def test_a_draft_publication_file_is_not_found_and_not_counted(self, client, index):
        draft = PublicationFileFactory(page=PublicationPageFactory(parent=index, live=False))

        response = client.get(draft.get_download_url(), follow=True)

        assert response.status_code == 404
        assert download_count(draft) == 0

    def test_an_unpublished_publication_file_is_not_found(self, client, compendium):
        compendium.page.unpublish()

        assert client.get(compendium.get_download_url(), follow=True).status_code == 404
        assert download_count(compendium) == 0

    @pytest.mark.parametrize(
        "restriction_type",
        [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD, PageViewRestriction.GROUPS],
    )
    def test_a_restricted_publication_file_is_not_found_and_not_counted(
        self, client, compendium, restriction_type
    ):
        restriction = PageViewRestriction.objects.create(
            page=compendium.page, restriction_type=restriction_type, password="secret-compendium"
        )
        if restriction_type == PageViewRestriction.GROUPS:
            restriction.groups.add(Group.objects.get_or_create(name="Partners")[0])

        response = client.get(compendium.get_download_url(), follow=True)

        assert response.status_code == 404
        assert download_count(compendium) == 0

    def test_a_restriction_on_the_section_covers_its_files(self, client, index, compendium):
        PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)

        assert client.get(compendium.get_download_url(), follow=True).status_code == 404
        assert download_count(compendium) == 0


class TestCountsAcrossTranslationSyncs:
    """wagtail-localize re-creates a translation's file rows on every sync: counts must stay."""

    def test_a_resync_keeps_the_translations_counts_and_download_address(self, client, compendium):
        from wagtail.models import Locale
        from wagtail_localize.models import TranslationSource

        english = Locale.objects.get(language_code="en")
        source, _created = TranslationSource.get_or_create_from_instance(compendium.page)
        source.create_or_update_translation(english, copy_parent_pages=True, fallback=True)
        translated = compendium.page.get_translation(english).specific
        translated.save_revision().publish()
        with translation.override("en"):
            url = translated.files.get().get_download_url()
        for _ in range(3):
            assert client.get(url).status_code == 200
        rows_before = set(translated.files.values_list("pk", flat=True))

        source.update_from_db()
        source.create_or_update_translation(english, fallback=True)

        assert set(translated.files.values_list("pk", flat=True)) != rows_before
        assert translated.files.get().download_count == 3
        with translation.override("en"):
            assert translated.files.get().get_download_url() == url
        assert client.get(url).status_code == 200
        assert translated.files.get().download_count == 4
        assert download_count(compendium) == 0

    def test_a_page_offers_one_file_per_language(self, compendium):
        from django.core.exceptions import ValidationError

        page = compendium.page
        page.files.add(PublicationFile(language="bg", document=compendium.document))
        with pytest.raises(ValidationError):
            page.full_clean()
