from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.admin_views import PublicationDownloadsReport


@hooks.register("register_admin_urls")
def register_report_urls():
    view = PublicationDownloadsReport.as_view()
    results = PublicationDownloadsReport.as_view(results_only=True)
    return [
        path("reports/publication-downloads/", view, name="publication_downloads_report"),
        path(
            "reports/publication-downloads/results/",
            results,
            name="publication_downloads_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_downloads_report_menu_item():
    return MenuItem(
        _("Publication downloads"),
        reverse("publication_downloads_report"),
        icon_name="download",
        order=700,
    )
