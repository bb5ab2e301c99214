"""The discussions demo loads in three languages and can run twice."""

import sys
import types

import pytest

from community.discussions.models import Category, Post, Thread
from demo.community import discussions as demo
from demo.core import DemoContext
from tests.community.conftest import make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_members(monkeypatch, db):
    people = {
        "maria": make_member("demo_maria", display_name="Мария"),
        "ioana": make_member("demo_ioana", language="ro", display_name="Ioana"),
        "georgi": make_member("demo_georgi", days_ago=3, trusted=False, display_name="Георги"),
        "elena": make_member("demo_elena", language="ro", display_name="Elena"),
    }
    fake = types.ModuleType("demo.community.members")
    fake.members = lambda ctx: people
    monkeypatch.setitem(sys.modules, "demo.community.members", fake)
    return people


def test_demo_is_trilingual_and_idempotent(demo_members):
    ctx = DemoContext()
    demo.load(ctx)
    demo.load(ctx)
    assert Category.objects.count() == 15
    assert set(Category.objects.values_list("locale__language_code", flat=True)) == {
        "bg",
        "en",
        "ro",
    }
    assert Category.objects.filter(name="Cross-border cooperation", slug__isnull=False).exists()
    assert Thread.objects.count() == 7
    assert Thread.objects.filter(is_pinned=True).count() == 1
    assert Thread.objects.filter(is_locked=True).count() == 1
    assert set(Thread.objects.values_list("language", flat=True)) == {"bg", "en", "ro"}
    assert Post.objects.filter(quoted__isnull=False).count() >= 3
    quoting = Post.objects.filter(quoted__isnull=False, thread__language="bg").first()
    assert quoting.body.startswith("> @")
    for thread in Thread.objects.all():
        assert thread.post_count == thread.posts.count()
