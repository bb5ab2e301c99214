"""What `manage.py import_pages` remembers between runs."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedPage(models.Model):
    """The page an import line made, so that running the import again updates that page.

    The digest covers the line, its files and (for a translation) its source, so a line
    that has not changed since the last run is left alone, with any edits made since.
    """

    key = models.CharField(_("import key"), max_length=255, unique=True)
    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="import_record",
    )
    digest = models.CharField(_("content digest"), max_length=64)
    imported_at = models.DateTimeField(_("last imported"), auto_now=True)

    class Meta:
        verbose_name = _("imported page")
        verbose_name_plural = _("imported pages")

    def __str__(self):
        return self.key
