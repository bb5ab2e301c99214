"""A page or collection made private is private on the next request, wherever it showed.

Adding, changing or removing a view restriction purges the page cache (pages in every
language, index pages, feeds, the sitemap, the directory API) and the search index; a stored
page in a restricted subtree is never served from the cache, even if the purge was missed.
"""

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

from cms.cache.restrictions import RESTRICTIONS_VERSION_KEY, restricted_subtrees
from search.models import SearchEntry
from tests.factories import make_pdf
from tests.site_tree import LANGUAGES

pytestmark = pytest.mark.django_db

RESTRICTIONS = {
    "login": {"restriction_type": PageViewRestriction.LOGIN},
    "password": {"restriction_type": PageViewRestriction.PASSWORD, "password": "s3cret-word"},
    "groups": {"restriction_type": PageViewRestriction.GROUPS},
}


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(page=page, **RESTRICTIONS[kind])
    if kind == "groups":
        restriction.groups.add(Group.objects.get(name="Editors"))
    return restriction


def cached(client, url):
    first = client.get(url)
    assert first.status_code == 200, url
    second = client.get(url)
    assert second["X-Cache"] == "HIT", url
    return second


def anonymous_sees_page(client, url, title):
    response = client.get(url)
    return response.status_code == 200 and title in response.content.decode()


@pytest.mark.parametrize("kind", RESTRICTIONS)
def test_a_cached_page_made_private_is_not_served_from_the_cache(
    client, site_tree, page_cache, kind
):
    page = site_tree.page("en", "article")
    url = site_tree.url("en", "article")
    cached(client, url)

    restrict(page, kind)

    response = client.get(url)
    assert response.get("X-Cache") != "HIT"
    if kind == "password":
        assert response.status_code == 200
        assert 'name="password"' in response.content.decode()
        assert page.title not in response.content.decode().split("<main", 1)[-1]
    else:
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_its_children_and_its_translations_are_purged_too(client, site_tree, page_cache):
    urls = {key: site_tree.url("bg", key) for key in ("resource_centre", "resource")}
    urls.update({f"{code}-centre": site_tree.url(code, "resource_centre") for code in LANGUAGES})
    for url in urls.values():
        cached(client, url)

    restrict(site_tree.page("bg", "resource_centre"), "login")

    for name, url in urls.items():
        assert client.get(url).get("X-Cache") != "HIT", name
    assert client.get(urls["resource"]).status_code == 302


def test_removing_the_restriction_shows_the_page_again_at_once(client, site_tree, page_cache):
    page = site_tree.page("en", "article")
    url = site_tree.url("en", "article")
    restriction = restrict(page, "login")
    assert client.get(url).status_code == 302
    assert not SearchEntry.objects.filter(source="page", source_pk=page.pk).exists()

    restriction.delete()

    assert client.get(url).status_code == 200
    assert SearchEntry.objects.filter(source="page", source_pk=page.pk).exists()


def test_changing_a_restrictions_groups_purges(client, site_tree, page_cache):
    restriction = restrict(site_tree.page("en", "article"), "groups")
    index_url = site_tree.url("en", "news_index")
    cached(client, index_url)
    restriction.groups.add(Group.objects.get(name="Moderators"))
    assert client.get(index_url).get("X-Cache") != "HIT"


def test_feeds_sitemap_and_index_pages_drop_the_page_on_the_next_request(
    client, site_tree, page_cache
):
    page = site_tree.page("en", "article")
    with translation.override("en"):
        feed = reverse("feed-news-rss")
    answers = {
        "feed": feed,
        "sitemap": "/sitemap.xml",
        "index": site_tree.url("en", "news_index"),
    }
    for name, url in answers.items():
        response = cached(client, url)
        assert site_tree.url("en", "article") in response.content.decode(), name

    restrict(page, "login")

    for name, url in answers.items():
        response = client.get(url)
        assert response.get("X-Cache") != "HIT", name
        assert site_tree.url("en", "article") not in response.content.decode(), name


def test_the_search_index_drops_the_subtree_in_every_language(site_tree):
    centre = site_tree.page("bg", "resource_centre")
    below = site_tree.page("bg", "resource")
    assert SearchEntry.objects.filter(source="page", source_pk=below.pk).exists()

    restrict(centre, "password")

    assert not SearchEntry.objects.filter(source="page", source_pk__in=[centre.pk, below.pk])
    # The other languages are searchable until their own pages are restricted.
    english = site_tree.page("en", "resource")
    assert SearchEntry.objects.filter(source="page", source_pk=english.pk).exists()


def test_the_directory_api_drops_a_provider_made_private(client, site_tree, page_cache):
    with translation.override("bg"):
        urls = [
            reverse("directory:api-providers"),
            reverse("directory:api-provider-detail", kwargs={"record_key": "BG-VID-001"}),
        ]
    for url in urls:
        assert "BG-VID-001" in cached(client, url).content.decode()

    restrict(site_tree.page("bg", "provider"), "login")

    assert "BG-VID-001" not in client.get(urls[0]).content.decode()
    assert client.get(urls[1]).status_code == 404


def test_a_login_only_page_sends_readers_to_the_one_login(client, site_tree):
    restrict(site_tree.page("en", "article"), "login")
    response = client.get(site_tree.url("en", "article"))
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


# When the purge is missed -------------------------------------------------------------------


def test_a_stored_page_is_not_served_when_a_restriction_was_added_without_signals(
    client, site_tree, page_cache, settings
):
    """bulk_create sends no signals: as if the purge had been missed."""
    url = site_tree.url("en", "article")
    cached(client, url)
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=site_tree.page("en", "article"), restriction_type="login")]
    )
    # Another process changed the restrictions: the version it wrote reaches this one.
    page_cache.set(RESTRICTIONS_VERSION_KEY, "changed-elsewhere")

    response = client.get(url)
    assert response.get("X-Cache") != "HIT"
    assert response.status_code == 302


def test_without_any_signal_the_check_runs_after_the_ttl(client, site_tree, page_cache, settings):
    url = site_tree.url("en", "news_index")
    cached(client, url)
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=site_tree.page("en", "news_index"), restriction_type="login")]
    )
    settings.PAGE_CACHE_RESTRICTIONS_TTL = 0
    assert client.get(url).status_code == 302


def test_a_hit_still_costs_no_query(client, site_tree, page_cache, django_assert_num_queries):
    restrict(site_tree.page("en", "article"), "login")
    url = site_tree.url("en", "event")
    cached(client, url)
    with django_assert_num_queries(0):
        assert client.get(url)["X-Cache"] == "HIT"


def test_restricted_subtrees_include_aliases_of_restricted_pages(site_tree):
    source = site_tree.page("bg", "article")
    alias = source.create_alias(
        parent=site_tree.page("bg", "resource_centre"), update_slug="alias-of-article"
    )
    restrict(source, "login")
    assert restricted_subtrees.covers(alias.path)
    assert not restricted_subtrees.covers(site_tree.page("bg", "event").path)


# Collections ---------------------------------------------------------------------------------


def test_a_collection_made_private_takes_its_files_out_of_downloads_search_and_cache(
    client, site_tree, page_cache
):
    publication = site_tree.page("bg", "publication")
    publication_file = publication.files.filter(language="bg").first()
    document = publication_file.document
    private = Collection.get_first_root_node().add_child(name="Board papers")
    document.collection = private
    document.file.save("board.pdf", ContentFile(make_pdf("Quokkaminutes")), save=False)
    document.save()
    assert "quokkaminutes" in searchable_text(publication)
    download = publication_file.get_download_url()
    assert client.get(download).status_code == 200
    page_url = site_tree.url("bg", "publication")
    cached(client, page_url)

    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )

    assert client.get(download).status_code == 404
    assert client.get(page_url).get("X-Cache") != "HIT"
    assert "quokkaminutes" not in searchable_text(publication)


def searchable_text(page):
    entry = SearchEntry.objects.get(source="page", source_pk=page.pk)
    return f"{entry.text} {entry.body}".lower()
