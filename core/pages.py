"""What every Praktika page shares: listing fields, translation awareness, navigation helpers."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField

from core.locales import LocalizedMixin, language_code
from core.text import BidiFreeFieldsMixin


class PerLocaleField(BaseTranslatableField):
    """A relation each language version keeps for itself (tags): neither translated nor synced."""

    def is_synchronized(self, obj):
        return False


def is_untranslated_alias(page):
    """An alias shows its source's content; true when that content is in another language.

    A function as well as a property, for the plain `Page` objects template tags look up.
    """
    return bool(page.alias_of_id) and page.alias_of.locale_id != page.locale_id


def content_language(page):
    """The language a page's content is written in (its source's, for an alias)."""
    if is_untranslated_alias(page):
        return language_code(page.alias_of)
    return language_code(page)


def routed_ancestors(page):
    """The page's ancestors from its home page down, if routing loaded them all, else None.

    Wagtail's routing leaves each page it passes through on the next one
    (`_cached_parent_obj`), so a page being served knows its parents without a query.
    """
    ancestors = []
    while page.depth > 2:
        parent = getattr(page, "_cached_parent_obj", None)
        if parent is None or parent.depth != page.depth - 1:
            return None
        ancestors.append(parent)
        page = parent
    return ancestors[::-1]


class PraktikaPageQuerySet(PageQuerySet):
    def private_q(self):
        """Pages in a private section, found by the database in the same query.

        Wagtail's version reads every view restriction first, a query each time a list of
        pages is filtered with `public()`. A restriction covers its page and the pages below
        it: those whose path starts with the restricted page's path. The restricted page's
        path is looked up per restriction (by primary key), so the database goes through
        the few restrictions rather than through every page for every page listed.
        """
        restricted_path = Subquery(
            Page.objects.filter(pk=OuterRef("page_id")).order_by().values("path")[:1]
        )
        restrictions = PageViewRestriction.objects.annotate(restricted_path=restricted_path).filter(
            restricted_path=Substr(OuterRef("path"), 1, Length("restricted_path"))
        )
        return Q(Exists(restrictions))


PraktikaPageManager = PageManager.from_queryset(PraktikaPageQuerySet)


class BasePage(BidiFreeFieldsMixin, LocalizedMixin, Page):
    """Abstract base for all public pages.

    Gives every page a listing summary and image, and the helpers templates need to tell
    readers which language they are reading and where they are in the site.
    """

    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        help_text=_("Shown on cards and in lists. Keep it to one or two sentences."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    search_fields = Page.search_fields + [
        index.SearchField("listing_summary"),
        index.FilterField("locale_id"),
    ]
    promote_panels = Page.promote_panels + [
        FieldPanel("listing_summary"),
        FieldPanel("listing_image"),
    ]

    # Index pages list their children this many at a time.
    paginate_by = 12
    bidi_free_fields = ("title", "draft_title", "seo_title")

    objects = PraktikaPageManager()

    class Meta:
        abstract = True

    @property
    def is_untranslated_alias(self):
        return is_untranslated_alias(self)

    @property
    def content_language(self):
        return content_language(self)

    def save_revision(self, *args, **kwargs):
        """The titles cleaned also when Wagtail saves a revision without validating the page."""
        self.remove_bidi_controls()
        return super().save_revision(*args, **kwargs)

    def route(self, request, path_components):
        """Wagtail's routing, finding the child of an index page in one query instead of two.

        The children of an index are all of one type, so the child is looked up as that type
        at once; anything else (no such child of that type) goes through Wagtail's routing.
        """
        child_models = type(self).allowed_subpage_models()
        if path_components and len(child_models) == 1:
            child = child_models[0].objects.child_of(self).filter(slug=path_components[0]).first()
            if child is not None:
                if child.specific_class is not child_models[0]:
                    child = child.specific  # a subclass, created without the admin's checks
                child._cached_parent_obj = self  # as Wagtail does: get_parent() needs no query
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_view_restrictions(self):
        """Wagtail's, without its query for the ancestors when routing has loaded them.

        Aliases take their source's restrictions, so with an alias among them Wagtail's own
        version runs. The root page is not loaded by routing: it is matched by its path.
        """
        ancestors = routed_ancestors(self)
        if ancestors is None or any(page.alias_of_id for page in [self, *ancestors]):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.filter(
            Q(page_id__in=[self.pk, *(page.pk for page in ancestors)])
            | Q(page__path=self.path[: self.steplen])
        )

    def get_section(self):
        """The index page a detail page belongs to, for "back to" links."""
        parent = self.get_parent()
        if parent is None or parent.depth <= 2:
            return None
        return parent.specific

    def get_summary(self):
        return self.listing_summary or self.search_description

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["untranslated_notice"] = request.GET.get("untranslated") == "1"
        return context


# The renditions cards show (templates/includes/cards/, `{% picture %}` with these patterns:
# WebP with a JPEG fallback, in several widths); prefetched so lists cost no query per card.
CARD_IMAGE = (
    "listing_image",
    Filter.expand_spec("format-{webp,jpeg} fill-{640x360,320x180,960x540}"),
)
COVER_IMAGE = ("cover", Filter.expand_spec("format-{webp,jpeg} fill-{300x420,150x210}"))


def _specs(spec):
    return [spec] if isinstance(spec, str) else list(spec)


def with_card_images(pages, *images):
    """Fetch the images of a list of pages and their card renditions in a fixed number of queries.

    Each image comes with its page (a join); its renditions come in one query per image field.
    """
    Rendition = get_image_model().get_rendition_model()
    images = images or (CARD_IMAGE,)
    return pages.select_related("locale", *(field for field, _spec in images)).prefetch_related(
        *(
            Prefetch(
                f"{field}__renditions",
                queryset=Rendition.objects.filter(filter_spec__in=_specs(spec)),
                to_attr="prefetched_renditions",
            )
            for field, spec in images
        )
    )


def select_card_images(pages):
    """The pages with their card images (a join); prefetch_card_renditions() does the rest."""
    return pages.select_related("locale", *(field for field, _spec in card_images(pages.model)))


def card_images(model):
    """The (field, rendition spec) pairs of the pictures a card of this page type shows."""
    images = getattr(model, "card_images", (CARD_IMAGE,))
    return [(field, spec) for field, spec in images if hasattr(model, f"{field}_id")]


def prefetch_card_renditions(cards):
    """One query for the card renditions of pages of any types, whose images are loaded."""
    images, specs = [], set()
    for card in cards:
        for field, spec in card_images(type(card)):
            image = getattr(card, field)
            if image is not None:
                images.append(image)
                specs.update(_specs(spec))
    if not images:
        return
    Rendition = get_image_model().get_rendition_model()
    found = {}
    for rendition in Rendition.objects.filter(
        image_id__in={image.pk for image in images}, filter_spec__in=specs
    ):
        found.setdefault(rendition.image_id, []).append(rendition)
    for image in images:
        image.prefetched_renditions = list(found.get(image.pk, ()))
        for rendition in image.prefetched_renditions:
            rendition.image = image


def localized_pages(pages, locale_id):
    """The live version of each page in a locale, by translation key (at most one query).

    Pages without a live translation are left out: callers decide on a fallback.
    """
    found = {page.translation_key: page for page in pages if page.locale_id == locale_id}
    keys = {page.translation_key for page in pages} - set(found)
    if keys:
        others = Page.objects.filter(translation_key__in=keys, locale_id=locale_id).live()
        found.update((page.translation_key, page) for page in others)
    return {key: page for key, page in found.items() if page.live}


def localized_cards(pages, locale_id, renditions=True):
    """Chosen pages (featured, related) in the reader's language where they are translated.

    Untranslated ones stay in their own language (templates mark them with `lang`); private
    ones are left out. The cost is fixed: one query for the translations, one per page type
    (with its card images and `card_prefetch` relations), one for the renditions (unless
    `renditions` is false: the caller fetches them with those of other cards).
    """
    pages = [page for page in pages if page.live]
    translations = localized_pages(pages, locale_id)
    chosen = [translations.get(page.translation_key, page) for page in pages]
    by_type = {}
    for page in chosen:
        by_type.setdefault(page.content_type_id, []).append(page.pk)
    by_pk = {}
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        specific = (
            model.objects.filter(pk__in=pks)
            .public()
            .select_related("locale", *(field for field, _spec in card_images(model)))
            .prefetch_related(*getattr(model, "card_prefetch", ()))
        )
        by_pk.update((page.pk, page) for page in specific)
    cards = [by_pk[page.pk] for page in chosen if page.pk in by_pk]
    if renditions:
        prefetch_card_renditions(cards)
    return cards
