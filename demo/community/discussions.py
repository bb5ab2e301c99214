"""Demo discussions: five translated categories and a handful of conversations.

Idempotent: categories are found by their demo translation key, threads by title and category.
"""

import datetime

from django.utils import timezone, translation

from community.discussions.models import Category, Follow, Post, Thread
from community.markdown import quote_markdown
from community.members.standing import display_name
from demo.community.discussions_data import CATEGORIES, THREADS
from demo.core import pick
from demo.pages import ensure_snippet

FAMILY = "discussion categories"


def load(ctx):
    from demo.community.members import members

    people = members(ctx)
    categories = {}
    for order, (key, data) in enumerate(CATEGORIES.items()):

        def build(lang, data=data, order=order):
            return Category(sort_order=order * 10, **pick(data, lang))

        categories[key] = ensure_snippet(ctx, Category, f"discussion-category:{key}", build, FAMILY)
    if hasattr(ctx, "report"):
        ctx.report(FAMILY)
    created = 0
    for spec in THREADS:
        created += _ensure_thread(spec, categories[spec["category"]], people)
    ctx.log(f"  discussion threads: {created} created, {len(THREADS) - created} already there")


def _ensure_thread(spec, category, people):
    if Thread.objects.filter(
        title=spec["title"], category__translation_key=category.translation_key
    ).exists():
        return 0
    start = timezone.now().replace(minute=0, second=0, microsecond=0) - datetime.timedelta(
        days=spec["days_ago"]
    )
    thread = Thread.objects.create(
        category=category,
        title=spec["title"],
        author=people[spec["author"]],
        language=spec["language"],
        created_at=start,
        last_post_at=start,
        is_pinned=spec.get("pinned", False),
        is_locked=spec.get("locked", False),
    )
    posts = []
    for entry in spec["posts"]:
        author_key, hours, body = entry[:3]
        quoted = posts[entry[3]] if len(entry) > 3 else None
        posts.append(
            Post.objects.create(
                thread=thread,
                author=people[author_key],
                body=_with_quote(body, quoted, spec["language"]),
                quoted=quoted,
                created_at=start + datetime.timedelta(hours=hours),
            )
        )
        Follow.objects.get_or_create(user=people[author_key], thread=thread)
    thread.refresh_counters()
    return 1


def _with_quote(body, quoted, language):
    if quoted is None:
        return body
    first_paragraph = quoted.body.split("\n\n")[0]
    with translation.override(language):
        return quote_markdown(display_name(quoted.author), first_paragraph) + body
