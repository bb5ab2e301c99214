"""Event write-ups: trainings, focus groups, forums, visits and conferences, and their index."""

from operator import attrgetter

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import BooleanField, Case, ExpressionWrapper, F, Q, When, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from modelcluster.fields import ParentalKey

from cms.blocks import BodyBlock
from cms.choices import EventType
from core.choices import REGION_CHOICES, REGION_LABELS, Country, Profession
from core.fields import MultipleChoiceField
from core.pages import BasePage, with_card_images
from core.pagination import paginate
from core.text import place_text

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class EventPage(BasePage):
    search_kind = "event"

    event_type = models.CharField(_("type"), max_length=30, choices=EventType.choices)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=120)
    region = models.CharField(
        _("district or county"), max_length=40, choices=REGION_CHOICES, blank=True
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    organisers = models.CharField(_("organisers"), max_length=255, blank=True)
    trainers = models.CharField(_("trainers"), max_length=255, blank=True)
    audience = MultipleChoiceField(
        _("audience professions"),
        choices=Profession.choices,
        blank=True,
        help_text=_("Which professions took part."),
    )
    participants_total = models.PositiveIntegerField(_("participants in total"), default=0)
    participants_bg = models.PositiveIntegerField(
        _("participants from Bulgaria"), null=True, blank=True
    )
    participants_ro = models.PositiveIntegerField(
        _("participants from Romania"), null=True, blank=True
    )
    project = models.ForeignKey(
        "cms.ProjectPage",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    summary = models.TextField(_("summary"))
    write_up = StreamField(BodyBlock(), verbose_name=_("write-up"), blank=True)
    findings = RichTextField(_("findings"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("region"), FieldPanel("country")]),
            ],
            heading=_("When and where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisers"),
                FieldPanel("trainers"),
                FieldPanel("audience"),
                FieldRowPanel(
                    [
                        FieldPanel("participants_total"),
                        FieldPanel("participants_bg"),
                        FieldPanel("participants_ro"),
                    ]
                ),
                FieldPanel("project"),
            ],
            heading=_("Who took part"),
        ),
        FieldPanel("summary"),
        FieldPanel("write_up"),
        FieldPanel("findings"),
        InlinePanel("gallery_images", label=_("Photo gallery")),
        InlinePanel("documents", label=_("Documents")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("write_up"),
        index.SearchField("findings"),
        index.SearchField("city"),
        index.SearchField("venue"),
        index.FilterField("event_type"),
        index.FilterField("start_date"),
        index.FilterField("region"),
        index.FilterField("country"),
    ]
    parent_page_types = ["cms.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The event cannot end before it starts.")
        by_country = (self.participants_bg or 0) + (self.participants_ro or 0)
        if by_country > (self.participants_total or 0):
            errors["participants_total"] = _(
                "The total must be at least the sum of participants by country."
            )
        if self.region and self.country and self.region[:2].upper() != self.country:
            errors["region"] = _("This district or county is not in the chosen country.")
        if errors:
            raise ValidationError(errors)

    @property
    def region_label(self):
        return REGION_LABELS.get(self.region, "")

    @property
    def place(self):
        return place_text(self.city, self.region_label, self.get_country_display())

    @property
    def audience_labels(self):
        labels = dict(Profession.choices)
        return [labels[code] for code in self.audience or [] if code in labels]

    @property
    def is_upcoming(self):
        return (self.end_date or self.start_date) >= timezone.localdate()

    @property
    def write_up_parts(self):
        """The write-up's title and its blocks after that title.

        The page heads the write-up "How it went"; a write-up that opens with a heading of its
        own would put two headings one under the other with nothing between them, so its own
        becomes the section's title instead (`title` is empty when it has none).
        """
        blocks = list(self.write_up)
        if blocks and blocks[0].block_type == "heading":
            return {"title": blocks[0].value["text"], "blocks": blocks[1:]}
        return {"title": "", "blocks": blocks}

    @property
    def duration_days(self):
        if not self.end_date:
            return 1
        return (self.end_date - self.start_date).days + 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["gallery"] = self.gallery_images.select_related("image")
        context["event_documents"] = self.documents.select_related("document")
        return context


class EventGalleryImage(TranslatableMixin, Orderable):
    page = ParentalKey(EventPage, related_name="gallery_images", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("gallery image")

    @property
    def alt(self):
        """The caption shown under the photo says what it is; as alt it would be read twice."""
        return "" if self.caption else self.image.default_alt_text


class EventDocument(Orderable):
    page = ParentalKey(EventPage, related_name="documents", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("document")]


class EventIndexPage(BasePage):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events index")

    def get_context(self, request, *args, **kwargs):
        from cms.forms import EventFilterForm

        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.child_of(self).live().public().order_by("-start_date", "pk")
        form = EventFilterForm(request.GET or None, events=events)
        filtered = form.filter(events)
        context["filter_form"] = form
        context["results"] = paginate(request, with_card_images(filtered), self.paginate_by)
        return context


def upcoming_and_recent(events, today=None, limit=3):
    """Split a queryset of events into the next few to come and the latest few held.

    One query: the events are numbered within each group, the soonest upcoming and the
    latest past ones first, and only the first `limit` of each are fetched.
    """
    today = today or timezone.localdate()
    upcoming = Q(start_date__gte=today)
    ranked = events.annotate(
        _upcoming=ExpressionWrapper(upcoming, output_field=BooleanField()),
        _rank=Window(
            RowNumber(),
            partition_by=[ExpressionWrapper(upcoming, output_field=BooleanField())],
            order_by=[Case(When(upcoming, then="start_date")).asc(), F("start_date").desc()],
        ),
    ).filter(_rank__lte=limit)
    found = list(ranked)
    return (
        sorted((event for event in found if event._upcoming), key=attrgetter("start_date")),
        sorted(
            (event for event in found if not event._upcoming),
            key=attrgetter("start_date"),
            reverse=True,
        ),
    )
