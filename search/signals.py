"""Saving, publishing, moderating and deleting keep the search entries current."""

from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from community.discussions.models import Post, Thread
from community.materials.models import PracticeMaterial
from search import indexing
from search.models import SearchEntry


@receiver(page_published)
def page_published_handler(sender, instance, **kwargs):
    old_url = (
        SearchEntry.objects.filter(source="page", source_pk=instance.pk)
        .values_list("url", flat=True)
        .first()
    )
    entry = indexing.sync(instance)
    if old_url and entry is not None and entry.url != old_url:
        # A new slug moves every page below it.
        indexing.sync_page_tree(instance)


@receiver(page_unpublished)
def page_unpublished_handler(sender, instance, **kwargs):
    # Unpublishing a section hides what is under it as well.
    indexing.sync_page_tree(instance)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    indexing.sync_page_tree(instance)


@receiver(post_delete)
def content_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        indexing.remove("page", instance.pk)
    elif sender in (PracticeMaterial, Thread, Post):
        indexing.remove(indexing.source_name(instance), instance.pk)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, **kwargs):
    """The page's subtree is found again or hidden, and so are its aliases, which show its
    restrictions. Translations have restrictions of their own (wagtail-localize copies them,
    which sends this signal for each)."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    for member in Page.objects.filter(Q(pk=page.pk) | Q(alias_of_id=page.pk)).order_by("path"):
        indexing.sync_page_tree(member)


@receiver(post_save, sender=get_document_model())
def document_saved(sender, instance, **kwargs):
    """A replaced file changes the text of the publications that offer it."""
    from cms.models import PublicationPage

    for page in PublicationPage.objects.live().filter(files__document=instance).distinct():
        indexing.sync(page)


@receiver(post_save, sender=PracticeMaterial)
def material_saved(sender, instance, **kwargs):
    indexing.sync(instance)


@receiver(m2m_changed, sender=PracticeMaterial.tags.through)
def material_tags_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(
        instance, PracticeMaterial
    ):
        indexing.sync(instance)


@receiver(post_save, sender=Thread)
def thread_saved(sender, instance, **kwargs):
    indexing.sync(instance)
    # Its title heads every reply, and hiding it hides them.
    indexing.sync_thread_posts(instance)


@receiver(post_save, sender=Post)
def post_saved(sender, instance, **kwargs):
    indexing.sync(instance)
    if instance.is_opening_post():
        indexing.sync(instance.thread)
