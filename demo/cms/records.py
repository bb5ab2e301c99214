"""The editorial demo's records, read from demo/data/cms/ and turned into what demo.pages builds.

One file per page or record, in a folder per kind; file names start with a number, and
pages are made in that order (a parent before its children):

- ``organisations/``: the organisations named on projects and events;
- ``site/``: the home page, the section index pages and the contact page;
- ``pages/``: about us, the privacy policy, the terms of use, the accessibility statement;
- ``projects/``, ``events/``, ``publications/``, ``articles/``: one page each;
- ``navigation/``: the main menu and the footer.

A record's names are its model's: fields, StreamFields as block lists (``demo.data.blocks``)
and inline children as lists of mappings, under the relation's name. The few other names say
what they are for: ``key``, ``parent``, ``model``, the ``*_palette`` and ``*_illustration`` of a
generated picture, a ``pdf`` the page offers. A misspelt name, a value outside a field's
choices, a reference without its tag or an unknown block type stops ``load_demo`` with the file
and the place.
"""

from datetime import date
from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models.fields.reverse_related import ForeignObjectRel

from wagtail.fields import StreamField

from core.fields import MultipleChoiceField
from demo.core import LANGUAGES, PageRef, is_per_language, pick
from demo.data import DemoDataError, blocks, check_reference
from demo.media import PALETTES, SCENES

PDF_FIELDS = {"key", "lang", "file_name", "title", "subtitle", "author", "meta_lines", "sections"}


def check_names(record, allowed, path, where=""):
    unknown = [str(name) for name in record if name not in allowed]
    if unknown:
        raise DemoDataError(path, where, f"unknown {', '.join(unknown)}")


def check_value(field, value, path, where):
    """A value the model field accepts: one of its choices, a tagged reference, a date, ..."""
    if is_per_language(value):
        for lang, item in value.items():
            check_value(field, item, path, f"{where}.{lang}")
        return
    if value is None:
        if not field.null:
            raise DemoDataError(path, where, "needs a value")
        return
    if isinstance(field, MultipleChoiceField):
        allowed = [str(choice) for choice, _label in field.multiple_choices]
        if not isinstance(value, list) or any(item not in allowed for item in value):
            raise DemoDataError(path, where, f"must be a list of {', '.join(allowed)}")
    elif field.choices:
        allowed = [str(choice) for choice, _label in field.flatchoices]
        if value not in allowed:
            raise DemoDataError(path, where, f"{value!r} is not one of {', '.join(allowed)}")
    elif isinstance(field, models.ForeignKey):
        check_reference(value, field.related_model, path, where)
    elif isinstance(field, models.DateField):
        if not isinstance(value, date):
            raise DemoDataError(path, where, f"{value!r} is not a date (write 2019-04-25)")
    elif isinstance(field, models.DecimalField):
        if not isinstance(value, Decimal):
            raise DemoDataError(path, where, f'{value!r} must be written `!decimal "1234.50"`')
    elif isinstance(field, models.IntegerField):
        if isinstance(value, bool) or not isinstance(value, int):
            raise DemoDataError(path, where, f"{value!r} is not a whole number")
    elif isinstance(field, models.BooleanField):
        if not isinstance(value, bool):
            raise DemoDataError(path, where, f"{value!r} is not true or false")
    elif isinstance(field, models.CharField | models.TextField) and not isinstance(value, str):
        raise DemoDataError(path, where, f"{value!r} is not a text")


def _field(model, name, path, where):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        raise DemoDataError(path, where, f"{model.__name__} has no field {name!r}") from None


def fields(path, record, model, skip=(), where=""):
    """The record's values for ``model``'s fields, checked; ``skip`` names what is read apart."""
    values = {}
    for name, value in record.items():
        if name in skip:
            continue
        place = f"{where}.{name}" if where else name
        field = _field(model, name, path, place)
        if field.is_relation and not field.concrete or isinstance(field, StreamField):
            raise DemoDataError(path, place, f"{model.__name__}.{name} is not a plain field")
        check_value(field, value, path, place)
        values[name] = value
    return values


def page(path, record, model, parent=None, extra=()):
    """The spec demo.pages builds a page from (see there), from a page's record.

    ``parent`` is the parent's key unless the record names it; ``extra`` names what the
    caller reads itself.
    """
    key = record["key"]
    spec = {"key": key, "model": model, "parent": parent, "fields": {}}
    if "parent" in record:
        if not isinstance(record["parent"], PageRef):
            raise DemoDataError(path, "parent", "must be written `!page key`")
        spec["parent"] = record["parent"].key
    streams, children = {}, {}
    plain = {}
    for name, value in record.items():
        if name in ("key", "parent", *extra):
            continue
        field = _field(model, name, path, name)
        if isinstance(field, StreamField):
            streams[name] = blocks(value, field.stream_block, path, name)
        elif isinstance(field, ForeignObjectRel) and field.one_to_many:
            children[name] = inline(path, value, field.related_model, name)
        else:
            plain[name] = value
    spec["fields"] = fields(path, plain, model)
    if streams:
        spec["streams"] = streams
    if children:
        spec["children"] = children
    return spec


def inline(path, items, model, where):
    """Inline children (a project's partners, a gallery's images): a list of mappings."""
    if not isinstance(items, list):
        raise DemoDataError(path, where, "must be a list")
    return [
        fields(path, _mapping(item, path, f"{where}[{index}]"), model, where=f"{where}[{index}]")
        for index, item in enumerate(items)
    ]


def _mapping(value, path, where):
    if not isinstance(value, dict) or is_per_language(value):
        raise DemoDataError(path, where, "must be a mapping of names to values")
    return value


def palette(record, name, path):
    """The colours of a generated picture: one of demo.media's palettes."""
    value = record.get(name)
    if value not in PALETTES:
        raise DemoDataError(path, name, f"{value!r} is not one of {', '.join(PALETTES)}")
    return value


def illustration(record, name, path, where=""):
    """The scene of a generated picture: one of the illustrations demo.media draws from."""
    value = record.get(name)
    if value not in SCENES:
        place = f"{where}.{name}" if where else name
        raise DemoDataError(path, place, f"{value!r} is not one of {', '.join(SCENES)}")
    return value


def references(values, kind, path, where):
    if not isinstance(values, list) or not all(isinstance(value, kind) for value in values):
        raise DemoDataError(path, where, f"must be a list of {kind.__name__} written with a tag")
    return [value.key for value in values]


def pdf_sections(items, path, where):
    """A PDF's sections, written as a block list of ``heading``, ``paragraph`` and ``list``.

    Returns demo.pdf's ``[(heading, [paragraph or [item, ...], ...]), ...]``, with the texts
    still in every language (``pick`` one).
    """
    if not isinstance(items, list):
        raise DemoDataError(path, where, "must be a list of heading, paragraph and list items")
    sections = []
    for index, item in enumerate(items):
        place = f"{where}[{index}]"
        if not isinstance(item, dict) or len(item) != 1:
            raise DemoDataError(path, place, "an item is written `- heading: ...`, one per line")
        ((kind, value),) = item.items()
        if kind == "heading":
            sections.append((value, []))
        elif kind not in ("paragraph", "list"):
            raise DemoDataError(path, place, f"unknown {kind!r} (heading, paragraph or list)")
        elif not sections:
            raise DemoDataError(path, place, "the first item must be a heading")
        elif kind == "list" and not isinstance(value, list):
            raise DemoDataError(path, f"{place}.list", "must be a list of items")
        else:
            sections[-1][1].append(value)
    return sections


def register_pdf(media, path, pdf, where="pdf"):
    """A PDF a page offers, typeset in each of its languages as document ``<key>-<lang>``.

    A PDF in one language only names it (``lang``) and writes its texts once.
    """
    from demo.pdf import build_pdf

    check_names(_mapping(pdf, path, where), PDF_FIELDS, path, where)
    missing = [name for name in ("key", "file_name", "title") if name not in pdf]
    if missing:
        raise DemoDataError(path, where, "missing " + ", ".join(missing))
    sections = pdf_sections(pdf.get("sections", []), path, f"{where}.sections")
    for lang in [pdf["lang"]] if "lang" in pdf else LANGUAGES:
        texts = pick({**pdf, "sections": sections}, lang)

        def build(lang=lang, texts=texts):
            data = build_pdf(
                lang=lang,
                title=texts["title"],
                subtitle=texts.get("subtitle", ""),
                author=texts.get("author", ""),
                meta_lines=texts.get("meta_lines", ()),
                sections=texts["sections"],
            )
            return texts["file_name"], data

        media.register_document(f"{pdf['key']}-{lang}", texts["title"], build)
