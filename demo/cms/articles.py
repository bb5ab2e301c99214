"""Articles: methods and good practice in the Resource Centre, news and partnership stories.

One file per article in demo/data/cms/articles/. Tags differ per language and are set on
each language version. The most recent news item exists only in Bulgarian (``alias: true``):
English and Romanian readers get an alias of it, which the site marks as not translated yet.
"""

from cms.models import ArticlePage
from demo.cms import records
from demo.core import ImageRef, is_per_language
from demo.data import DemoDataError, read_records
from demo.pages import ensure_pages

FOLDER = "cms/articles"

EXTRA = ("alias", "tags", "listing_image_palette", "listing_illustration", "pdf")


def spec(path, record):
    # Related pages are written as a list of pages: each is the ``page`` of a related-page row.
    related = record.get("related_pages", [])
    if isinstance(related, list):
        record = {**record, "related_pages": [{"page": page} for page in related]}
    page = records.page(path, record, ArticlePage, extra=EXTRA)
    page["fields"]["listing_image"] = ImageRef(f"{record['key']}-listing")
    page["alias"] = record.get("alias", False)
    if not isinstance(page["alias"], bool):
        raise DemoDataError(path, "alias", "must be true or false")
    page["tags"] = record.get("tags", [])
    tags = page["tags"].values() if is_per_language(page["tags"]) else [page["tags"]]
    if not all(isinstance(names, list) for names in tags):
        raise DemoDataError(path, "tags", "must be a list of tags (one per language)")
    records.palette(record, "listing_image_palette", path)
    records.illustration(record, "listing_illustration", path)
    return page


RECORDS = read_records(FOLDER, required=("key", "parent", "title", "slug", "kind"))
ARTICLES = [spec(path, record) for path, record in RECORDS]


def register_media(media):
    for path, record in RECORDS:
        media.register_image(
            f"{record['key']}-listing",
            style="listing",
            palette=record["listing_image_palette"],
            scene=record["listing_illustration"],
        )
        if "pdf" in record:
            records.register_pdf(media, path, record["pdf"])


def load(ctx):
    ensure_pages(ctx, ARTICLES, "Articles and news")
