"""The upload form: the file is read and checked here, so a bad file is a form error."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.malware import scan_upload
from directory.imports.files import MAX_BYTES, MAX_ROWS, FileProblem, read_table
from directory.imports.models import ImportJob


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "CSV (UTF-8, comma or semicolon separated) or XLSX (the first sheet), "
            "at most %(size)d MB and %(rows)d rows."
        )
        % {"size": MAX_BYTES // (1024 * 1024), "rows": MAX_ROWS},
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )
    record_type = forms.ChoiceField(
        label=_("Records"), choices=ImportJob.RecordType.choices, widget=forms.RadioSelect
    )
    language = forms.ChoiceField(
        label=_("Language of the file"),
        choices=ImportJob.Language.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "A Bulgarian file creates and updates the records; an English or Romanian file "
            "adds or updates the translations of records that exist in Bulgarian."
        ),
    )

    def __init__(self, *args, record_types=None, **kwargs):
        super().__init__(*args, **kwargs)
        if record_types is not None:
            self.fields["record_type"].choices = [
                choice for choice in ImportJob.RecordType.choices if choice[0] in record_types
            ]
        if len(self.fields["record_type"].choices) == 1:
            self.fields["record_type"].initial = self.fields["record_type"].choices[0][0]
        self.fields["language"].initial = "bg"

    def clean(self):
        cleaned = super().clean()
        uploaded = cleaned.get("file")
        if uploaded and cleaned.get("record_type") and cleaned.get("language"):
            if uploaded.size > MAX_BYTES:
                self.add_error(
                    "file",
                    _("The file is larger than %(size)d MB: split it into smaller files.")
                    % {"size": MAX_BYTES // (1024 * 1024)},
                )
                return cleaned
            try:
                table = read_table(
                    uploaded.read(), uploaded.name, cleaned["record_type"], cleaned["language"]
                )
                scan_upload(uploaded)
                cleaned["table"] = table
            except FileProblem as problem:
                self.add_error("file", str(problem))
            except forms.ValidationError as error:
                self.add_error("file", error)
            finally:
                uploaded.seek(0)
        return cleaned
