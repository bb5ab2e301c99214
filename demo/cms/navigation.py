"""The main menu and the footer of each language: one file per menu in demo/data/cms/navigation/."""

from cms.models import NavigationMenu
from demo.cms import records
from demo.core import SOURCE_LANGUAGE, demo_uuid, pick
from demo.data import DemoDataError, blocks, read_records
from demo.pages import ensure_snippet

FOLDER = "cms/navigation"

STREAM_BLOCK = NavigationMenu._meta.get_field("items").stream_block


def spec(path, record):
    """The menu's location, and its links and footer text."""
    records.check_names(record, {"location", "items", "footer_text"}, path)
    try:
        location = NavigationMenu.Location(record["location"])
    except ValueError:
        known = ", ".join(NavigationMenu.Location.values)
        raise DemoDataError(path, "location", f"must be one of {known}") from None
    items = blocks(record["items"], STREAM_BLOCK, path, "items")
    return location, {"items": items, "footer_text": record.get("footer_text", "")}


def _menus():
    menus = {}
    for path, record in read_records(FOLDER, required=("location", "items")):
        location, menu = spec(path, record)
        if location in menus:
            raise DemoDataError(path, "location", f"another file is the {location} menu")
        menus[location] = menu
    return menus


MENUS = _menus()


def menu_key(location):
    return f"navigation/{location}"


def load(ctx):
    ctx.log("Navigation menus...")
    for location, data in MENUS.items():
        key = menu_key(location)
        taken = (
            NavigationMenu.objects.filter(location=location, locale=ctx.locale(SOURCE_LANGUAGE))
            .exclude(translation_key=demo_uuid(key))
            .exists()
        )
        if taken:
            ctx.log(f"  {location}: a menu made by an editor exists, left as it is")
            continue

        def build(lang, location=location, data=data, key=key):
            return NavigationMenu(
                location=location,
                items=ctx.stream(STREAM_BLOCK, key, data["items"], lang),
                footer_text=pick(data["footer_text"], lang),
            )

        ensure_snippet(ctx, NavigationMenu, key, build, "navigation menus")
    ctx.report("navigation menus")
