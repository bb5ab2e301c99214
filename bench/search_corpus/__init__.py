"""A large trilingual corpus for the search benchmark (bench/search.py): pages, threads, posts.

    python -m bench.search_corpus [--pages N] [--posts N] [--seed N] [--reset] [--no-progress]

The content is built from word lists about social work in the Bulgarian-Romanian border region
with a seeded random generator, so the same seed gives the same corpus and queries have a
realistic selectivity (see text.py). It is written into whatever database the Django settings
point at (`DJANGO_SETTINGS_MODULE`, `DATABASE_URL`), which must hold the demo content's home
pages; `--reset` removes exactly what an earlier run generated (see build.py).

A benchmark's data generator rather than a management command: the site never needs it.
"""
