"""Headless Chromium (Debian's, never a downloaded build) driven by Playwright's sync API."""

import contextlib
import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
AXE_PACKAGE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="module")
def browser():
    """Chromium for one test module; Playwright is stopped before other tests run."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django's ORM calls made by
    # the tests between browser steps are still synchronous and safe. Only for these tests:
    # `manage.py check --deploy` run by a later test would refuse the variable.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
    finally:
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser):
    """A fresh browser tab whose reader prefers English, with downloads allowed."""
    context = browser.new_context(accept_downloads=True, locale="en-GB")
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    context.close()


def restore_initial_data():
    """What migrations create and a transactional test's flush removes: locales, root page, root collection.

    Browser tests need committed data (the live server answers from another thread), so they
    run as transactional tests, which empty the database when they finish.
    """
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Collection, Locale, Page

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if Page.get_first_root_node() is None:
        Page.add_root(
            instance=Page(
                title="Root",
                slug="root",
                locale=Locale.get_default(),
                content_type=ContentType.objects.get_for_model(Page),
            )
        )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


@pytest.fixture(scope="module")
def axe_source():
    """axe-core's script, from the npm package pinned in package.json."""
    script = AXE_PACKAGE / "axe.min.js"
    if not script.exists():
        pytest.skip(f"{script} is missing: run `make install` (or `npm ci`)")
    return script.read_text(encoding="utf-8")


def delete_stored_files():
    """Files the committed data wrote to storage: images, renditions, documents, materials."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from community.materials.models import PracticeMaterial

    for model in (
        get_image_model(),
        get_image_model().get_rendition_model(),
        get_document_model(),
        PracticeMaterial,
    ):
        for item in model.objects.all():
            item.file.delete(save=False)


@contextlib.contextmanager
def live_site(django_db_blocker):
    """A live server of the module's own, over data the module commits; yields its URL.

    pytest-django's `live_server` makes every test transactional and empties the database
    after each one. Here the data is built once; at the end every table is put back as
    migrations left it (tests/snapshots.py), so modules run in any order.
    """
    from django.db import connections

    from pytest_django.live_server_helper import LiveServer

    from tests.snapshots import DatabaseState

    with django_db_blocker.unblock():
        restore_initial_data()
        migrated_state = DatabaseState()
        server = LiveServer("localhost")
        try:
            yield server.url
        finally:
            server.stop()
            delete_stored_files()
            migrated_state.restore()
            connections.close_all()


def session_for(user):
    """The session cookie's value of `user`, logged in (a browser context adds it with `log_in`)."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def log_in(page, url, session):
    """Give the tab's browser context the session cookie for the live server at `url`."""
    from django.conf import settings

    host = url.split("://", 1)[1].split(":")[0]
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "domain": host, "path": "/"}]
    )
