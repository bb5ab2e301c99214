"""The upload / edit form (with its safeguarding checklist and held file) and the list filters."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from taggit.models import Tag

from community.materials.choices import CONTENT_TYPES, EXTENSIONS, FileKind, Topic
from community.materials.models import PracticeMaterial
from community.materials.rules import held_upload, storage_used
from community.materials.validation import check_quota, check_upload
from core.choices import Language, Licence, Profession
from core.filters import ANY, FilterForm
from core.malware import scan_upload

ACCEPT = ",".join(f".{ext}" for exts in EXTENSIONS.values() for ext in exts)

HELD_LABEL = _("Choose a different file (optional)")

SAFEGUARDING = (
    (
        "no_names",
        _("The file contains no names or initials that could identify a child, family or client."),
        _("Please confirm that the file names no child, family or client."),
    ),
    (
        "no_images",
        _("The file contains no photos or images in which a child or client can be recognised."),
        _("Please confirm that no child or client can be recognised in the file’s images."),
    ),
    (
        "no_details",
        _(
            "The file contains no details (addresses, case numbers, dates of birth, places) "
            "that together could identify someone."
        ),
        _("Please confirm that the file holds no details that together could identify someone."),
    ),
    (
        "has_rights",
        _("I have the right to share this file under the licence I chose."),
        _("Please confirm that you have the right to share this file under this licence."),
    ),
)


class MaterialForm(forms.ModelForm):
    """Everything a member types is kept on error, and so is a valid file (see `held`)."""

    upload = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_("PDF, DOCX, ODT, PPTX, XLSX, JPG or PNG."),
        widget=forms.FileInput(attrs={"accept": ACCEPT}),
    )
    held = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = PracticeMaterial
        fields = [
            "title",
            "description",
            "language",
            "topic",
            "target_group",
            "licence",
            "tags",
            "public",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 6, "maxlength": 2000})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.owner = self.instance.author if self.instance.pk else user
        self.checked = None  # a new file that passed every check
        self.held_upload = None  # a file kept from an earlier attempt
        self.fields["target_group"].choices = [("", _("Any audience"))] + Profession.choices
        self.fields["topic"].choices = [("", _("Choose a topic"))] + Topic.choices
        if self.instance.pk:
            self.fields["upload"].label = _("Replace the file (optional)")
        for name, label, missing in SAFEGUARDING:
            self.fields[name] = forms.BooleanField(
                label=label, required=True, error_messages={"required": missing}
            )
        if self.is_bound:
            self.held_upload = held_upload(user, self.data.get(self.add_prefix("held")))
        if self.held_upload is not None:
            self.fields["upload"].label = HELD_LABEL

    @property
    def safeguarding_fields(self):
        return [self[name] for name, _label, _missing in SAFEGUARDING]

    @property
    def other_fields(self):
        names = {name for name, _label, _missing in SAFEGUARDING} | {"held", "upload"}
        return [field for field in self.visible_fields() if field.name not in names]

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload:
            checked = check_upload(upload)
            scan_upload(upload)
            self.checked = checked
        return upload

    def clean(self):
        cleaned = super().clean()
        if self.checked is None and "upload" not in self._errors:
            if self.held_upload is None and not self.instance.pk:
                self.add_error("upload", _("Choose the file you want to share."))
        size = self.checked.size if self.checked else None
        if size is None and self.held_upload is not None:
            size = self.held_upload.file_size
        if size is not None:
            used = storage_used(self.owner, exclude=self.instance if self.instance.pk else None)
            try:
                check_quota(used, size)
            except forms.ValidationError as error:
                self.add_error("upload", error)
                self.checked = None
                self.held_upload = None
        return cleaned

    def hold_file(self):
        """Keep a valid new file while the member fixes the other fields."""
        if self.checked is None:
            return
        from community.materials.models import PendingUpload

        if self.held_upload is not None:
            self.held_upload.discard()
        pending = PendingUpload(
            uploader=self.user,
            original_filename=self.checked.original_filename,
            content_type=self.checked.content_type,
            file_size=self.checked.size,
        )
        self.checked.file.seek(0)
        pending.file.save(self.checked.original_filename, self.checked.file, save=False)
        pending.save()
        self.held_upload = pending
        self.checked = None
        self.fields["upload"].label = HELD_LABEL
        self.data = self.data.copy()
        self.data[self.add_prefix("held")] = str(pending.token)

    def attach_file(self, material):
        """Put the new or held file on the material; return the name of a replaced file."""
        source = self.checked or self.held_upload
        if source is None:
            return None
        replaced = material.file.name or None
        if self.checked is not None:
            content = self.checked.file
            content.seek(0)
        else:
            content = self.held_upload.file.open("rb")
        try:
            material.file.save(source.original_filename, content, save=False)
        finally:
            if self.checked is None:
                content.close()
        material.original_filename = source.original_filename
        material.content_type = source.content_type
        material.file_size = source.size if self.checked else source.file_size
        return replaced

    @property
    def file_replaced(self):
        return self.checked is not None or self.held_upload is not None


class MaterialFilterForm(FilterForm):
    NEWEST, DOWNLOADS = "newest", "downloads"
    q = forms.CharField(label=_("Search in titles and descriptions"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False, choices=ANY + Topic.choices)
    target_group = forms.ChoiceField(
        label=_("For whom"), required=False, choices=ANY + Profession.choices
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=ANY + Language.choices
    )
    licence = forms.ChoiceField(label=_("Licence"), required=False, choices=ANY + Licence.choices)
    kind = forms.ChoiceField(label=_("File type"), required=False, choices=ANY + FileKind.choices)
    tag = forms.ChoiceField(label=_("Keyword"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            (NEWEST, pgettext_lazy("sort", "Newest first")),
            (DOWNLOADS, pgettext_lazy("sort", "Most downloaded")),
        ],
    )

    def __init__(self, *args, materials, **kwargs):
        super().__init__(*args, **kwargs)
        tags = Tag.objects.filter(materials_practicematerialtag_items__content_object__in=materials)
        tags = tags.distinct().order_by("name")
        self.fields["tag"].choices = ANY + [(tag.slug, tag.name) for tag in tags]

    @property
    def active(self):
        data = getattr(self, "cleaned_data", {})
        return self.is_bound and any(value for key, value in data.items() if key != "sort")

    def apply(self, queryset, data):
        if data.get("q"):
            words = data["q"].split()[:10]
            for word in words:
                queryset = queryset.filter(
                    Q(title__icontains=word) | Q(description__icontains=word)
                )
        for field in ("topic", "target_group", "language", "licence"):
            if data.get(field):
                queryset = queryset.filter(**{field: data[field]})
        if data.get("kind"):
            queryset = queryset.filter(content_type=CONTENT_TYPES[data["kind"]])
        if data.get("tag"):
            queryset = queryset.filter(tags__slug=data["tag"]).distinct()
        if data.get("sort") == self.DOWNLOADS:
            queryset = queryset.order_by("-download_count", "-created_at")
        return queryset
