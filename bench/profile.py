"""Where a cold page spends its time: CPU per request, queries, and optionally cProfile.

    python -m bench.profile [--requests N] [--cprofile] [--sort tottime] URL...

Runs in-process through Django's test client against the benchmark's database (run
`make bench` once first), with the page cache off. CPU time of this process is a steadier
measure than wall time on a machine shared with other work; the database's own time is
not in it, so the query count is shown beside it.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import time

from bench import run, server


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.profile")
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--cprofile", action="store_true", help="print cProfile's top functions")
    parser.add_argument("--sort", default="cumulative", help="cProfile sort key")
    parser.add_argument("--lines", type=int, default=40)
    args = parser.parse_args(argv)

    os.environ.update(server.django_environment(run.parse_args([])), PAGE_CACHE="0")
    from bench.site import FORWARDED_PROTO, HOST, setup

    setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=HOST, headers={"X-Forwarded-Proto": FORWARDED_PROTO})
    profiler = cProfile.Profile() if args.cprofile else None
    print(f"{'url':60} {'status':>6} {'cpu ms':>8} {'wall ms':>8} {'queries':>7} {'db ms':>6}")
    for url in args.urls:
        client.get(url)
        cpu, wall = [], []
        for _ in range(args.requests):
            started_cpu, started = time.process_time(), time.perf_counter()
            if profiler:
                profiler.enable()
            response = client.get(url)
            if profiler:
                profiler.disable()
            cpu.append(time.process_time() - started_cpu)
            wall.append(time.perf_counter() - started)
        with CaptureQueriesContext(connection) as context:
            client.get(url)
        database = sum(float(query["time"]) for query in context.captured_queries)
        print(
            f"{url:60} {response.status_code:>6} {statistics.median(cpu) * 1000:>8.1f} "
            f"{statistics.median(wall) * 1000:>8.1f} {len(context.captured_queries):>7} "
            f"{database * 1000:>6.1f}"
        )
    if profiler:
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.lines)


if __name__ == "__main__":
    main()
