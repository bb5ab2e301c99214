from django.db import models
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import SlugInput

from cms.admin_views import PublicationDownloadsReport
from core.text import slug_input_formatters

# A slug the editor makes from a Bulgarian title is the one the site's imports and demo make
# (core.text.ascii_slug): "sotsialno", not Wagtail's "socialno". Replaces Wagtail's own
# override for slug fields, the same widget without formatters.
register_form_field_override(
    models.SlugField, override={"widget": SlugInput(formatters=slug_input_formatters())}
)


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
