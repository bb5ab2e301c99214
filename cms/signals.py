from django.dispatch import receiver

from wagtail.signals import copy_for_translation_done


@receiver(copy_for_translation_done)
def start_translations_without_source_tags(sender, source_obj, target_obj, **kwargs):
    """Tags are per language version: a new translation must not show the source's words."""
    from cms.models import ArticlePage, ArticlePageTag

    if isinstance(target_obj, ArticlePage):
        ArticlePageTag.objects.filter(content_object_id=target_obj.pk).delete()
        target_obj.tags.clear()
