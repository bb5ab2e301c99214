from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import views as cms_views
from cms.sitemaps import LocalizedSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("favicon.ico", cms_views.favicon),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(
        settings.MEDIA_URL + "images/", document_root=settings.MEDIA_ROOT / "images"
    )

urlpatterns += i18n_patterns(
    path(
        "downloads/publication/<int:page_id>/<str:language>/",
        cms_views.publication_download,
        name="publication-download",
    ),
    path("", include(wagtail_urls)),
)
