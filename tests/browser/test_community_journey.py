"""A newcomer in a real browser: sign up, verify from the mail file, share, discuss, take data.

The live server writes mail with Django's file backend into a temporary folder, as
`make run` writes it into var/mail/, and the test reads the verification link and the
notification from those files the way a developer would.
"""

import io
import json
import re
import zipfile
from email import message_from_bytes, policy
from pathlib import Path
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.translation import gettext_lazy

import pytest

from community.discussions.models import Category, Post, Thread
from community.materials.models import PracticeMaterial
from community.moderation.models import Status
from tests.browser.conftest import restore_initial_data
from tests.community.conftest import PASSWORD, make_member
from tests.factories import get_locale, make_pdf

NEWCOMER_EMAIL = "newcomer@praktika.test"
# The subject of the sign-up verification email (templates/account/email/).
VERIFY_SUBJECT_WORD = gettext_lazy("Welcome to Praktika: confirm your email address")
NEWCOMER_PASSWORD = "Dunav-Most-2026!"


@pytest.fixture
def mail_dir(tmp_path, settings):
    folder = tmp_path / "mail"
    folder.mkdir()
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(folder)
    return folder


@pytest.fixture
def community(transactional_db):
    restore_initial_data()
    category = Category.objects.create(
        locale=get_locale("en"), name="Working with families", slug="working-with-families"
    )
    colleague = make_member("colleague", display_name="Maria Petrova", language="en")
    return {"category": category, "colleague": colleague}


def messages_in(folder):
    """Every email the file backend wrote, oldest first, parsed."""
    found = []
    for path in sorted(Path(folder).glob("*.log"), key=lambda item: item.stat().st_mtime):
        # One file per connection; messages are separated by a line of 79 dashes.
        for chunk in path.read_bytes().split(b"-" * 79 + b"\n"):
            if chunk.strip():
                found.append(message_from_bytes(chunk.strip(), policy=policy.default))
    return found


def text_of(message):
    part = message.get_body(preferencelist=("plain",))
    return part.get_content()


def log_in(page, base_url, email, password, language="en"):
    page.goto(base_url + f"/{language}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()


@pytest.mark.parametrize("language", ["bg", "en", "ro"])
def test_newcomer_signs_up_shares_discusses_and_downloads_their_data(
    live_server, browser, mail_dir, community, tmp_path, language
):
    context = browser.new_context(accept_downloads=True, locale="en-GB")
    context.set_default_timeout(15_000)
    page = context.new_page()

    # Sign up in the language of the test; everything after follows the member's language.
    page.goto(live_server.url + f"/{language}/accounts/signup/")
    page.fill("input[name=email]", NEWCOMER_EMAIL)
    page.fill("input[name=display_name]", "Dobromira Ivanova")
    page.fill("input[name=password1]", NEWCOMER_PASSWORD)
    page.fill("input[name=password2]", NEWCOMER_PASSWORD)
    page.check("input[name=accept_terms]")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    assert f"/{language}/accounts/confirm-email/" in page.url

    # The verification email is in the file, in the member's language; its link confirms.
    [verification] = messages_in(mail_dir)
    assert verification["To"] == NEWCOMER_EMAIL
    with translation.override(language):
        assert str(VERIFY_SUBJECT_WORD) in verification["Subject"]
    body = text_of(verification)
    link = re.search(rf"https?://\S+/{language}/accounts/confirm-email/\S+/", body).group(0)
    page.goto(live_server.url + urlsplit(link).path)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    # Confirming in the browser that signed up logs the newcomer in, on the "get started" page.
    assert f"/{language}/members/welcome/" in page.url
    newcomer = get_user_model().objects.get(email=NEWCOMER_EMAIL)
    assert page.locator("header").get_by_text("Dobromira Ivanova").count() >= 1

    # Upload a practice material: as a new member's first, it waits for a moderator.
    pdf = tmp_path / "family-visit-checklist.pdf"
    pdf.write_bytes(make_pdf("Checklist for a first family visit"))
    page.goto(live_server.url + f"/{language}/materials/new/")
    page.fill("input[name=title]", "Checklist for a first family visit")
    page.fill("textarea[name=description]", "What to prepare before visiting a family at risk.")
    page.select_option("select[name=language]", "en")
    page.select_option("select[name=topic]", index=1)
    page.select_option("select[name=licence]", index=1)
    page.set_input_files("input[name=upload]", str(pdf))
    for name in ("no_names", "no_images", "no_details", "has_rights"):
        page.check(f"input[name={name}]")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    material = PracticeMaterial.objects.get(author=newcomer)
    assert material.status == Status.PENDING
    assert material.original_filename == "family-visit-checklist.pdf"

    # Start a thread about it.
    page.goto(live_server.url + f"/{language}/discussions/new/")
    page.select_option("select[name=category]", str(community["category"].pk))
    page.fill("input[name=title]", "How do you prepare a first family visit?")
    page.fill("textarea[name=body]", "I wrote a **checklist**; what would you add?")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    thread = Thread.objects.get(author=newcomer)
    assert page.locator("h1").inner_text().strip() == thread.title
    assert page.locator("strong", has_text="checklist").count() == 1

    # A colleague replies from another browser.
    other = browser.new_context(locale="en-GB")
    colleague_page = other.new_page()
    log_in(colleague_page, live_server.url, community["colleague"].email, PASSWORD)
    colleague_page.goto(live_server.url + thread.get_absolute_url())
    colleague_page.fill("textarea[name=body]", "Add the phone numbers of the local services.")
    with colleague_page.expect_navigation():
        colleague_page.locator(
            "form.reply-form button[type=submit], #reply button[type=submit]"
        ).first.click()
    other.close()
    assert Post.objects.filter(thread=thread, author=community["colleague"]).exists()

    # The newcomer follows their own thread and is told of the reply, in their language.
    notices = [m for m in messages_in(mail_dir) if m["To"] == NEWCOMER_EMAIL][1:]
    assert len(notices) == 1, [m["Subject"] for m in notices]
    assert "How do you prepare a first family visit?" in notices[0]["Subject"]
    assert "List-Unsubscribe" in notices[0]
    assert "Add the phone numbers of the local services." in text_of(notices[0])

    # Download their data.
    page.goto(live_server.url + f"/{language}/members/me/data/")
    with page.expect_download() as download_info:
        page.locator("main form button[type=submit]").first.click()
    archive = zipfile.ZipFile(io.BytesIO(Path(download_info.value.path()).read_bytes()))
    data = json.loads(archive.read("data.json"))
    dumped = json.dumps(data, ensure_ascii=False)
    assert NEWCOMER_EMAIL in dumped
    assert "How do you prepare a first family visit?" in dumped
    assert any(name.endswith("family-visit-checklist.pdf") for name in archive.namelist())
    context.close()
