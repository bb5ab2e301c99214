"""The member's forms (a link request, a proposal with its services) and the reviewer's."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from directory.choices import ServiceType
from directory.claims.changes import PAGE_FIELDS
from directory.claims.models import ProviderLink
from directory.models import ServiceProviderPage


class LinkRequestForm(forms.ModelForm):
    class Meta:
        model = ProviderLink
        fields = ["position", "note"]
        labels = {"position": _("Your role or position in the organisation")}
        help_texts = {
            "note": _("Anything that helps the editors check that you work there."),
        }
        widgets = {"note": forms.Textarea(attrs={"rows": 4})}


class ProposalForm(forms.ModelForm):
    """The page's own fields, validated as the model validates them (nothing is saved)."""

    website = forms.URLField(
        label=ServiceProviderPage._meta.get_field("website").verbose_name,
        required=False,
        assume_scheme="https",
    )
    message = forms.CharField(
        label=_("Message to the editors"),
        help_text=_("Why these changes? Where can the editors check them?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    class Meta:
        model = ServiceProviderPage
        fields = list(PAGE_FIELDS)
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 6}),
        }

    def proposed_values(self):
        return {name: self.cleaned_data[name] for name in PAGE_FIELDS}


class ServiceForm(forms.Form):
    key = forms.CharField(required=False, widget=forms.HiddenInput)
    service_type = forms.ChoiceField(
        label=_("Type of service"), choices=[("", "---------"), *ServiceType.choices]
    )
    name = forms.CharField(label=_("Name"), max_length=255, required=False)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    capacity = forms.IntegerField(label=_("Capacity"), min_value=0, required=False)


class BaseServiceFormSet(forms.BaseFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        kept = [
            form
            for form in self.forms
            if form.has_changed() or form.cleaned_data.get("key")
            if not self._should_delete_form(form) and form.cleaned_data
        ]
        if not kept:
            raise ValidationError(_("A provider runs at least one service."))

    def proposed_values(self):
        services = []
        for form in self.forms:
            data = form.cleaned_data
            if not data or self._should_delete_form(form):
                continue
            if not data.get("key") and not form.has_changed():
                continue
            services.append(
                {
                    "key": data.get("key") or "",
                    "service_type": data["service_type"],
                    "name": data.get("name") or "",
                    "description": data.get("description") or "",
                    "capacity": data.get("capacity"),
                }
            )
        return services


ServiceFormSet = forms.formset_factory(
    ServiceForm, formset=BaseServiceFormSet, extra=1, can_delete=True, max_num=50
)


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        help_text=_("The member reads it in the email that tells them."),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
