"""Demo comments in Bulgarian, English and Romanian under a news article, an event and a
publication, from demo/data/community/comments/ (one file per page). Idempotent: a comment is
found by its page, author and text.
"""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Locale

from cms.models import ArticlePage, EventPage, PublicationPage
from community.comments.models import Comment
from demo.community.records import comments

ARTICLE_SLUG = "kartografirane-13-oblasti-i-okraga"


def demo_pages():
    """A Bulgarian article, event and publication of the demo site (None when missing)."""
    try:
        bg = Locale.objects.get(language_code="bg")
    except Locale.DoesNotExist:
        return {}
    articles = ArticlePage.objects.live().filter(locale=bg)
    return {
        "article": articles.filter(slug=ARTICLE_SLUG).first() or articles.first(),
        "event": EventPage.objects.live().filter(locale=bg).order_by("-start_date").first(),
        "publication": PublicationPage.objects.live().filter(locale=bg).first(),
    }


def ensure_comment(page, author, language, body):
    comment = Comment.objects.filter(
        target_key=page.translation_key, author=author, body=body
    ).first()
    if comment is not None:
        return comment, False
    return (
        Comment.objects.create(
            content_type=ContentType.objects.get_for_model(page),
            object_id=page.pk,
            target_key=page.translation_key,
            author=author,
            language=language,
            body=body,
        ),
        True,
    )


def load(ctx):
    from demo.community.members import members

    people = members(ctx)
    pages = demo_pages()
    specs = comments()
    created = 0
    for key, spec in specs:
        page = pages.get(key)
        if page is None:
            continue
        _comment, new = ensure_comment(page, people[spec["author"]], spec["language"], spec["body"])
        created += new
    ctx.log(f"  comments: {created} created, {len(specs) - created} already there or skipped")
