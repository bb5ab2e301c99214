"""Bidirectional control characters are removed from what people write when it is saved.

Titles of every page type (and of their drafts), members' names, discussion threads and
posts, comments and practice materials.
"""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import translation

import pytest

from community.comments.models import Comment
from community.discussions.models import Post, Thread
from community.members.standing import profile_for
from core.text import remove_bidi_controls
from tests.community import discussions_support
from tests.community.conftest import make_member
from tests.community.discussions_support import make_thread
from tests.factories import PracticeMaterialFactory

category = discussions_support.category

# LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, ALM.
BIDI_CONTROLS = [
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u061c",
]
CLEAN = "Домашно посещение: checklist.pdf"
# The clean text with every control in it, one between each pair of characters.
DIRTY = "".join(
    char + (BIDI_CONTROLS[index % len(BIDI_CONTROLS)] if index < len(CLEAN) - 1 else "")
    for index, char in enumerate(CLEAN)
)
PAGE_KEYS = [
    "home",
    "news_index",
    "article",
    "resource_centre",
    "event_index",
    "event",
    "project_index",
    "project",
    "publication_index",
    "publication",
    "standard",
    "contact",
    "directory",
    "provider",
    "legislation_index",
    "legislation",
]


def test_every_control_is_in_the_dirty_text():
    assert all(control in DIRTY for control in BIDI_CONTROLS)
    assert DIRTY != CLEAN


@pytest.mark.parametrize("control", BIDI_CONTROLS)
def test_remove_bidi_controls(control):
    assert remove_bidi_controls(f"{control}abc{control}{control}def{control}") == "abcdef"


def test_other_text_is_left_as_it_is():
    text = "Ромска общност – „Ново начало“ ✓ 😀 ZWJ\u200d NBSP\u00a0 שלום"
    assert remove_bidi_controls(text) == text
    assert remove_bidi_controls(None) is None


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_page_titles(site_tree, key):
    page = site_tree.page("bg", key)
    page.title = page.draft_title = page.seo_title = DIRTY
    page.save()
    page.refresh_from_db()
    assert (page.title, page.draft_title, page.seo_title) == (CLEAN, CLEAN, CLEAN)


@pytest.mark.parametrize("key", ["article", "provider"])
def test_draft_titles_saved_as_revisions(site_tree, key):
    """Wagtail's editor saves a revision without validating the page (clean=False)."""
    page = site_tree.page("en", key)
    page.title = DIRTY
    revision = page.save_revision(clean=False)
    page.refresh_from_db()
    assert page.draft_title == CLEAN
    assert revision.content["title"] == CLEAN
    assert revision.as_object().title == CLEAN
    revision.publish()
    page.refresh_from_db()
    assert page.title == CLEAN


def test_profile(db):
    profile = profile_for(make_member("reader"))
    profile.display_name = profile.organisation = profile.bio = DIRTY
    profile.save()
    profile.refresh_from_db()
    assert (profile.display_name, profile.organisation, profile.bio) == (CLEAN, CLEAN, CLEAN)


def test_thread_and_post(category):
    thread = make_thread(make_member("starter"), category["en"], title=DIRTY, body=DIRTY)
    thread.refresh_from_db()
    assert thread.title == CLEAN
    assert thread.posts.get().body == CLEAN


def test_comment(db):
    author = make_member("commenter")
    material = PracticeMaterialFactory(author=author)
    comment = Comment.objects.create(
        content_type=ContentType.objects.get_for_model(material),
        object_id=material.pk,
        author=author,
        body=DIRTY,
        language="en",
    )
    comment.refresh_from_db()
    assert comment.body == CLEAN


def test_material(db):
    material = PracticeMaterialFactory(
        author=make_member("sharer"), title=DIRTY, description=DIRTY, original_filename=DIRTY
    )
    material.refresh_from_db()
    assert (material.title, material.description, material.original_filename) == (
        CLEAN,
        CLEAN,
        CLEAN,
    )


@pytest.fixture
def member_client(client):
    client.force_login(make_member("member"), backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_a_reply_posted_through_the_form_is_stored_clean(category, member_client):
    thread = make_thread(make_member("starter"), category["en"])
    with translation.override("en"):
        url = reverse("discussions:reply", args=[thread.pk])
    response = member_client.post(url, {"body": "Agreed: see file\u202eexe.pdf"})
    assert response.status_code == 302
    reply = Post.objects.filter(thread=thread).latest("created_at")
    assert reply.body == "Agreed: see fileexe.pdf"


def test_a_thread_started_through_the_form_is_stored_clean(category, member_client):
    with translation.override("en"):
        url = reverse("discussions:new_thread")
    data = {
        "category": category["en"].pk,
        "title": "\u202eSupervision\u202c for new colleagues",
        "body": "How do you do it?\u2067",
        "language": "en",
    }
    assert member_client.post(url, data).status_code == 302
    thread = Thread.objects.get()
    assert thread.title == "Supervision for new colleagues"
    assert thread.posts.get().body == "How do you do it?"
