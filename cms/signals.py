from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import CollectionViewRestriction
from wagtail.signals import copy_for_translation_done

from search import indexing


@receiver(copy_for_translation_done)
def start_translations_without_source_tags(sender, source_obj, target_obj, **kwargs):
    """Tags are per language version: a new translation must not show the source's words."""
    from cms.models import ArticlePage, ArticlePageTag

    if isinstance(target_obj, ArticlePage):
        ArticlePageTag.objects.filter(content_object_id=target_obj.pk).delete()
        target_obj.tags.clear()


@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def collection_privacy_changed(sender, instance, **kwargs):
    """Publications offer files; the text of a file in a private collection is not indexed."""
    from cms.models import PublicationPage

    collections = instance.collection.get_descendants(inclusive=True)
    for page in (
        PublicationPage.objects.live()
        .filter(files__document__collection__in=collections)
        .distinct()
    ):
        indexing.sync(page)
