"""The four projects, with partners, funders, activities and expected results.

One file per project in demo/data/cms/projects/. Only the cross-border Regional Network
project has dates, a budget and targets in the facts; the other projects' start dates are
approximate and their funding amounts unknown, so they have no funder rows (the funder is
named in the text).
"""

from cms.models import ProjectPage
from demo.cms import records
from demo.core import LANGUAGES, ImageRef, is_per_language
from demo.data import DemoDataError, read_records
from demo.pages import ensure_pages

FOLDER = "cms/projects"

# Rich-text fields written as bullet points, one per item, side by side in each language.
BULLETED = ("goals", "target_groups")


def bullets(items, path, where):
    """A bulleted list in each language, from items written side by side."""
    if not isinstance(items, list) or not all(is_per_language(item) for item in items):
        raise DemoDataError(path, where, "must be a list of points, each in bg, en and ro")
    return {
        lang: "<ul>" + "".join(f"<li>{item[lang]}</li>" for item in items) + "</ul>"
        for lang in LANGUAGES
    }


def spec(path, record):
    lists = {name: bullets(record[name], path, name) for name in BULLETED if name in record}
    page = records.page(
        path,
        {**record, **lists},
        ProjectPage,
        parent="projects",
        extra=("listing_image_palette", "listing_illustration"),
    )
    page["fields"]["listing_image"] = ImageRef(f"{record['key']}-listing")
    records.palette(record, "listing_image_palette", path)
    records.illustration(record, "listing_illustration", path)
    return page


RECORDS = read_records(FOLDER, required=("key", "title", "slug", "start_date"))
PROJECTS = [spec(path, record) for path, record in RECORDS]


def register_media(media):
    for _path, record in RECORDS:
        media.register_image(
            f"{record['key']}-listing",
            style="listing",
            palette=record["listing_image_palette"],
            scene=record["listing_illustration"],
        )


def load(ctx):
    ensure_pages(ctx, PROJECTS, "Projects")
