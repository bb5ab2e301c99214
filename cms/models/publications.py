"""Publications: compendiums, brochures and reports, free to download in each language."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from modelcluster.fields import ParentalKey

from cms.choices import PublicationType
from core.choices import Language, Licence
from core.pages import CARD_IMAGE, COVER_IMAGE, BasePage, with_card_images
from core.pagination import paginate
from search.extraction import document_text


class PublicationPage(BasePage):
    search_kind = "publication"

    publication_type = models.CharField(
        _("type"), max_length=30, choices=PublicationType.choices, default=PublicationType.REPORT
    )
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    abstract = RichTextField(_("abstract"), features=["bold", "italic", "link", "ol", "ul"])
    authors = models.CharField(_("authors"), max_length=255, blank=True)
    year = models.PositiveSmallIntegerField(_("year"))
    publisher = models.CharField(_("publisher"), max_length=255, blank=True)
    isbn = models.CharField(_("ISBN"), max_length=20, blank=True)
    licence = models.CharField(
        _("licence"), max_length=30, choices=Licence.choices, default=Licence.CC_BY
    )
    project = models.ForeignKey(
        "cms.ProjectPage",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("publication_type"), FieldPanel("year")]),
                FieldPanel("authors"),
                FieldPanel("publisher"),
                FieldRowPanel([FieldPanel("isbn"), FieldPanel("licence")]),
                FieldPanel("project"),
            ],
            heading=_("Bibliographic details"),
        ),
        FieldPanel("cover"),
        FieldPanel("abstract"),
        InlinePanel("files", label=_("Files"), min_num=1),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("abstract"),
        index.SearchField("authors"),
        index.SearchField("publisher"),
        index.SearchField("isbn"),
        index.FilterField("year"),
        index.FilterField("publication_type"),
    ]
    parent_page_types = ["cms.PublicationIndexPage"]
    subpage_types = []
    # What a card shows (templates/includes/cards/publicationpage.html), fetched with the card.
    card_images = (COVER_IMAGE, CARD_IMAGE)
    card_prefetch = ("files",)

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    @property
    def file_languages(self):
        return sorted({f.language for f in self.files.all()})

    def search_extra_text(self):
        """The text inside the files: the file in the page's language, else all of them.

        Files in a private collection are left out: their text is for those who may open them.
        """
        files = [
            item
            for item in self.files.select_related("document__collection")
            if not item.document.collection.get_view_restrictions().exists()
        ]
        own = [item for item in files if item.language == self.locale.language_code]
        return "\n".join(document_text(item.document) for item in (own or files))

    def clean(self):
        super().clean()
        languages = [f.language for f in self.files.all()]
        if len(languages) != len(set(languages)):
            raise ValidationError(_("Add at most one file per language."))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        counts = dict(self.download_counts.values_list("language", "count"))
        files = list(self.files.select_related("document"))
        for publication_file in files:
            publication_file._download_count = counts.get(publication_file.language, 0)
        context["files"] = files
        return context


class PublicationFile(Orderable):
    """One downloadable file of a publication, in one language, with its download count."""

    page = ParentalKey(PublicationPage, related_name="files", on_delete=models.CASCADE)
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("document")])]

    class Meta(Orderable.Meta):
        verbose_name = _("publication file")
        verbose_name_plural = _("publication files")

    def clean(self):
        super().clean()
        if self.document_id and not self.document.file.name.lower().endswith(
            (".pdf", ".docx", ".odt", ".epub")
        ):
            raise ValidationError(
                {"document": _("Publications are shared as PDF, DOCX, ODT or EPUB.")}
            )

    def get_download_url(self):
        return reverse("publication-download", args=[self.page_id, self.language])

    @property
    def download_count(self):
        """Downloads of this publication's file in this language (see PublicationDownloadCount)."""
        if not hasattr(self, "_download_count"):
            self._download_count = (
                PublicationDownloadCount.objects.filter(
                    page_id=self.page_id, language=self.language
                )
                .values_list("count", flat=True)
                .first()
                or 0
            )
        return self._download_count

    @property
    def filename(self):
        return self.document.filename

    @property
    def file_size(self):
        return self.document.get_file_size()

    @property
    def extension(self):
        return self.document.file_extension.upper()


class PublicationDownloadCount(models.Model):
    """How often a publication's file in one language was downloaded.

    Kept apart from PublicationFile because wagtail-localize re-creates a translation's
    file rows on every sync; the page and the file's language outlive that.
    """

    page = models.ForeignKey(
        PublicationPage, on_delete=models.CASCADE, related_name="download_counts"
    )
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("download count")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="unique_download_count")
        ]

    def __str__(self):
        return f"{self.page_id}/{self.language}: {self.count}"


class PublicationIndexPage(BasePage):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.PublicationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("publications index")

    def get_context(self, request, *args, **kwargs):
        from cms.forms import PublicationFilterForm

        context = super().get_context(request, *args, **kwargs)
        publications = (
            PublicationPage.objects.child_of(self).live().public().order_by("-year", "title")
        )
        form = PublicationFilterForm(request.GET or None, publications=publications)
        context["filter_form"] = form
        context["results"] = paginate(
            request,
            with_card_images(form.filter(publications), CARD_IMAGE, COVER_IMAGE).prefetch_related(
                "files"
            ),
            self.paginate_by,
        )
        return context
