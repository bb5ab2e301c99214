from django.urls import path

from directory import api, exports

app_name = "directory"

urlpatterns = [
    path("export/providers.csv", exports.providers_csv, name="export-providers-csv"),
    path("export/providers.geojson", exports.providers_geojson, name="export-providers-geojson"),
    path("export/legislation.csv", exports.legislation_csv, name="export-legislation-csv"),
    path("api/providers/", api.providers, name="api-providers"),
    path("api/providers/<str:record_key>/", api.provider_detail, name="api-provider-detail"),
    path("api/legislation/", api.legislation, name="api-legislation"),
    path(
        "api/legislation/<str:record_key>/",
        api.legislation_detail,
        name="api-legislation-detail",
    ),
]
