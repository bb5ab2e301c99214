"""Publishing, moving, restricting and deleting pages keep their search entries current.

Pages are Wagtail's, so `search` listens to them itself; the apps that register sources
connect their own signals (see `search.registry`). Deleting is the same for every source.
A change that reaches a whole subtree is left to the task worker (`search.tasks`).
"""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.tasks import enqueue_on_commit
from search import indexing, registry
from search.models import SearchEntry
from search.tasks import sync_page_tree_task


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
        enqueue_on_commit(sync_page_tree_task, instance.pk)


@receiver(page_unpublished)
def page_unpublished_handler(sender, instance, **kwargs):
    # Unpublishing a section hides what is under it as well.
    enqueue_on_commit(sync_page_tree_task, instance.pk)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    enqueue_on_commit(sync_page_tree_task, instance.pk)


@receiver(post_delete)
def content_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        indexing.remove("page", instance.pk)
    else:
        source = registry.source_for(instance)
        if source is not None:
            indexing.remove(source.name, instance.pk)


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
        enqueue_on_commit(sync_page_tree_task, member.pk)
