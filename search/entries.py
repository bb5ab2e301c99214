"""The pieces every source's entry is built from: dates, plain text, topics.

A source's `entry(obj)` returns the fields of a `SearchEntry`: kind, language, group_key
(what the versions of one thing in several languages share), audience, url, heading, text,
date, year, region and the topics from `tag_fields()`.
"""

import datetime

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify

from wagtail.search import index

from anyascii import anyascii

MAX_TEXT_LENGTH = 100_000


def tag_key(name):
    return slugify(anyascii(str(name))) or slugify(str(name), allow_unicode=True)


def as_date(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def text_of(value):
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(text_of(item) for item in value)
    if isinstance(value, dict):
        return " ".join(text_of(item) for item in value.values())
    return strip_tags(str(value))


def field_texts(obj, fields):
    """The text of an object's search fields (not its title), as Wagtail would index it."""
    for field in fields:
        if isinstance(field, index.SearchField) and field.field_name != "title":
            yield text_of(field.get_value(obj))
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            items = related.all() if hasattr(related, "all") else [related]
            for item in items:
                yield from field_texts(item, field.fields)


def join_text(*parts):
    text = "\n".join(part.strip() for part in parts if part and part.strip())
    return text[:MAX_TEXT_LENGTH]


def tag_fields(pairs):
    """The entry's topics from their names: a key to filter by, the name to show."""
    pairs = [(tag_key(name), str(name).replace("|", " ")) for name in pairs if str(name).strip()]
    seen, unique = set(), []
    for key, name in pairs:
        if key and key not in seen:
            seen.add(key)
            unique.append((key, name))
    return {
        "tag_keys": "".join(f"|{key}" for key, _ in unique) + ("|" if unique else ""),
        "tag_names": "|".join(name for _, name in unique),
    }
