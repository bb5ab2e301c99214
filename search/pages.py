"""Wagtail pages as a search source: the one source `search` knows without an app telling it.

A page is found while it is live and neither it nor an ancestor has a view restriction.
Its kind is its type's `search_kind` ("page" unless the type says otherwise, None for a
type that is only a way in, like a home page); a type with text outside its search fields
(the files a publication offers) gives it with `search_extra_text()`.
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from search.entries import as_date, field_texts, join_text, tag_fields
from search.models import Audience
from search.registry import Source

PAGE_KIND = "page"
PAGE_KIND_LABEL = _("Page")


def page_is_public(page):
    """Live, and neither it nor an ancestor has a view restriction (password, login, groups)."""
    if not page.live or page.expired:
        return False
    return not page.get_view_restrictions().exists()


def page_entry(page):
    page = page.specific_deferred if type(page) is Page else page
    kind = getattr(page, "search_kind", PAGE_KIND)
    if kind is None or type(page) is Page or page.depth <= 2 or not page_is_public(page):
        return None
    url = page.get_url()
    if not url:
        return None
    language = page.locale.language_code
    date = (
        getattr(page, "date", None)
        or getattr(page, "start_date", None)
        or as_date(page.last_published_at or page.first_published_at)
    )
    year = getattr(page, "year", None) or (date.year if date else None)
    names = [tag.name for tag in page.tags.all()] if hasattr(page, "tags") else []
    with translation.override(language):
        texts = list(field_texts(page, page.get_search_fields()))
        if hasattr(page, "search_extra_text"):
            texts.append(page.search_extra_text())
    return {
        "kind": kind,
        "language": language,
        "group_key": f"page:{page.translation_key}",
        "audience": Audience.PUBLIC,
        "url": url,
        "heading": page.title,
        "text": join_text(*texts),
        "date": date,
        "year": year,
        "region": getattr(page, "region", "") or "",
        **tag_fields(names),
    }


def live_pages():
    return Page.objects.live().filter(depth__gt=2).specific().order_by("path")


PAGES = Source(name="page", model="wagtailcore.Page", entry=page_entry, candidates=live_pages)
