"""News, methodology articles, manuals and good practice, and the two sections that list them."""

from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

from cms.blocks import BodyBlock
from cms.choices import RESOURCE_KINDS, ArticleKind
from core.pages import BasePage, PerLocaleField, localized_cards, with_card_images
from core.pagination import paginate
from core.text import reading_time_minutes


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ArticlePage(BasePage):
    search_kind = "article"

    kind = models.CharField(
        _("kind"), max_length=30, choices=ArticleKind.choices, default=ArticleKind.NEWS
    )
    date = models.DateField(_("date"))
    lead = models.TextField(_("lead"), help_text=_("The opening paragraph, shown in bold."))
    authors = models.CharField(_("authors"), max_length=255, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(
        through=ArticlePageTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Topics and methods, in this page's language."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("date"), FieldPanel("authors"), FieldPanel("tags")],
            heading=_("About this article"),
        ),
        FieldPanel("lead"),
        FieldPanel("body"),
        InlinePanel("documents", label=_("Attached documents")),
        InlinePanel("related_pages", label=_("Related pages")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("authors"),
        index.FilterField("kind"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    override_translatable_fields = [PerLocaleField("tagged_items")]

    parent_page_types = ["cms.ArticleIndexPage", "cms.ResourceCentrePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @property
    def reading_time(self):
        return reading_time_minutes(self.lead, *(block.value for block in self.body))

    def get_summary(self):
        return self.listing_summary or self.lead

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read once for the page and its metadata (the tags also go into OpenGraph).
        prefetch_related_objects([self], "tags")
        context["documents"] = list(self.documents.select_related("document"))
        context["related"] = localized_cards(
            [link.page for link in self.related_pages.select_related("page")], self.locale_id
        )
        return context


class ArticleDocument(Orderable):
    page = ParentalKey(ArticlePage, related_name="documents", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("document")]


class ArticleRelatedPage(Orderable):
    page_from = ParentalKey(ArticlePage, related_name="related_pages", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("page")]


class ArticleListingPage(BasePage):
    """An index of the articles below it, filtered by kind, tag and year."""

    introduction = models.TextField(_("introduction"), blank=True)
    listed_kinds = ()

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    subpage_types = ["cms.ArticlePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def get_articles(self):
        articles = ArticlePage.objects.child_of(self).live().public().order_by("-date", "-pk")
        if self.listed_kinds:
            articles = articles.filter(kind__in=self.listed_kinds)
        return articles

    def get_context(self, request, *args, **kwargs):
        from cms.forms import ArticleFilterForm

        context = super().get_context(request, *args, **kwargs)
        articles = self.get_articles()
        form = ArticleFilterForm(request.GET or None, articles=articles, kinds=self.listed_kinds)
        filtered = form.filter(articles)
        context["filter_form"] = form
        context["results"] = paginate(
            request,
            with_card_images(filtered).prefetch_related("tags"),
            self.paginate_by,
        )
        return context


class ArticleIndexPage(ArticleListingPage):
    """News and articles."""

    parent_page_types = ["cms.HomePage"]

    class Meta:
        verbose_name = _("news and articles index")


class ResourceCentrePage(ArticleListingPage):
    """The Resource Centre: methodology, manuals and good practice, by topic and method."""

    listed_kinds = RESOURCE_KINDS
    parent_page_types = ["cms.HomePage"]

    class Meta:
        verbose_name = _("resource centre")
