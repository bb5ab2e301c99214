"""What every Praktika page shares: listing fields, translation awareness, navigation helpers."""

import math

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField

WORDS_PER_MINUTE = 200


class PerLocaleField(BaseTranslatableField):
    """A relation each language version keeps for itself (tags): neither translated nor synced."""

    def is_synchronized(self, obj):
        return False


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
        """An alias shows its source's content; true when that content is in another language."""
        return bool(self.alias_of_id) and self.alias_of.locale_id != self.locale_id

    @property
    def content_language(self):
        """The language the page's content is written in (its source's, for an alias)."""
        if self.is_untranslated_alias:
            return self.alias_of.locale.language_code
        return self.locale.language_code

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
