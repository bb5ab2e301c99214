"""About 200 invented providers: each district or county's towns crossed with the patterns.

The patterns (kinds of provider, named as each country's system names them), the places and
the texts every provider shares are in demo/data/directory/ (see ``demo.directory.records``).
The generator is deterministic (no random module): a record key always gives the same
provider, so running the loader again finds what it made the first time.
"""

import hashlib
from decimal import Decimal

from django.utils.text import slugify

from demo.core import LANGUAGES, L
from demo.directory.records import patterns, provider_texts, regions
from directory.choices import SpokenLanguage
from directory.models import ServiceProviderPage

# How many providers each district or county gets (the rest of the 200 go to the first ones).
TOTAL = 200
TURKISH_SPEAKING = {"bg-ruse", "bg-silistra", "bg-dobrich"}


def provider_counts(count):
    base, extra = divmod(TOTAL, count)
    return [base + (1 if index < extra else 0) for index in range(count)]


def _unit(record_key, salt):
    """A number in [-1, 1) that depends only on the record key."""
    digest = hashlib.sha256(f"{record_key}/{salt}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**31 - 1


def coordinates(record_key, town):
    """Near the town's centre (within about a kilometre), never towards the Danube or the sea."""
    dlat = 0.008 * _unit(record_key, "lat")
    dlon = 0.010 * _unit(record_key, "lon")
    if town.away == "S":
        dlat = -abs(dlat)
    elif town.away == "N":
        dlat = abs(dlat)
    elif town.away == "W":
        dlon = -abs(dlon)
    elif town.away == "E":
        dlon = abs(dlon)
    quantum = Decimal("0.000001")
    return (
        Decimal(str(town.latitude + dlat)).quantize(quantum),
        Decimal(str(town.longitude + dlon)).quantize(quantum),
    )


def spoken_languages(region, index):
    own, neighbour = ("bg", "ro") if region.country == "BG" else ("ro", "bg")
    codes = {own}
    if index % 3 == 0:
        codes.add(neighbour)
    if index % 5 == 0:
        codes.add("en")
    if index % 4 == 1:
        codes.add("rom")
    if region.code in TURKISH_SPEAKING and index % 2:
        codes.add("tr")
    return [code for code, _label in SpokenLanguage.choices if code in codes]


def per_language(template, **values):
    return {
        lang: template[lang].format(**{k: v[lang] for k, v in values.items()}) for lang in LANGUAGES
    }


def provider_spec(region, index, record_key, pattern, town, texts):
    latitude, longitude = coordinates(record_key, town)
    number = int(record_key.rsplit("-", 1)[1])
    streets = texts["streets"][region.country]
    street = streets[number % len(streets)]
    house = L(*[str(3 + (number * 7) % 60)] * 3)
    key = L(*[record_key] * 3)
    name = pattern.names[region.country]
    summary = per_language(pattern.summary, town=town.name)
    services = []
    for position, (service_type, description, share) in enumerate(pattern.services):
        services.append(
            {
                "service_type": service_type,
                "description": description,
                "capacity": {0: None, 1: pattern.capacity, 2: pattern.capacity // 2}[share],
                "sort_order": position,
            }
        )
    capacity = pattern.capacity + (number * 3) % max(pattern.capacity // 2, 1)
    if services and services[0]["capacity"]:
        services[0]["capacity"] = capacity
    return {
        "key": f"directory/provider/{record_key}",
        "model": ServiceProviderPage,
        "parent": "directory",
        "fields": {
            "title": {lang: f"{name[lang]} – {town.name[lang]}" for lang in LANGUAGES},
            "slug": f"{record_key.lower()}-{slugify(town.name['en'])}",
            "record_key": record_key,
            "is_demo": True,
            "organisation_kind": pattern.kind,
            "legal_status": pattern.legal_status,
            # The page says it is invented (is_demo); the summary stays what search quotes.
            "summary": summary,
            "address": per_language(street, n=house),
            "municipality": town.name,
            "region": region.code,
            "country": region.country,
            "latitude": latitude,
            "longitude": longitude,
            "phone": f"{region.phone_prefix} {100 + number}",
            "email": f"{record_key.lower()}@example.org",
            "website": f"https://example.org/{record_key.lower()}" if index % 3 == 1 else "",
            "languages": spoken_languages(region, index),
            "target_groups": list(pattern.groups),
            "capacity": capacity,
            "funding": pattern.funding,
            "accreditation": per_language(texts["accreditation"][region.country], key=key),
        },
        "children": {"services": services},
    }


def provider_specs():
    kinds, places, texts = patterns(), regions(), provider_texts()
    specs = []
    for region_index, (region, count) in enumerate(
        zip(places, provider_counts(len(places)), strict=True)
    ):
        for index in range(count):
            pattern = kinds[(region_index * 3 + index) % len(kinds)]
            town = region.towns[index % len(region.towns)]
            record_key = f"{region.country}-{region.key}-{index + 1:03d}"
            specs.append(provider_spec(region, index, record_key, pattern, town, texts))
    return specs
