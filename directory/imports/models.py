"""An import kept between its preview and its confirmation, and its report afterwards."""

import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.imports.columns import LANGUAGE_COLUMNS, LAWS, PROVIDERS


def private_storage():
    """Uploaded files may hold unpublished data: they are never served from MEDIA_URL."""
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


def upload_to(job, filename):
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else "csv"
    return f"directory-imports/{uuid.uuid4().hex}.{suffix}"


class ImportJob(models.Model):
    class RecordType(models.TextChoices):
        PROVIDERS = PROVIDERS, _("Social service providers")
        LAWS = LAWS, _("Laws and policies")

    class Language(models.TextChoices):
        BULGARIAN = "bg", _("Bulgarian")
        ENGLISH = "en", _("English")
        ROMANIAN = "ro", _("Romanian")
        COLUMNS = LANGUAGE_COLUMNS, _("Language columns (title_bg, title_en, title_ro…)")

    class Status(models.TextChoices):
        PREVIEWED = "previewed", _("Checked, waiting for confirmation")
        RUNNING = "running", _("Importing")
        DONE = "done", _("Finished")

    file = models.FileField(_("file"), upload_to=upload_to, storage=private_storage)
    original_name = models.CharField(_("file name"), max_length=255)
    record_type = models.CharField(_("records"), max_length=20, choices=RecordType.choices)
    language = models.CharField(_("language of the file"), max_length=10, choices=Language.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PREVIEWED
    )
    # The rows as read from the file, so that each step of the import need not re-read it.
    table = models.JSONField(default=list, editable=False)
    total_rows = models.PositiveIntegerField(default=0)
    processed_rows = models.PositiveIntegerField(default=0)
    counts = models.JSONField(default=dict, editable=False)
    preview = models.JSONField(default=list, editable=False)
    report = models.JSONField(default=list, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("directory import")
        verbose_name_plural = _("directory imports")

    def __str__(self):
        return self.original_name

    @property
    def percent(self):
        if not self.total_rows:
            return 100
        return round(100 * self.processed_rows / self.total_rows)
