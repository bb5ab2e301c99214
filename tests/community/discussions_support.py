"""Fixtures and helpers shared by the discussions and notifications tests."""

import datetime
import uuid

from django.utils import timezone

import pytest

from community.discussions.models import Category, Post, Thread
from community.discussions.services import add_reply, start_thread

CATEGORY_NAMES = {"bg": "Закрила на детето", "en": "Child protection", "ro": "Protecția copilului"}
CATEGORY_SLUGS = {"bg": "zakrila", "en": "child-protection", "ro": "protectia-copilului"}


def make_category(locales, names=CATEGORY_NAMES, slugs=CATEGORY_SLUGS, sort_order=0):
    key = uuid.uuid4()
    made = {}
    for lang in ("bg", "en", "ro"):
        made[lang] = Category.objects.create(
            locale=locales[lang],
            translation_key=key,
            name=names[lang],
            slug=slugs[lang],
            sort_order=sort_order,
        )
    return made


@pytest.fixture
def category(locales):
    """The "Child protection" category in bg/en/ro: {lang: Category}."""
    return make_category(locales)


def make_thread(author, category, title="How do you prepare a first home visit?", body="Opening"):
    thread, _post = start_thread(author, category, title, body, "en")
    return thread


def make_posts(thread, authors, count, start=None):
    """`count` replies a minute apart (authors in turn), bypassing rate limits."""
    start = start or timezone.now() - datetime.timedelta(days=1)
    posts = []
    for index in range(count):
        post = Post.objects.create(
            thread=thread,
            author=authors[index % len(authors)],
            body=f"Reply number {index + 1}",
            created_at=start + datetime.timedelta(minutes=index),
        )
        posts.append(post)
    thread.refresh_counters()
    thread.refresh_from_db()
    return posts


__all__ = ["Thread", "add_reply", "category", "make_category", "make_posts", "make_thread"]
