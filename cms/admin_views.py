"""Admin reports for editors: how often each publication file was downloaded."""

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from cms.models import PublicationFile


class PublicationDownloadsReport(ReportView):
    page_title = _("Publication downloads")
    header_icon = "download"
    index_url_name = "publication_downloads_report"
    index_results_url_name = "publication_downloads_report_results"
    list_export = [
        "page.title",
        "page.locale.language_code",
        "language",
        "document.filename",
        "download_count",
    ]
    export_headings = {
        "page.title": _("Publication"),
        "page.locale.language_code": _("Page language"),
        "language": _("File language"),
        "document.filename": _("File"),
        "download_count": _("Downloads"),
    }
    columns = [
        TitleColumn(
            "page",
            label=_("Publication"),
            get_url=lambda obj: obj.page.get_url() or "",
            accessor=lambda obj: obj.page.title,
        ),
        Column(
            "page_language",
            label=_("Page language"),
            accessor=lambda obj: obj.page.locale.get_display_name(),
        ),
        Column("language", label=_("File language"), accessor="get_language_display"),
        Column("filename", label=_("File"), accessor=lambda obj: obj.document.filename),
        Column("download_count", label=_("Downloads")),
    ]

    def get_queryset(self):
        return PublicationFile.objects.select_related("page", "page__locale", "document").order_by(
            "-download_count", "page__title"
        )

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["total_downloads"] = (
            self.get_queryset().aggregate(total=Sum("download_count"))["total"] or 0
        )
        return context
