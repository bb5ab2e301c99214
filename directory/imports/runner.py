"""An import job's two phases: the preview (nothing written) and the import, a batch a step.

Each row is written in its own savepoint: a row that fails is rolled back alone and reported,
and the rows after it go on. Every language version of a row is written in that savepoint,
the Bulgarian source first.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from directory.imports.columns import KEY, LANGUAGE_COLUMNS, SOURCE_LANGUAGE, parse_row
from directory.imports.models import ImportJob
from directory.imports.vocabulary import Vocabularies
from directory.imports.writer import CREATE, ERROR, UNCHANGED, UPDATE, Writer

BATCH_SIZE = 25
ACTIONS = (CREATE, UPDATE, UNCHANGED, ERROR)


def start_job(uploaded, table, record_type, language, user):
    """Keep the checked file and its rows, and preview what importing them would do."""
    job = ImportJob(
        original_name=uploaded.name[:255],
        record_type=record_type,
        language=language,
        created_by=user,
        table=table,
        total_rows=len(table),
    )
    job.file.save(uploaded.name, uploaded, save=False)
    job.preview = preview(job)
    job.counts = count(job.preview)
    job.save()
    return job


def count(results):
    counts = dict.fromkeys(ACTIONS, 0)
    for result in results:
        counts[result["action"]] += 1
    return counts


class Rows:
    """The job's rows parsed in the editor's language, with the file's duplicate keys known."""

    def __init__(self, job):
        self.job = job
        self.vocabularies = Vocabularies()
        self.first_use = {}
        for number, cells in job.table:
            key = (cells.get(KEY) or "").strip().upper()
            if key:
                self.first_use.setdefault(key, number)

    def parse(self, number, cells):
        row = parse_row(number, cells, self.job.record_type, self.job.language, self.vocabularies)
        first = self.first_use.get(row.key)
        if first is not None and first != number:
            row.error(
                KEY,
                _("the key %(key)s is already used in row %(row)d")
                % {"key": row.key, "row": first},
            )
        return row

    def writer(self):
        return Writer(
            self.job.record_type,
            user=self.job.created_by,
            language_columns=self.job.language == LANGUAGE_COLUMNS,
        )


def handle_row(writer, row, write):
    """Plan (and, if `write`, apply) every version of the row; returns the row's action."""
    source, actions = None, []
    for version in row.versions:
        plan = writer.plan(row, version, source, write=write)
        if plan is None:
            return ERROR
        if write:
            writer.apply(plan)
        actions.append(plan.action)
        if version.language == SOURCE_LANGUAGE:
            source = plan.page
            if write:
                source = type(source).objects.get(pk=source.pk)
    if row.errors:
        return ERROR
    for action in (CREATE, UPDATE):
        if action in actions:
            return action
    return UNCHANGED


def result(row, action, languages):
    return {
        "row": row.number,
        "key": row.key,
        "title": row.title,
        "action": action,
        "languages": languages,
        "errors": [{"column": column, "message": message} for column, message in row.errors],
    }


def preview(job):
    rows = Rows(job)
    writer = rows.writer()
    results = []
    for number, cells in job.table:
        row = rows.parse(number, cells)
        action = handle_row(writer, row, False)
        results.append(result(row, action, [v.language for v in row.versions]))
    return results


def write_row(writer, row):
    if row.errors:
        # Parse problems: still validate, to report every problem of the row at once.
        handle_row(writer, row, False)
        return ERROR
    try:
        with transaction.atomic():
            action = handle_row(writer, row, True)
            if action == ERROR:
                transaction.set_rollback(True)
    except Exception as error:  # noqa: BLE001 - one broken row must not stop the others
        row.error(
            "", _("unexpected error: %(error)s") % {"error": f"{type(error).__name__}: {error}"}
        )
        action = ERROR
    return action


def run_step(job_id, batch_size=BATCH_SIZE):
    """Import the job's next batch of rows; returns the job as it is afterwards."""
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().get(pk=job_id)
        if job.status != ImportJob.Status.RUNNING:
            return job
        rows = Rows(job)
        writer = rows.writer()
        batch = job.table[job.processed_rows : job.processed_rows + batch_size]
        counts = {**dict.fromkeys(ACTIONS, 0), **(job.counts if job.report else {})}
        for number, cells in batch:
            row = rows.parse(number, cells)
            action = write_row(writer, row)
            counts[action] += 1
            job.report.append(result(row, action, [v.language for v in row.versions]))
        job.counts = counts
        job.processed_rows += len(batch)
        if job.processed_rows >= job.total_rows:
            job.status = ImportJob.Status.DONE
            job.finished_at = timezone.now()
        job.save()
    return job


def confirm(job):
    """Start the import of a previewed job; later steps go through run_step."""
    updated = ImportJob.objects.filter(pk=job.pk, status=ImportJob.Status.PREVIEWED).update(
        status=ImportJob.Status.RUNNING, processed_rows=0, report=[], counts={}
    )
    return bool(updated)
