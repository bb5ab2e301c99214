"""The benchmark's arithmetic and verdicts (bench/report.py, bench/run.py), without a benchmark.

The load test itself is `make bench`; here wrk's output is given, so the parsing, the ratios
to /healthz and the PASS/MISS flags can be checked quickly and exactly.
"""

import json

import pytest

from bench import report, run

WRK_OUTPUT = """Running 10s test @ http://127.0.0.1:8123/bg/
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    24.08ms    5.12ms  80.20ms   90.11%
    Req/Sec   166.40     20.17   210.00     70.00%
  Latency Distribution
     50%   22.91ms
     99%   61.33ms
  3321 requests in 10.02s, 140.29MB read
Requests/sec:    331.43
BENCH_JSON {"requests": 3321, "duration_us": 10020000, "bytes": 147100000, "p50_us": 22910, \
"p90_us": 30100, "p99_us": 61330, "max_us": 80200, "mean_us": 24080.5, \
"errors": {"connect": 0, "read": 0, "write": 0, "status": 2, "timeout": 1}}
""".replace("\\\n", "")


def load(rps, p50=10.0, p99=20.0, errors=0):
    return report.Load(requests=int(rps * 10), seconds=10.0, p50_ms=p50, p99_ms=p99, errors=errors)


def test_wrk_output_is_read_from_the_lua_line():
    result = report.parse_wrk(WRK_OUTPUT)

    assert result.requests == 3321
    assert result.requests_per_second == pytest.approx(331.44, abs=0.01)
    assert result.p50_ms == pytest.approx(22.91)
    assert result.p99_ms == pytest.approx(61.33)
    assert result.errors == 3  # two non-2xx/3xx answers and a timeout


def test_worker_cpu_is_shared_out_per_request():
    result = report.parse_wrk(WRK_OUTPUT, cpu_seconds=33.21)

    assert result.cpu_ms == pytest.approx(10.0)
    assert report.parse_wrk(WRK_OUTPUT).cpu_ms is None


def test_output_without_the_lua_line_is_an_error():
    with pytest.raises(report.WrkOutputError):
        report.parse_wrk("unable to connect to 127.0.0.1:8123 Connection refused")


def test_the_lua_script_prints_what_the_parser_reads():
    """Field names in report.lua and report.py must agree (wrk itself is not needed)."""
    script = report_lua()
    for name in ("requests", "duration_us", "p50_us", "p99_us", "errors", report.MARKER.strip()):
        assert name in script


def report_lua():
    from bench.server import LUA_SCRIPT

    return LUA_SCRIPT.read_text()


def healthz(cold=1000, warm=1000):
    return report.Row("healthz", "/healthz", cold=load(cold), warm=load(warm), baseline=True)


def test_a_page_meeting_every_target_passes():
    page = report.Row("home", "/bg/", cold=load(150), warm=load(400), queries=12, queries_grown=12)

    assert report.misses(page, healthz()) == []
    assert report.ratios(page, healthz()) == pytest.approx((0.15, 0.40))


def test_each_missed_target_is_named():
    page = report.Row("news", "/bg/novini/", cold=load(60), warm=load(250), queries=18)

    assert report.misses(page, healthz()) == [
        "cold < 100 req/s",
        "warm < 30% of /healthz",
        "> 15 queries",
    ]


def test_queries_that_grow_with_the_items_listed_miss_even_under_the_limit():
    page = report.Row("events", "/bg/sabitiya/", queries=9, queries_grown=10)

    assert report.misses(page, healthz()) == ["queries grow with items"]


def test_ratios_compare_each_phase_with_healthz_in_the_same_phase():
    baseline = healthz(cold=800, warm=1000)
    page = report.Row("home", "/bg/", cold=load(200), warm=load(300))

    assert report.ratios(page, baseline) == pytest.approx((0.25, 0.30))
    assert report.misses(page, baseline) == []  # 30% exactly is enough


def test_without_healthz_there_are_no_ratios_and_the_summary_says_so():
    page = report.Row("home", "/bg/", cold=load(150), warm=load(400), queries=12)

    assert report.ratios(page, None) == (None, None)
    lines, met = report.summary([page])
    assert not met
    assert "No /healthz measurement" in "\n".join(lines)


def test_table_has_a_row_per_url_with_its_verdict():
    rows = [
        healthz(cold=900, warm=1000),
        report.Row("home", "/bg/", cold=load(150), warm=load(500), queries=12, cache="HIT"),
        report.Row("news", "/bg/novini/", cold=load(80), warm=load(500), queries=14),
    ]

    rows.append(report.Row("events", "/bg/sabitiya/"))  # not measured (yet): dashes

    lines = report.format_table(rows).splitlines()

    assert lines[0].split()[:2] == ["page", "cold"]
    assert len(lines) == 2 + len(rows)  # heading, rule, rows
    assert lines[2].startswith("healthz /healthz") and lines[2].endswith("baseline")
    assert "HIT" in lines[3] and "17%" in lines[3] and "50%" in lines[3]
    assert lines[3].endswith("PASS")
    assert lines[4].endswith("MISS: cold < 100 req/s")
    assert lines[5].split()[2:] == ["–"] * 12 + ["not", "measured"]
    lines, met = report.summary(rows)
    assert not met
    assert "/bg/novini/: cold < 100 req/s" in lines


def test_failed_requests_make_a_row_untrustworthy():
    rows = [healthz(), report.Row("home", "/bg/", cold=load(150, errors=4), warm=load(500))]

    lines, met = report.summary(rows)

    assert not met
    assert "/bg/: 4 cold errors" in lines


def test_all_targets_met_is_reported():
    rows = [healthz(), report.Row("home", "/bg/", cold=load(150), warm=load(500), queries=10)]

    lines, met = report.summary(rows)

    assert met
    assert lines[-1] == "All targets met."


def test_settings_come_from_the_environment_and_the_command_line():
    config = run.parse_args(
        ["--connections=16"],
        environ={"BENCH_DURATION": "3", "BENCH_WORKER_CLASS": "gthread"},
    )

    assert (config.duration, config.connections, config.worker_class) == (3, 16, "gthread")
    assert config.workers == 2
    assert config.database_url.endswith("/praktika_bench")
    assert not config.strict


def test_results_are_kept_as_json(tmp_path, monkeypatch):
    monkeypatch.setattr(run.server, "VAR", tmp_path)
    config = run.parse_args([], environ={})

    run.write_results(config, [healthz()])

    data = json.loads((tmp_path / "results.json").read_text())
    assert data["config"]["duration"] == 10
    assert data["rows"][0]["cold"]["requests"] == 10000
