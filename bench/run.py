"""`make bench`: serve the demo site as in production and measure it cold, warm, and in queries.

Steps: a fresh PostgreSQL database with the demo content; the URLs to load; SQL queries per
URL in-process; gunicorn with the page cache off (cold), then on (warm), each loaded by wrk;
the index pages' queries again after many more items are added; the table and the verdicts.
Every setting can come from the environment (BENCH_*) or the command line; see README.md.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass

from bench import report, server

DEFAULTS = {
    "duration": 10,
    "threads": 2,
    "connections": 8,
    "workers": 2,
    "worker_class": "sync",
    "gunicorn_threads": 4,
    "extra": 200,
    "languages": "bg",
    "database_url": "postgres://postgres@127.0.0.1:5432/praktika_bench",
    "redis_url": "redis://127.0.0.1:6379/14",
}
PRIME_REQUESTS = 3


@dataclass
class Config:
    duration: int
    threads: int
    connections: int
    workers: int
    worker_class: str
    gunicorn_threads: int
    extra: int
    languages: str
    database_url: str
    redis_url: str
    reuse: bool = False
    strict: bool = False


def add_setting_arguments(parser, defaults, environ):
    """One --option per setting, defaulting to its BENCH_<NAME> variable, then to `defaults`."""
    for name, default in defaults.items():
        value = environ.get(f"BENCH_{name.upper()}", default)
        parser.add_argument(
            f"--{name.replace('_', '-')}",
            type=type(default),
            default=type(default)(value),
            help=f"(BENCH_{name.upper()}, default {default})",
        )


def parse_args(argv=None, environ=None):
    environ = os.environ if environ is None else environ
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    add_setting_arguments(parser, DEFAULTS, environ)
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the database and media of the previous run (skip migrate, demo, collectstatic)",
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit with status 1 when a target is missed"
    )
    args = parser.parse_args(argv)
    if args.worker_class not in {"sync", "gthread"}:
        parser.error("--worker-class must be sync or gthread")
    return Config(**vars(args))


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def prepare(config, env):
    """A fresh database with the demo content, and the static files, as a release has them."""
    log(f"Recreating {config.database_url}")
    server.recreate_database(config.database_url)
    for folder in ("media", "static"):
        shutil.rmtree(server.VAR / folder, ignore_errors=True)
    log("Migrating")
    server.manage(env, "migrate", "--noinput", "--verbosity=0")
    log("Loading the demo content")
    server.manage(env, "load_demo")
    log("Collecting static files")
    server.manage(env, "collectstatic", "--noinput", "--verbosity=0")
    server.analyze(config.database_url)


def in_process(env, *args):
    """The JSON printed by bench/site.py run with the run's environment and the cache off."""
    result = subprocess.run(
        [server.PYTHON, "-m", "bench.site", *args],
        cwd=server.ROOT,
        env=dict(env, PAGE_CACHE="0"),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise server.BenchError(f"bench.site {args[0]} failed:\n{result.stderr}{result.stdout}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def load_phase(config, env, rows, phase):
    """Serve with the page cache off (cold) or on (warm), prime every URL, then run wrk on each."""
    with server.Gunicorn(config, env, page_cache=phase == "warm") as gunicorn:
        log(f"{phase}: gunicorn on port {gunicorn.port} ({' '.join(gunicorn.command()[1:])})")
        for row in rows:
            for _ in range(PRIME_REQUESTS):
                status, headers = server.fetch(gunicorn.port, row.url)
                if status != 200:
                    raise server.BenchError(f"{row.url} answered {status} ({phase}), not 200")
            if phase == "warm":
                row.cache = headers.get("X-Cache", "")
        for row in rows:
            cpu_before = gunicorn.cpu_seconds()
            output = server.run_wrk(config, gunicorn.port, row.url)
            load = report.parse_wrk(output, cpu_seconds=gunicorn.cpu_seconds() - cpu_before)
            setattr(row, phase, load)
            log(
                f"{phase} {row.url}: {load.requests_per_second:.0f} req/s, "
                f"p50 {load.p50_ms:.1f} ms, p99 {load.p99_ms:.1f} ms, "
                f"{load.cpu_ms:.1f} ms of worker CPU per request"
                + (f", {load.errors} errors" if load.errors else "")
            )


def main(argv=None):
    config = parse_args(argv)
    server.require_commands("wrk")
    env = server.django_environment(config)
    started = time.monotonic()
    if not config.reuse:
        prepare(config, env)
    server.flush_redis(config.redis_url)

    languages = [code.strip() for code in config.languages.split(",") if code.strip()]
    found = in_process(env, "urls", *languages)
    rows = [
        report.Row(name=item["name"], url=item["url"], baseline=item["name"] == "healthz")
        for item in found
    ]
    lists = {item["url"] for item in found if item["lists"]}

    log("Counting SQL queries per URL (page cache off)")
    counted = in_process(env, "queries", *(row.url for row in rows))
    for row in list(rows):
        status, row.queries = counted[row.url]
        if status == 200:
            continue
        if not row.baseline:
            raise server.BenchError(f"{row.url} answered {status}, not 200")
        # Without /healthz the pages are still measured; the ratios stay empty.
        rows.remove(row)
        log(f"{row.url} answered {status}: no baseline, ratios to /healthz left out")

    for phase in ("cold", "warm"):
        server.flush_redis(config.redis_url)
        load_phase(config, env, rows, phase)
    for row in rows:
        if row.cache != "HIT" and not row.baseline:
            row.notes.append(
                f"warm response not served from the page cache (X-Cache: {row.cache or 'none'})"
            )

    if config.extra:
        log(f"Adding {config.extra} pages to each index (bg) and counting queries again")
        in_process(env, "grow", str(config.extra))
        server.analyze(config.database_url)
        server.flush_redis(config.redis_url)
        grown = in_process(env, "queries", *(row.url for row in rows if row.url in lists))
        for row in rows:
            if row.url in grown:
                status, row.queries_grown = grown[row.url]
                if status != 200:
                    raise server.BenchError(f"{row.url} answered {status} after adding pages")

    write_results(config, rows)
    print()
    print(
        f"Praktika benchmark: wrk -t{config.threads} -c{config.connections} "
        f"-d{config.duration}s; gunicorn {config.workers} {config.worker_class} workers; "
        f"{os.cpu_count()} CPUs shared by wrk, gunicorn, PostgreSQL and Redis; "
        f"+items: queries with {config.extra} more pages in each index"
    )
    print(report.format_table(rows))
    print()
    lines, met = report.summary(rows)
    print("\n".join(lines))
    log(f"Done in {time.monotonic() - started:.0f} s")
    return 1 if config.strict and not met else 0


def write_results(config, rows):
    """The run's numbers as JSON in var/bench/results.json, for README tables and comparison."""
    server.VAR.mkdir(parents=True, exist_ok=True)
    data = {"config": asdict(config), "rows": [asdict(row) for row in rows]}
    (server.VAR / "results.json").write_text(json.dumps(data, indent=2, default=str))


if __name__ == "__main__":
    try:
        sys.exit(main())
    except server.BenchError as error:
        print(f"bench: {error}", file=sys.stderr)
        sys.exit(2)
