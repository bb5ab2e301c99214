"""Reading wrk's results and judging them against the targets of issue 3.

Kept free of Django and of any process handling so that tests/test_bench.py can check the
parsing, the ratios and the verdicts without running a benchmark.
"""

import json
from dataclasses import dataclass, field

MARKER = "BENCH_JSON "

# The targets on a 2-core machine: warm pages serve at least this share of /healthz's
# requests per second, cold pages at least this many, and no page needs more queries.
WARM_SHARE_OF_HEALTHZ = 0.30
COLD_REQUESTS_PER_SECOND = 100
MAX_QUERIES = 15


class WrkOutputError(ValueError):
    """wrk printed no result line: the run failed, or the Lua script was not loaded."""


@dataclass(frozen=True)
class Load:
    """One wrk run against one URL."""

    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int = 0
    # CPU time the gunicorn workers spent during the run (None when not measured).
    cpu_seconds: float | None = None

    @property
    def requests_per_second(self):
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms(self):
        """Worker CPU per request: what a page costs whatever else shares the machine."""
        if self.cpu_seconds is None or not self.requests:
            return None
        return self.cpu_seconds * 1000 / self.requests


def parse_wrk(output, cpu_seconds=None):
    """The Load in wrk's output, from the line bench/report.lua prints at the end."""
    for line in output.splitlines():
        if line.startswith(MARKER):
            data = json.loads(line[len(MARKER) :])
            return Load(
                requests=data["requests"],
                seconds=data["duration_us"] / 1e6,
                p50_ms=data["p50_us"] / 1000,
                p99_ms=data["p99_us"] / 1000,
                errors=sum(data["errors"].values()),
                cpu_seconds=cpu_seconds,
            )
    raise WrkOutputError(f"no {MARKER.strip()} line in wrk's output:\n{output}")


@dataclass
class Row:
    """A URL of the table and everything measured for it in one run."""

    name: str
    url: str
    cold: Load | None = None
    warm: Load | None = None
    queries: int | None = None
    # Queries once many more items exist, for pages that list items (home and indexes).
    queries_grown: int | None = None
    # X-Cache of a request after priming on the warm server ("" when the header is absent).
    cache: str = ""
    baseline: bool = False
    notes: list = field(default_factory=list)


def ratio(load, baseline_load):
    if load is None or baseline_load is None or not baseline_load.requests_per_second:
        return None
    return load.requests_per_second / baseline_load.requests_per_second


def ratios(row, baseline):
    """Cold and warm throughput as shares of /healthz's, measured in the same phase."""
    if baseline is None:
        return None, None
    return ratio(row.cold, baseline.cold), ratio(row.warm, baseline.warm)


def misses(row, baseline):
    """The targets a page misses, in words; empty when it meets them all."""
    if row.baseline:
        return []
    missed = []
    if row.cold is not None and row.cold.requests_per_second < COLD_REQUESTS_PER_SECOND:
        missed.append(f"cold < {COLD_REQUESTS_PER_SECOND} req/s")
    warm_ratio = ratios(row, baseline)[1]
    if warm_ratio is not None and warm_ratio < WARM_SHARE_OF_HEALTHZ:
        missed.append(f"warm < {WARM_SHARE_OF_HEALTHZ:.0%} of /healthz")
    counts = [count for count in (row.queries, row.queries_grown) if count is not None]
    if counts and max(counts) > MAX_QUERIES:
        missed.append(f"> {MAX_QUERIES} queries")
    if row.queries is not None and row.queries_grown is not None:
        if row.queries_grown > row.queries:
            missed.append("queries grow with items")
    return missed


def errors(row):
    """What makes a row's numbers untrustworthy: failed requests under load."""
    found = []
    for phase, load in (("cold", row.cold), ("warm", row.warm)):
        if load is not None and load.errors:
            found.append(f"{load.errors} {phase} errors")
    return found


COLUMNS = (
    ("page", "<"),
    ("cold req/s", ">"),
    ("p50 ms", ">"),
    ("p99 ms", ">"),
    ("cpu ms", ">"),
    ("warm req/s", ">"),
    ("p50 ms", ">"),
    ("p99 ms", ">"),
    ("cache", "<"),
    ("queries", ">"),
    ("+items", ">"),
    ("cold/hz", ">"),
    ("warm/hz", ">"),
    ("result", "<"),
)


def _number(value, digits=0):
    return "–" if value is None else f"{value:,.{digits}f}"


def _short(url, width=32):
    return url if len(url) <= width else url[: width - 1] + "…"


def _share(value):
    return "–" if value is None else f"{value:.0%}"


def _cells(row, baseline):
    cells = [f"{row.name} {_short(row.url)}"]
    for phase, load in (("cold", row.cold), ("warm", row.warm)):
        if load is None:
            cells += ["–", "–", "–"]
        else:
            cells += [
                _number(load.requests_per_second),
                _number(load.p50_ms, 1),
                _number(load.p99_ms, 1),
            ]
        if phase == "cold":
            cells.append(_number(load.cpu_ms if load else None, 1))
    cells += [row.cache or "–", _number(row.queries), _number(row.queries_grown)]
    cells += [_share(value) for value in ratios(row, baseline)]
    problems = errors(row) + misses(row, baseline)
    if row.baseline:
        cells.append("baseline" + (f" ({'; '.join(problems)})" if problems else ""))
    elif row.cold is None and row.warm is None and row.queries is None:
        cells.append("not measured")
    else:
        cells.append("PASS" if not problems else "MISS: " + "; ".join(problems))
    return cells


def baseline_of(rows):
    return next((row for row in rows if row.baseline), None)


def format_table(rows):
    """The table as plain text, one line per URL, columns aligned."""
    baseline = baseline_of(rows)
    table = [[title for title, _align in COLUMNS]] + [_cells(row, baseline) for row in rows]
    widths = [max(len(line[index]) for line in table) for index in range(len(COLUMNS))]
    lines = []
    for number, line in enumerate(table):
        parts = []
        for (_title, align), width, value in zip(COLUMNS, widths, line, strict=True):
            parts.append(value.ljust(width) if align == "<" else value.rjust(width))
        lines.append("  ".join(parts).rstrip())
        if number == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def summary(rows):
    """(lines, met): one line per missed target or failed measurement, and whether all passed."""
    baseline = baseline_of(rows)
    lines = []
    if baseline is None or baseline.cold is None:
        lines.append("No /healthz measurement: the ratios cannot be computed.")
    for row in rows:
        for problem in errors(row) + misses(row, baseline):
            lines.append(f"{row.url}: {problem}")
        lines.extend(f"{row.url}: {note}" for note in row.notes)
    met = not lines
    targets = (
        f"Targets: warm >= {WARM_SHARE_OF_HEALTHZ:.0%} of /healthz req/s, cold >= "
        f"{COLD_REQUESTS_PER_SECOND} req/s, <= {MAX_QUERIES} queries per page (also with "
        "many more items listed)."
    )
    lines.insert(0, targets)
    lines.append("All targets met." if met else "Some targets missed (see above).")
    return lines, met
