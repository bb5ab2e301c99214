from django import forms
from django.db import models


class MultipleChoiceField(models.JSONField):
    """A list of choice values stored as JSON, edited as checkboxes (works on SQLite and PostgreSQL)."""

    def __init__(self, *args, choices=(), **kwargs):
        self.multiple_choices = list(choices)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices"] = self.multiple_choices
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {str(key) for key, _label in self.multiple_choices}
        invalid = [item for item in value or [] if item not in allowed]
        if invalid:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": invalid[0]},
            )

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.multiple_choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )
