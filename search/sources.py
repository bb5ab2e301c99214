"""What each kind of content puts in the search index, or None when nobody may find it.

One function per source returns the fields of its `SearchEntry` (see search.indexing). The
visibility rules live here, next to the content they describe: a page must be live and free of
view restrictions; a material, thread or post must be published and not hidden by flags (a post
also needs its thread to be). Members-only content is marked with the members' audience.
"""

import datetime

from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.text import slugify

from wagtail.models import Page
from wagtail.search import index

from anyascii import anyascii

from search.models import Audience, Kind

MAX_TEXT_LENGTH = 100_000

PAGE_KINDS = {
    "articlepage": Kind.ARTICLE,
    "eventpage": Kind.EVENT,
    "publicationpage": Kind.PUBLICATION,
    "projectpage": Kind.PROJECT,
    "serviceproviderpage": Kind.PROVIDER,
    "legislationpage": Kind.LEGISLATION,
}
# Pages that are only a way in (the home page, section indexes) are found through their content.
UNSEARCHED_PAGE_TYPES = {"page", "homepage"}


def tag_key(name):
    return slugify(anyascii(str(name))) or slugify(str(name), allow_unicode=True)


def _as_date(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def _text(value):
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_text(item) for item in value.values())
    return strip_tags(str(value))


def _field_texts(obj, fields):
    """The text of an object's search fields (not its title), as Wagtail would index it."""
    for field in fields:
        if isinstance(field, index.SearchField) and field.field_name != "title":
            yield _text(field.get_value(obj))
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            items = related.all() if hasattr(related, "all") else [related]
            for item in items:
                yield from _field_texts(item, field.fields)


def _join(*parts):
    text = "\n".join(part.strip() for part in parts if part and part.strip())
    return text[:MAX_TEXT_LENGTH]


def _tags(pairs):
    pairs = [(tag_key(name), str(name).replace("|", " ")) for name in pairs if str(name).strip()]
    seen, unique = set(), []
    for key, name in pairs:
        if key and key not in seen:
            seen.add(key)
            unique.append((key, name))
    return {
        "tag_keys": "".join(f"|{key}" for key, _ in unique) + ("|" if unique else ""),
        "tag_names": "|".join(name for _, name in unique),
    }


def page_is_public(page):
    """Live, and neither it nor an ancestor has a view restriction (password, login, groups)."""
    if not page.live or page.expired:
        return False
    return not page.get_view_restrictions().exists()


def page_entry(page):
    page = page.specific_deferred if type(page) is Page else page
    model_name = page._meta.model_name
    if model_name in UNSEARCHED_PAGE_TYPES or page.depth <= 2 or not page_is_public(page):
        return None
    url = page.get_url()
    if not url:
        return None
    language = page.locale.language_code
    date = (
        getattr(page, "date", None)
        or getattr(page, "start_date", None)
        or _as_date(page.last_published_at or page.first_published_at)
    )
    year = getattr(page, "year", None) or (date.year if date else None)
    names = [tag.name for tag in page.tags.all()] if hasattr(page, "tags") else []
    with translation.override(language):
        texts = list(_field_texts(page, page.get_search_fields()))
        texts.append(document_texts(page))
    return {
        "kind": PAGE_KINDS.get(model_name, Kind.PAGE),
        "language": language,
        "group_key": f"page:{page.translation_key}",
        "audience": Audience.PUBLIC,
        "url": url,
        "heading": page.title,
        "text": _join(*texts),
        "date": date,
        "year": year,
        "region": getattr(page, "region", "") or "",
        **_tags(names),
    }


def document_texts(page):
    """The text inside a publication's files: the file in the page's language, else all.

    Files in a private collection are left out: their text is for those who may open them.
    """
    files = getattr(page, "files", None)
    if files is None:
        return ""
    from search.extraction import document_text

    files = [
        item
        for item in files.select_related("document__collection")
        if not item.document.collection.get_view_restrictions().exists()
    ]
    own = [item for item in files if item.language == page.locale.language_code]
    return "\n".join(document_text(item.document) for item in (own or files))


def material_entry(material):
    if not material.is_visible:
        return None
    from community.materials.choices import Topic
    from search.extraction import material_text

    with translation.override(material.language):
        topic = str(Topic(material.topic).label) if material.topic in Topic.values else ""
        tags = [topic, *(tag.name for tag in material.tags.all())]
    return {
        "kind": Kind.MATERIAL,
        "language": material.language,
        "group_key": f"material:{material.pk}",
        "audience": Audience.PUBLIC if material.public else Audience.MEMBERS,
        "url": material.get_absolute_url(),
        "heading": material.title,
        "text": _join(material.description, material_text(material)),
        "date": _as_date(material.published_at or material.created_at),
        "year": _as_date(material.published_at or material.created_at).year,
        "region": "",
        **_tags(tags),
    }


def thread_entry(thread):
    if not thread.is_visible:
        return None
    from community.discussions.models import Post

    opening = thread.posts.filter(Post.visible_q()).order_by("created_at", "pk").first()
    with translation.override(thread.language):
        category = thread.category.localized
    return {
        "kind": Kind.THREAD,
        "language": thread.language,
        "group_key": f"thread:{thread.pk}",
        "audience": Audience.MEMBERS,
        "url": thread.get_absolute_url(),
        "heading": thread.title,
        "text": _join(_markdown_text(opening.body) if opening else ""),
        "date": _as_date(thread.created_at),
        "year": _as_date(thread.created_at).year,
        "region": "",
        **_tags([category.name]),
    }


def post_entry(post):
    thread = post.thread
    if not post.is_visible or not thread.is_visible or post.is_opening_post():
        # The opening post is searched as its thread.
        return None
    return {
        "kind": Kind.POST,
        "language": thread.language,
        "group_key": f"post:{post.pk}",
        "audience": Audience.MEMBERS,
        "url": post.get_absolute_url(),
        "heading": thread.title,
        "text": _join(_markdown_text(post.body)),
        "date": _as_date(post.created_at),
        "year": _as_date(post.created_at).year,
        "region": "",
        **_tags([]),
    }


def _markdown_text(body):
    from community.markdown import markdown_to_text

    return markdown_to_text(body, limit=MAX_TEXT_LENGTH)
