"""The search page and the suggestions under the search boxes.

Both read the user only to pick what may be shown; touching `request.user` loads the session,
so the responses vary on the cookie and never land in the anonymous full-page cache, whose
purges know nothing of discussions or materials.
"""

from dataclasses import dataclass

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from core.choices import REGION_LABELS
from search import registry
from search.facets import language_label
from search.services import SearchParams, autocomplete, search

# Seconds a browser may keep an anonymous reader's suggestions.
ANONYMOUS_SUGGESTIONS_MAX_AGE = 60
# Facet values listed before the rest fold away under "More".
FACET_VISIBLE = 6


@dataclass
class Facet:
    name: str
    values: list
    visible: int = FACET_VISIBLE

    @property
    def shown(self):
        return self.values[: self.visible]

    @property
    def folded(self):
        return self.values[self.visible :]


def facet_groups(outcome):
    """The facets to show; a value's URL toggles it (adds it, or removes it when selected)."""
    facets = []
    for name, values in outcome.facets.items():
        if not values:
            continue
        # Selected values stay in view even when they would have been folded away.
        last_selected = max((i + 1 for i, value in enumerate(values) if value.selected), default=0)
        facets.append(Facet(name, values, max(FACET_VISIBLE, last_selected)))
    return facets


def active_filters(params, outcome):
    """(label, URL without it, language of the label if not the reader's) for each filter in
    force, told from the request itself.

    A filter that leaves no result has no facet value to show, but must still be removable.
    """
    kind_labels = registry.kind_labels()
    filters = [(kind_labels[kind], params.querystring(kind=kind), "") for kind in params.kinds]
    if params.language:
        filters.append((language_label(params.language), params.querystring(language=None), ""))
    if params.year:
        filters.append((str(params.year), params.querystring(year=None), ""))
    if params.region:
        filters.append((REGION_LABELS[params.region], params.querystring(region=None), ""))
    if params.tag:
        label = outcome.tag_label or params.tag
        filters.append((label, params.querystring(tag=None), outcome.tag_language))
    if params.similar:
        filters.append((_("Similar results"), params.querystring(similar=None), ""))
    return filters


def clear_filters_url(params):
    return params.querystring(
        kinds=None, tag=None, year=None, region=None, language=None, similar=None
    )


def tag_urls(params, hits):
    """Each hit's tags as (name, link to the results narrowed to that tag)."""
    return [[(name, params.querystring(tag=key)) for key, name in hit.entry.tags] for hit in hits]


def page_links(params, page):
    """Previous, numbered (elided around the current page) and next links for the results."""
    if page is None or page.paginator.num_pages < 2:
        return None
    paginator = page.paginator
    numbers = []
    for number in paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1):
        if number == paginator.ELLIPSIS:
            numbers.append((None, "", False))
        else:
            numbers.append((number, params.querystring(page=number), number == page.number))
    return {
        "previous": params.querystring(page=page.previous_page_number())
        if page.has_previous()
        else "",
        "next": params.querystring(page=page.next_page_number()) if page.has_next() else "",
        "numbers": numbers,
        "ellipsis": paginator.ELLIPSIS,
    }


def _cache_for(request, response):
    if request.user.is_authenticated:
        patch_cache_control(response, private=True)
    return response


@require_GET
def search_page(request):
    params = SearchParams.from_querydict(request.GET)
    outcome = search(params, language=request.LANGUAGE_CODE, user=request.user)
    context = {
        "params": params,
        "outcome": outcome,
        # Without words, a topic or year chosen from a suggestion still lists its results.
        "searched": bool(outcome.query_text or params.has_filters),
        "results": list(zip(outcome.hits, tag_urls(params, outcome.hits), strict=True)),
        "facets": facet_groups(outcome),
        "active_filters": active_filters(params, outcome),
        "clear_filters_url": clear_filters_url(params) if params.has_filters else "",
        "pagination": page_links(params, outcome.page),
        "sort_links": [
            (value, params.querystring(sort=value), value == outcome.sort)
            for value in ("relevance", "date")
        ],
    }
    return _cache_for(request, render(request, "search/search.html", context))


@require_GET
def autocomplete_view(request):
    data = autocomplete(request.GET.get("q", ""), language=request.LANGUAGE_CODE, user=request.user)
    response = JsonResponse(data)
    if not request.user.is_authenticated:
        patch_cache_control(response, public=True, max_age=ANONYMOUS_SUGGESTIONS_MAX_AGE)
    return _cache_for(request, response)
