"""Event write-ups: cross-border meetings 2017–2019, trainings in 2019, focus groups in 2020.

One file per event in demo/data/cms/events/. The facts give the month, not the day, of the
cross-border meetings; their days are chosen within that month. Dates, places and numbers of
the trainings and focus groups are exact.
"""

from cms.models import EventPage
from demo.cms import records
from demo.core import ImageRef
from demo.data import read_records
from demo.pages import ensure_pages

FOLDER = "cms/events"

# The generated pictures of a gallery, in turn.
GALLERY_PALETTES = ("ochre", "teal", "plum")


def spec(path, record):
    page = records.page(
        path, record, EventPage, parent="events", extra=("listing_image_palette", "pdf")
    )
    page["fields"]["listing_image"] = ImageRef(f"{record['key']}-listing")
    records.palette(record, "listing_image_palette", path)
    return page


RECORDS = read_records(FOLDER, required=("key", "title", "slug", "event_type", "start_date"))
EVENTS = [spec(path, record) for path, record in RECORDS]


def register_media(media):
    for path, record in RECORDS:
        palette = record["listing_image_palette"]
        media.register_image(f"{record['key']}-listing", style="listing", palette=palette)
        for index, item in enumerate(record.get("gallery_images", [])):
            palette = GALLERY_PALETTES[index % len(GALLERY_PALETTES)]
            media.register_image(item["image"].key, style="gallery", palette=palette)
        if "pdf" in record:
            records.register_pdf(media, path, record["pdf"])


def load(ctx):
    ensure_pages(ctx, EVENTS, "Events")
