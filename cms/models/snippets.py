"""Snippets edited once and reused across pages: organisations and the navigation menus."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import PreviewableMixin, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from cms.blocks import LinkBlock
from cms.choices import OrganisationKind
from core.choices import Country
from core.locales import LocalizedMixin


class Organisation(LocalizedMixin, TranslatableMixin, index.Indexed, models.Model):
    """An NGO, public body, university, service provider or funder named on pages."""

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=OrganisationKind.choices)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    city = models.CharField(_("city"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("city"),
        FieldPanel("website"),
        FieldPanel("logo"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("short_name"),
        index.FilterField("kind"),
        index.FilterField("country"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class NavigationMenu(TranslatableMixin, PreviewableMixin, models.Model):
    """The main menu or the footer links of one language."""

    class Location(models.TextChoices):
        MAIN = "main", _("Main menu")
        FOOTER = "footer", _("Footer")

    location = models.CharField(_("location"), max_length=20, choices=Location.choices)
    items = StreamField([("link", LinkBlock())], verbose_name=_("links"), blank=True)
    footer_text = models.TextField(
        _("footer text"), blank=True, help_text=_("Shown under the footer links.")
    )

    panels = [FieldPanel("location"), FieldPanel("items"), FieldPanel("footer_text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")
        unique_together = [("translation_key", "locale"), ("location", "locale")]

    def __str__(self):
        return f"{self.get_location_display()} ({self.locale.get_display_name()})"

    def get_preview_template(self, request, mode_name):
        return "cms/navigation_menu_preview.html"


register_snippet(Organisation)
register_snippet(NavigationMenu)
