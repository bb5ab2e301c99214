"""What every Praktika page shares: listing fields, translation awareness, navigation helpers."""

import math

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Prefetch
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField

WORDS_PER_MINUTE = 200


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
        return page.alias_of.locale.language_code
    return page.locale.language_code


class BasePage(Page):
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

    class Meta:
        abstract = True

    @property
    def is_untranslated_alias(self):
        return is_untranslated_alias(self)

    @property
    def content_language(self):
        return content_language(self)

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


# The renditions cards show (templates/includes/cards/); prefetched so lists cost no query per card.
CARD_IMAGE = ("listing_image", "fill-640x360")
COVER_IMAGE = ("cover", "fill-300x420")


def with_card_images(pages, *images):
    """Fetch the images of a list of pages and their card renditions in a fixed number of queries."""
    Image = get_image_model()
    return pages.select_related("locale").prefetch_related(
        *(
            Prefetch(field, queryset=Image.objects.prefetch_renditions(spec))
            for field, spec in images or (CARD_IMAGE,)
        )
    )


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


def localized_cards(pages, locale_id):
    """Chosen pages (featured, related) in the reader's language where they are translated.

    Untranslated ones stay in their own language (templates mark them with `lang`); private
    ones are left out. The cost is fixed: one query for the translations, one per page type,
    one for the images.
    """
    pages = [page for page in pages if page.live]
    translations = localized_pages(pages, locale_id)
    chosen = [translations.get(page.translation_key, page).pk for page in pages]
    specific = Page.objects.filter(pk__in=chosen).public().select_related("locale").specific()
    by_pk = {page.pk: page for page in specific}
    cards = [by_pk[pk] for pk in chosen if pk in by_pk]
    # One query for the images of cards of every type (prefetch_related_objects wants one model).
    field, spec = CARD_IMAGE
    with_images = [card for card in cards if getattr(card, f"{field}_id", None)]
    images = (
        get_image_model()
        .objects.prefetch_renditions(spec)
        .in_bulk({getattr(card, f"{field}_id") for card in with_images})
    )
    for card in with_images:
        card._meta.get_field(field).set_cached_value(card, images.get(getattr(card, f"{field}_id")))
    return cards


def paginate(request, items, per_page):
    """A page of results for ?page=N; bad or out-of-range numbers land on a valid page."""
    paginator = Paginator(items, per_page)
    number = request.GET.get("page", 1)
    try:
        return paginator.page(number)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def reading_time_minutes(*texts):
    words = sum(len(strip_tags(str(text or "")).split()) for text in texts)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))
