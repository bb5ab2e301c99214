"""Social-service providers, the services they run, and the map page that lists them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalKey

from core.choices import REGION_CHOICES, REGION_LABELS
from core.fields import MultipleChoiceField
from core.pages import BasePage, PraktikaPageQuerySet
from core.pagination import paginate
from core.text import place_text
from directory.choices import (
    DirectoryCountry,
    Funding,
    LegalStatus,
    ProviderKind,
    ServiceType,
    SpokenLanguage,
    TargetGroup,
)

RECORD_KEY_HELP = _(
    "A short identifier that never changes, the same in every language, such as BG-VID-001. "
    "Imports find the record by it, so a file can update records instead of duplicating them."
)


def labels(vocabulary, codes):
    """The labels of the codes, in the vocabulary's order, in the active language."""
    wanted = set(codes or [])
    return [label for code, label in vocabulary.choices if code in wanted]


class DirectoryRecord(BasePage):
    """What providers and legislation records share: a stable key and a demonstration mark."""

    record_key = models.CharField(
        _("record key"), max_length=40, db_index=True, help_text=RECORD_KEY_HELP
    )
    is_demo = models.BooleanField(
        _("demonstration record"),
        default=False,
        help_text=_("Invented for the demo site: readers see a notice that it is not real."),
    )

    search_fields = BasePage.search_fields + [index.FilterField("record_key")]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.record_key:
            self.record_key = self.record_key.strip().upper()
            clash = (
                type(self)
                .objects.filter(record_key=self.record_key, locale_id=self.locale_id)
                .exclude(translation_key=self.translation_key)
            )
            if clash.exists():
                raise ValidationError(
                    {"record_key": _("Another record in this language already has this key.")}
                )


class DirectoryPage(BasePage):
    """The map of social services, with filters and a list beside it (see directory.views)."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["directory.ServiceProviderPage"]
    max_count_per_parent = 1
    paginate_by = 20

    class Meta:
        verbose_name = _("map of social services")

    def get_context(self, request, *args, **kwargs):
        from directory.filters import ProviderFilterForm

        context = super().get_context(request, *args, **kwargs)
        listed = ServiceProviderPage.objects.in_directory(self)
        regions = set(
            listed.prefetch_related(None).order_by().values_list("region", flat=True).distinct()
        )
        form = ProviderFilterForm(request.GET or None, regions=regions)
        providers = form.filter(listed)
        context["filter_form"] = form
        context["providers"] = providers
        context["results"] = paginate(request, providers, self.paginate_by)
        context["tile_layer"] = settings.DIRECTORY_TILES
        return context


class ServiceProviderQuerySet(PraktikaPageQuerySet):
    def in_directory(self, directory):
        """The live public providers of a map page, in its language, ready for listing."""
        return (
            self.child_of(directory)
            .live()
            .public()
            .prefetch_related("services")
            .order_by("title", "pk")
        )


class ServiceProviderPage(DirectoryRecord):
    search_kind = "provider"

    organisation_kind = models.CharField(
        _("kind of provider"), max_length=20, choices=ProviderKind.choices
    )
    legal_status = models.CharField(
        _("legal status"), max_length=20, choices=LegalStatus.choices, blank=True
    )
    summary = models.TextField(_("about the provider"), blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    municipality = models.CharField(_("municipality"), max_length=100)
    region = models.CharField(
        _("district or county"), max_length=40, choices=REGION_CHOICES, db_index=True
    )
    country = models.CharField(
        _("country"), max_length=2, choices=DirectoryCountry.choices, db_index=True
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    languages = MultipleChoiceField(
        _("languages spoken"), choices=SpokenLanguage.choices, blank=True
    )
    target_groups = MultipleChoiceField(_("target groups"), choices=TargetGroup.choices, blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Places or people served at a time.")
    )
    funding = models.CharField(_("funding"), max_length=20, choices=Funding.choices, blank=True)
    accreditation = models.CharField(
        _("licence or accreditation"),
        max_length=255,
        blank=True,
        help_text=_("For example: the licence number and the body that issued it."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("record_key"), FieldPanel("is_demo")]),
                FieldRowPanel([FieldPanel("organisation_kind"), FieldPanel("legal_status")]),
                FieldPanel("summary"),
            ],
            heading=_("Provider"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel(
                    [FieldPanel("municipality"), FieldPanel("region"), FieldPanel("country")]
                ),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")])],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("target_groups"),
                FieldPanel("languages"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("funding")]),
                FieldPanel("accreditation"),
            ],
            heading=_("Who it serves"),
        ),
        InlinePanel("services", label=_("Services"), min_num=1),
    ]
    search_fields = DirectoryRecord.search_fields + [
        index.SearchField("summary"),
        index.SearchField("municipality", boost=2),
        index.SearchField("address"),
        index.SearchField("accreditation"),
        index.RelatedFields(
            "services", [index.SearchField("name"), index.SearchField("description")]
        ),
        index.FilterField("region"),
        index.FilterField("country"),
    ]
    override_translatable_fields = [
        SynchronizedField("slug"),
        TranslatableField("summary"),
        TranslatableField("address"),
        TranslatableField("municipality"),
        TranslatableField("accreditation"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("record_key"),
    ]
    parent_page_types = ["directory.DirectoryPage"]
    subpage_types = []

    objects = PageManager.from_queryset(ServiceProviderQuerySet)()

    class Meta:
        verbose_name = _("social service provider")
        verbose_name_plural = _("social service providers")

    def clean(self):
        super().clean()
        if self.region and self.country and self.region[:2].upper() != self.country:
            raise ValidationError(
                {"region": _("This district or county is not in the chosen country.")}
            )
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                {"longitude": _("Give both the latitude and the longitude, or neither.")}
            )

    @property
    def region_label(self):
        return REGION_LABELS.get(self.region, "")

    @property
    def place(self):
        return place_text(self.municipality, self.region_label, self.get_country_display())

    @property
    def short_place(self):
        return place_text(self.municipality, self.region_label)

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def target_group_labels(self):
        return labels(TargetGroup, self.target_groups)

    @property
    def language_labels(self):
        return labels(SpokenLanguage, self.languages)

    @property
    def service_types(self):
        """The distinct types of the provider's services, in the order they are listed."""
        seen = []
        for service in self.services.all():
            if service.service_type not in seen:
                seen.append(service.service_type)
        return seen


class ProviderService(TranslatableMixin, Orderable):
    page = ParentalKey(ServiceProviderPage, related_name="services", on_delete=models.CASCADE)
    service_type = models.CharField(
        _("type of service"), max_length=30, choices=ServiceType.choices
    )
    name = models.CharField(
        _("name"),
        max_length=255,
        blank=True,
        help_text=_("The service's own name, if it has one beyond its type."),
    )
    description = models.TextField(_("description"), blank=True)
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("service_type"), FieldPanel("capacity")]),
        FieldPanel("name"),
        FieldPanel("description"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self):
        return self.name or str(self.get_service_type_display())
