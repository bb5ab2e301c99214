"""The directory's read-only JSON and GeoJSON API (see docs/directory-api.md).

Plain Django views: the data are public, read-only and few, so a framework would add more
than it saves. Each URL answers in its own language (the language prefix), lists only what
an anonymous reader of that language may open, and filters exactly as the map page does.
"""

import functools

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.utils.translation import gettext as _

from core.locales import active_locale
from directory import serializers
from directory.filters import LegislationFilterForm, ProviderFilterForm

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
CACHE_SECONDS = 300
JSON = "application/json; charset=utf-8"
GEOJSON = "application/geo+json; charset=utf-8"


class ApiError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


def json_response(data, *, status=200, content_type=JSON):
    response = JsonResponse(
        data,
        status=status,
        content_type=content_type,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Access-Control-Allow-Origin"] = "*"
    if status == 200:
        response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    else:
        response["Cache-Control"] = "no-cache"
    return response


def error_response(status, message):
    return json_response({"error": {"status": status, "message": str(message)}}, status=status)


def read_only(view):
    """GET and HEAD only; anything else, and any ApiError, answers with a JSON error."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = error_response(405, _("This address can only be read (GET or HEAD)."))
            response["Allow"] = "GET, HEAD"
            return response
        try:
            return view(request, *args, **kwargs)
        except ApiError as error:
            return error_response(error.status, error.message)

    return wrapper


def _positive_int(value):
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if number >= 1 else None


def response_format(request, allowed=("json", "geojson")):
    value = request.GET.get("format", "json") or "json"
    if value not in allowed:
        raise ApiError(
            400,
            _("Unknown format “%(format)s”: use one of %(formats)s.")
            % {"format": value[:20], "formats": ", ".join(allowed)},
        )
    return value


def page_of(request, queryset):
    """The requested page of the list and the pagination members of the answer.

    A page number or size that is not a whole number from 1 up, or a page past the last,
    is refused (400) rather than guessed at, so a program never silently reads the wrong
    page; a page size over the maximum is lowered to the maximum.
    """
    number = _positive_int(request.GET.get("page", "1"))
    if number is None:
        raise ApiError(400, _("The page number must be a whole number from 1 up."))
    size = PAGE_SIZE
    if request.GET.get("page_size"):
        size = _positive_int(request.GET["page_size"])
        if size is None:
            raise ApiError(400, _("The page size must be a whole number from 1 up."))
        size = min(size, MAX_PAGE_SIZE)
    paginator = Paginator(queryset, size)
    if number > paginator.num_pages:
        raise ApiError(
            400,
            _("There is no page %(number)s: the last page is %(pages)s.")
            % {"number": number, "pages": paginator.num_pages},
        )
    page = paginator.page(number)
    members = {
        "count": paginator.count,
        "page": number,
        "pages": paginator.num_pages,
        "page_size": size,
        "next": _page_url(request, number + 1) if page.has_next() else None,
        "previous": _page_url(request, number - 1) if page.has_previous() else None,
    }
    return page.object_list, members


def _page_url(request, number):
    params = request.GET.copy()
    params["page"] = number
    return f"{request.build_absolute_uri(request.path)}?{params.urlencode()}"


def _providers(request):
    directory = serializers.directory_page(request, active_locale())
    if directory is None:
        raise ApiError(404, _("There is no map of social services in this language."))
    return serializers.providers_of(directory)


def _legislation(request):
    index = serializers.legislation_index(request, active_locale())
    if index is None:
        raise ApiError(404, _("There are no laws and policies in this language."))
    return serializers.legislation_of(index)


@read_only
def providers(request):
    output = response_format(request)
    queryset = ProviderFilterForm(request.GET).filter(_providers(request))
    pages, members = page_of(request, queryset)
    if output == "geojson":
        features = (serializers.provider_feature(page, request) for page in pages)
        return json_response(
            serializers.feature_collection(features, **members), content_type=GEOJSON
        )
    results = [serializers.provider_data(page, request) for page in pages]
    return json_response({**members, "results": results})


@read_only
def provider_detail(request, record_key):
    output = response_format(request)
    page = _providers(request).filter(record_key=record_key.upper()).first()
    if page is None:
        raise ApiError(404, _("No provider has this record key in this language."))
    if output == "geojson":
        return json_response(serializers.provider_feature(page, request), content_type=GEOJSON)
    return json_response(serializers.provider_data(page, request))


@read_only
def legislation(request):
    response_format(request, allowed=("json",))
    queryset = LegislationFilterForm(request.GET).filter(_legislation(request))
    pages, members = page_of(request, queryset)
    results = [serializers.legislation_data(page, request) for page in pages]
    return json_response({**members, "results": results})


@read_only
def legislation_detail(request, record_key):
    response_format(request, allowed=("json",))
    page = _legislation(request).filter(record_key=record_key.upper()).first()
    if page is None:
        raise ApiError(404, _("No law or policy has this record key in this language."))
    return json_response(serializers.legislation_data(page, request))
