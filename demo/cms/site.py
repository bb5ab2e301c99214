"""The site tree: home pages, section index pages and the contact page, and what the home features.

One file per page in demo/data/cms/site/, the home page first; ``model`` names the page type.
"""

from cms.models import (
    ArticleIndexPage,
    ContactPage,
    EventIndexPage,
    HomePage,
    HomePageFeaturedItem,
    ProjectIndexPage,
    PublicationIndexPage,
    ResourceCentrePage,
)
from demo.cms import records
from demo.cms.standard_pages import STANDARD_PAGES
from demo.core import SOURCE_LANGUAGE, TARGET_LANGUAGES, PageRef
from demo.data import DemoDataError, read_records
from demo.pages import (
    build_page,
    ensure_pages,
    ensure_site,
    ensure_source,
    ensure_translations,
    log_page_counts,
)
from demo.translate import translate
from directory.models import DirectoryPage, LegislationIndexPage

FOLDER = "cms/site"

MODELS = {
    model.__name__: model
    for model in (
        HomePage,
        ArticleIndexPage,
        ResourceCentrePage,
        PublicationIndexPage,
        EventIndexPage,
        ProjectIndexPage,
        DirectoryPage,
        LegislationIndexPage,
        ContactPage,
    )
}


def spec(path, record):
    model = MODELS.get(record["model"])
    if model is None:
        raise DemoDataError(path, "model", f"{record['model']!r} is not one of {', '.join(MODELS)}")
    return records.page(path, record, model, extra=("model", "featured_items"))


RECORDS = read_records(FOLDER, required=("key", "model", "title", "slug"))
(HOME_PATH, HOME_RECORD), *_SECTIONS = RECORDS
if HOME_RECORD["model"] != "HomePage" or "parent" in HOME_RECORD:
    raise DemoDataError(HOME_PATH, "model", "the first page of the site is the home page")
HOME = spec(HOME_PATH, HOME_RECORD)
# Section index pages and the contact page, in the order they are made.
SECTIONS = [spec(path, record) for path, record in _SECTIONS]
INDEX_PAGES = [page for page in SECTIONS if page["model"] is not ContactPage]
CONTACT = next(page for page in SECTIONS if page["model"] is ContactPage)
# Shown on every home page, in this order, once these pages exist.
FEATURED = records.references(
    HOME_RECORD.get("featured_items", []), PageRef, HOME_PATH, "featured_items"
)


def load_site(ctx):
    ctx.log("Home pages and site...")
    before = dict(ctx.counts.get("pages", {}))
    home = ensure_source(ctx, HOME)
    ensure_site(ctx, home)
    ensure_translations(ctx, HOME, home)
    log_page_counts(ctx, before, 1)
    ensure_pages(ctx, SECTIONS + STANDARD_PAGES, "Sections, standard pages, contact")
    return home


def feature_on_home(ctx):
    """Featured items are chosen once the featured pages exist; the translations follow."""
    home = ctx.page("home", SOURCE_LANGUAGE)
    if home.featured_items.exists():
        ctx.log("Home page features: already set")
        return
    home.featured_items = [
        HomePageFeaturedItem(page=ctx.page(key, SOURCE_LANGUAGE), sort_order=index)
        for index, key in enumerate(FEATURED)
    ]
    home.save_revision().publish()
    home.refresh_from_db()
    for lang in TARGET_LANGUAGES:
        translate(home, build_page(ctx, HOME, lang), ctx.locale(lang))
    ctx.log(f"Home page features: {len(FEATURED)} items in 3 languages")
