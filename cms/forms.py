"""Filter forms for the index pages, and the contact form's protection against robots.

Filter choices are built from the pages actually listed, so a reader is never offered a
year or tag that leads to an empty page.
"""

import time

from django import forms
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag

from cms.choices import ArticleKind, EventType, PublicationType
from core.choices import REGION_LABELS, Language
from core.filters import ANY, FilterForm, year_choices


class ArticleFilterForm(FilterForm):
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    tag = forms.ChoiceField(label=_("Topic"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, articles, kinds=(), **kwargs):
        super().__init__(*args, **kwargs)
        kind_choices = [(k, label) for k, label in ArticleKind.choices if not kinds or k in kinds]
        self.fields["kind"].choices = ANY + kind_choices
        tags = (
            Tag.objects.filter(cms_articlepagetag_items__content_object__in=articles)
            .distinct()
            .order_by("name")
        )
        self.fields["tag"].choices = ANY + [(tag.slug, tag.name) for tag in tags]
        self.fields["year"].choices = year_choices(articles, "date")

    def apply(self, queryset, data):
        if data.get("kind"):
            queryset = queryset.filter(kind=data["kind"])
        if data.get("tag"):
            queryset = queryset.filter(tags__slug=data["tag"])
        if data.get("year"):
            queryset = queryset.filter(date__year=data["year"])
        return queryset


class PublicationFilterForm(FilterForm):
    publication_type = forms.ChoiceField(
        label=_("Type"), required=False, choices=ANY + PublicationType.choices
    )
    language = forms.ChoiceField(
        label=_("Language of the file"), required=False, choices=ANY + Language.choices
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, publications, **kwargs):
        super().__init__(*args, **kwargs)
        years = publications.order_by("-year").values_list("year", flat=True).distinct()
        self.fields["year"].choices = ANY + [(str(y), str(y)) for y in years]

    def apply(self, queryset, data):
        if data.get("publication_type"):
            queryset = queryset.filter(publication_type=data["publication_type"])
        if data.get("language"):
            queryset = queryset.filter(files__language=data["language"]).distinct()
        if data.get("year"):
            queryset = queryset.filter(year=data["year"])
        return queryset


class EventFilterForm(FilterForm):
    UPCOMING, PAST = "upcoming", "past"
    when = forms.ChoiceField(
        label=_("When"),
        required=False,
        choices=ANY + [(UPCOMING, _("Upcoming")), (PAST, _("Past"))],
    )
    event_type = forms.ChoiceField(label=_("Type"), required=False, choices=ANY + EventType.choices)
    region = forms.ChoiceField(label=_("District or county"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, events, **kwargs):
        super().__init__(*args, **kwargs)
        regions = events.exclude(region="").values_list("region", flat=True).distinct()
        self.fields["region"].choices = ANY + sorted(
            ((code, REGION_LABELS[code]) for code in set(regions) if code in REGION_LABELS),
            key=lambda choice: str(choice[1]),
        )
        self.fields["year"].choices = year_choices(events, "start_date")

    def apply(self, queryset, data):
        today = timezone.localdate()
        if data.get("when") == self.UPCOMING:
            queryset = queryset.filter(start_date__gte=today).order_by("start_date")
        else:
            if data.get("when") == self.PAST:
                queryset = queryset.filter(start_date__lt=today)
            queryset = queryset.order_by("-start_date")
        if data.get("event_type"):
            queryset = queryset.filter(event_type=data["event_type"])
        if data.get("region"):
            queryset = queryset.filter(region=data["region"])
        if data.get("year"):
            queryset = queryset.filter(start_date__year=data["year"])
        return queryset


# Contact form protection ------------------------------------------------------------------

HONEYPOT_FIELD = "website"
TIMESTAMP_FIELD = "form_started"
MIN_SECONDS_TO_FILL = 3
MAX_AGE_SECONDS = 60 * 60 * 24

# WCAG 1.3.5: fields asking for the reader's own details say so, so that browsers can fill
# them in. Keyed by the field's clean name; e-mail fields are recognised by their type.
AUTOCOMPLETE = {
    "name": "name",
    "full_name": "name",
    "email": "email",
    "phone": "tel",
    "telephone": "tel",
    "organisation": "organization",
    "organization": "organization",
}


def _signed_now():
    return signing.dumps(time.time(), salt="contact-form")


def contact_form_class(base):
    """Add a hidden trap field and a signed start time to the form built from the page's fields."""

    class ContactForm(base):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            for name, field in self.fields.items():
                token = AUTOCOMPLETE.get(name)
                if token is None and isinstance(field.widget, forms.EmailInput):
                    token = "email"
                if token:
                    field.widget.attrs.setdefault("autocomplete", token)
            self.fields[HONEYPOT_FIELD] = forms.CharField(
                label=_("Leave this field empty"),
                required=False,
                widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
            )
            self.fields[TIMESTAMP_FIELD] = forms.CharField(
                required=False, widget=forms.HiddenInput, initial=_signed_now
            )

        def clean(self):
            cleaned = super().clean()
            if cleaned.pop(HONEYPOT_FIELD, ""):
                raise forms.ValidationError(
                    _("Your message looks automated and was not sent."), code="spam"
                )
            token = cleaned.pop(TIMESTAMP_FIELD, "")
            try:
                started = signing.loads(token, salt="contact-form", max_age=MAX_AGE_SECONDS)
            except signing.BadSignature:
                self.data = self.data.copy()
                self.data[TIMESTAMP_FIELD] = _signed_now()
                raise forms.ValidationError(
                    _("This form has expired. Please check your message and send it again."),
                    code="expired",
                ) from None
            if time.time() - float(started) < MIN_SECONDS_TO_FILL:
                raise forms.ValidationError(
                    _("That was very fast. Please check your message and send it again."),
                    code="too_fast",
                )
            return cleaned

    return ContactForm
