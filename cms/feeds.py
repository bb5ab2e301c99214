"""Feeds of the reader's language: news and events as RSS and Atom, events as iCalendar.

People follow the site from feed readers and calendar apps, without an account, so every
feed lists only what an anonymous visitor may open: live pages without view restrictions,
in the language of the URL, and no aliases (an untranslated alias repeats, in another
language, a page that its own language's feed already has).
"""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.formats import date_format
from django.utils.html import escape, format_html
from django.utils.http import content_disposition_header
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from wagtail.models import Locale, Site

from icalendar import Calendar, Event, vDuration

from cms.models import ArticleIndexPage, ArticlePage, EventIndexPage, EventPage
from core.choices import Country

FEED_LENGTH = 30
NEWS_TITLE = gettext_lazy("Praktika: news and articles")
NEWS_DESCRIPTION = gettext_lazy(
    "News, methodology, manuals and good practice for the helping professions."
)
EVENTS_TITLE = gettext_lazy("Praktika: events")
EVENTS_DESCRIPTION = gettext_lazy(
    "Trainings, focus groups, forums and visits for the helping professions."
)
# How often calendar apps should fetch the events again (RFC 7986 and Outlook's extension).
CALENDAR_REFRESH = datetime.timedelta(hours=12)


def public_pages(model, locale):
    """The pages of a type anyone may read in one language, aliases left out."""
    return model.objects.live().public().filter(locale=locale, alias_of__isnull=True)


@dataclass
class FeedSource:
    locale: Locale
    request: object


class PageFeed(Feed):
    """A feed of one page type in the language of the URL.

    Items carry their full URL, worked out in `items()` where the request is at hand, so
    that Wagtail's site lookups are made once per feed rather than once per item.
    """

    feed_type = Rss201rev2Feed
    index_model = None

    def get_object(self, request, *args, **kwargs):
        return FeedSource(locale=Locale.get_active(), request=request)

    def link(self, source):
        index = self.index_model.objects.live().public().filter(locale=source.locale).first()
        if index is not None:
            return index.get_full_url(source.request)
        return source.request.build_absolute_uri(reverse("wagtail_serve", args=[""]))

    def feed_url(self, source):
        return source.request.build_absolute_uri()

    def author_name(self, source):
        return _("Praktika")

    def get_pages(self, source):
        raise NotImplementedError

    def items(self, source):
        pages = list(self.get_pages(source)[:FEED_LENGTH])
        for page in pages:
            page.feed_url = page.get_full_url(source.request)
        return [page for page in pages if page.feed_url]

    def item_title(self, page):
        return page.title

    def item_link(self, page):
        return page.feed_url

    def item_updateddate(self, page):
        return page.last_published_at


class NewsFeed(PageFeed):
    """News and every other kind of article, newest first by the article's own date."""

    index_model = ArticleIndexPage

    def title(self, source):
        return str(NEWS_TITLE)

    def description(self, source):
        return str(NEWS_DESCRIPTION)

    def get_pages(self, source):
        return (
            public_pages(ArticlePage, source.locale)
            .order_by("-date", "-pk")
            .prefetch_related("tags")
        )

    def item_description(self, page):
        return escape(page.get_summary())

    def item_pubdate(self, page):
        return datetime.datetime.combine(page.date, datetime.time())

    def item_categories(self, page):
        return [tag.name for tag in page.tags.all()]

    def item_author_name(self, page):
        return page.authors or None


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed

    def subtitle(self, source):
        return self.description(source)


class EventFeed(PageFeed):
    """Events, the latest first, as the events index lists them."""

    index_model = EventIndexPage

    def title(self, source):
        return str(EVENTS_TITLE)

    def description(self, source):
        return str(EVENTS_DESCRIPTION)

    def get_pages(self, source):
        return public_pages(EventPage, source.locale).order_by("-start_date", "-pk")

    def item_description(self, page):
        return format_html(
            "<p>{} · {}</p><p>{}</p>", event_dates(page), event_location(page), page.summary
        )

    def item_pubdate(self, page):
        return page.first_published_at or datetime.datetime.combine(
            page.start_date, datetime.time()
        )

    def item_categories(self, page):
        return [page.get_event_type_display()]

    def item_author_name(self, page):
        return page.organisers or None


class EventAtomFeed(EventFeed):
    feed_type = Atom1Feed

    def subtitle(self, source):
        return self.description(source)


def event_dates(page):
    start = date_format(page.start_date, "DATE_FORMAT")
    if page.end_date and page.end_date != page.start_date:
        return f"{start} – {date_format(page.end_date, 'DATE_FORMAT')}"
    return start


def event_location(page):
    region = str(page.region_label)
    parts = [page.venue, page.city, region if region != page.city else ""]
    if page.country and page.country != Country.OTHER:
        parts.append(page.get_country_display())
    return ", ".join(part for part in parts if part)


# iCalendar --------------------------------------------------------------------------------


def calendar_host(request):
    """The site's host name, which makes event UIDs unique and keeps them stable."""
    site = Site.find_for_request(request)
    return site.hostname if site is not None else request.get_host().split(":")[0]


def new_calendar():
    calendar = Calendar()
    calendar.add("prodid", f"-//Praktika//Events//{get_language().upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    return calendar


def calendar_event(page, url, host):
    """One all-day VEVENT; its UID stays the same in every download, one per language."""
    event = Event()
    event.add("uid", f"{page.translation_key}-{page.locale.language_code}@{host}")
    event.add("dtstart", page.start_date)
    # All-day events end on the day after the last one (DTEND is exclusive).
    event.add("dtend", (page.end_date or page.start_date) + datetime.timedelta(days=1))
    modified = page.last_published_at or timezone.now()
    event.add("dtstamp", modified.astimezone(datetime.UTC))
    event.add("last-modified", modified.astimezone(datetime.UTC))
    event.add("summary", page.title)
    event.add("description", f"{page.summary}\n\n{url}")
    event.add("location", event_location(page))
    event.add("url", url)
    event.add("categories", [page.get_event_type_display()])
    event.add("transp", "TRANSPARENT")
    return event


def calendar_response(calendar, filename=None):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@require_GET
def events_calendar(request):
    """The events of the reader's language, for calendar apps to subscribe to."""
    locale = Locale.get_active()
    calendar = new_calendar()
    calendar.add("x-wr-calname", str(EVENTS_TITLE))
    calendar.add("name", str(EVENTS_TITLE))
    calendar.add("x-wr-caldesc", str(EVENTS_DESCRIPTION))
    calendar.add("refresh-interval", CALENDAR_REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(CALENDAR_REFRESH))
    host = calendar_host(request)
    pages = public_pages(EventPage, locale).select_related("locale").order_by("start_date", "pk")
    for page in pages:
        url = page.get_full_url(request)
        if url:
            calendar.add_component(calendar_event(page, url, host))
    return calendar_response(calendar)


@require_GET
def event_calendar(request, page_id):
    """One event as a file to add to a calendar; only events anyone may read in this language."""
    page = get_object_or_404(
        public_pages(EventPage, Locale.get_active()).select_related("locale"), pk=page_id
    )
    calendar = new_calendar()
    calendar.add_component(calendar_event(page, page.get_full_url(request), calendar_host(request)))
    return calendar_response(calendar, filename=f"{page.slug}.ics")
