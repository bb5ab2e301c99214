"""Reading and checking one JSON line: what the page should hold, before touching the database.

Each type maps the names a line may use to model fields (a few with an alias: an event's
``kind`` is its ``event_type``, its ``body`` the ``write_up``). Bodies are converted here, and
files are found and hashed here, so a dry run checks them too.
"""

import datetime
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.utils.file import hash_filelike

from cms.importing import body as bodies
from cms.models import ArticlePage, EventPage, PublicationPage
from core.choices import Language
from core.translation import synchronised_fields

# Part of every digest: a change in how lines are converted makes the next run update pages.
FORMAT_VERSION = "1"

MODELS = {"article": ArticlePage, "event": EventPage, "publication": PublicationPage}
META_FIELDS = {"key", "type", "locale", "translation_of", "parent", "body_format"}


class LineError(Exception):
    """A reason why a line cannot be imported; the message is shown with the line number."""


@dataclass
class Line:
    number: int
    key: str
    type: str
    locale: str
    translation_of: str = ""
    parent: str = ""
    source_key: str = ""  # the line or page a translation's source is, set by the runner
    values: dict = field(default_factory=dict)  # model field name: value
    names: dict = field(default_factory=dict)  # model field name: the name the line used
    files: dict = field(default_factory=dict)  # language: (path, sha1)
    images: dict = field(default_factory=dict)  # model field name: (path, sha1)
    digest: str = ""

    @property
    def model(self):
        return MODELS[self.type]

    def name_of(self, model_field):
        return self.names.get(model_field, model_field)


# Value parsers: (line, JSON name, raw value, context) -> Python value ----------------------


def _text(line, name, value, ctx):
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise LineError(_("“%(field)s” must be text") % {"field": name})
    return value.strip()


def _choice(line, name, value, ctx):
    return _text(line, name, value, ctx).lower()


def _country(line, name, value, ctx):
    return _text(line, name, value, ctx).upper()


def _date(line, name, value, ctx):
    try:
        return datetime.date.fromisoformat(_text(line, name, value, ctx))
    except ValueError:
        raise LineError(
            _("bad date %(value)r in “%(field)s”: use YYYY-MM-DD") % {"value": value, "field": name}
        ) from None


def _year(line, name, value, ctx):
    text = str(value).strip() if isinstance(value, int | str) else ""
    if text.isdigit() and len(text) == 4:
        return int(text)
    return _date(line, name, value, ctx).year


def _number(line, name, value, ctx):
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise LineError(_("“%(field)s” must be a whole number, 0 or more") % {"field": name})
    return value


def _words(line, name, value, ctx):
    """A list of words, or one string of them separated by commas."""
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise LineError(_("“%(field)s” must be a list of words") % {"field": name})
    return list(dict.fromkeys(item.strip() for item in value if item.strip()))


def _body(line, name, value, ctx):
    text = _text(line, name, value, ctx)
    return bodies.body_blocks(text, ctx["body_format"], ctx["base_url"])


def _rich_text(line, name, value, ctx):
    text = _text(line, name, value, ctx)
    features = line.model._meta.get_field(ctx["field"]).features
    return bodies.rich_text(text, features, ctx["body_format"], ctx["base_url"])


def _path(line, name, value, ctx):
    text = _text(line, name, value, ctx)
    path = Path(text).expanduser()
    if not path.is_absolute():
        path = ctx["base_dir"] / path
    if not text or not path.is_file():
        raise LineError(_("missing file %(path)s (in “%(field)s”)") % {"path": text, "field": name})
    with path.open("rb") as handle:
        return path, hash_filelike(handle)


def _files(line, name, value, ctx):
    if not isinstance(value, dict) or not value:
        raise LineError(
            _("“%(field)s” must map languages to files, e.g. {“bg”: “report-bg.pdf”}")
            % {"field": name}
        )
    languages = dict(Language.choices)
    files = {}
    for language, path in value.items():
        if language not in languages:
            raise LineError(
                _("unknown file language %(language)r in “%(field)s” (expected %(expected)s)")
                % {"language": language, "field": name, "expected": ", ".join(languages)}
            )
        files[language] = _path(line, f"{name}.{language}", path, ctx)
    return files


COMMON = {
    "title": ("title", _text),
    "slug": ("slug", _text),
    "seo_title": ("seo_title", _text),
    "search_description": ("search_description", _text),
    "listing_summary": ("listing_summary", _text),
    "image": ("listing_image", _path),
}
FIELDS = {
    "article": {
        "date": ("date", _date),
        "kind": ("kind", _choice),
        "lead": ("lead", _text),
        "authors": ("authors", _text),
        "tags": ("tags", _words),
        "body": ("body", _body),
    },
    "event": {
        "event_type": ("event_type", _choice),
        "kind": ("event_type", _choice),
        "start_date": ("start_date", _date),
        "date": ("start_date", _date),
        "end_date": ("end_date", _date),
        "venue": ("venue", _text),
        "city": ("city", _text),
        "region": ("region", _choice),
        "country": ("country", _country),
        "organisers": ("organisers", _text),
        "trainers": ("trainers", _text),
        "audience": ("audience", _words),
        "participants_total": ("participants_total", _number),
        "participants": ("participants_total", _number),
        "participants_bg": ("participants_bg", _number),
        "participants_ro": ("participants_ro", _number),
        "summary": ("summary", _text),
        "write_up": ("write_up", _body),
        "body": ("write_up", _body),
        "findings": ("findings", _rich_text),
        "project": ("project", _text),
    },
    "publication": {
        "publication_type": ("publication_type", _choice),
        "kind": ("publication_type", _choice),
        "year": ("year", _year),
        "date": ("year", _year),
        "authors": ("authors", _text),
        "publisher": ("publisher", _text),
        "isbn": ("isbn", _text),
        "licence": ("licence", _choice),
        "abstract": ("abstract", _rich_text),
        "body": ("abstract", _rich_text),
        "cover": ("cover", _path),
        "files": ("files", _files),
        "project": ("project", _text),
    },
}
# What a page needs from its line (a translation takes the shared ones from its source).
REQUIRED = {
    "article": ("title", "date", "lead"),
    "event": ("title", "event_type", "start_date", "city", "country", "summary"),
    "publication": ("title", "year", "abstract", "files"),
}
IMAGE_FIELDS = ("listing_image", "cover")


def _meta(data, name, required=True):
    value = data.get(name, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise LineError(_("“%(field)s” must be text") % {"field": name})
    value = value.strip()
    if required and not value:
        raise LineError(_("missing field “%(field)s”") % {"field": name})
    return value


def parse_line(number, text, base_dir, base_url=""):
    """A Line from one line of the file; raises LineError with the reason it is unusable."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise LineError(_("invalid JSON: %(error)s") % {"error": error.msg}) from None
    if not isinstance(data, dict):
        raise LineError(_("invalid JSON: a line must be one object {…}"))

    key = _meta(data, "key")
    if len(key) > 255:
        raise LineError(_("“key” is longer than 255 characters"))
    page_type = _meta(data, "type")
    if page_type not in MODELS:
        raise LineError(
            _("unknown type %(type)r (expected %(expected)s)")
            % {"type": page_type, "expected": ", ".join(MODELS)}
        )
    locale = _meta(data, "locale")
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if locale not in languages:
        raise LineError(
            _("unknown locale %(locale)r (expected %(expected)s)")
            % {"locale": locale, "expected": ", ".join(languages)}
        )
    line = Line(
        number=number,
        key=key,
        type=page_type,
        locale=locale,
        translation_of=_meta(data, "translation_of", required=False),
        parent=_meta(data, "parent", required=False),
    )
    if line.translation_of == key:
        raise LineError(_("“translation_of” names the line itself"))

    fields = {**COMMON, **FIELDS[page_type]}
    unknown = sorted(set(data) - set(fields) - META_FIELDS)
    if unknown:
        raise LineError(
            _("unknown fields for type %(type)s: %(fields)s")
            % {"type": page_type, "fields": ", ".join(unknown)}
        )
    body_format = _meta(data, "body_format", required=False) or None
    if body_format not in (None, *bodies.FORMATS):
        raise LineError(
            _("unknown body_format %(format)r (expected %(expected)s)")
            % {"format": body_format, "expected": ", ".join(bodies.FORMATS)}
        )
    for name, value in data.items():
        if name in META_FIELDS or value in (None, "", [], {}):
            continue
        model_field, parse = fields[name]
        if model_field in line.names:
            raise LineError(
                _("“%(first)s” and “%(second)s” give the same thing: keep one")
                % {"first": line.names[model_field], "second": name}
            )
        ctx = {
            "base_dir": Path(base_dir),
            "base_url": base_url,
            "body_format": body_format,
            "field": model_field,
        }
        line.names[model_field] = name
        line.values[model_field] = parse(line, name, value, ctx)

    _derive(line)
    required = REQUIRED[page_type]
    if line.translation_of:
        required = [name for name in required if name not in synchronised_fields(line.model)]
    missing = [line.name_of(name) for name in required if not line.values.get(name)]
    if missing:
        raise LineError(
            ngettext("missing field %(fields)s", "missing fields %(fields)s", len(missing))
            % {"fields": ", ".join(f"“{name}”" for name in missing)}
        )
    line.files = line.values.pop("files", {})
    line.images = {name: line.values.pop(name) for name in IMAGE_FIELDS if name in line.values}
    line.digest = _digest(data, line, base_url)
    return line


def _derive(line):
    """Fill in what old sites rarely have separately: a lead or summary, an event's country."""
    values = line.values
    stream = {"article": ("body", "lead"), "event": ("write_up", "summary")}.get(line.type)
    if stream and values.get(stream[0]) and not values.get(stream[1]):
        text, rest = bodies.take_first_paragraph(values[stream[0]])
        if text:
            values[stream[1]], values[stream[0]] = text, rest
            line.names.setdefault(stream[1], line.name_of(stream[0]))
    if line.type == "event" and values.get("region") and not values.get("country"):
        values["country"] = values["region"].split("-", 1)[0].upper()
        line.names.setdefault("country", "region")


def _digest(data, line, base_url):
    digest = hashlib.sha256()
    payload = {"data": data, "base_url": base_url, "version": FORMAT_VERSION}
    digest.update(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode())
    for language, (_file, sha1) in sorted(line.files.items()):
        digest.update(f"file:{language}:{sha1}".encode())
    for name, (_file, sha1) in sorted(line.images.items()):
        digest.update(f"image:{name}:{sha1}".encode())
    return digest.hexdigest()


def combined_digest(line_digest, source_digest):
    """A translation's digest also covers its source, whose shared fields it copies."""
    return hashlib.sha256(f"{line_digest}:{source_digest}".encode()).hexdigest()
