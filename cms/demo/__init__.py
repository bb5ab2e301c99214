"""Demo content for Praktika in Bulgarian, English and Romanian: see ``load_demo``."""

import time

from django.db import transaction

from cms.demo.core import DemoContext


def load_demo(stdout=None, reset=False):
    """Build the whole demo site; objects that already exist are left as they are."""
    from cms.demo import (
        articles,
        events,
        navigation,
        organisations,
        projects,
        publications,
        site,
    )
    from cms.demo import (
        reset as demo_reset,
    )
    from cms.demo.media import MediaLibrary, require_fonts

    started = time.monotonic()
    require_fonts()
    with transaction.atomic():
        ctx = DemoContext(stdout)
        if reset:
            demo_reset.delete_demo_content(ctx)
        ctx.media = MediaLibrary(ctx)
        for module in (organisations, projects, events, publications, articles):
            module.register_media(ctx.media)
        organisations.load(ctx)
        site.load_site(ctx)
        projects.load(ctx)
        events.load(ctx)
        publications.load(ctx)
        articles.load(ctx)
        site.feature_on_home(ctx)
        navigation.load(ctx)
        ctx.report("images")
        ctx.report("documents")
    ctx.log(f"Demo content ready in {time.monotonic() - started:.1f} s.")
    return ctx
