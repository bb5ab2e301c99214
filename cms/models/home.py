"""The home page of each language: what Praktika is, signs of life, numbers, featured items.

Members' content (discussions, materials) and the directory's providers belong to apps that
`cms` may not import. The home page reads them from the search index instead: every app
already projects there what may be shown, to whom (`audience`) and in which language, so the
page names no app and shows nothing a reader could not find.
"""

from django.conf import settings
from django.db import models
from django.db.models import Count, F, Q, Sum, Window
from django.db.models.functions import RowNumber
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.fields import ParentalKey

from cms.choices import TRAINING_EVENT_TYPES, ArticleKind
from cms.models.articles import ArticleIndexPage, ArticlePage, ResourceCentrePage
from cms.models.events import EventIndexPage, EventPage, upcoming_and_recent
from cms.models.projects import ProjectIndexPage
from cms.models.publications import PublicationIndexPage, PublicationPage
from core.access import is_member
from core.choices import Country
from core.locales import language_code
from core.pages import BasePage, localized_cards, prefetch_card_renditions, select_card_images
from search.models import SearchEntry
from search.services import allowed_audiences, reader_url

# The sections the home page links to, by page type ("app_label.Model": the directory's
# map is above `cms`, so it is named, not imported).
SECTIONS = {
    ArticleIndexPage._meta.label: "news",
    ResourceCentrePage._meta.label: "resource_centre",
    EventIndexPage._meta.label: "events",
    ProjectIndexPage._meta.label: "projects",
    PublicationIndexPage._meta.label: "publications",
    "directory.DirectoryPage": "directory",
}
LATEST_PER_KIND = 4


def signed_in_member(request):
    """The member reading, without loading a session for readers who have none.

    Loading it adds `Vary: Cookie` and would keep the anonymous home page out of the page
    cache (cms.cache); the header's account menu reads the cookie first for the same reason.
    """
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return None
    user = getattr(request, "user", None)
    return user if is_member(user) else None


def discussion_topics(threads):
    """The topics of the latest discussions, each once, with the language it is named in."""
    topics = {}
    for thread in threads:
        for name in thread.topics:
            topics.setdefault(name, thread.language)
    return [{"name": name, "language": language} for name, language in topics.items()]


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

    def event_figures(self):
        """The events of this language in one query: how many, and the reach of the trainings."""
        training = Q(event_type__in=TRAINING_EVENT_TYPES)
        return (
            EventPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .aggregate(
                count=Count("pk"),
                trained=Sum("participants_total", filter=training),
                towns=Count("city", distinct=True, filter=training),
                in_bulgaria=Count("pk", filter=training & Q(country=Country.BULGARIA)),
                in_romania=Count("pk", filter=training & Q(country=Country.ROMANIA)),
            )
        )

    def key_figures(self, event_figures=None, community=None):
        """Counted from the published content of this language, so they never go stale.

        The page passes what it has counted already: the publications are among the search
        index's counts (`community_figures`), which hold the same live, public pages.
        """
        events = event_figures or self.event_figures()
        publications = (
            community["publications"]
            if community is not None
            else PublicationPage.objects.live().public().filter(locale_id=self.locale_id).count()
        )
        return {
            "publications": publications,
            "events": events["count"],
            "people_trained": events["trained"] or 0,
        }

    def community_figures(self):
        """What the directory, the publications and members hold, from the search index (one
        query). Materials and discussions are counted whoever reads: a number shows no one's
        words."""
        own = Q(language=language_code(self))
        return SearchEntry.objects.aggregate(
            publications=Count("pk", filter=Q(kind="publication") & own),
            providers=Count("pk", filter=Q(kind="provider") & own),
            provider_regions=Count("region", distinct=True, filter=Q(kind="provider") & own),
            materials=Count("pk", filter=Q(kind="material")),
            threads=Count("pk", filter=Q(kind="thread")),
            replies=Count("pk", filter=Q(kind="post")),
        )

    def latest_community_entries(self, audiences):
        """The newest discussions and the newest materials the reader may open (one query).

        Discussions are for members: a visitor gets only their topics, never their titles.
        """
        ranked = (
            SearchEntry.objects.filter(kind__in=["thread", "material"])
            .filter(Q(kind="thread") | Q(audience__in=audiences))
            .only(
                "source",
                "kind",
                "language",
                "url",
                "heading",
                "date",
                "tag_keys",
                "tag_names",
                "tag_translations",
            )
            .annotate(
                _rank=Window(
                    RowNumber(),
                    partition_by=[F("kind")],
                    order_by=[F("date").desc(nulls_last=True), F("pk").desc()],
                )
            )
            .filter(_rank__lte=LATEST_PER_KIND)
            .order_by("kind", "_rank")
        )
        language = language_code(self)
        threads, materials = [], []
        for entry in ranked:
            entry.reader_url = reader_url(entry, language)
            entry.topics = [name for _key, name in entry.tags_in(language)]
            (threads if entry.kind == "thread" else materials).append(entry)
        return threads, materials

    def section_links(self):
        """The home page's sections by role ("news", "directory"…), for its links (one query)."""
        sections = {}
        for page in Page.objects.child_of(self).live():
            role = SECTIONS.get(page.specific_class._meta.label if page.specific_class else "")
            if role and role not in sections:
                sections[role] = page
        return sections

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        in_locale = {"locale_id": self.locale_id}
        member = signed_in_member(request)
        audiences = allowed_audiences(member)
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
            )[:5]
        )
        events = select_card_images(EventPage.objects.live().public().filter(**in_locale))
        upcoming, recent = upcoming_and_recent(events)
        # The renditions of every card on the page in one query.
        prefetch_card_renditions(featured + latest_news + upcoming + recent)
        event_figures = self.event_figures()
        community = self.community_figures()
        threads, materials = self.latest_community_entries(audiences)
        context.update(
            member=member,
            featured=featured,
            latest_news=latest_news,
            upcoming_events=upcoming,
            recent_events=recent,
            key_figures=self.key_figures(event_figures, community),
            event_figures=event_figures,
            community=community,
            latest_threads=threads if member else [],
            discussion_topics=discussion_topics(threads),
            latest_materials=materials,
            sections=self.section_links(),
        )
        return context


class HomePageFeaturedItem(Orderable):
    page_from = ParentalKey(HomePage, related_name="featured_items", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("page")]
