"""Demo comments in Bulgarian, English and Romanian under a news article, an event and a
publication. Idempotent: a comment is found by its page, author and text.
"""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Locale

from cms.models import ArticlePage, EventPage, PublicationPage
from community.comments.models import Comment

ARTICLE_SLUG = "kartografirane-13-oblasti-i-okraga"

COMMENTS = [
    (
        "article",
        "maria",
        "bg",
        "Използвахме картата при планирането на новата услуга в Русе – спести ни седмици "
        "обаждания. Ще има ли обновяване за 2026 г.?",
    ),
    (
        "article",
        "ioana",
        "ro",
        "La Constanța am făcut un exercițiu asemănător. Ar fi util să **comparăm** "
        "metodologiile: noi am inclus și serviciile ONG-urilor mici.",
    ),
    (
        "article",
        "georgi",
        "en",
        "I am new here: is the mapping method written up anywhere, so a small municipality "
        "could repeat it?",
    ),
    (
        "event",
        "ioana",
        "ro",
        "Mulțumim pentru organizare! Sesiunea despre supervizare a fost cea mai utilă pentru "
        "echipa noastră.",
    ),
    (
        "event",
        "maria",
        "bg",
        "Съгласна съм с Йоана. Предлагам следващата среща да е посветена на "
        "реинтеграцията в биологичното семейство.",
    ),
    (
        "publication",
        "maria",
        "en",
        "We use chapter 3 of this guide in our induction training for new social workers.",
    ),
    (
        "publication",
        "georgi",
        "bg",
        "Имаме случай с момче на 9 години от с. Малко село, чиято майка работи в Гърция – "
        "как бихте постъпили?",
    ),
]


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
    created = 0
    for key, person, language, body in COMMENTS:
        page = pages.get(key)
        if page is None:
            continue
        _comment, new = ensure_comment(page, people[person], language, body)
        created += new
    ctx.log(f"  comments: {created} created, {len(COMMENTS) - created} already there or skipped")
