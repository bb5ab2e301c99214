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

# The backgrounds of a gallery's pictures, in turn.
GALLERY_PALETTES = ("ochre", "teal", "plum")
EXTRA = ("listing_image_palette", "listing_illustration", "pdf")


def spec(path, record):
    # A gallery image names the scene it is drawn from; the page's row has no such field.
    gallery = record.get("gallery_images", [])
    for index, item in enumerate(gallery):
        records.illustration(item, "illustration", path, f"gallery_images[{index}]")
    if gallery:
        record = {
            **record,
            "gallery_images": [
                {name: value for name, value in item.items() if name != "illustration"}
                for item in gallery
            ],
        }
    page = records.page(path, record, EventPage, parent="events", extra=EXTRA)
    page["fields"]["listing_image"] = ImageRef(f"{record['key']}-listing")
    records.palette(record, "listing_image_palette", path)
    records.illustration(record, "listing_illustration", path)
    return page


RECORDS = read_records(FOLDER, required=("key", "title", "slug", "event_type", "start_date"))
EVENTS = [spec(path, record) for path, record in RECORDS]


def register_media(media):
    for path, record in RECORDS:
        media.register_image(
            f"{record['key']}-listing",
            style="listing",
            palette=record["listing_image_palette"],
            scene=record["listing_illustration"],
        )
        for index, item in enumerate(record.get("gallery_images", [])):
            media.register_image(
                item["image"].key,
                style="gallery",
                palette=GALLERY_PALETTES[index % len(GALLERY_PALETTES)],
                scene=item["illustration"],
            )
        if "pdf" in record:
            records.register_pdf(media, path, record["pdf"])


def load(ctx):
    ensure_pages(ctx, EVENTS, "Events")
