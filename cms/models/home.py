"""The home page of each language: introduction, featured items, latest news, events, key figures."""

from django.db import models
from django.db.models import Count, Q, Sum
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from modelcluster.fields import ParentalKey

from cms.choices import TRAINING_EVENT_TYPES, ArticleKind
from cms.models.articles import ArticlePage
from cms.models.events import EventPage, upcoming_and_recent
from cms.models.publications import PublicationPage
from core.pages import BasePage, localized_cards, prefetch_card_renditions, select_card_images


class HomePage(BasePage):
    # Only a way in: what it shows is found through the pages themselves.
    search_kind = None

    headline = models.CharField(_("headline"), max_length=255)
    introduction = RichTextField(_("introduction"), features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [
        FieldPanel("headline"),
        FieldPanel("introduction"),
        InlinePanel("featured_items", label=_("Featured items"), max_num=6),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("headline"),
        index.SearchField("introduction"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    class Meta:
        verbose_name = _("home page")

    def key_figures(self):
        """Counted from the published content of this language, so they never go stale."""
        events = (
            EventPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .aggregate(
                count=Count("pk"),
                trained=Sum("participants_total", filter=Q(event_type__in=TRAINING_EVENT_TYPES)),
            )
        )
        return {
            "publications": PublicationPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .count(),
            "events": events["count"],
            "people_trained": events["trained"] or 0,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        in_locale = {"locale_id": self.locale_id}
        featured = localized_cards(
            [item.page for item in self.featured_items.select_related("page")],
            self.locale_id,
            renditions=False,
        )
        latest_news = list(
            select_card_images(
                ArticlePage.objects.live()
                .public()
                .filter(kind=ArticleKind.NEWS, **in_locale)
                .order_by("-date", "-pk")
            )[:3]
        )
        events = select_card_images(EventPage.objects.live().public().filter(**in_locale))
        upcoming, recent = upcoming_and_recent(events)
        # The renditions of every card on the page in one query.
        prefetch_card_renditions(featured + latest_news + upcoming + recent)
        context.update(
            featured=featured,
            latest_news=latest_news,
            upcoming_events=upcoming,
            recent_events=recent,
            key_figures=self.key_figures(),
        )
        return context


class HomePageFeaturedItem(Orderable):
    page_from = ParentalKey(HomePage, related_name="featured_items", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("page")]
