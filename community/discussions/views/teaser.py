"""What a visitor who is not logged in sees of the discussions, instead of a login form.

Members discuss cases here, so a visitor sees only what editors wrote (the categories' names
and descriptions) and how lively each category is (threads, posts, the day of the latest
post): never a title, a name or a word that a member wrote.
"""

from django.contrib.auth import get_user_model
from django.db.models import Count, Max, Sum
from django.http import Http404
from django.shortcuts import redirect, render

from community.discussions import services
from community.discussions.models import Category, Thread
from core.locales import active_locale


def category_or_redirect(slug):
    """(the category of this slug, None), or (None, a redirect to its reader's language).

    A category's slug is worded per language; a slug of another language leads to the
    category's translation when there is one.
    """
    found = Category.objects.filter(slug=slug)
    current = found.filter(locale=active_locale()).first()
    if current is not None:
        return current, None
    other = found.first()
    if other is None:
        raise Http404
    translated = other.localized
    if translated.pk != other.pk:
        return None, redirect(translated.get_absolute_url())
    return other, None


def category_rows():
    """Each category in the reader's language, with its visible threads' numbers."""
    numbers = {
        row["category__translation_key"]: row
        for row in Thread.objects.filter(Thread.visible_q())
        .values("category__translation_key")
        .annotate(threads=Count("pk"), posts=Sum("post_count"), latest=Max("last_post_at"))
    }
    rows = []
    for category in services.categories_for_reader():
        found = numbers.get(category.translation_key, {})
        rows.append(
            {
                "category": category,
                "thread_count": found.get("threads", 0),
                "post_count": found.get("posts") or 0,
                "latest": found.get("latest"),
            }
        )
    return rows


def render_teaser(request, current=None):
    rows = category_rows()
    current_row = None
    for row in rows:
        row["is_current"] = bool(current) and row["category"].translation_key == (
            current.translation_key
        )
        current_row = row if row["is_current"] else current_row
    return render(
        request,
        "community/discussions/teaser.html",
        {
            "rows": rows,
            "current": current,
            "current_row": current_row,
            "thread_count": sum(row["thread_count"] for row in rows),
            "post_count": sum(row["post_count"] for row in rows),
            "member_count": get_user_model().objects.filter(is_active=True).count(),
        },
    )


def index(request):
    return render_teaser(request)


def category(request, slug):
    current, elsewhere = category_or_redirect(slug)
    if elsewhere:
        return elsewhere
    return render_teaser(request, current)
