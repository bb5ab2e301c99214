"""The facets of a search: each value's label, in the reader's language, and its count.

A value counts the results (as listed: translations and similar records folded) that have
it, so choosing it lists as many results as it said.
"""

from collections import Counter
from dataclasses import dataclass

from core.choices import REGION_LABELS, Language
from search import registry

FACETS = ("kind", "language", "year", "region", "tag")


@dataclass
class FacetValue:
    value: object
    label: str
    count: int
    selected: bool = False
    url: str = ""


def language_label(code):
    """A language's name in the reader's language, as a label of its own (capitalised)."""
    return str(Language(code).label) if code in Language.values else code


def count_facets(results, params, language):
    """Each facet's values with the number of results that have them.

    Topics are named in the reader's language only: a result's own tags when it is in that
    language, the translations of its topics otherwise; a tag with no name in the reader's
    language (a word another language's editor chose) is left out.
    """
    counters = {name: Counter() for name in FACETS}
    tag_names = {}
    for result in results:
        values = {name: set() for name in FACETS}
        for entry in result.entries:
            values["kind"].add(entry.kind)
            values["language"].add(entry.language)
            if entry.year:
                values["year"].add(entry.year)
            if entry.region:
                values["region"].add(entry.region)
            for key, name in entry.tags_in(language):
                values["tag"].add(key)
                tag_names.setdefault(key, name)
        for name in FACETS:
            counters[name].update(values[name])
    kind_labels = registry.kind_labels()
    selected = {
        "kind": set(params.kinds),
        "language": {params.language},
        "year": {params.year},
        "region": {params.region},
        "tag": {params.tag},
    }

    def values(name, label, order):
        items = sorted(counters[name].items(), key=order)
        result = []
        for value, count in items:
            chosen = value in selected[name]
            if name == "kind":
                url = params.querystring(kind=value)
            else:
                url = params.querystring(**{name: None if chosen else value})
            result.append(FacetValue(value, label(value), count, chosen, url))
        return result

    by_count = lambda item: (-item[1], str(item[0]))  # noqa: E731
    return {
        "kind": values("kind", lambda v: str(kind_labels.get(v, v)), by_count),
        "language": values("language", language_label, by_count),
        "year": values("year", str, lambda item: -item[0]),
        "region": values("region", lambda v: str(REGION_LABELS.get(v, v)), by_count),
        "tag": values("tag", lambda v: tag_names.get(v, v), by_count)[:15],
    }


def tag_label(matches, tag, language):
    """The chosen topic's name: in the reader's language if a result has it so, else as
    a result in another language names it (a tag chosen from that result)."""
    found = ("", "")
    for entry in matches:
        for key, name in entry.tags_in(language):
            if key == tag:
                return name, ""
        if not found[0]:
            found = next(((name, entry.language) for key, name in entry.tags if key == tag), found)
    return found
