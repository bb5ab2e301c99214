"""Admin views: upload and preview, confirm, one step of the import, the report as CSV."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.access import AdminRightRequiredMixin
from core.spreadsheets import spreadsheet_cell
from directory.imports.columns import LAWS, PROVIDERS
from directory.imports.forms import ImportForm
from directory.imports.models import ImportJob
from directory.imports.runner import confirm, run_step, start_job
from directory.imports.writer import CREATE, ERROR, UNCHANGED, UPDATE, Writer

PREVIEW_LABELS = {
    CREATE: gettext_lazy("Will be created"),
    UPDATE: gettext_lazy("Will be updated"),
    UNCHANGED: gettext_lazy("Unchanged"),
    ERROR: gettext_lazy("Error"),
}
REPORT_LABELS = {
    CREATE: gettext_lazy("Created"),
    UPDATE: gettext_lazy("Updated"),
    UNCHANGED: gettext_lazy("Unchanged"),
    ERROR: gettext_lazy("Failed"),
}


def importable_types(user):
    """The record types the user may add and publish in the Bulgarian index of."""
    allowed = []
    for record_type in (PROVIDERS, LAWS):
        writer = Writer(record_type, user=user)
        index = writer.index("bg")
        if index is not None and writer.may_write(index, creating=True):
            allowed.append(record_type)
    return allowed


class ImportAdminView(AdminRightRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Only editors who may publish providers or laws, and only the jobs of those types."""

    header_icon = "upload"
    page_title = gettext_lazy("Import directory records")
    denied_template_name = "directory/imports/forbidden.html"

    def has_right(self, user):
        self.record_types = importable_types(user)
        return bool(self.record_types)

    def get_job(self):
        job = get_object_or_404(ImportJob, pk=self.kwargs["pk"])
        if job.record_type not in self.record_types:
            raise PermissionDenied
        return job

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("directory_import"), "label": _("Import directory records")},
        ]


class ImportView(ImportAdminView):
    template_name = "directory/imports/index.html"

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = form or ImportForm(record_types=self.record_types)
        context["jobs"] = ImportJob.objects.filter(record_type__in=self.record_types)[:10]
        context["status_labels"] = dict(ImportJob.Status.choices)
        return context

    def post(self, request, *args, **kwargs):
        form = ImportForm(request.POST, request.FILES, record_types=self.record_types)
        if not form.is_valid():
            messages.error(request, _("The file cannot be imported: see the errors below."))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        data = form.cleaned_data
        job = start_job(
            data["file"], data["table"], data["record_type"], data["language"], request.user
        )
        return redirect("directory_import_job", pk=job.pk)


class JobView(ImportAdminView):
    template_name = "directory/imports/job.html"

    def get(self, request, *args, **kwargs):
        self.job = self.get_job()
        return super().get(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.job.original_name

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        job = self.job
        done = job.status == ImportJob.Status.DONE
        results = job.report if done else job.preview
        labels = REPORT_LABELS if done else PREVIEW_LABELS
        context.update(
            job=job,
            results=[{**item, "label": labels[item["action"]]} for item in results],
            counts=[(labels[action], job.counts.get(action, 0), action) for action in labels],
            running=job.status == ImportJob.Status.RUNNING,
            done=done,
        )
        return context


class JobActionView(ImportAdminView, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        return self.act(request, self.get_job())


class ConfirmView(JobActionView):
    def act(self, request, job):
        if not confirm(job):
            messages.warning(request, _("This import has already been started."))
        return redirect("directory_import_job", pk=job.pk)


class StepView(JobActionView):
    """One batch of rows; answers JSON to the page's script, a redirect to a plain form."""

    def act(self, request, job):
        job = run_step(job.pk)
        if "application/json" not in request.headers.get("Accept", ""):
            return redirect("directory_import_job", pk=job.pk)
        return JsonResponse(
            {
                "processed": job.processed_rows,
                "total": job.total_rows,
                "percent": job.percent,
                "done": job.status == ImportJob.Status.DONE,
                "label": _("%(done)d of %(total)d rows")
                % {"done": job.processed_rows, "total": job.total_rows},
            }
        )


class ReportCsvView(ImportAdminView):
    def get(self, request, *args, **kwargs):
        job = self.get_job()
        done = job.status == ImportJob.Status.DONE
        labels = REPORT_LABELS if done else PREVIEW_LABELS
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="import-{job.pk}-report.csv"'
        response.write("\ufeff")
        writer = csv.writer(response)
        rows = [[_("Row"), _("Record key"), _("Title"), _("Result"), _("Column"), _("Problem")]]
        for item in job.report if done else job.preview:
            base = [item["row"], item["key"], item["title"], labels[item["action"]]]
            for error in item["errors"] or [{"column": "", "message": ""}]:
                rows.append([*base, error["column"], error["message"]])
        # Keys, titles and messages quote the uploaded file: never let a cell run as a formula.
        writer.writerows([spreadsheet_cell(cell) for cell in row] for row in rows)
        return response
