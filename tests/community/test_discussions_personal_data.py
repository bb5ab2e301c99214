"""Export and erase of a member's discussions data."""

import json

from django.utils import translation

import pytest

from community.discussions import personal_data
from community.discussions.models import (
    Follow,
    FollowMode,
    PendingDigestItem,
    Post,
    PostRevision,
    ThreadReadState,
)
from community.discussions.services import edit_post
from tests.community import discussions_support
from tests.community.conftest import make_member
from tests.community.discussions_support import make_thread

pytestmark = pytest.mark.django_db
category = discussions_support.category


@pytest.fixture
def history(category):
    maria = make_member("maria", display_name="Maria")
    other = make_member("other")
    thread = make_thread(maria, category["en"], title="Sibling contact", body="First")
    edit_post(maria, thread.posts.get(), "Second")
    reply = Post.objects.create(thread=thread, author=other, body="Answer")
    Follow.objects.create(user=maria, category_key=category["en"].translation_key, mode="daily")
    PendingDigestItem.objects.create(user=maria, post=reply)
    return maria, other, thread


def test_export(history):
    maria, _other, thread = history
    with translation.override("en"):
        data = personal_data.export(maria)
    json.dumps(data)
    assert [t["title"] for t in data["threads"]] == ["Sibling contact"]
    assert [p["body"] for p in data["posts"]] == ["Second"]
    assert [r["body"] for r in data["post_revisions"]] == ["First"]
    modes = sorted((f["thread"] or "", f["category"] or "", f["mode"]) for f in data["follows"])
    assert modes == [
        ("", "Child protection", FollowMode.DAILY),
        ("Sibling contact", "", FollowMode.IMMEDIATE),
    ]
    assert data["read_markers"][0]["thread_id"] == thread.pk
    assert personal_data.files(maria) == []


def test_erase_anonymises_and_drops_private_state(history, client):
    maria, other, thread = history
    personal_data.erase(maria, keep_files=False)
    thread.refresh_from_db()
    assert thread.author is None
    assert Post.objects.get(body="Second").author is None
    assert PostRevision.objects.get().edited_by is None
    assert Post.objects.get(body="Answer").author == other
    for model in (Follow, ThreadReadState, PendingDigestItem):
        assert not model.objects.filter(user=maria).exists()
    client.force_login(other, backend="django.contrib.auth.backends.ModelBackend")
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Former member" in page or "Бивш член" in page
