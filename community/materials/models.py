"""Practice materials members share, and files held while a member corrects a form."""

import uuid

from django.conf import settings
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.search import index

from anyascii import anyascii
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from community.materials.choices import KIND_BY_CONTENT_TYPE, Topic
from community.materials.storage import private_storage
from community.moderation.models import ModeratedContent, Status
from core.choices import Language, Licence, Profession
from core.text import BidiFreeFieldsMixin

LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
    Licence.CC_BY_NC_ND: "https://creativecommons.org/licenses/by-nc-nd/4.0/",
}


def material_upload_to(instance, filename):
    """A random name: the member's file name may itself identify someone."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return timezone.now().strftime(f"materials/%Y/%m/{uuid.uuid4().hex}.{extension}")


def pending_upload_to(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"pending/{uuid.uuid4().hex}.{extension}"


class PracticeMaterialTag(TaggedItemBase):
    content_object = models.ForeignKey(
        "materials.PracticeMaterial", on_delete=models.CASCADE, related_name="tagged_items"
    )


class PracticeMaterial(BidiFreeFieldsMixin, ModeratedContent, index.Indexed):
    """A file a member shares with colleagues: a form, a checklist, slides, a photo of a chart.

    Only members see it unless `public` is set; a new member's first materials wait for a
    moderator (see `initial_status`).
    """

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=2000)
    language = models.CharField(
        _("language"), max_length=8, choices=Language.choices, default=Language.BULGARIAN
    )
    topic = models.CharField(_("topic"), max_length=32, choices=Topic.choices)
    target_group = models.CharField(
        _("for whom"), max_length=32, choices=Profession.choices, blank=True
    )
    licence = models.CharField(
        _("licence"), max_length=32, choices=Licence.choices, default=Licence.CC_BY
    )
    public = models.BooleanField(
        _("also visible to the public"),
        default=False,
        help_text=_("Otherwise only logged-in members can see and download it."),
    )
    tags = TaggableManager(
        verbose_name=_("keywords"),
        through=PracticeMaterialTag,
        blank=True,
        help_text=_("Separate keywords with commas."),
    )
    file = models.FileField(_("file"), upload_to=material_upload_to, storage=private_storage)
    original_filename = models.CharField(_("original file name"), max_length=255)
    file_size = models.PositiveBigIntegerField(_("file size"), default=0)
    content_type = models.CharField(_("file type"), max_length=100)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="practice_materials",
        verbose_name=_("author"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    download_count = models.PositiveIntegerField(_("downloads"), default=0)
    safeguarding_confirmed_at = models.DateTimeField(
        _("safeguarding checklist confirmed"), null=True, blank=True
    )

    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("status"),
        index.FilterField("hidden_by_flags"),
        index.FilterField("public"),
        index.FilterField("language"),
        index.FilterField("topic"),
    ]
    # The file name too: members see it, and downloads are saved under it.
    bidi_free_fields = ("title", "description", "original_filename")

    class Meta:
        verbose_name = _("practice material")
        verbose_name_plural = _("practice materials")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "public", "-created_at"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Whoever publishes (the moderation queue, the admin, this app) gets a published date.
        if self.status == Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "published_at"}
        super().save(*args, **kwargs)

    @property
    def slug(self):
        return slugify(anyascii(self.title))[:60].strip("-") or "material"

    def get_absolute_url(self):
        return reverse("materials:detail", kwargs={"pk": self.pk, "slug": self.slug})

    def get_download_url(self):
        return reverse("materials:download", kwargs={"pk": self.pk})

    @property
    def file_kind(self):
        return KIND_BY_CONTENT_TYPE.get(self.content_type, "")

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    def moderation_title(self):
        return self.title

    def moderation_excerpt(self):
        return self.description[:300]

    def delete_file(self):
        """Delete the stored file once the surrounding transaction has committed."""
        name, storage = self.file.name, self.file.storage
        if name:
            transaction.on_commit(lambda: storage.delete(name))


class PendingUpload(models.Model):
    """A valid file kept while the member corrects another field of the upload form.

    The member does not have to choose the file again; `clean_pending_uploads` deletes
    the ones left behind after a day.
    """

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    uploader = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pending_uploads"
    )
    file = models.FileField(upload_to=pending_upload_to, storage=private_storage)
    original_filename = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    file_size = models.PositiveBigIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("file kept during upload")
        verbose_name_plural = _("files kept during upload")

    def __str__(self):
        return self.original_filename

    def discard(self):
        name, storage = self.file.name, self.file.storage
        self.delete()
        if name:
            transaction.on_commit(lambda: storage.delete(name))
