"""Directory records as plain data, for the JSON API and the exports.

Codes stay stable for programs; labels are in the request's language for people. Querysets
come from `providers_of` and `legislation_of`, which load services and documents in one
query each, so a list costs the same number of queries whatever its length.
"""

from django.db.models import Prefetch

from wagtail.models import Site

from core.choices import REGION_LABELS, Language
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
from directory.models import (
    DirectoryPage,
    LegislationIndexPage,
    LegislationPage,
    ProviderService,
    ServiceProviderPage,
)
from directory.models.providers import labels


def _label(vocabulary, code):
    """The label of a code in the active language; '' for an empty or unknown code."""
    return str(dict(vocabulary.choices).get(code, "")) if code else ""


def _float(value):
    return float(value) if value is not None else None


def _timestamp(value):
    return value.isoformat() if value else None


def _coded(vocabulary, codes):
    wanted = set(codes or [])
    return [
        {"code": code, "label": str(label)} for code, label in vocabulary.choices if code in wanted
    ]


def own_pages(model, locale):
    """Live public pages of one language, without aliases (an alias repeats another page)."""
    return model.objects.live().public().filter(locale=locale, alias_of__isnull=True)


def directory_page(request, locale):
    """The map page of the language in the request's site, or None."""
    return _index(DirectoryPage, request, locale)


def legislation_index(request, locale):
    return _index(LegislationIndexPage, request, locale)


def _index(model, request, locale):
    """The section of the site's home page in that language (the home is the site's root)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    home = site.root_page.get_translation_or_none(locale)
    if home is None or not home.live:
        return None
    return own_pages(model, locale).child_of(home).order_by("path").first()


def providers_of(directory):
    """The providers a reader of the directory's language may see, services loaded."""
    services = Prefetch("services", queryset=ProviderService.objects.order_by("sort_order", "pk"))
    return (
        ServiceProviderPage.objects.child_of(directory)
        .live()
        .public()
        .filter(locale_id=directory.locale_id, alias_of__isnull=True)
        .prefetch_related(services)
        .order_by("title", "pk")
    )


def legislation_of(index):
    return (
        LegislationPage.objects.child_of(index)
        .live()
        .public()
        .filter(locale_id=index.locale_id, alias_of__isnull=True)
        .prefetch_related("documents__document")
        .order_by("country", "-year", "title", "pk")
    )


def service_data(service):
    return {
        "type": service.service_type,
        "type_label": _label(ServiceType, service.service_type),
        "name": service.name,
        "description": service.description,
        "capacity": service.capacity,
    }


def provider_data(page, request):
    """A provider as a dict of plain values: codes and, beside them, their labels."""
    return {
        "record_key": page.record_key,
        "title": page.title,
        "url": page.get_full_url(request),
        "kind": page.organisation_kind,
        "kind_label": _label(ProviderKind, page.organisation_kind),
        "legal_status": page.legal_status,
        "legal_status_label": _label(LegalStatus, page.legal_status),
        "summary": page.summary,
        "address": page.address,
        "municipality": page.municipality,
        "region": page.region,
        "region_label": str(REGION_LABELS.get(page.region, "")),
        "country": page.country,
        "country_label": _label(DirectoryCountry, page.country),
        "latitude": _float(page.latitude),
        "longitude": _float(page.longitude),
        "phone": page.phone,
        "email": page.email,
        "website": page.website,
        "languages": _coded(SpokenLanguage, page.languages),
        "target_groups": _coded(TargetGroup, page.target_groups),
        "capacity": page.capacity,
        "funding": page.funding,
        "funding_label": _label(Funding, page.funding),
        "accreditation": page.accreditation,
        "services": [service_data(service) for service in page.services.all()],
        "is_demo": page.is_demo,
        "last_published_at": _timestamp(page.last_published_at),
    }


def feature(properties):
    """A GeoJSON Feature (RFC 7946): [longitude, latitude], or no geometry without a place."""
    properties = dict(properties)
    latitude, longitude = properties.pop("latitude"), properties.pop("longitude")
    geometry = None
    if latitude is not None and longitude is not None:
        geometry = {"type": "Point", "coordinates": [longitude, latitude]}
    return {
        "type": "Feature",
        "id": properties["record_key"],
        "geometry": geometry,
        "properties": properties,
    }


def provider_feature(page, request):
    return feature(provider_data(page, request))


def feature_collection(features, **members):
    return {"type": "FeatureCollection", **members, "features": list(features)}


def legislation_data(page, request):
    return {
        "record_key": page.record_key,
        "title": page.title,
        "url": page.get_full_url(request),
        "country": page.country,
        "country_label": _label(DirectoryCountry, page.country),
        "type": page.record_type,
        "type_label": _label(LegislationType, page.record_type),
        "year": page.year,
        "status": page.status,
        "status_label": _label(LegislationStatus, page.status),
        "summary": page.summary,
        "link": page.link,
        "documents": [
            {
                "language": item.language,
                "language_label": _label(Language, item.language),
                "title": item.document.title,
                "url": request.build_absolute_uri(item.document.url),
            }
            for item in page.documents.all()
        ],
        "is_demo": page.is_demo,
        "last_published_at": _timestamp(page.last_published_at),
    }


def label_list(vocabulary, codes):
    """Labels joined by "; ", the separator the import reads for lists."""
    return "; ".join(str(label) for label in labels(vocabulary, codes))
