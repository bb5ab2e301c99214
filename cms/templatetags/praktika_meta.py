"""Metadata for machines: link previews (OpenGraph, Twitter cards) and schema.org JSON-LD.

Social networks, chat apps and search engines read these instead of the page. They get
the canonical URL, so an untranslated alias is shared as the page it copies, and one
1200x630 picture (the size link previews use), rendered once per page however many tags
ask for it.
"""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.images.models import SourceImageIOError

from cms.choices import ArticleKind, PublicationType
from cms.models import ArticlePage, EventPage, PublicationPage
from cms.templatetags._lookups import current_page, page_ancestors, page_translations
from core.choices import Country, Licence
from core.pages import content_language, is_untranslated_alias

register = template.Library()

# The same escapes as django.utils.html.json_script: the JSON cannot close its <script>.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}

SHARE_IMAGE = "fill-1200x630"
OG_LOCALES = {"bg": "bg_BG", "en": "en_GB", "ro": "ro_RO"}
ARTICLE_LIKE = (ArticlePage, EventPage, PublicationPage)
DESCRIPTION_LENGTH = 300
# Attributes that describe a page when it has no summary, in order of preference.
DESCRIPTION_FIELDS = ("summary", "lead", "abstract", "introduction", "headline")

PUBLICATION_SCHEMA_TYPES = {
    PublicationType.COMPENDIUM: "Book",
    PublicationType.MANUAL: "Book",
    PublicationType.REPORT: "Report",
    PublicationType.STUDY: "Report",
}
LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
    Licence.CC_BY_NC_ND: "https://creativecommons.org/licenses/by-nc-nd/4.0/",
}


# Shared lookups ---------------------------------------------------------------------------


def share_image(page):
    """The 1200x630 rendition of the page's listing image (or cover), or None."""
    if not hasattr(page, "_praktika_share_image"):
        image = getattr(page, "listing_image", None) or getattr(page, "cover", None)
        rendition = None
        if image is not None:
            try:
                rendition = image.get_rendition(SHARE_IMAGE)
            except SourceImageIOError:
                rendition = None
        page._praktika_share_image = rendition
    return page._praktika_share_image


def article_tags(page):
    if not hasattr(page, "_praktika_tags"):
        page._praktika_tags = [tag.name for tag in page.tags.all()]
    return page._praktika_tags


def page_description(page):
    """What the page is about in a sentence or two, as plain text."""
    text = page.search_description
    if not text and hasattr(page, "get_summary"):
        text = page.get_summary()
    for name in DESCRIPTION_FIELDS:
        if text:
            break
        text = strip_tags(str(getattr(page, name, "") or ""))
    return Truncator(" ".join(str(text or "").split())).chars(DESCRIPTION_LENGTH)


def canonical_page_url(page, request):
    target = page.alias_of if is_untranslated_alias(page) else page
    return target.get_full_url(request) or ""


def site_url(page, request, url):
    """An absolute URL on the page's site, as its own URL is (media may be elsewhere)."""
    if url.startswith(("http://", "https://")):
        return url
    parts = page.get_url_parts(request)
    root = parts[1] if parts and parts[1] else ""
    if not root and request is not None:
        return request.build_absolute_uri(url)
    return root + url


# Link previews ----------------------------------------------------------------------------


@register.inclusion_tag("includes/meta_social.html", takes_context=True)
def social_meta(context):
    """OpenGraph and Twitter card tags for the current page (the site's alone elsewhere)."""
    request = context.get("request")
    page = current_page(context)
    if page is None:
        return {"meta": {"type": "website", "locale": OG_LOCALES.get(get_language(), "")}}
    language = content_language(page)
    alternates = [
        OG_LOCALES[code]
        for code, other in page_translations(page).items()
        if code != language and code in OG_LOCALES and not is_untranslated_alias(other)
    ]
    rendition = share_image(page)
    meta = {
        "title": page.seo_title or page.title,
        "description": page_description(page),
        "url": canonical_page_url(page, request),
        "type": "article" if isinstance(page, ARTICLE_LIKE) else "website",
        "locale": OG_LOCALES.get(language, language),
        "alternate_locales": sorted(alternates),
    }
    if rendition is not None:
        meta["image"] = {
            "url": site_url(page, request, rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": rendition.alt,
        }
    if isinstance(page, ArticlePage):
        meta["published_time"] = page.date.isoformat()
        if page.last_published_at:
            meta["modified_time"] = page.last_published_at.isoformat()
        meta["tags"] = article_tags(page)
    return {"meta": meta}


# Structured data --------------------------------------------------------------------------


def json_ld(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(JSON_SCRIPT_ESCAPES)),  # safe: <, > and & are escaped
    )


def site_organisation(page, request):
    """Praktika as the publisher of what it hosts, at its home page in the page's language."""
    ancestors = page_ancestors(page)
    home = ancestors[0] if ancestors else page
    return {"@type": "Organization", "name": _("Praktika"), "url": home.get_full_url(request)}


def page_data(page, request, schema_type, **fields):
    """What every page's JSON-LD says: its type, language, address and picture."""
    data = {
        "@context": "https://schema.org",
        "@type": schema_type,
        **fields,
        "inLanguage": content_language(page),
        "url": canonical_page_url(page, request),
    }
    rendition = share_image(page)
    if rendition is not None:
        data["image"] = [site_url(page, request, rendition.url)]
    return data


@register.simple_tag(takes_context=True)
def event_json_ld(context, page):
    """schema.org Event data for search engines and calendars.

    No `offers`: events are free and by invitation, and there is no ticket to point at.
    """
    request = context.get("request")
    address = {"@type": "PostalAddress", "addressLocality": page.city}
    if page.region:
        address["addressRegion"] = str(page.region_label)
    if page.country and page.country != Country.OTHER:
        address["addressCountry"] = page.country
    data = page_data(
        page,
        request,
        "Event",
        name=page.title,
        startDate=page.start_date.isoformat(),
        endDate=(page.end_date or page.start_date).isoformat(),
        eventStatus="https://schema.org/EventScheduled",
        eventAttendanceMode="https://schema.org/OfflineEventAttendanceMode",
        location={"@type": "Place", "name": page.venue or page.city, "address": address},
        description=page.summary,
    )
    if page.organisers:
        data["organizer"] = {"@type": "Organization", "name": page.organisers}
    return json_ld(data)


@register.simple_tag(takes_context=True)
def article_json_ld(context, page):
    """schema.org Article (NewsArticle for news) data for search engines."""
    request = context.get("request")
    publisher = site_organisation(page, request)
    modified = page.last_published_at.isoformat() if page.last_published_at else None
    data = page_data(
        page,
        request,
        "NewsArticle" if page.kind == ArticleKind.NEWS else "Article",
        headline=Truncator(page.title).chars(110),
        description=page_description(page),
        datePublished=page.date.isoformat(),
        dateModified=modified or page.date.isoformat(),
        articleSection=str(page.get_kind_display()),
        author=[{"@type": "Organization", "name": page.authors}] if page.authors else publisher,
        publisher=publisher,
        mainEntityOfPage=canonical_page_url(page, request),
    )
    tags = article_tags(page)
    if tags:
        data["keywords"] = ", ".join(tags)
    return json_ld(data)


@register.simple_tag(takes_context=True)
def publication_json_ld(context, page, files=None):
    """schema.org Book, Report or CreativeWork, with one MediaObject per file language.

    The files are reached through their counted download URLs, as readers reach them.
    """
    request = context.get("request")
    schema_type = PUBLICATION_SCHEMA_TYPES.get(page.publication_type, "CreativeWork")
    data = page_data(
        page,
        request,
        schema_type,
        name=page.title,
        abstract=page_description(page),
        datePublished=str(page.year),
        genre=str(page.get_publication_type_display()),
    )
    if page.authors:
        data["author"] = {"@type": "Organization", "name": page.authors}
    if page.publisher:
        data["publisher"] = {"@type": "Organization", "name": page.publisher}
    if page.isbn and schema_type == "Book":
        data["isbn"] = page.isbn
    if page.licence in LICENCE_URLS:
        data["license"] = LICENCE_URLS[page.licence]
    if files is None:
        files = page.files.select_related("document")
    data["encoding"] = [
        {
            "@type": "MediaObject",
            "contentUrl": site_url(page, request, publication_file.get_download_url()),
            "encodingFormat": publication_file.document.content_type,
            "inLanguage": publication_file.language,
            "name": publication_file.document.filename,
        }
        for publication_file in files
    ]
    return json_ld(data)


@register.simple_tag(takes_context=True)
def breadcrumb_json_ld(context):
    """schema.org BreadcrumbList of the trail the breadcrumbs show, for detail pages."""
    page = current_page(context)
    if page is None:
        return ""
    request = context.get("request")
    trail = [*page_ancestors(page), page]
    if len(trail) < 2:
        return ""
    items = [
        {
            "@type": "ListItem",
            "position": position,
            "name": crumb.title,
            "item": crumb.get_full_url(request),
        }
        for position, crumb in enumerate(trail, start=1)
    ]
    return json_ld(
        {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}
    )


# Feeds and calendars ----------------------------------------------------------------------


@register.simple_tag
def event_calendar_url(page):
    """The "add to calendar" file of an event, in the language its content is written in.

    An alias has no file of its own (calendar files leave aliases out, as feeds do), so it
    points at its source's.
    """
    if page.alias_of_id:
        with translation.override(content_language(page)):
            return reverse("event-ics", args=[page.alias_of_id])
    return reverse("event-ics", args=[page.pk])
