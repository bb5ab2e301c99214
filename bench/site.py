"""The Django side of the benchmark, run in its own process against the benchmark's database.

    python -m bench.site urls LANGUAGE...    the URLs to load, from the demo content, as JSON
    python -m bench.site queries URL...      status and SQL queries of a request to each URL
    python -m bench.site grow COUNT          copy COUNT more children into each index (bg)

The driver (bench/run.py) sets the same environment as for gunicorn, with PAGE_CACHE=0:
queries are counted on pages that are really rendered. Each URL is requested once first so
that image renditions exist, as they do for the server after its first requests.
"""

import json
import os
import sys

# What a request under load needs: the host gunicorn is bound to, and HTTPS as announced by
# the proxy in front of it (production trusts X-Forwarded-Proto and redirects plain HTTP).
HOST = "127.0.0.1"
FORWARDED_PROTO = "https"

# (name, model) of the index pages, in the order of the table.
INDEXES = (
    ("news", "ArticleIndexPage"),
    ("resources", "ResourceCentrePage"),
    ("events", "EventIndexPage"),
    ("projects", "ProjectIndexPage"),
    ("publications", "PublicationIndexPage"),
)


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    import django

    django.setup()


def urls(languages):
    """Home, every index page and the newest article, event and publication per language."""
    from cms import models

    found = [{"name": "healthz", "url": "/healthz", "lists": False}]
    for language in languages:
        prefix = "" if language == "bg" else f"{language}:"
        pages = [("home", first_page(models.HomePage, language), True)]
        pages += [
            (name, first_page(getattr(models, model_name), language), True)
            for name, model_name in INDEXES
        ]
        pages += [
            ("article", first_page(models.ArticlePage, language, "-date", "-pk"), False),
            ("event", first_page(models.EventPage, language, "-start_date", "-pk"), False),
            ("publication", first_page(models.PublicationPage, language, "-year", "-pk"), False),
        ]
        for name, page, lists in pages:
            if page is None:
                raise SystemExit(f"No {name} page in {language}: was the demo content loaded?")
            found.append({"name": prefix + name, "url": page.get_url(), "lists": lists})
    return found


def first_page(model, language, *ordering):
    """The first live, public page of a type written in a language (not an alias)."""
    pages = (
        model.objects.live().public().filter(locale__language_code=language, alias_of__isnull=True)
    )
    return pages.order_by(*ordering).first() if ordering else pages.first()


def count_queries(paths):
    """{url: [status, queries]} for one request each, after a first request to the same URL."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=HOST, headers={"X-Forwarded-Proto": FORWARDED_PROTO})
    counts = {}
    for path in paths:
        client.get(path)
        with CaptureQueriesContext(connection) as context:
            response = client.get(path)
        counts[path] = [response.status_code, len(context.captured_queries)]
    return counts


def grow(count):
    """Copy the newest child of each Bulgarian index page `count` times, with its relations.

    Copies keep the original's images, tags, files and gallery, so each card costs what a
    real one does; they are live and public like the original.
    """
    from django.db import transaction

    from wagtail.models import Locale

    from cms import models

    locale = Locale.objects.get(language_code="bg")
    added = {}
    for name, model_name in INDEXES:
        index = getattr(models, model_name).objects.live().get(locale=locale)
        original = index.get_children().live().order_by("-path").first().specific
        with transaction.atomic():
            for number in range(count):
                original.copy(
                    to=index,
                    update_attrs={"slug": f"{original.slug}-bench-{number}"},
                    copy_revisions=False,
                    keep_live=True,
                    log_action=None,
                )
        added[name] = index.get_children().live().count()
    return added


def main(argv):
    command, *args = argv
    setup()
    if command == "urls":
        result = urls(args or ["bg"])
    elif command == "queries":
        result = count_queries(args)
    elif command == "grow":
        result = grow(int(args[0]))
    else:
        raise SystemExit(f"unknown command {command!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
