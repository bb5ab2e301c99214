"""Social legislation and policies of Bulgaria and Romania, for comparing the two systems."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalKey

from core.choices import Language
from core.pages import BasePage
from core.pagination import paginate
from directory.choices import DirectoryCountry, LegislationStatus, LegislationType
from directory.models.providers import DirectoryRecord


class LegislationIndexPage(BasePage):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["directory.LegislationPage"]
    max_count_per_parent = 1
    paginate_by = 20

    class Meta:
        verbose_name = _("legislation and policies index")

    def get_context(self, request, *args, **kwargs):
        from directory.filters import LegislationFilterForm

        context = super().get_context(request, *args, **kwargs)
        records = (
            LegislationPage.objects.child_of(self)
            .live()
            .public()
            .prefetch_related("documents__document")
            .order_by("country", "-year", "title")
        )
        form = LegislationFilterForm(request.GET or None)
        context["filter_form"] = form
        context["results"] = paginate(request, form.filter(records), self.paginate_by)
        return context


class LegislationPage(DirectoryRecord):
    search_kind = "legislation"

    country = models.CharField(
        _("country"), max_length=2, choices=DirectoryCountry.choices, db_index=True
    )
    record_type = models.CharField(_("type"), max_length=20, choices=LegislationType.choices)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1878), MaxValueValidator(2100)]
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=LegislationStatus.choices,
        default=LegislationStatus.IN_FORCE,
    )
    summary = models.TextField(_("summary"))
    link = models.URLField(
        _("official text"), blank=True, help_text=_("Where the text is published.")
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("record_key"), FieldPanel("is_demo")]),
                FieldRowPanel(
                    [FieldPanel("country"), FieldPanel("record_type"), FieldPanel("year")]
                ),
                FieldRowPanel([FieldPanel("status"), FieldPanel("link")]),
            ],
            heading=_("Record"),
        ),
        FieldPanel("summary"),
        InlinePanel("documents", label=_("Texts and translations")),
    ]
    search_fields = DirectoryRecord.search_fields + [
        index.SearchField("summary"),
        index.FilterField("country"),
        index.FilterField("year"),
    ]
    override_translatable_fields = [
        SynchronizedField("slug"),
        TranslatableField("summary"),
        SynchronizedField("link"),
        SynchronizedField("record_key"),
    ]
    parent_page_types = ["directory.LegislationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("law or policy")
        verbose_name_plural = _("laws and policies")


class LegislationDocument(Orderable):
    """The text of a law or policy, or its translation, in one language."""

    page = ParentalKey(LegislationPage, related_name="documents", on_delete=models.CASCADE)
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("document")])]

    class Meta(Orderable.Meta):
        verbose_name = _("text or translation")
        verbose_name_plural = _("texts and translations")

    def clean(self):
        super().clean()
        if self.document_id and not self.document.file.name.lower().endswith(
            (".pdf", ".docx", ".odt")
        ):
            raise ValidationError({"document": _("Texts are shared as PDF, DOCX or ODT.")})
