"""The fixed list of practice topics a material is filed under."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Topic(models.TextChoices):
    CHILD_PROTECTION = "child_protection", _("Child protection")
    FOSTER_CARE = "foster_care", _("Foster care")
    FAMILY_SUPPORT = "family_support", _("Family support")
    EARLY_CHILDHOOD = "early_childhood", _("Early childhood")
    DISABILITY = "disability", _("Disability and inclusion")
    EDUCATION = "education", _("Education")
    MENTAL_HEALTH = "mental_health", _("Mental health")
    VIOLENCE_PREVENTION = "violence_prevention", _("Violence prevention")
    DEINSTITUTIONALISATION = "deinstitutionalisation", _("Deinstitutionalisation")
    YOUTH = "youth", _("Youth")
    OTHER = "other", pgettext_lazy("topic", "Other")


class FileKind(models.TextChoices):
    """The kinds of file members may share, by their usual extension."""

    PDF = "pdf", "PDF"
    DOCX = "docx", "Word (DOCX)"
    ODT = "odt", "OpenDocument (ODT)"
    PPTX = "pptx", "PowerPoint (PPTX)"
    XLSX = "xlsx", "Excel (XLSX)"
    JPG = "jpg", "JPEG"
    PNG = "png", "PNG"


CONTENT_TYPES = {
    FileKind.PDF: "application/pdf",
    FileKind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    FileKind.ODT: "application/vnd.oasis.opendocument.text",
    FileKind.PPTX: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    FileKind.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    FileKind.JPG: "image/jpeg",
    FileKind.PNG: "image/png",
}
KIND_BY_CONTENT_TYPE = {mime: kind for kind, mime in CONTENT_TYPES.items()}
# Extensions accepted for each kind (the name must agree with the contents).
EXTENSIONS = {
    FileKind.PDF: ("pdf",),
    FileKind.DOCX: ("docx",),
    FileKind.ODT: ("odt",),
    FileKind.PPTX: ("pptx",),
    FileKind.XLSX: ("xlsx",),
    FileKind.JPG: ("jpg", "jpeg"),
    FileKind.PNG: ("png",),
}
KIND_BY_EXTENSION = {ext: kind for kind, exts in EXTENSIONS.items() for ext in exts}
