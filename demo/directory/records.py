"""The directory's demo records, read from demo/data/directory/ and checked field by field.

``demo.data`` reads a file and checks its languages; here each kind of record also has a
schema (``check``), so that a misspelt field, a value outside the model's choices or a
translated ``{placeholder}`` stops ``load_demo`` with the file and the place (the pages are
saved without ``full_clean``, which would not see them). ``demo.community.records`` uses the
same checks.

- ``legislation/``: one law or policy per file; ``legislation.yaml``: the note after each.
- ``patterns/``: one kind of provider per file, ``places/``: one district or county per
  file, ``providers.yaml``: streets, licences and the note every provider shares.
  ``demo.directory.providers`` crosses patterns with places.

File names start with a number: records are made in that order (it decides which pattern
each place gets), so a new file goes at the end.
"""

import re
from dataclasses import dataclass
from functools import cache

from django.db.models import Choices

from core.choices import REGION_LABELS
from demo import data
from demo.core import LANGUAGES
from demo.data import DemoDataError
from directory.choices import (
    DirectoryCountry,
    Funding,
    LegalStatus,
    LegislationStatus,
    LegislationType,
    ProviderKind,
    ServiceType,
    TargetGroup,
)


class Optional:
    def __init__(self, kind):
        self.kind = kind


class Texts:
    """A text in each language; ``placeholders`` are the ``{names}`` the loader fills in."""

    def __init__(self, *placeholders):
        self.placeholders = placeholders


class Matching:
    def __init__(self, pattern, description):
        self.pattern, self.description = re.compile(pattern), description


TEXT = Texts()
SLUG = Matching(r"^[a-z0-9]+(-[a-z0-9]+)*$", "a slug (lower-case letters, digits, hyphens)")


def check(value, kind, path, where=""):
    """Raise ``DemoDataError`` unless ``value`` is of ``kind``.

    A kind is a type (``str``, ``int``, ``float``, ``bool``), a model's ``Choices``, a tuple of
    allowed values, ``Texts``, ``Matching``, ``[kind]`` for a list, or ``{name: kind}`` for a
    mapping with exactly these names (``Optional(kind)`` for a name that may be left out).
    """

    def refuse(problem):
        raise DemoDataError(path, where, problem)

    if isinstance(kind, dict):
        if not isinstance(value, dict):
            refuse("must be a mapping of names to values")
        unknown = [str(name) for name in value if name not in kind]
        if unknown:
            refuse(f"unknown {', '.join(unknown)} (expected {', '.join(kind)})")
        missing = [n for n, k in kind.items() if n not in value and not isinstance(k, Optional)]
        if missing:
            refuse("missing " + ", ".join(missing))
        for name, item in value.items():
            inner = kind[name].kind if isinstance(kind[name], Optional) else kind[name]
            check(item, inner, path, f"{where}.{name}" if where else name)
    elif isinstance(kind, list):
        if not isinstance(value, list):
            refuse("must be a list")
        for index, item in enumerate(value):
            check(item, kind[0], path, f"{where}[{index}]")
    elif isinstance(kind, Texts):
        if not isinstance(value, dict) or set(value) != set(LANGUAGES):
            refuse("needs a text in each language: bg, en and ro")
        for lang, text in value.items():
            check(text, str, path, f"{where}.{lang}")
            if kind.placeholders:
                try:
                    text.format(**dict.fromkeys(kind.placeholders, ""))
                except (KeyError, IndexError, ValueError) as error:
                    unknown = f"{{{error.args[0]}}}" if isinstance(error, KeyError) else error
                    names = ", ".join("{" + name + "}" for name in kind.placeholders)
                    raise DemoDataError(
                        path, f"{where}.{lang}", f"{unknown}: the text may use {names}, unchanged"
                    ) from None
    elif isinstance(kind, type) and issubclass(kind, Choices):
        if value not in kind.values:
            refuse(f"{value!r} is not one of {', '.join(kind.values)}")
    elif isinstance(kind, tuple):
        if value not in kind:
            refuse(f"{value!r} is not one of {', '.join(map(str, kind))}")
    elif isinstance(kind, Matching):
        if not isinstance(value, str) or not kind.pattern.search(value):
            refuse(f"{value!r} is not {kind.description}")
    elif kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            refuse(f"{value!r} is not a number")
    elif isinstance(value, bool) is not (kind is bool) or not isinstance(value, kind):
        refuse(f"{value!r} is not {KIND_NAMES.get(kind, kind.__name__)}")


KIND_NAMES = {str: "a text", int: "a whole number", bool: "true or false"}


def read_checked(name, schema):
    """The record in demo/data/<name>, checked against ``schema``."""
    path = data.DATA_DIR / name
    record = data.read(path)
    check(record, schema, path)
    return record


def read_folder(folder, schema):
    """[(path, record)] for every file in demo/data/<folder>/, in file-name order, checked."""
    records = data.read_records(folder)
    for path, record in records:
        check(record, schema, path)
    return records


COUNTRIES = tuple(DirectoryCountry.values)
REGIONS = tuple(REGION_LABELS)

LEGISLATION = {
    "key": Matching(r"^(BG|RO)-[A-Z]{3}-\d{3}$", "a record key like BG-LAW-001"),
    "slug": SLUG,
    "type": LegislationType,
    "year": int,
    "status": LegislationStatus,
    "link": Matching(r"^https://", "an https:// address"),
    "title": TEXT,
    "summary": TEXT,
}
PATTERN = {
    "key": SLUG,
    "names": {country: TEXT for country in COUNTRIES},
    "kind": ProviderKind,
    "legal_status": LegalStatus,
    "funding": Funding,
    "groups": [TargetGroup],
    "capacity": int,
    "summary": Texts("town"),
    "services": [{"type": ServiceType, "capacity": ("full", "half", "none"), "description": TEXT}],
}
PLACE = {
    "region": REGIONS,
    "key": Matching(r"^[A-Z]{2,3}$", "two or three capital letters"),
    "country": COUNTRIES,
    "phone_prefix": Matching(r"^\+\d", "an international number: +359 ..., +40 ..."),
    "towns": [
        {
            "name": TEXT,
            "latitude": float,
            "longitude": float,
            "away": Optional(("N", "S", "E", "W")),
        }
    ],
}
PROVIDER_TEXTS = {
    "demo_note": TEXT,
    "streets": {country: [Texts("n")] for country in COUNTRIES},
    "accreditation": {country: Texts("key") for country in COUNTRIES},
}


@dataclass(frozen=True)
class Pattern:
    key: str
    names: dict  # country -> per-language names
    kind: str
    legal_status: str
    funding: str
    groups: tuple
    capacity: int
    summary: dict  # per language, with {town}
    services: tuple  # (service type, per-language description, capacity share 0/1/2)


@dataclass(frozen=True)
class Town:
    name: dict
    latitude: float
    longitude: float
    away: str = ""  # "N", "S", "E" or "W": the side away from the Danube, if it is near


@dataclass(frozen=True)
class Region:
    code: str  # core.choices region code
    key: str  # the middle part of the record keys: BG-VID-001
    country: str
    phone_prefix: str  # country and area code, then an obviously unused number range
    towns: tuple


# A service's capacity: none, the provider's, or half of it.
SHARES = {"none": 0, "full": 1, "half": 2}


@cache
def legislation():
    return tuple(record for _path, record in read_folder("directory/legislation", LEGISLATION))


@cache
def legislation_note():
    """The note every law's or policy's summary ends with."""
    return read_checked("directory/legislation.yaml", {"demo_note": TEXT})["demo_note"]


@cache
def patterns():
    return tuple(
        Pattern(
            key=record["key"],
            names=record["names"],
            kind=record["kind"],
            legal_status=record["legal_status"],
            funding=record["funding"],
            groups=tuple(record["groups"]),
            capacity=record["capacity"],
            summary=record["summary"],
            services=tuple(
                (service["type"], service["description"], SHARES[service["capacity"]])
                for service in record["services"]
            ),
        )
        for _path, record in read_folder("directory/patterns", PATTERN)
    )


@cache
def regions():
    regions = []
    for path, record in read_folder("directory/places", PLACE):
        if not record["region"].startswith(record["country"].lower() + "-"):
            raise DemoDataError(path, "region", f"is not in {record['country']}")
        towns = tuple(Town(**town) for town in record["towns"])
        if not towns:
            raise DemoDataError(path, "towns", "needs at least one town")
        regions.append(
            Region(
                record["region"],
                record["key"],
                record["country"],
                record["phone_prefix"],
                towns,
            )
        )
    return tuple(regions)


@cache
def provider_texts():
    return read_checked("directory/providers.yaml", PROVIDER_TEXTS)


READERS = (legislation, legislation_note, patterns, regions, provider_texts)


def read_everything(again=False):
    """Every file in demo/data/directory/, read and checked (``again``: not from memory)."""
    if again:
        for reader in READERS:
            reader.cache_clear()
    return [reader() for reader in READERS]
