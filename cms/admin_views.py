"""Admin views for editors: publication download counts, contact form submissions.

Both export CSV and XLSX through Wagtail's SpreadsheetExportMixin; core.spreadsheets keeps
their text cells from running as formulas (contact submissions are typed by anyone).
"""

from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.forms.views import SubmissionsListView

from cms.models import PublicationDownloadCount, PublicationFile
from core.spreadsheets import SpreadsheetCellsMixin


class PublicationDownloadsReport(SpreadsheetCellsMixin, ReportView):
    page_title = _("Publication downloads")
    header_icon = "download"
    index_url_name = "publication_downloads_report"
    index_results_url_name = "publication_downloads_report_results"
    list_export = [
        "page.title",
        "page.locale.language_code",
        "language",
        "document.filename",
        "downloads",
    ]
    export_headings = {
        "page.title": _("Publication"),
        "page.locale.language_code": _("Page language"),
        "language": _("File language"),
        "document.filename": _("File"),
        "downloads": _("Downloads"),
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
        Column("downloads", label=_("Downloads")),
    ]

    def get_queryset(self):
        counts = PublicationDownloadCount.objects.filter(
            page_id=OuterRef("page_id"), language=OuterRef("language")
        ).values("count")
        return (
            PublicationFile.objects.select_related("page", "page__locale", "document")
            .annotate(downloads=Coalesce(Subquery(counts[:1]), Value(0)))
            .order_by("-downloads", "page__title", "language")
        )


class ContactSubmissionsView(SpreadsheetCellsMixin, SubmissionsListView):
    """The contact page's submissions (ContactPage.get_submissions_list_view_class)."""
