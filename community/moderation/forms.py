from django import forms
from django.utils.translation import gettext_lazy as _

from community.moderation.models import FlagReason


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with it?"),
        choices=FlagReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose a reason.")},
    )
    note = forms.CharField(
        label=_("Details for the moderators"),
        help_text=_("Optional. Do not repeat any personal details about a client here."),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
        error_messages={
            "max_length": _("Please keep the details under %(limit_value)d characters.")
        },
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput)


class ActionReasonForm(forms.Form):
    """The optional reason a moderator gives with an action on content."""

    reason = forms.CharField(label=_("Reason (optional)"), required=False, max_length=2000)


class MemberActionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        help_text=_("Sent to the member with a warning or a ban, and kept in the log."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    days = forms.IntegerField(
        label=_("Days"),
        min_value=1,
        max_value=365,
        required=False,
        error_messages={
            "min_value": _("Silence a member for at least %(limit_value)s day."),
            "max_value": _("Silence a member for at most %(limit_value)s days."),
            "invalid": _("Enter a whole number of days."),
        },
    )

    def __init__(self, *args, action=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action

    def clean(self):
        data = super().clean()
        if self.action == "silence" and not data.get("days") and "days" not in self.errors:
            self.add_error("days", _("Say for how many days to silence the member."))
        if self.action in ("warn", "ban") and not data.get("reason"):
            self.add_error("reason", _("Tell the member why: the reason is sent to them."))
        return data
