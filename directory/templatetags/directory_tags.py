"""What the directory's templates need beyond the models: marker data for the map, labels."""

from collections import OrderedDict

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.translation import gettext

from core.choices import REGION_LABELS
from directory.choices import ServiceType

register = template.Library()

SERVICE_LABELS = dict(ServiceType.choices)


def _coordinate(value):
    return round(float(value), 6)


def _marker(row, url):
    region = REGION_LABELS.get(row["region"], "")
    place = ", ".join(str(part) for part in (row["municipality"], region) if part)
    return {
        "id": row["pk"],
        "name": row["title"],
        "url": url,
        "place": place,
        "lat": _coordinate(row["latitude"]),
        "lng": _coordinate(row["longitude"]),
        "services": [],
    }


@register.simple_tag(takes_context=True)
def map_markers(context, providers, directory):
    """The providers with coordinates as plain data for the map script (one query, a join).

    Every filtered provider is a marker, not only those on the list's current page. The
    providers are children of `directory`, so their URLs are its URL and their slug: no query
    per provider.
    """
    request = context.get("request")
    rows = (
        providers.prefetch_related(None)
        .filter(latitude__isnull=False, longitude__isnull=False)
        .values(
            "pk",
            "title",
            "slug",
            "municipality",
            "region",
            "latitude",
            "longitude",
            "services__service_type",
            "services__sort_order",
        )
        .order_by("title", "pk", "services__sort_order")
    )
    base_url = directory.get_url(request)
    markers = OrderedDict()
    for row in rows:
        marker = markers.get(row["pk"])
        if marker is None:
            marker = markers[row["pk"]] = _marker(row, f"{base_url}{row['slug']}/")
        label = SERVICE_LABELS.get(row["services__service_type"])
        if label and str(label) not in marker["services"]:
            marker["services"].append(str(label))
    return list(markers.values())


@register.simple_tag(takes_context=True)
def provider_marker(context, page):
    """The marker of the provider being shown, from the page already loaded (no query)."""
    if not page.has_location:
        return []
    place = ", ".join(str(part) for part in (page.municipality, page.region_label) if part)
    return [
        {
            "id": page.pk,
            "name": page.title,
            "url": page.get_url(context.get("request")),
            "place": place,
            "lat": _coordinate(page.latitude),
            "lng": _coordinate(page.longitude),
            "services": service_type_labels(page),
        }
    ]


@register.filter
def service_type_labels(provider):
    """The labels of the distinct types of a provider's (prefetched) services."""
    return [str(SERVICE_LABELS[code]) for code in provider.service_types if code in SERVICE_LABELS]


@register.inclusion_tag("directory/includes/map.html", takes_context=True)
def directory_map(context, markers, label, single=False):
    """The map's element with everything its script reads: tiles, markers, translated labels.

    The labels Leaflet would show in English are passed translated in data- attributes
    (Django's JavaScript catalogue is not used).
    """
    tiles = settings.DIRECTORY_TILES
    return {
        "markers": markers,
        "label": label,
        "single": single,
        "tile_url": tiles.get("url", ""),
        "tile_attribution": tiles.get("attribution", ""),
        "tile_max_zoom": tiles.get("max_zoom", 18),
        "image_path": static("vendor/leaflet/images/"),
        "labels": {
            "zoom_in": gettext("Zoom in"),
            "zoom_out": gettext("Zoom out"),
            "close": gettext("Close"),
            "marker": gettext("Provider on the map"),
            "cluster": gettext("Providers in this area, zoom in to see them:"),
        },
    }


@register.filter
def checkbox_groups(field):
    """A multiple-choice field's options as groups of (value, label, checked), for checkboxes.

    Ungrouped choices make one group without a title; empty groups (a country without
    providers) are left out.
    """
    selected = {str(value) for value in (field.value() or [])}
    groups, loose = [], []
    for value, label in field.field.choices:
        if isinstance(label, (list, tuple)):
            options = [(code, name, str(code) in selected) for code, name in label]
            if options:
                groups.append({"title": value, "options": options})
        else:
            loose.append((value, label, str(value) in selected))
    if loose:
        groups.insert(0, {"title": "", "options": loose})
    return groups
