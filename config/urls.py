from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import TemplateView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import feeds, page_passwords
from cms import views as cms_views
from cms.sitemaps import LocalizedSitemap
from community.materials.sitemaps import MaterialSitemap
from community.members.views.login import to_account_login
from config.health import healthz
from config.wellknown import security_txt
from core import converters  # noqa: F401 (registers <id:...>)

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Before Wagtail's admin URLs: its login view must not authenticate anyone.
    path("admin/login/", to_account_login, name="admin-login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("favicon.ico", cms_views.favicon),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": LocalizedSitemap, "materials": MaterialSitemap}},
        name="sitemap",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain; charset=utf-8"),
        name="robots-txt",
    ),
    path(".well-known/security.txt", security_txt, name="security-txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(
        settings.MEDIA_URL + "images/", document_root=settings.MEDIA_ROOT / "images"
    )

urlpatterns += i18n_patterns(
    path("feeds/news.rss", feeds.NewsFeed(), name="feed-news-rss"),
    path("feeds/news.atom", feeds.NewsAtomFeed(), name="feed-news-atom"),
    path("feeds/events.rss", feeds.EventFeed(), name="feed-events-rss"),
    path("feeds/events.atom", feeds.EventAtomFeed(), name="feed-events-atom"),
    path("feeds/events.ics", feeds.events_calendar, name="feed-events-ics"),
    path("calendar/event/<id:page_id>.ics", feeds.event_calendar, name="event-ics"),
    path(
        "downloads/publication/<id:page_id>/<str:language>/",
        cms_views.publication_download,
        name="publication-download",
    ),
    path("accounts/", include("allauth.urls")),
    path("members/", include("community.members.urls")),
    path("materials/", include("community.materials.urls")),
    path("discussions/", include("community.discussions.urls")),
    path("comments/", include("community.comments.urls")),
    path("moderation/", include("community.moderation.urls")),
    path("search/", include("search.urls")),
    path("styleguide/", include("styleguide.urls")),
    path("directory/claims/", include("directory.claims.urls")),
    path("directory/", include("directory.urls")),
    # Before Wagtail's front-end URLs: one login for everyone, page passwords throttled.
    path("_util/login/", to_account_login, name="page-login"),
    path(
        "_util/authenticate_with_password/<id:restriction_id>/<id:page_id>/",
        page_passwords.authenticate_with_password,
        name="page-password",
    ),
    path("", include(wagtail_urls)),
)
