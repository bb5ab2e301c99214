"""The one filtering idiom for listings: a plain form whose `filter()` narrows a queryset.

Listing filters come from links people share and bookmark, so a value that no longer
exists (a tag renamed, a year emptied) must not turn the page into an error: invalid
fields are ignored and the valid ones still filter. Choices are built from the items
actually listed, so no one is offered a filter that leads to an empty page.
"""

from django import forms
from django.db.models.functions import ExtractYear
from django.utils.translation import pgettext_lazy

ANY = [("", pgettext_lazy("filter", "All"))]


def year_choices(queryset, field):
    years = (
        queryset.annotate(_year=ExtractYear(field))
        .order_by("-_year")
        .values_list("_year", flat=True)
        .distinct()
    )
    return ANY + [(str(year), str(year)) for year in years if year]


class FilterForm(forms.Form):
    """Unknown or malformed filter values are ignored rather than shown as errors."""

    def filter(self, queryset):
        if not self.is_bound:
            return queryset
        # Django drops every invalid field from cleaned_data; the valid ones still filter.
        self.is_valid()
        return self.apply(queryset, self.cleaned_data)

    def apply(self, queryset, data):
        raise NotImplementedError

    @property
    def active(self):
        return self.is_bound and any(getattr(self, "cleaned_data", {}).values())
