"""The main menu and footer of each language, worked out once and kept in the cache.

Every page shows both, and building them costs a query for the menu, one for the pages it
links to in the reader's language, and one more for the labels of untranslated ones. What
they show changes only when a menu, a page, a site, a locale or a view restriction is saved,
moved or deleted; any such change forgets every stored menu (the version token goes), at
once and again when the transaction commits, so a reader who asked in between cannot keep
the old menu. Entries also expire with the cache's default timeout: without Redis, each
gunicorn worker has a cache of its own, which a change made in another worker cannot reach.
"""

import secrets
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

VERSION_KEY = "praktika:menus:version"


@dataclass(frozen=True)
class MenuPage:
    """What marking the current menu item needs of a page (see _lookups.mark_current)."""

    pk: int
    path: str
    depth: int


def menu(location, locale, request):
    """(items, footer text) of the menu at `location` in `locale`, for the request's site.

    Items are fresh dicts on every call: the caller marks the current one.
    """
    site = Site.find_for_request(request) if request is not None else None
    key = f"praktika:menus:{location}:{locale.pk}:{site.pk if site else ''}"
    values = cache.get_many([key, VERSION_KEY])
    version, entry = values.get(VERSION_KEY), values.get(key)
    if entry is not None and version is not None and entry[0] == version:
        return entry[1], entry[2]
    items, footer_text = _build(location, locale, request)
    version = version or _new_version()
    if version is not None:
        cache.set(key, (version, items, footer_text))
    return items, footer_text


def _build(location, locale, request):
    from cms.models import NavigationMenu
    from cms.templatetags._lookups import fallback_items, menu_items

    navigation = NavigationMenu.objects.filter(location=location, locale=locale).first()
    if navigation is not None:
        items = menu_items(navigation, locale, request)
    else:
        items = fallback_items(locale, request)
    for item in items:
        page = item["page"]
        if page is not None:
            item["page"] = MenuPage(page.pk, page.path, page.depth)
    return items, navigation.footer_text if navigation is not None else ""


def _new_version():
    """A new token, or the one another request stored first (None if a change just removed it)."""
    token = secrets.token_hex(8)
    if cache.add(VERSION_KEY, token):
        return token
    return cache.get(VERSION_KEY)


def forget_menus():
    cache.delete(VERSION_KEY)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: cache.delete(VERSION_KEY))


MENU_SOURCES = (Page, Site, Locale, PageViewRestriction)


@receiver(post_save)
@receiver(post_delete)
def forget_menus_after_change(sender, **kwargs):
    from cms.models import NavigationMenu

    if issubclass(sender, (*MENU_SOURCES, NavigationMenu)):
        forget_menus()


@receiver(post_page_move)
def forget_menus_after_move(sender, **kwargs):
    forget_menus()
