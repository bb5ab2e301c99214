"""The directory's filters, shared by the map page, its list, the exports and the API.

Several values of one filter widen the choice (Dolj or Vidin); different filters narrow it
(family counselling, in Dolj or Vidin). Unknown values are ignored, as on the other indexes.
"""

from django import forms
from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from core.choices import REGION_CHOICES
from core.filters import ANY, FilterForm
from directory.choices import (
    DirectoryCountry,
    LegislationStatus,
    LegislationType,
    ServiceType,
    TargetGroup,
)


def has_code(field_name, code):
    """Records whose list of codes (a JSON list) holds `code`: a text search of the JSON,
    which both databases can do; the quotes keep one code from matching part of another."""
    return Q(**{f"{field_name}__icontains": f'"{code}"'})


def any_of(items):
    query = Q(pk__in=[])
    for item in items:
        query |= item
    return query


class ProviderFilterForm(FilterForm):
    country = forms.ChoiceField(
        label=_("Country"), required=False, choices=ANY + DirectoryCountry.choices
    )
    region = forms.MultipleChoiceField(
        label=_("District or county"),
        required=False,
        choices=REGION_CHOICES,
    )
    service = forms.MultipleChoiceField(
        label=_("Type of service"), required=False, choices=ServiceType.choices
    )
    group = forms.MultipleChoiceField(
        label=_("Target group"), required=False, choices=TargetGroup.choices
    )
    q = forms.CharField(label=_("Name or place"), required=False, max_length=100)

    def __init__(self, *args, regions=None, **kwargs):
        """`regions`: the district and county codes to offer (those with records), or all."""
        super().__init__(*args, **kwargs)
        if regions is not None:
            self.fields["region"].choices = [
                (group, [(code, label) for code, label in options if code in regions])
                for group, options in REGION_CHOICES
            ]

    def apply(self, queryset, data):
        if data.get("country"):
            queryset = queryset.filter(country=data["country"])
        if data.get("region"):
            queryset = queryset.filter(region__in=data["region"])
        if data.get("service"):
            queryset = queryset.filter(
                pk__in=queryset.model.objects.filter(
                    services__service_type__in=data["service"]
                ).values("pk")
            )
        if data.get("group"):
            queryset = queryset.filter(any_of(has_code("target_groups", g) for g in data["group"]))
        if data.get("q"):
            words = data["q"].split()
            for word in words:
                queryset = queryset.filter(
                    Q(title__icontains=word)
                    | Q(municipality__icontains=word)
                    | Q(address__icontains=word)
                )
        return queryset

    def query_string(self):
        """The valid filters as a query string, for links to the exports and other pages."""
        params = QueryDict(mutable=True)
        if self.is_bound:
            self.is_valid()
            for name, value in self.cleaned_data.items():
                if isinstance(value, list):
                    params.setlist(name, value)
                elif value:
                    params[name] = value
        return params.urlencode()


class LegislationFilterForm(FilterForm):
    country = forms.ChoiceField(
        label=_("Country"), required=False, choices=ANY + DirectoryCountry.choices
    )
    record_type = forms.ChoiceField(
        label=_("Type"), required=False, choices=ANY + LegislationType.choices
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=ANY + LegislationStatus.choices
    )

    def apply(self, queryset, data):
        for name in ("country", "record_type", "status"):
            if data.get(name):
                queryset = queryset.filter(**{name: data[name]})
        return queryset
