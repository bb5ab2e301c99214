"""The pieces every source's entry is built from: dates, plain text, topics.

A source's `entry(obj)` returns the fields of a `SearchEntry`: kind, language, group_key
(what the versions of one thing in several languages share), audience, url, heading, text,
date, year, region and the topics from `tag_fields()`.
"""

import datetime
import re
from collections.abc import Mapping
from html import unescape

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


# Where rich text's paragraphs, headings, list items and lines end.
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


def text_of(value):
    """Plain text; the parts of a list (a body's blocks, a table's cells) on lines of their
    own, so that a snippet shows where one ends and the next begins."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "\n".join(text_of(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(text_of(item) for item in value.values())
    text = str(value)
    if "<" not in text:
        return text
    return unescape(strip_tags(_BLOCK_END.sub("\n", text)))


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


def _keyed(names):
    pairs = [(tag_key(name), str(name).replace("|", " ")) for name in names if str(name).strip()]
    seen, unique = set(), []
    for key, name in pairs:
        if key and key not in seen:
            seen.add(key)
            unique.append((key, name))
    return unique


def tag_fields(topics, language=""):
    """The entry's topics from their names: a key to filter by, the name to show.

    A topic is a name in the entry's language (a tag is a word in one language), or, for one
    that is translated (a category, a choice), its names as {language: name}: the entry shows
    its own language's name, and keeps the others so that a reader of another language sees
    the topic in their words and finds the entry under it.
    """
    own, others = [], {}
    for topic in topics:
        if isinstance(topic, Mapping):
            for lang, name in topic.items():
                if lang == language:
                    own.append(name)
                else:
                    others.setdefault(lang, []).append(name)
        else:
            own.append(topic)
    pairs = _keyed(own)
    translations = {lang: _keyed(names) for lang, names in sorted(others.items())}
    keys = list(
        dict.fromkeys(
            [key for key, _ in pairs]
            + [key for translated in translations.values() for key, _ in translated]
        )
    )
    return {
        "tag_keys": "".join(f"|{key}" for key in keys) + ("|" if keys else ""),
        "tag_names": "|".join(name for _, name in pairs),
        "tag_translations": {
            lang: [[key, name] for key, name in translated]
            for lang, translated in translations.items()
            if translated
        },
    }
