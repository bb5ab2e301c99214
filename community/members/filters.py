"""The member list's filters, shown with includes/filter_form.html."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from community.members.models import MemberProfession
from core.choices import REGION_CHOICES, Country, Language
from core.filters import ANY, FilterForm


class MemberFilterForm(FilterForm):
    q = forms.CharField(label=_("Name or organisation"), required=False)
    profession = forms.ChoiceField(
        label=_("Profession"), required=False, choices=ANY + MemberProfession.choices
    )
    country = forms.ChoiceField(label=_("Country"), required=False, choices=ANY + Country.choices)
    district = forms.ChoiceField(
        label=_("District or county"), required=False, choices=ANY + REGION_CHOICES
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=ANY + Language.choices
    )

    def apply(self, queryset, data):
        # Cut rather than refused: a long paste still searches by its beginning.
        words = data.get("q", "").strip()[:100]
        if words:
            queryset = queryset.filter(
                Q(display_name__icontains=words) | Q(organisation__icontains=words)
            )
        for name in ("profession", "country", "district"):
            if data.get(name):
                queryset = queryset.filter(**{name: data[name]})
        if data.get("language"):
            # A text match of the JSON list works on SQLite and PostgreSQL alike; the quotes
            # keep one code from matching part of another.
            queryset = queryset.filter(languages__icontains=f'"{data["language"]}"')
        return queryset
