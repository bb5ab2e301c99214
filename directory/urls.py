from django.http import Http404
from django.urls import path

app_name = "directory"


def _not_yet(request, *args, **kwargs):
    raise Http404


# Placeholders: directory.api and directory.exports take these names.
urlpatterns = [
    path("export/providers.csv", _not_yet, name="export-providers-csv"),
    path("export/providers.geojson", _not_yet, name="export-providers-geojson"),
    path("api/providers/", _not_yet, name="api-providers"),
    path("api/legislation/", _not_yet, name="api-legislation"),
]
