"""The documented columns of an import file, and a file's rows turned into record versions.

Each column maps to a model field and a parser. Translatable columns (title, summary…) hold
text in the file's language; with language columns they are given once per language
(``title_bg``, ``title_en``, ``title_ro``). Every other column is shared by the languages and,
for a translation, comes from the Bulgarian source (see directory.imports.writer).
A blank cell clears the field; a column left out of the file leaves the field as it is.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils.translation import gettext as _

from directory.imports.vocabulary import LANGUAGE_CODES, is_true, normalise

PROVIDERS, LAWS = "providers", "laws"
LANGUAGE_COLUMNS = "columns"
SOURCE_LANGUAGE = "bg"
KEY = "record_key"


class CellError(Exception):
    pass


def text(value, vocabularies):
    return value.strip()


def url(value, vocabularies):
    value = value.strip()
    if value and "://" not in value and "." in value and " " not in value:
        value = f"https://{value}"
    return value


def integer(value, vocabularies):
    value = value.strip().replace(" ", "")
    if not value:
        return None
    try:
        number = Decimal(value.replace(",", "."))
    except InvalidOperation:
        number = None
    if number is None or number != number.to_integral_value():
        raise CellError(_("“%(value)s” is not a whole number") % {"value": value})
    return int(number)


def coordinate(value, vocabularies):
    value = value.strip().replace(" ", "")
    if not value:
        return None
    try:
        number = Decimal(value.replace(",", "."))
    except InvalidOperation:
        raise CellError(_("“%(value)s” is not a number") % {"value": value}) from None
    if not number.is_finite():
        raise CellError(_("“%(value)s” is not a number") % {"value": value})
    return number.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)


def boolean(value, vocabularies):
    result = is_true(value)
    if result is None:
        raise CellError(_("“%(value)s” is not yes or no") % {"value": value.strip()})
    return result


def choice(vocabulary_name, message=None):
    def parse(value, vocabularies):
        value = value.strip()
        if not value:
            return ""
        code = getattr(vocabularies, vocabulary_name).code(value)
        if code is None:
            raise CellError(
                (message or _("“%(value)s” is not one of the documented codes or labels"))
                % {"value": value}
            )
        return code

    return parse


def several(vocabulary_name):
    """A list of codes: items separated by “;” (or “,” when no “;” is used)."""
    single = choice(vocabulary_name)

    def parse(value, vocabularies):
        separator = ";" if ";" in value else ","
        codes = []
        for item in value.split(separator):
            if item.strip():
                code = single(item, vocabularies)
                if code not in codes:
                    codes.append(code)
        return codes

    return parse


def services(value, vocabularies):
    """“type: name” items separated by “;”; the name may be left out."""
    items = []
    for item in value.split(";"):
        if not item.strip():
            continue
        kind, _colon, name = item.partition(":")
        code = vocabularies.service_type.code(kind)
        if code is None:
            raise CellError(_("unknown type of service “%(value)s”") % {"value": kind.strip()})
        items.append((code, name.strip()))
    return items


@dataclass(frozen=True)
class Column:
    field: str
    parse: object
    translatable: bool = False


PROVIDER_COLUMNS = {
    "title": Column("title", text, True),
    "kind": Column("organisation_kind", choice("kind")),
    "legal_status": Column("legal_status", choice("legal_status")),
    "summary": Column("summary", text, True),
    "address": Column("address", text, True),
    "municipality": Column("municipality", text, True),
    "region": Column("region", choice("region", _("unknown district or county “%(value)s”"))),
    "country": Column("country", choice("country", _("unknown country “%(value)s”"))),
    "latitude": Column("latitude", coordinate),
    "longitude": Column("longitude", coordinate),
    "phone": Column("phone", text),
    "email": Column("email", text),
    "website": Column("website", url),
    "languages": Column("languages", several("language")),
    "target_groups": Column("target_groups", several("target_group")),
    "capacity": Column("capacity", integer),
    "funding": Column("funding", choice("funding")),
    "accreditation": Column("accreditation", text, True),
    "services": Column("services", services, True),
    "is_demo": Column("is_demo", boolean),
}
LAW_COLUMNS = {
    "title": Column("title", text, True),
    "country": Column("country", choice("country", _("unknown country “%(value)s”"))),
    "type": Column("record_type", choice("law_type")),
    "year": Column("year", integer),
    "status": Column("status", choice("law_status")),
    "summary": Column("summary", text, True),
    "link": Column("link", url),
    "is_demo": Column("is_demo", boolean),
}
COLUMNS = {PROVIDERS: PROVIDER_COLUMNS, LAWS: LAW_COLUMNS}


def header_name(cell):
    return normalise(cell).replace(" ", "_").replace("-", "_")


def allowed_columns(record_type, language):
    """Column name → (column name in the documentation, column, language or None)."""
    allowed = {KEY: (KEY, None, None)}
    for name, column in COLUMNS[record_type].items():
        if language == LANGUAGE_COLUMNS and column.translatable:
            for code in LANGUAGE_CODES:
                allowed[f"{name}_{code}"] = (name, column, code)
        else:
            allowed[name] = (name, column, None)
    return allowed


def required_columns(language):
    return [KEY, "title_bg" if language == LANGUAGE_COLUMNS else "title"]


@dataclass
class Version:
    """What one row says about one language version of a record."""

    language: str
    values: dict = field(default_factory=dict)  # model field → value
    services: list | None = None  # [(type, name)], None if the file has no services column
    columns: dict = field(default_factory=dict)  # model field → the column it came from


@dataclass
class Row:
    number: int
    key: str = ""
    title: str = ""
    versions: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # (column, message)

    def error(self, column, message):
        self.errors.append((column, str(message)))


def parse_row(number, cells, record_type, language, vocabularies):
    """A row of cells (column name → text) as versions, source language first."""
    row = Row(number=number)
    row.key = cells.get(KEY, "").strip().upper()
    if not row.key:
        row.error(KEY, _("the record key is missing"))
    allowed = allowed_columns(record_type, language)
    shared, by_language = Version(language=""), {}
    for name, raw in cells.items():
        if name == KEY:
            continue
        documented, column, code = allowed[name]
        if language != LANGUAGE_COLUMNS:
            code = language
        target = by_language.setdefault(code, Version(language=code)) if code else shared
        try:
            value = column.parse(raw or "", vocabularies)
        except CellError as error:
            row.error(name, error)
            continue
        if column.field == "services":
            target.services = value
        else:
            target.values[column.field] = value
        target.columns[column.field] = name
    if language == LANGUAGE_COLUMNS:
        # A language whose title cell is empty is not in this row.
        versions = [
            version
            for code, version in sorted(by_language.items(), key=lambda item: item[0] != "bg")
            if version.values.get("title") or code == SOURCE_LANGUAGE
        ]
    else:
        versions = [by_language.setdefault(language, Version(language=language))]
    for version in versions:
        version.values = {**shared.values, **version.values}
        version.columns = {**shared.columns, **version.columns}
        if record_type == PROVIDERS and version.values.get("region"):
            if not version.values.get("country"):
                version.values["country"] = version.values["region"][:2].upper()
                version.columns["country"] = version.columns["region"]
    row.versions = versions
    row.title = next((v.values["title"] for v in versions if v.values.get("title")), "")
    return row
