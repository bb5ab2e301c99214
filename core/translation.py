"""Writing the language versions of pages and snippets, for importers, the demo and tests."""

import functools

from wagtail_localize.fields import SynchronizedField, get_translatable_fields


@functools.cache
def synchronised_fields(model):
    """Fields wagtail-localize keeps the same in every language (dates, types, numbers…)."""
    return {
        field.field_name
        for field in get_translatable_fields(model)
        if isinstance(field, SynchronizedField)
    }
