"""The member directory's filters (django-filter), shown with includes/filter_form.html."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

import django_filters

from community.members.models import MemberProfession, Profile
from core.choices import REGION_CHOICES, Country, Language

ALL = pgettext_lazy("filter", "All")


class DirectoryFilterForm(forms.Form):
    @property
    def active(self):
        return self.is_bound and any(getattr(self, "cleaned_data", {}).values())


class DirectoryFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Name or organisation"), method="search")
    profession = django_filters.ChoiceFilter(
        label=_("Profession"), choices=MemberProfession.choices, empty_label=ALL
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=Country.choices, empty_label=ALL
    )
    district = django_filters.ChoiceFilter(
        label=_("District or county"), choices=REGION_CHOICES, empty_label=ALL
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=Language.choices, empty_label=ALL, method="speaks"
    )

    class Meta:
        model = Profile
        fields = []
        form = DirectoryFilterForm

    def search(self, queryset, name, value):
        value = value.strip()[:100]
        if not value:
            return queryset
        return queryset.filter(Q(display_name__icontains=value) | Q(organisation__icontains=value))

    def speaks(self, queryset, name, value):
        # JSON text match works on SQLite and PostgreSQL alike; codes are quoted whole words.
        return queryset.filter(languages__icontains=f'"{value}"')
