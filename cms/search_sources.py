"""What the editorial pages put in search: their kinds, and when a file's text changes.

Pages themselves are indexed by `search` (each type names its `search_kind`); a publication
also carries the text of its files, which changes with the files and their collections'
privacy, neither of which publishes the page.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction

from search import indexing
from search.registry import register_kind

register_kind("article", _("Article"))
register_kind("event", _("Event"))
register_kind("publication", _("Publication"))
register_kind("project", _("Project"))


@receiver(post_save, sender=get_document_model())
def document_saved(sender, instance, **kwargs):
    """A replaced file changes the text of the publications that offer it."""
    from cms.models import PublicationPage

    for page in PublicationPage.objects.live().filter(files__document=instance).distinct():
        indexing.sync(page)


@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def collection_privacy_changed(sender, instance, **kwargs):
    """The text of a file in a private collection is not indexed."""
    from cms.models import PublicationPage

    collections = instance.collection.get_descendants(inclusive=True)
    for page in (
        PublicationPage.objects.live()
        .filter(files__document__collection__in=collections)
        .distinct()
    ):
        indexing.sync(page)
