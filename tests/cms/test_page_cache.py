"""The full-page cache: what anonymous readers get from it, what it never stores, what purges it.

The suite runs with the cache off (config/settings/test.py); these tests turn it on.
"""

import os
import runpy
import threading
import uuid
from pathlib import Path
from unittest import mock

from django.core.cache import caches
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

import pytest

from cms.cache.keys import path_version_key
from cms.cache.middleware import is_shareable
from cms.models import NavigationMenu
from tests.site_tree import LANGUAGES

pytestmark = pytest.mark.django_db

SETTINGS_FILE = Path(__file__).resolve().parents[2] / "config" / "settings" / "base.py"
CACHED_KEYS = (
    "home",
    "news_index",
    "article",
    "resource_centre",
    "resource",
    "event_index",
    "event",
    "project_index",
    "project",
    "publication_index",
    "publication",
    "standard",
)


def status(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response.get("X-Cache")


def publish(page, **fields):
    page = Page.objects.get(pk=page.pk).specific
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


# Serving ----------------------------------------------------------------------------------


def test_a_second_anonymous_visit_is_served_from_the_cache_without_queries(
    client, site_tree, page_cache, django_assert_num_queries
):
    url = site_tree.url("bg", "article")
    first = client.get(url)
    assert first["X-Cache"] == "MISS"

    with django_assert_num_queries(0):
        second = client.get(url)

    assert second["X-Cache"] == "HIT"
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "sessionid" not in second.cookies and "csrftoken" not in second.cookies


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", CACHED_KEYS)
def test_every_public_page_type_is_cached(client, site_tree, page_cache, key, language):
    url = site_tree.url(language, key)
    assert status(client, url) == "MISS"
    assert status(client, url) == "HIT"


def test_query_strings_are_separate_entries(client, site_tree, page_cache):
    url = site_tree.url("bg", "news_index")
    assert status(client, url) == "MISS"
    assert status(client, url + "?page=2") == "MISS"
    assert status(client, url + "?page=2") == "HIT"
    assert status(client, url) == "HIT"


def test_a_head_request_is_answered_from_the_stored_page(client, site_tree, page_cache):
    url = site_tree.url("en", "event")
    client.get(url)
    assert client.head(url)["X-Cache"] == "HIT"


def test_a_logged_in_reader_is_never_served_nor_stores_a_cached_page(
    client, admin_client, site_tree, page_cache
):
    url = site_tree.url("bg", "event")
    anonymous = client.__class__()
    assert status(anonymous, url) == "MISS"
    assert status(anonymous, url) == "HIT"

    assert status(admin_client, url) is None
    assert status(admin_client, url) is None

    other = site_tree.url("bg", "project")
    assert status(admin_client, other) is None
    assert status(anonymous, other) == "MISS"


def test_the_contact_page_is_never_cached_because_its_form_uses_the_csrf_token(
    client, site_tree, page_cache
):
    url = site_tree.url("bg", "contact")
    for _visit in range(2):
        response = client.get(url)
        assert response["X-Cache"] == "MISS"
        assert b"csrfmiddlewaretoken" in response.content
        assert "csrftoken" in response.cookies
        client.cookies.clear()


def test_admin_documents_downloads_and_the_language_redirect_are_not_looked_up(
    client, site_tree, page_cache
):
    publication = site_tree.page("bg", "publication")
    urls = [
        "/",
        "/admin/login/",
        reverse("publication-download", args=[publication.pk, "bg"]),
        f"/documents/{site_tree.document_ids[0]}/compendium-2019-bg.pdf",
    ]
    for url in urls:
        for _visit in range(2):
            assert "X-Cache" not in client.get(url), url


def test_a_page_that_used_the_csp_nonce_or_set_a_cookie_is_not_stored():
    request = RequestFactory().get("/bg/")
    from django.http import HttpResponse

    assert is_shareable(request, HttpResponse("ok"))
    with_cookie = HttpResponse("ok")
    with_cookie.set_cookie("seen", "1")
    assert not is_shareable(request, with_cookie)
    for header, value in (
        ("Vary", "Cookie"),
        ("Cache-Control", "private, max-age=60"),
        ("Cache-Control", "no-store"),
        ("Content-Disposition", "attachment; filename=a.ics"),
    ):
        response = HttpResponse("ok", headers={header: value})
        assert not is_shareable(request, response), header
    assert not is_shareable(request, HttpResponse("gone", status=404))
    request._csp_nonce = "abc"
    assert not is_shareable(request, HttpResponse("ok"))


def test_a_cache_outage_still_serves_the_page(client, site_tree, page_cache):
    with mock.patch.object(page_cache, "get_many", side_effect=ConnectionError("down")):
        response = client.get(site_tree.url("bg", "article"))
    assert response.status_code == 200
    assert "X-Cache" not in response


def test_page_cache_0_turns_it_off(client, site_tree, settings, monkeypatch):
    for value, expected in (("0", False), ("off", False), ("false", False), ("1", True)):
        monkeypatch.setenv("PAGE_CACHE", value)
        assert runpy.run_path(str(SETTINGS_FILE))["PAGE_CACHE_ENABLED"] is expected
    monkeypatch.delenv("PAGE_CACHE")
    assert runpy.run_path(str(SETTINGS_FILE))["PAGE_CACHE_ENABLED"] is True

    settings.PAGE_CACHE_ENABLED = False
    caches["pages"].clear()
    url = site_tree.url("bg", "article")
    assert status(client, url) is None
    assert status(client, url) is None


# Purging ----------------------------------------------------------------------------------


def test_publishing_a_page_purges_it_its_ancestors_and_translations_but_not_the_rest(
    client, site_tree, page_cache
):
    article_url = site_tree.url("bg", "article")
    index_url = site_tree.url("bg", "news_index")
    paged_index_url = index_url + "?page=1"
    affected = [
        article_url,
        index_url,
        paged_index_url,
        site_tree.url("bg", "home"),
        site_tree.url("en", "article"),
        site_tree.url("ro", "news_index"),
        "/sitemap.xml",
    ]
    unrelated = [
        site_tree.url("bg", "event"),
        site_tree.url("en", "publication"),
        site_tree.url("bg", "resource_centre"),
    ]
    for url in affected + unrelated:
        client.get(url)

    publish(site_tree.page("bg", "article"), title="Картографирането приключи успешно")

    for url in affected:
        assert status(client, url) == "MISS", url
    for url in unrelated:
        assert status(client, url) == "HIT", url
    for url in (article_url, index_url, paged_index_url):
        assert "Картографирането приключи успешно" in client.get(url).content.decode()


def test_publishing_a_page_purges_the_feeds_of_its_language(client, site_tree, page_cache):
    try:
        with translation.override("en"):
            feed = reverse("feed-news-rss")
    except NoReverseMatch:
        pytest.skip("no news feed yet")
    client.get(feed)
    assert status(client, feed) == "HIT"

    publish(site_tree.page("en", "article"), title="Mapping finished")

    assert status(client, feed) == "MISS"


def test_pages_that_link_to_a_page_are_purged_with_it(client, site_tree, page_cache):
    """The event and the publication name their project, in every language."""
    linked = [site_tree.url(language, "event") for language in LANGUAGES]
    linked.append(site_tree.url("ro", "publication"))
    unrelated = site_tree.url("bg", "resource")
    for url in [*linked, unrelated]:
        client.get(url)

    publish(site_tree.page("en", "project"), title="Regional network, second edition")

    for url in linked:
        assert status(client, url) == "MISS", url
    assert status(client, unrelated) == "HIT"


def test_unpublishing_purges_the_page_and_its_index(client, site_tree, page_cache):
    url = site_tree.url("bg", "event")
    index_url = site_tree.url("bg", "event_index")
    client.get(url)
    client.get(index_url)

    Page.objects.get(pk=site_tree.page_ids["bg"]["event"]).unpublish()

    assert client.get(url).status_code == 404
    assert status(client, index_url) == "MISS"


def test_deleting_a_page_purges_it(client, site_tree, page_cache):
    url = site_tree.url("bg", "resource")
    client.get(url)

    Page.objects.get(pk=site_tree.page_ids["bg"]["resource"]).delete()

    assert client.get(url).status_code == 404


def test_moving_a_page_purges_everything_so_its_old_url_stops_answering(
    client, site_tree, page_cache
):
    url = site_tree.url("bg", "resource")
    unrelated = site_tree.url("bg", "event")
    client.get(url)
    client.get(unrelated)

    page = Page.objects.get(pk=site_tree.page_ids["bg"]["resource"])
    page.move(Page.objects.get(pk=site_tree.page_ids["bg"]["news_index"]), pos="last-child")

    # Wagtail redirects the old URL to the new one, instead of the stored old page.
    moved = client.get(url)
    assert moved.status_code == 301
    assert moved["Location"] == Page.objects.get(pk=page.pk).url
    assert status(client, unrelated) == "MISS"


def test_a_translation_published_by_wagtail_localize_purges_its_pages(
    client, site_tree, page_cache, django_capture_on_commit_callbacks
):
    romanian = Locale.objects.get(language_code="ro")
    # Syncing without a translated slug gives the page the source's slug: start from it, so
    # that only the content changes.
    publish(site_tree.page("ro", "resource"), slug=site_tree.page("bg", "resource").slug)
    url = Page.objects.get(pk=site_tree.page_ids["ro"]["resource"]).url
    index_url = site_tree.url("ro", "resource_centre")
    unrelated = site_tree.url("ro", "event")
    for warm in (url, index_url, unrelated):
        client.get(warm)

    source, _created = TranslationSource.get_or_create_from_instance(
        site_tree.page("bg", "resource")
    )
    # wagtail-localize publishes translations when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(romanian, fallback=True)

    assert status(client, url) == "MISS"
    assert "Генограма" in client.get(url).content.decode()  # the Bulgarian text, as a fallback
    assert status(client, index_url) == "MISS"
    assert status(client, unrelated) == "HIT"


def test_changing_a_menu_purges_every_page(client, site_tree, page_cache):
    urls = [site_tree.url("bg", "event"), site_tree.url("ro", "home")]
    for url in urls:
        client.get(url)
        assert status(client, url) == "HIT"

    menu = NavigationMenu.objects.filter(locale__language_code="bg").first()
    menu.footer_text = "Ново"
    menu.save()

    for url in urls:
        assert status(client, url) == "MISS", url


def test_an_edited_organisation_purges_every_page(client, site_tree, page_cache):
    url = site_tree.url("en", "project")
    client.get(url)

    organisation = site_tree.organisation("en", "vidin")
    organisation.name = "Vidin Youth Centre (renamed)"
    organisation.save()

    assert status(client, url) == "MISS"
    assert "Vidin Youth Centre (renamed)" in client.get(url).content.decode()


def test_purge_page_cache_command_forgets_everything_or_named_paths(client, site_tree, page_cache):
    article, event = site_tree.url("bg", "article"), site_tree.url("bg", "event")
    client.get(article)
    client.get(event)

    call_command("purge_page_cache", article, stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert status(client, article) == "MISS"
    assert status(client, event) == "HIT"

    call_command("purge_page_cache", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert status(client, article) == "MISS"
    assert status(client, event) == "MISS"


# Shared cache -----------------------------------------------------------------------------


@pytest.fixture
def redis_pages(settings):
    """The page cache in Redis, in test database 15 under a prefix of its own."""
    import redis

    location = os.environ.get("PAGE_CACHE_TEST_REDIS", "redis://127.0.0.1:6379/15")
    client = redis.Redis.from_url(location, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"no Redis at {location}")
    prefix = f"praktika-test-{uuid.uuid4().hex[:8]}"
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": location,
            "KEY_PREFIX": prefix,
            "TIMEOUT": 60,
        },
    }
    settings.PAGE_CACHE_ENABLED = True
    yield client, prefix
    keys = list(client.scan_iter(f"{prefix}:*"))
    if keys:
        client.delete(*keys)


def in_another_worker(function):
    """Run in a new thread, which gets cache clients of its own (as another process would)."""
    result = {}
    thread = threading.Thread(target=lambda: result.update(value=function()))
    thread.start()
    thread.join()
    return result["value"]


def test_with_redis_the_cache_is_shared_and_purges_reach_every_worker(
    client, site_tree, redis_pages
):
    redis_client, prefix = redis_pages
    url = site_tree.url("bg", "article")
    main_cache = caches["pages"]

    assert status(client, url) == "MISS"
    assert list(redis_client.scan_iter(f"{prefix}:*"))
    # Another worker has its own connection, and no database work to do for a hit.
    assert in_another_worker(lambda: caches["pages"] is not main_cache)
    assert in_another_worker(lambda: status(client.__class__(), url)) == "HIT"

    publish(site_tree.page("bg", "article"), title="Картографирането приключи")

    assert in_another_worker(lambda: caches["pages"].get(path_version_key(url))) is None
    assert status(client, url) == "MISS"


# /healthz ---------------------------------------------------------------------------------


def test_healthz_answers_without_the_database_or_any_cache(
    client, page_cache, django_assert_num_queries
):
    untouchable = mock.Mock(side_effect=AssertionError("the cache was used"))
    with (
        django_assert_num_queries(0),
        mock.patch.multiple(
            "django.core.cache.backends.locmem.LocMemCache",
            get=untouchable,
            get_many=untouchable,
            set=untouchable,
            add=untouchable,
        ),
    ):
        response = client.get("/healthz")
        head = client.head("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "no-store" in response["Cache-Control"]
    assert "X-Cache" not in response
    assert head.status_code == 200
    assert not response.cookies


def test_publishing_a_directory_record_purges_its_api_answers(client, site_tree, page_cache):
    urls = []
    for language in ("bg", "en"):
        with translation.override(language):
            urls += [
                reverse("directory:api-providers"),
                reverse("directory:api-provider-detail", kwargs={"record_key": "BG-VID-001"}),
            ]
    for url in urls:
        client.get(url)
        assert status(client, url) == "HIT", url

    publish(site_tree.page("bg", "provider"), phone="+359 94 111 222")

    for url in urls:
        assert status(client, url) == "MISS", url
