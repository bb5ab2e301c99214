"""Projects with their partners, funders, activities and the targets promised to funders."""

import datetime
from collections import defaultdict
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from modelcluster.fields import ParentalKey

from cms.choices import Currency, PartnerRole, ProjectStatus
from core.locales import localize_snippets
from core.pages import BasePage, with_card_images
from core.pagination import paginate

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class ProjectPage(BasePage):
    search_kind = "project"

    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.ONGOING
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    summary = models.TextField(_("summary"))
    goals = RichTextField(_("goals"), features=RICH_TEXT_FEATURES, blank=True)
    target_groups = RichTextField(_("target groups"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("acronym"), FieldPanel("status")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Project details"),
        ),
        FieldPanel("summary"),
        FieldPanel("goals"),
        FieldPanel("target_groups"),
        InlinePanel("partners", label=_("Partners")),
        InlinePanel("funders", label=_("Funders")),
        InlinePanel("activities", label=_("Activities")),
        InlinePanel("results", label=_("Expected results")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("acronym", boost=2),
        index.SearchField("summary"),
        index.SearchField("goals"),
        index.SearchField("target_groups"),
        index.FilterField("status"),
        index.FilterField("start_date"),
    ]
    parent_page_types = ["cms.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The project cannot end before it starts.")})

    @property
    def card_title(self):
        """The title with the acronym in front, unless the title already starts with it."""
        acronym = (self.acronym or "").strip()
        if not acronym or self.title.casefold().startswith(acronym.casefold()):
            return self.title
        return f"{acronym}: {self.title}"

    @property
    def duration_months(self):
        """Whole months from the first to the last day inclusive; a part month counts as one."""
        if not self.end_date:
            return None
        start, after_end = self.start_date, self.end_date + datetime.timedelta(days=1)
        months = (after_end.year - start.year) * 12 + after_end.month - start.month
        if after_end.day < start.day:
            months -= 1
        return months + (1 if after_end.day != start.day else 0)

    def funding_totals(self, funders=None):
        """The budget per currency: the sum of every funder's amount."""
        totals = defaultdict(Decimal)
        for funder in funders if funders is not None else self.funders.all():
            if funder.amount is not None:
                totals[funder.currency] += funder.amount
        return dict(totals)

    def get_context(self, request, *args, **kwargs):
        from cms.models.events import EventPage

        context = super().get_context(request, *args, **kwargs)
        funders = list(self.funders.select_related("organisation"))
        partners = list(self.partners.select_related("organisation"))
        localize_snippets([link.organisation for link in partners + funders])
        context["partners"] = partners
        context["funders"] = funders
        context["funding_totals"] = sorted(self.funding_totals(funders).items())
        context["activities"] = self.activities.all()
        context["expected_results"] = self.results.all()
        # Translated events keep pointing at the source project, so match by translation key.
        context["project_events"] = with_card_images(
            EventPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, project__translation_key=self.translation_key)
            .order_by("-start_date")
        )[:6]
        return context


class ProjectPartner(Orderable):
    page = ParentalKey(ProjectPage, related_name="partners", on_delete=models.CASCADE)
    organisation = models.ForeignKey(
        "cms.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    role = models.CharField(
        _("role"), max_length=20, choices=PartnerRole.choices, default=PartnerRole.PARTNER
    )
    panels = [FieldRowPanel([FieldPanel("organisation"), FieldPanel("role")])]


class ProjectFunder(Orderable):
    page = ParentalKey(ProjectPage, related_name="funders", on_delete=models.CASCADE)
    organisation = models.ForeignKey(
        "cms.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    amount = models.DecimalField(
        _("amount"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Leave empty when the amount is not public."),
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR
    )
    panels = [
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("amount"), FieldPanel("currency")])
    ]

    def clean(self):
        super().clean()
        if self.amount is not None and self.amount < 0:
            raise ValidationError({"amount": _("An amount cannot be negative.")})


class ProjectActivity(TranslatableMixin, Orderable):
    page = ParentalKey(ProjectPage, related_name="activities", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=255)
    start_date = models.DateField(_("from"), null=True, blank=True)
    end_date = models.DateField(_("until"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    planned_number = models.PositiveIntegerField(_("planned number"), null=True, blank=True)
    unit = models.CharField(
        _("unit"), max_length=60, blank=True, help_text=_("For example: meetings, experts, visits")
    )
    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("planned_number"), FieldPanel("unit")]),
        FieldPanel("description"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("activity")
        verbose_name_plural = _("activities")


class ProjectResult(TranslatableMixin, Orderable):
    page = ParentalKey(ProjectPage, related_name="results", on_delete=models.CASCADE)
    title = models.CharField(_("expected result"), max_length=255)
    target = models.PositiveIntegerField(_("target"), null=True, blank=True)
    achieved = models.PositiveIntegerField(_("achieved"), null=True, blank=True)
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("target"), FieldPanel("achieved"), FieldPanel("unit")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("expected result")
        verbose_name_plural = _("expected results")

    @property
    def progress_percent(self):
        if not self.target or self.achieved is None:
            return None
        return min(100, round(100 * self.achieved / self.target))


class ProjectIndexPage(BasePage):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("projects index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = with_card_images(
            ProjectPage.objects.child_of(self).live().public().order_by("-start_date")
        )
        status = request.GET.get("status")
        if status in ProjectStatus.values:
            projects = projects.filter(status=status)
        context["status_choices"] = ProjectStatus.choices
        context["current_status"] = status if status in ProjectStatus.values else ""
        context["results"] = paginate(request, projects, self.paginate_by)
        return context
