"""`make bench-search`: how fast the site search answers over a large corpus on PostgreSQL.

Steps: a fresh database with the demo content and a generated corpus (`bench/search_corpus/`,
10,000 pages and 50,000 posts by default), VACUUM ANALYZE, then for each of ten typical searches the
service call (`search.services.search`) and the whole search page through Django's test client,
each warmed up and then timed; p50/p95 per search and overall, the results found, the SQL
queries of one run, each p95 as a multiple of a trivial query's round trip measured in the same
run, and PASS/MISS against the p95 target. Every setting can come from the environment (BENCH_*)
or the command line; see README.md.
"""

import argparse
import gc
import json
import os
import shutil
import statistics
import sys
import time
from dataclasses import asdict, dataclass, field
from urllib.parse import urlsplit, urlunsplit

from bench import server
from bench.run import add_setting_arguments

DEFAULTS = {
    "pages": 10_000,
    "posts": 50_000,
    "seed": 1,
    "runs": 30,
    "warmup": 3,
    "target_ms": 150.0,
    "database_url": "postgres://postgres@127.0.0.1:5432/praktika_bench_search",
    "redis_url": "redis://127.0.0.1:6379/13",
}
BASELINE_RUNS = 100
VAR = server.VAR / "search"
RESULTS = server.VAR / "search-results.json"
HOST = "127.0.0.1"


@dataclass(frozen=True)
class Query:
    """A search as a reader makes it: words, the page's language, filters, who is asking."""

    name: str
    language: str
    q: str
    kinds: tuple = ()
    region: str = ""
    sort: str = "relevance"
    member: bool = False


QUERIES = (
    Query("bg inflected", "bg", "обученията"),
    Query("ro without diacritics", "ro", "parintii"),
    Query("en", "en", "training"),
    Query("latin for cyrillic place", "bg", "Shumen"),
    Query("two words", "bg", "приемна грижа"),
    Query("rare word", "en", "genogram"),
    Query("common word", "bg", "деца"),
    Query("facet filter", "bg", "обучение", kinds=("event",)),
    Query("sorted by date", "ro", "familii", sort="date"),
    Query("members, with posts", "bg", "опит", member=True),
)


@dataclass
class Config:
    pages: int
    posts: int
    seed: int
    runs: int
    warmup: int
    target_ms: float
    database_url: str
    redis_url: str
    reuse: bool = False
    explain: bool = False
    freeze_gc: bool = True
    strict: bool = False


@dataclass
class Timing:
    p50_ms: float
    p95_ms: float
    mean_ms: float
    max_ms: float
    samples: list = field(default_factory=list)


@dataclass
class Row:
    name: str
    language: str
    q: str
    member: bool
    results: int = 0
    capped: bool = False
    service_queries: int = 0
    service: Timing | None = None
    view_queries: int | None = None
    view: Timing | None = None
    notes: list = field(default_factory=list)


def parse_args(argv=None, environ=None):
    environ = os.environ if environ is None else environ
    parser = argparse.ArgumentParser(
        prog="python -m bench.search", description=__doc__.split("\n")[0]
    )
    add_setting_arguments(parser, DEFAULTS, environ)
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the database and corpus of the previous run (skip migrate, demo, generation)",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="also write EXPLAIN ANALYZE of each search's slowest SQL to var/bench/search-explain.txt",
    )
    parser.add_argument(
        "--no-freeze-gc",
        dest="freeze_gc",
        action="store_false",
        help="don't gc.freeze() once Django is loaded (config/wsgi.py does, as servers load it)",
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit with status 1 when a target is missed"
    )
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")
    return Config(**vars(args))


def log(message):
    print(f"[bench-search {time.strftime('%H:%M:%S')}] {message}", flush=True)


# Arithmetic -------------------------------------------------------------------------------------


def percentile(samples, percent):
    """The value below which `percent` % of the samples fall, interpolated between neighbours.

    The same definition as numpy's default ("linear") and the spreadsheet PERCENTILE.INC.
    """
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    rank = (len(ordered) - 1) * percent / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def timing(samples):
    return Timing(
        p50_ms=percentile(samples, 50),
        p95_ms=percentile(samples, 95),
        mean_ms=statistics.fmean(samples),
        max_ms=max(samples),
        samples=[round(sample, 3) for sample in samples],
    )


def misses(row, target_ms):
    """What a search misses: each measured p95 at or over the target."""
    found = []
    for label, measured in (("service", row.service), ("page", row.view)):
        if measured is not None and measured.p95_ms >= target_ms:
            found.append(f"{label} p95 {measured.p95_ms:.0f} ms")
    return found


def verdict(row, target_ms):
    missed = misses(row, target_ms)
    return "MISS: " + ", ".join(missed) if missed else "PASS"


def ratio(row_timing, baseline_p50):
    if row_timing is None or not baseline_p50:
        return None
    return row_timing.p95_ms / baseline_p50


def overall(rows, attribute):
    samples = [
        s for row in rows if getattr(row, attribute) for s in getattr(row, attribute).samples
    ]
    return timing(samples) if samples else None


# The run ----------------------------------------------------------------------------------------


def django_environment(config):
    env = server.django_environment(config)
    env.update(MEDIA_ROOT=str(VAR / "media"), STATIC_ROOT=str(VAR / "static"), LOG_LEVEL="WARNING")
    return env


def prepare(config, env):
    """A fresh database with the demo content, the static files and the generated corpus."""
    log(f"Recreating {config.database_url}")
    server.recreate_database(config.database_url)
    shutil.rmtree(VAR, ignore_errors=True)
    log("Migrating")
    server.manage(env, "migrate", "--noinput", "--verbosity=0")
    log("Loading the demo content")
    server.manage(env, "load_demo")
    log("Collecting static files")
    server.manage(env, "collectstatic", "--noinput", "--verbosity=0")
    log(f"Generating {config.pages:,} pages and {config.posts:,} posts (seed {config.seed})")
    server.run_module(
        env,
        "bench.search_corpus",
        f"--pages={config.pages}",
        f"--posts={config.posts}",
        f"--seed={config.seed}",
        *([] if sys.stdout.isatty() else ["--no-progress"]),
    )


def vacuum_analyze(database_url):
    """What autovacuum does to a database in service: dead rows reclaimed, statistics fresh.

    Building the index leaves a dead version of each index row behind (Wagtail's backend sets
    every new row's title norm in a second statement).
    """
    import psycopg

    url = urlunsplit(urlsplit(database_url)._replace(scheme="postgresql"))
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")


def setup_django(env):
    os.environ.update(env)
    import django

    django.setup()


def member():
    """A member in good standing (verified address, current terms accepted), for members' searches."""
    from django.conf import settings
    from django.contrib.auth import get_user_model

    from allauth.account.models import EmailAddress

    from community.members.models import ConsentRecord
    from community.members.standing import profile_for

    user, created = get_user_model().objects.get_or_create(
        username="bench-search-member", defaults={"email": "bench-search-member@praktika.invalid"}
    )
    if created:
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        ConsentRecord.objects.create(user=user, version=settings.COMMUNITY_TERMS_VERSION)
        profile = profile_for(user)
        profile.trusted = True
        profile.save()
    return user


def search_path(query):
    """The search page's URL for a query, or None while the site has no search page."""
    from django.urls import NoReverseMatch, reverse
    from django.utils import translation

    with translation.override(query.language):
        try:
            base = reverse("search")
        except NoReverseMatch:
            return None
    return base + params_for(query).querystring()


def params_for(query):
    from search.services import SearchParams

    return SearchParams(q=query.q, kinds=query.kinds, region=query.region, sort=query.sort)


def timed(work, runs, warmup):
    for _ in range(warmup):
        work()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def baseline_samples(runs):
    from search.models import SearchEntry

    return timed(lambda: SearchEntry.objects.filter(pk=1).exists(), runs, warmup=5)


def measure(config, query, user, explain_lines):
    """Time the service call and, when the site has one, the search page for one query."""
    from django.contrib.auth.models import AnonymousUser
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    from search.services import search

    row = Row(name=query.name, language=query.language, q=query.q, member=query.member)
    reader = user if query.member else AnonymousUser()
    params = params_for(query)

    def service():
        with translation.override(query.language):
            return search(params, language=query.language, user=reader)

    with CaptureQueriesContext(connection) as captured:
        outcome = service()
    row.results, row.capped = outcome.total, outcome.capped
    row.service_queries = len(captured.captured_queries)
    if explain_lines is not None:
        explain_lines += explain(query, captured.captured_queries)
    row.service = timing(timed(service, config.runs, config.warmup))

    path = search_path(query)
    if path is None:
        row.notes.append("no search page (the URL named 'search' does not resolve): not timed")
        return row
    client = Client(HTTP_HOST=HOST, headers={"X-Forwarded-Proto": "https"})
    if query.member:
        client.force_login(user)

    def page():
        response = client.get(path)
        if response.status_code != 200:
            raise server.BenchError(f"{path} answered {response.status_code}, not 200")
        return response

    page()
    with CaptureQueriesContext(connection) as captured:
        page()
    row.view_queries = len(captured.captured_queries)
    row.view = timing(timed(page, config.runs, config.warmup))
    return row


def explain(query, captured):
    """EXPLAIN ANALYZE of the slowest statement of one service run (the backend's search)."""
    from django.db import connection

    slowest = max(captured, key=lambda item: float(item["time"]), default=None)
    if slowest is None:
        return []
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + slowest["sql"])
        plan = [line for (line,) in cursor.fetchall()]
    header = f"== {query.name}: {query.q!r} ({query.language}), {slowest['time']} s"
    return [header, slowest["sql"], "", *plan, ""]


def corpus_counts():
    from django.db.models import Count

    from search.models import SearchEntry

    counts = SearchEntry.objects.values("source").annotate(n=Count("id")).order_by("source")
    return {item["source"]: item["n"] for item in counts}


def format_ms(measured, attribute):
    return f"{getattr(measured, attribute):.1f}" if measured else "–"


def format_ratio(measured, baseline_p50):
    value = ratio(measured, baseline_p50)
    return f"{value:.0f}×" if value is not None else "–"


def format_table(rows, baseline_p50, target_ms):
    """One line per search; ×base is the p95 as a multiple of the baseline's p50."""
    header = (
        f"{'search':<25} {'lang':<4} {'q':<14} {'found':>6} "
        f"{'svc p50':>7} {'svc p95':>7} {'×base':>6} {'sql':>3} "
        f"{'page p50':>8} {'page p95':>8} {'×base':>6} {'sql':>3}  result"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        found = f"{row.results}{'+' if row.capped else ''}"
        page_queries = row.view_queries if row.view_queries is not None else "–"
        lines.append(
            f"{row.name[:25]:<25} {row.language:<4} {row.q[:14]:<14} {found:>6} "
            f"{format_ms(row.service, 'p50_ms'):>7} {format_ms(row.service, 'p95_ms'):>7} "
            f"{format_ratio(row.service, baseline_p50):>6} {row.service_queries:>3} "
            f"{format_ms(row.view, 'p50_ms'):>8} {format_ms(row.view, 'p95_ms'):>8} "
            f"{format_ratio(row.view, baseline_p50):>6} {page_queries:>3}  "
            f"{verdict(row, target_ms)}"
        )
    return "\n".join(lines)


def main(argv=None):
    config = parse_args(argv)
    env = django_environment(config)
    started = time.monotonic()
    load_before = os.getloadavg()
    if not config.reuse:
        prepare(config, env)
    vacuum_analyze(config.database_url)
    server.flush_redis(config.redis_url)
    setup_django(env)

    counts = corpus_counts()
    log("Search entries: " + ", ".join(f"{n:,} {source}" for source, n in counts.items()))
    user = member()
    if config.freeze_gc:
        # What is loaded by now lives as long as the process: keep it out of the collector's scans.
        gc.collect()
        gc.freeze()
    baseline = baseline_samples(BASELINE_RUNS // 2)
    explain_lines = [] if config.explain else None
    rows = []
    for query in QUERIES:
        row = measure(config, query, user, explain_lines)
        rows.append(row)
        log(
            f"{query.name}: {row.results} found, service p50 {row.service.p50_ms:.1f} / "
            f"p95 {row.service.p95_ms:.1f} ms"
            + (
                f", page p50 {row.view.p50_ms:.1f} / p95 {row.view.p95_ms:.1f} ms"
                if row.view
                else ""
            )
        )
    baseline += baseline_samples(BASELINE_RUNS // 2)
    base = timing(baseline)
    load_after = os.getloadavg()

    results = {
        "config": asdict(config),
        "machine": {"cpus": os.cpu_count(), "load_before": load_before, "load_after": load_after},
        "corpus": counts,
        "baseline": asdict(base),
        "overall": {"service": overall(rows, "service"), "view": overall(rows, "view")},
        "rows": rows,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, default=_as_json))
    if explain_lines is not None:
        (server.VAR / "search-explain.txt").write_text("\n".join(explain_lines))

    print()
    print(
        f"Praktika search benchmark: {sum(counts.values()):,} entries, {config.runs} timed runs "
        f"after {config.warmup} warm-up runs{'; gc frozen' if config.freeze_gc else ''}; "
        f"{os.cpu_count()} CPUs; load average "
        f"{load_before[0]:.1f} before, {load_after[0]:.1f} after; baseline "
        f"(SearchEntry.objects.filter(pk=1).exists()) p50 {base.p50_ms:.2f} ms"
    )
    print(format_table(rows, base.p50_ms, config.target_ms))
    print()
    for label, attribute in (("service", "service"), ("page", "view")):
        measured = results["overall"][attribute]
        if measured:
            print(
                f"Overall {label}: p50 {measured.p50_ms:.1f} ms, p95 {measured.p95_ms:.1f} ms "
                f"({measured.p95_ms / base.p50_ms:.0f}× the baseline's p50)"
            )
    missed = [row for row in rows if misses(row, config.target_ms)]
    print(
        f"Target p95 < {config.target_ms:.0f} ms: "
        + (f"{len(missed)} of {len(rows)} searches MISS" if missed else "every search PASSES")
    )
    log(f"Done in {time.monotonic() - started:.0f} s; numbers in {RESULTS}")
    return 1 if config.strict and missed else 0


def _as_json(value):
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    return str(value)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except server.BenchError as error:
        print(f"bench-search: {error}", file=sys.stderr)
        sys.exit(2)
