"""Demo discussions: five translated categories and a handful of conversations.

The categories and the threads with their posts are in demo/data/community/ (categories/,
threads/). Idempotent: categories are found by their demo translation key, threads by title
and category.
"""

import datetime

from django.utils import timezone, translation

from community.discussions.models import Category, Follow, Post, Thread
from community.markdown import quote_markdown
from community.members.standing import display_name
from demo.community.records import categories as category_records
from demo.community.records import threads
from demo.core import pick
from demo.pages import ensure_snippet

FAMILY = "discussion categories"


def load(ctx):
    from demo.community.members import members

    people = members(ctx)
    categories = {}
    for order, (key, data) in enumerate(category_records().items()):

        def build(lang, data=data, order=order):
            return Category(sort_order=order * 10, **pick(data, lang))

        categories[key] = ensure_snippet(ctx, Category, f"discussion-category:{key}", build, FAMILY)
    if hasattr(ctx, "report"):
        ctx.report(FAMILY)
    created = 0
    specs = threads()
    for spec in specs:
        created += _ensure_thread(spec, categories[spec["category"]], people)
    ctx.log(f"  discussion threads: {created} created, {len(specs) - created} already there")


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
        # "quotes" counts the posts from 1, the thread's opening post.
        quoted = posts[entry["quotes"] - 1] if "quotes" in entry else None
        author = people[entry["author"]]
        posts.append(
            Post.objects.create(
                thread=thread,
                author=author,
                body=_with_quote(entry["body"], quoted, spec["language"]),
                quoted=quoted,
                created_at=start + datetime.timedelta(hours=entry["hours"]),
            )
        )
        Follow.objects.get_or_create(user=author, thread=thread)
    thread.refresh_counters()
    return 1


def _with_quote(body, quoted, language):
    if quoted is None:
        return body
    first_paragraph = quoted.body.split("\n\n")[0]
    with translation.override(language):
        return quote_markdown(display_name(quoted.author), first_paragraph) + body
