"""Writing the language versions of pages and snippets, for importers, the demo and tests."""

import functools
import uuid

from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, get_translatable_fields


@functools.cache
def synchronised_fields(model):
    """Fields wagtail-localize keeps the same in every language (dates, types, numbers…)."""
    return {
        field.field_name
        for field in get_translatable_fields(model)
        if isinstance(field, SynchronizedField)
    }


# Keys made from names are the same on every site and every run: the demo finds what it
# created before, and code finds the pages it links to by name (the terms, the privacy notice).
KEY_NAMESPACE = uuid.UUID("5f1c7a52-3d0e-4f8b-9a61-2c4e8d7b9f10")


def named_translation_key(name):
    return uuid.uuid5(KEY_NAMESPACE, name)


def detach_alias(page):
    """An alias made by locale synchronisation becomes a translation of its own.

    By update: saving the alias through Wagtail would copy its source over it again.
    """
    Page.objects.filter(pk=page.pk).update(alias_of=None)
    page.alias_of_id = None
    return page


def translation_for(source, locale, *, copy_parents=False):
    """(page, created): the `locale` version of a page, ready to be written into.

    The translation that exists, the alias synchronisation left in its place (detached), or
    a new copy of the source, as wagtail-localize's "Translate" makes it.
    """
    existing = Page.objects.filter(translation_key=source.translation_key, locale=locale).first()
    if existing is None:
        return source.copy_for_translation(locale, copy_parents=copy_parents).specific, True
    if existing.alias_of_id is not None:
        detach_alias(existing)
    return existing.specific_class.objects.get(pk=existing.pk), False


def publish(page, user=None, log_action=False):
    """Publish what the page now holds as a new revision (its draft title included)."""
    page.draft_title = page.title
    revision = page.save_revision(user=user, log_action=log_action)
    revision.publish(user=user)
    return revision


def write_translation(source, locale, fields, *, copy_parents=False):
    """Create or update the `locale` version of `source` with these field values, published."""
    page, _created = translation_for(source, locale, copy_parents=copy_parents)
    for name, value in fields.items():
        setattr(page, name, value)
    publish(page)
    return page.__class__.objects.get(pk=page.pk)
