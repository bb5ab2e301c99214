"""Demo content for Praktika in Bulgarian, English and Romanian: see ``load_demo``.

Everything is built in Bulgarian first and translated into English and Romanian through
wagtail-localize (``demo.translate``), in dependency order: organisations (named on
project pages), the site tree, projects (chosen by events and publications), events,
publications, articles (which link to all of these), the directory's records
(``demo.directory``), the home page's featured items and the menus.
"""

import time

from django.db import transaction
from django.test.utils import override_settings

from demo.core import DemoContext

# What the demo's saves ask of the task queue (thousands of index updates) is done as it
# loads: the site is searchable when the command ends, whatever queue the site uses.
AT_ONCE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def load_demo(stdout=None, reset=False):
    """Build the whole demo site; objects that already exist are left as they are."""
    # Imported when it runs: importing the packages reads and checks every data file.
    from demo import community as community_demo
    from demo import directory as directory_demo
    from demo.cms import articles, events, navigation, organisations, projects, publications, site
    from demo.media import MediaLibrary, require_fonts
    from demo.reset import delete_demo_content
    from search.indexing import rebuild as rebuild_search

    started = time.monotonic()
    require_fonts()
    with override_settings(TASKS=AT_ONCE), transaction.atomic():
        ctx = DemoContext(stdout)
        if reset:
            delete_demo_content(ctx)
        ctx.media = MediaLibrary(ctx)
        for module in (organisations, projects, events, publications, articles):
            module.register_media(ctx.media)
        ctx.media.redraw_outdated()
        organisations.load(ctx)
        site.load_site(ctx)
        projects.load(ctx)
        events.load(ctx)
        publications.load(ctx)
        articles.load(ctx)
        directory_demo.load(ctx)
        site.feature_on_home(ctx)
        navigation.load(ctx)
        ctx.media.report()
        community_demo.load(ctx)
        # Pages publish with slugs settled only at the end, and imported pages skip signals:
        # one pass makes every search entry match what the site now shows.
        counts = rebuild_search()
        ctx.log("Search entries: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    ctx.log(f"Demo content ready in {time.monotonic() - started:.1f} s.")
    return ctx
