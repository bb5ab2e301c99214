"""The discussions pages in headless Chromium: axe-core on every page (also with form errors),
and the "Quote" button filling the reply box without leaving the page.

Built like tests/browser/test_accessibility.py: committed data for a live server of the
module's own, put back as migrations left it at the end.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.test import Client

import pytest
from pytest_django.live_server_helper import LiveServer

from community.discussions.models import Post
from community.moderation.models import Status
from tests.browser.conftest import restore_initial_data
from tests.browser.test_accessibility import assert_no_blocking_violations
from tests.community.conftest import make_member
from tests.community.discussions_support import make_category, make_posts, make_thread

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, browser):
    from wagtail.models import Locale

    with django_db_blocker.unblock():
        restore_initial_data()
        migrated_state = connection.creation.serialize_db_to_string()
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        category = make_category(locales)
        author = make_member("browser_author", display_name="Maria")
        reader = make_member("browser_reader", groups=["Community moderators"])
        thread = make_thread(author, category["en"], body="**First** line\n\n> a quote")
        make_posts(thread, [author, reader], 3)
        Post.objects.create(thread=thread, author=author, body="hidden", status=Status.HIDDEN)
        client = Client()
        client.force_login(reader, backend="django.contrib.auth.backends.ModelBackend")
        session_id = client.cookies[settings.SESSION_COOKIE_NAME].value
        server = LiveServer("localhost")
        try:
            yield {"url": server.url, "session": session_id, "thread": thread}
        finally:
            server.stop()
            call_command(
                "flush",
                interactive=False,
                verbosity=0,
                reset_sequences=False,
                inhibit_post_migrate=True,
            )
            connection.creation.deserialize_db_from_string(migrated_state)
            ContentType.objects.clear_cache()


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


def english(url):
    return "/en" + url[3:]


@pytest.mark.parametrize(
    "path",
    [
        "/en/discussions/",
        "/en/discussions/child-protection/",
        "thread",
        "/en/discussions/new/",
        "/en/discussions/following/",
        "history",
    ],
)
def test_discussion_pages_pass_axe(site, page, axe_source, path):
    log_in(page, site)
    if path == "thread":
        path = english(site["thread"].get_absolute_url())
    elif path == "history":
        path = f"/en/discussions/p/{site['thread'].posts.get(body__startswith='**First**').pk}/history/"
    page.goto(site["url"] + path)
    assert_no_blocking_violations(page, axe_source)


def test_new_thread_errors_pass_axe_and_keep_text(site, page, axe_source):
    log_in(page, site)
    page.goto(site["url"] + "/en/discussions/new/")
    page.fill("textarea[name=body]", "Text I do not want to lose")
    page.click("main form.form button[type=submit]")
    assert page.input_value("textarea[name=body]") == "Text I do not want to lose"
    assert page.locator("#form-errors, .form__errors").count() == 1
    assert_no_blocking_violations(page, axe_source)


def test_quote_fills_the_reply_box(site, page):
    log_in(page, site)
    thread = site["thread"]
    page.goto(site["url"] + english(thread.get_absolute_url()))
    first = thread.posts.get(body__startswith="**First**")
    page.click(f".discussion-post__quote[data-post='{first.pk}']")
    assert page.url.endswith(english(thread.get_absolute_url()))
    value = page.input_value(".discussion-reply textarea[name=body]")
    assert value.startswith("> @Maria wrote:\n> **First** line\n>\n> > a quote")
    assert page.input_value(".discussion-reply input[name=quoted]") == str(first.pk)
