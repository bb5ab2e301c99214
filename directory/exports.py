"""Downloads of the filtered directory: CSV for spreadsheets, GeoJSON for maps.

The CSV has the import's columns (docs/directory-import.md), so an exported file can be
edited and imported back; values are labels in the URL's language, which the import also
reads. Headers are in that language too, or the import's column names with `?header=keys`.
The file starts with a byte order mark: without it Excel reads UTF-8 Cyrillic as mojibake.
Every cell goes through core.spreadsheets, so text is never run as a formula; numbers
(coordinates, capacity, year) are written as they are.
"""

import csv
import json

from django.http import Http404, StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from django.utils.text import capfirst
from django.views.decorators.http import require_safe

from core.choices import REGION_LABELS
from core.locales import active_locale
from core.spreadsheets import spreadsheet_cell
from directory import serializers
from directory.choices import (
    DirectoryCountry,
    Funding,
    LegalStatus,
    LegislationStatus,
    LegislationType,
    ProviderKind,
    ServiceType,
    SpokenLanguage,
    TargetGroup,
)
from directory.filters import LegislationFilterForm, ProviderFilterForm
from directory.models import LegislationPage, ProviderService, ServiceProviderPage

BOM = "\ufeff"
CHUNK_SIZE = 200


def _label(vocabulary, code):
    return str(dict(vocabulary.choices).get(code, "")) if code else ""


def _services(page):
    """ "Type: name" items separated by "; ", as the import reads them (no name: the type)."""
    items = []
    for service in page.services.all():
        label = _label(ServiceType, service.service_type)
        items.append(f"{label}: {service.name}" if service.name else label)
    return "; ".join(items)


def _field_label(model, name):
    return capfirst(model._meta.get_field(name).verbose_name)


PROVIDER_COLUMNS = [
    ("record_key", lambda p: p.record_key),
    ("title", lambda p: p.title),
    ("kind", lambda p: _label(ProviderKind, p.organisation_kind)),
    ("legal_status", lambda p: _label(LegalStatus, p.legal_status)),
    ("summary", lambda p: p.summary),
    ("address", lambda p: p.address),
    ("municipality", lambda p: p.municipality),
    ("region", lambda p: REGION_LABELS.get(p.region, p.region)),
    ("country", lambda p: _label(DirectoryCountry, p.country)),
    ("latitude", lambda p: p.latitude),
    ("longitude", lambda p: p.longitude),
    ("phone", lambda p: p.phone),
    ("email", lambda p: p.email),
    ("website", lambda p: p.website),
    ("languages", lambda p: serializers.label_list(SpokenLanguage, p.languages)),
    ("target_groups", lambda p: serializers.label_list(TargetGroup, p.target_groups)),
    ("capacity", lambda p: p.capacity),
    ("funding", lambda p: _label(Funding, p.funding)),
    ("accreditation", lambda p: p.accreditation),
    ("services", _services),
    ("is_demo", lambda p: "1" if p.is_demo else "0"),
]
# The model field whose name, in the reader's language, heads each column.
PROVIDER_HEADER_FIELDS = {"kind": "organisation_kind"}

LEGISLATION_COLUMNS = [
    ("record_key", lambda p: p.record_key),
    ("title", lambda p: p.title),
    ("country", lambda p: _label(DirectoryCountry, p.country)),
    ("type", lambda p: _label(LegislationType, p.record_type)),
    ("year", lambda p: p.year),
    ("status", lambda p: _label(LegislationStatus, p.status)),
    ("summary", lambda p: p.summary),
    ("link", lambda p: p.link),
    ("is_demo", lambda p: "1" if p.is_demo else "0"),
]
LEGISLATION_HEADER_FIELDS = {"type": "record_type"}


def provider_headers():
    headers = {}
    for key, _getter in PROVIDER_COLUMNS:
        if key == "services":
            headers[key] = capfirst(ProviderService._meta.verbose_name_plural)
        else:
            field = PROVIDER_HEADER_FIELDS.get(key, key)
            headers[key] = _field_label(ServiceProviderPage, field)
    return headers


def legislation_headers():
    return {
        key: _field_label(LegislationPage, LEGISLATION_HEADER_FIELDS.get(key, key))
        for key, _getter in LEGISLATION_COLUMNS
    }


class _Echo:
    """A file-like object that hands back what csv.writer writes, for streaming."""

    def write(self, value):
        return value


def csv_rows(columns, headers, pages, language):
    """The file's lines, worked out as they are sent, in the language of the request."""
    writer = csv.writer(_Echo())
    with translation.override(language):
        yield BOM + writer.writerow(
            [spreadsheet_cell(str(headers[key])) for key, _getter in columns]
        )
        for page in pages:
            yield writer.writerow([spreadsheet_cell(getter(page)) for _key, getter in columns])


def _filename(stem, extension):
    return f"praktika-{stem}-{timezone.localdate().isoformat()}.{extension}"


def _download(content, content_type, filename):
    response = StreamingHttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=300"
    return response


def _csv_headers(request, headers):
    if request.GET.get("header") == "keys":
        return {key: key for key in headers}
    return headers


def _filtered_providers(request):
    directory = serializers.directory_page(request, active_locale())
    if directory is None:
        raise Http404
    queryset = ProviderFilterForm(request.GET).filter(serializers.providers_of(directory))
    return queryset.iterator(chunk_size=CHUNK_SIZE)


@require_safe
def providers_csv(request):
    pages = _filtered_providers(request)
    headers = _csv_headers(request, provider_headers())
    rows = csv_rows(PROVIDER_COLUMNS, headers, pages, translation.get_language())
    return _download(rows, "text/csv; charset=utf-8", _filename("social-services", "csv"))


def _geojson_chunks(pages, request, language):
    """A FeatureCollection written feature by feature, so memory stays flat for any list."""
    with translation.override(language):
        yield '{"type": "FeatureCollection", "features": ['
        for number, page in enumerate(pages):
            feature = serializers.provider_feature(page, request)
            yield ("," if number else "") + json.dumps(feature, ensure_ascii=False)
        yield "]}"


@require_safe
def providers_geojson(request):
    pages = _filtered_providers(request)
    chunks = _geojson_chunks(pages, request, translation.get_language())
    return _download(
        chunks, "application/geo+json; charset=utf-8", _filename("social-services", "geojson")
    )


@require_safe
def legislation_csv(request):
    index = serializers.legislation_index(request, active_locale())
    if index is None:
        raise Http404
    queryset = LegislationFilterForm(request.GET).filter(serializers.legislation_of(index))
    headers = _csv_headers(request, legislation_headers())
    rows = csv_rows(
        LEGISLATION_COLUMNS,
        headers,
        queryset.iterator(chunk_size=CHUNK_SIZE),
        translation.get_language(),
    )
    return _download(rows, "text/csv; charset=utf-8", _filename("legislation", "csv"))
