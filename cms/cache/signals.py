"""Purge the page cache when what readers see changes; see cms.cache.purge for what goes."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from cms.cache.purge import is_sitewide, purge_all, purge_page
from cms.cache.restrictions import restrictions_changed


@receiver(page_published)
@receiver(page_unpublished)
def purge_changed_page(sender, instance, **kwargs):
    """Also sent for translations published by wagtail-localize and for updated aliases."""
    purge_page(instance)


@receiver(post_page_move)
@receiver(page_slug_changed)
def purge_after_new_urls(sender, instance, **kwargs):
    """Every descendant's URL changed: the old ones must stop answering."""
    purge_all()


@receiver(pre_delete)
def purge_deleted_page(sender, instance, **kwargs):
    if settings.PAGE_CACHE_ENABLED and isinstance(instance, Page) and instance.live:
        purge_page(instance)


# Wagtail fills these in lazily while a page is being rendered; they change nothing shown.
LAZY_MEDIA_FIELDS = {"file_size", "file_hash"}


@receiver(post_save)
def purge_after_sitewide_save(sender, instance, created=False, update_fields=None, **kwargs):
    """Menus, organisations and settings show on every page; so do pictures and files.

    A new picture or file is on no page yet; a changed one may be on any.
    """
    if not settings.PAGE_CACHE_ENABLED:
        return
    if is_sitewide(sender):
        purge_all()
    elif is_media(sender) and not created:
        if not (update_fields and set(update_fields) <= LAZY_MEDIA_FIELDS):
            purge_all()


@receiver(post_delete)
def purge_after_sitewide_delete(sender, instance, **kwargs):
    if settings.PAGE_CACHE_ENABLED and (is_sitewide(sender) or is_media(sender)):
        purge_all()


def is_media(model):
    return model is get_image_model() or model is get_document_model()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
@receiver(m2m_changed, sender=CollectionViewRestriction.groups.through)
def purge_after_privacy_change(sender, **kwargs):
    """A page (and its subtree, in every language) or a collection's files changed hands.

    Whatever showed them may now show too much: the pages, their translations, index pages,
    feeds, the sitemap and the directory API. Everything goes, even with the page cache off in
    this process (another process may have it on), and every process reads the restricted
    subtrees again.
    """
    if sender in (PageViewRestriction.groups.through, CollectionViewRestriction.groups.through):
        if not kwargs.get("action", "").startswith("post_"):
            return
    restrictions_changed()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(restrictions_changed)
    purge_all(always=True)
