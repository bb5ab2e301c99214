"""The search benchmark's corpus generator at a tiny scale, and its arithmetic and verdicts.

The benchmark itself is `make bench-search`; here the generator must make pages, threads and
posts whose entries the real search finds (and only for the readers who may see them), remove
exactly what it made, and the percentiles and PASS/MISS flags must be right.
"""

from django.contrib.auth.models import AnonymousUser

from wagtail.models import Page

import pytest

from bench import search as bench
from bench.search_corpus.build import CorpusError, generate
from community.discussions.models import Post, Thread
from search.models import Audience, SearchEntry
from search.services import SearchParams, ranked_matches, search

pytestmark = pytest.mark.django_db

PUBLIC = [Audience.PUBLIC]
EVERYONE = [Audience.PUBLIC, Audience.MEMBERS]


def generated_pages():
    return Page.objects.filter(slug__startswith="generated-")


def generated_threads():
    return Thread.objects.filter(category__slug__startswith="generated-")


def entries(source, ids):
    return SearchEntry.objects.filter(source=source, source_pk__in=list(ids))


def longest_word(text):
    return max(text.replace(".", " ").replace(",", " ").replace("?", " ").split(), key=len)


def test_generated_pages_get_entries_the_search_finds(site_tree):
    generate(pages=30, posts=0, seed=3)

    pages = generated_pages()
    assert pages.count() == 30
    assert all(page.live for page in pages)
    assert not any(Page.find_problems()), "the tree's paths and child counts must stay right"
    found = entries("page", pages.values_list("pk", flat=True))
    assert found.count() == 30
    assert set(found.values_list("language", flat=True)) <= {"bg", "en", "ro"}
    for entry in found[:5]:
        matches = ranked_matches(entry.heading, audiences=PUBLIC)
        assert entry.pk in [match.pk for match in matches]


def test_generated_pages_are_served(site_tree, client):
    generate(pages=6, posts=0, seed=5)

    entry = entries("page", generated_pages().values_list("pk", flat=True)).first()
    response = client.get(entry.url)

    assert response.status_code == 200
    assert entry.heading in response.content.decode()


def test_generated_posts_are_found_by_members_only(site_tree, django_user_model):
    generate(pages=0, posts=100, seed=3)

    threads = generated_threads()
    posts = Post.objects.filter(thread__in=threads)
    assert posts.count() == 100
    assert entries("thread", threads.values_list("pk", flat=True)).count() == threads.count()
    replies = entries("post", posts.values_list("pk", flat=True))
    # Opening posts are searched as their threads; hidden replies are not searched at all.
    visible_replies = posts.filter(status="published").count() - threads.count()
    assert replies.count() == visible_replies > 0
    reply = replies.first()
    word = longest_word(reply.text)

    members = ranked_matches(word, audiences=EVERYONE)
    anonymous = ranked_matches(word, audiences=PUBLIC)

    assert reply.pk in [match.pk for match in members]
    assert not [match for match in anonymous if match.group_key.startswith(("post:", "thread:"))]
    shown = search(SearchParams(q=word), language=reply.language, user=AnonymousUser()).hits
    assert all(hit.entry.audience == Audience.PUBLIC for hit in shown)
    member = django_user_model.objects.create_user("reader", "reader@praktika.test", "pw-12345678")
    outcome = search(SearchParams(q=reply.heading), language=reply.language, user=member)
    assert outcome.total > 0


def test_reset_removes_exactly_what_was_generated(site_tree):
    before = set(SearchEntry.objects.values_list("pk", flat=True))
    pages_before = Page.objects.count()
    index_rows = SearchEntry._meta.get_field("index_entries").related_model.objects
    index_before = index_rows.count()
    generate(pages=12, posts=40, seed=1)
    assert SearchEntry.objects.count() > len(before)

    generate(pages=0, posts=0, reset=True)

    assert set(SearchEntry.objects.values_list("pk", flat=True)) == before
    assert Page.objects.count() == pages_before
    assert not generated_threads().exists()
    assert index_rows.count() == index_before
    assert not any(Page.find_problems())
    assert site_tree.page("bg", "article").live


def test_the_same_seed_makes_the_same_corpus(site_tree):
    generate(pages=9, posts=20, seed=7)
    first = list(generated_pages().order_by("path").values_list("title", "slug"))
    first_threads = list(generated_threads().order_by("pk").values_list("title", flat=True))

    generate(pages=9, posts=20, seed=7, reset=True)

    assert list(generated_pages().order_by("path").values_list("title", "slug")) == first
    assert list(generated_threads().order_by("pk").values_list("title", flat=True)) == first_threads


def test_a_second_run_needs_reset(site_tree):
    generate(pages=3, posts=0)

    with pytest.raises(CorpusError, match="--reset"):
        generate(pages=3, posts=0)


# The benchmark's arithmetic -----------------------------------------------------------------


def test_percentiles_interpolate_between_neighbours():
    samples = [7.0, 1.0, 10.0, 3.0, 2.0, 9.0, 4.0, 6.0, 5.0, 8.0]

    assert bench.percentile(samples, 50) == pytest.approx(5.5)
    assert bench.percentile(samples, 95) == pytest.approx(9.55)
    assert bench.percentile(samples, 0) == 1.0
    assert bench.percentile(samples, 100) == 10.0
    assert bench.percentile([42.0], 95) == 42.0
    with pytest.raises(ValueError):
        bench.percentile([], 50)


def test_timing_summarises_samples():
    result = bench.timing([10.0, 20.0, 30.0, 40.0, 200.0])

    assert result.p50_ms == 30.0
    assert result.p95_ms == pytest.approx(168.0)
    assert result.mean_ms == pytest.approx(60.0)
    assert result.max_ms == 200.0


def row(service_p95, view_p95=None):
    def timed(p95):
        return bench.Timing(p50_ms=p95 / 2, p95_ms=p95, mean_ms=p95 / 2, max_ms=p95)

    return bench.Row(
        name="q",
        language="bg",
        q="деца",
        member=False,
        service=timed(service_p95),
        view=None if view_p95 is None else timed(view_p95),
    )


def test_verdicts_against_the_p95_target():
    assert bench.verdict(row(149.9), 150) == "PASS"
    assert bench.verdict(row(150.0), 150) == "MISS: service p95 150 ms"
    assert bench.verdict(row(90, view_p95=180.4), 150) == "MISS: page p95 180 ms"
    assert bench.verdict(row(90, view_p95=120), 150) == "PASS"


def test_ratio_to_the_baseline_round_trip():
    measured = row(120.0)

    assert bench.ratio(measured.service, 0.5) == pytest.approx(240.0)
    assert bench.ratio(measured.view, 0.5) is None
    assert bench.ratio(measured.service, 0) is None


def test_overall_pools_every_sample():
    rows = [row(10.0), row(20.0)]
    rows[0].service.samples = [1.0, 2.0, 3.0]
    rows[1].service.samples = [4.0, 5.0]

    pooled = bench.overall(rows, "service")

    assert pooled.p50_ms == 3.0
    assert bench.overall(rows, "view") is None


def test_settings_come_from_the_environment_or_the_command_line():
    config = bench.parse_args([], environ={"BENCH_PAGES": "300", "BENCH_TARGET_MS": "90"})
    assert (config.pages, config.posts, config.target_ms) == (300, 50_000, 90.0)
    assert config.database_url.endswith("/praktika_bench_search")

    config = bench.parse_args(["--runs", "5", "--reuse"], environ={"BENCH_RUNS": "50"})
    assert (config.runs, config.reuse) == (5, True)


def test_the_table_shows_each_search_and_its_verdict():
    rows = [row(100.0, view_p95=200.0), row(50.0)]

    table = bench.format_table(rows, baseline_p50=0.5, target_ms=150)

    lines = table.splitlines()
    assert len(lines) == 4
    assert "MISS: page p95 200 ms" in lines[2]
    assert lines[3].endswith("PASS")
    assert "200×" in lines[2] and "400×" in lines[2]
    assert "100×" in lines[3] and "–" in lines[3]
