"""The discussions pages in headless Chromium: axe-core on every page (also with form errors),
and the "Quote" button filling the reply box without leaving the page.

Built like tests/browser/test_accessibility.py: committed data for a live server of the
module's own, put back as migrations left it at the end.
"""

import pytest

from community.discussions.models import Post
from community.moderation.models import Status
from tests.browser.conftest import live_site, log_in, session_for
from tests.browser.test_accessibility import assert_no_blocking_violations
from tests.community.conftest import make_member
from tests.community.discussions_support import make_category, make_posts, make_thread

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, browser):
    from wagtail.models import Locale

    with live_site(django_db_blocker) as url:
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        category = make_category(locales)
        author = make_member("browser_author", display_name="Maria")
        reader = make_member("browser_reader", groups=["Community moderators"])
        thread = make_thread(author, category["en"], body="**First** line\n\n> a quote")
        make_posts(thread, [author, reader], 3)
        Post.objects.create(thread=thread, author=author, body="hidden", status=Status.HIDDEN)
        yield {"url": url, "session": session_for(reader), "thread": thread}


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
    log_in(page, site["url"], site["session"])
    if path == "thread":
        path = english(site["thread"].get_absolute_url())
    elif path == "history":
        path = f"/en/discussions/p/{site['thread'].posts.get(body__startswith='**First**').pk}/history/"
    page.goto(site["url"] + path)
    assert_no_blocking_violations(page, axe_source)


def test_new_thread_errors_pass_axe_and_keep_text(site, page, axe_source):
    log_in(page, site["url"], site["session"])
    page.goto(site["url"] + "/en/discussions/new/")
    page.fill("textarea[name=body]", "Text I do not want to lose")
    page.click("main form.form button[type=submit]")
    assert page.input_value("textarea[name=body]") == "Text I do not want to lose"
    assert page.locator("#form-errors, .form__errors").count() == 1
    assert_no_blocking_violations(page, axe_source)


def test_quote_fills_the_reply_box(site, page):
    log_in(page, site["url"], site["session"])
    thread = site["thread"]
    page.goto(site["url"] + english(thread.get_absolute_url()))
    first = thread.posts.get(body__startswith="**First**")
    page.click(f".discussion-post__quote[data-post='{first.pk}']")
    assert page.url.endswith(english(thread.get_absolute_url()))
    value = page.input_value(".discussion-reply textarea[name=body]")
    assert value.startswith("> @Maria wrote:\n> **First** line\n>\n> > a quote")
    assert page.input_value(".discussion-reply input[name=quoted]") == str(first.pk)
