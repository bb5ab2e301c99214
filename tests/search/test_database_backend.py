"""The order of the database backend's results, on SQLite as on PostgreSQL."""

import pytest

from search.indexing import analysed
from search.models import SearchEntry
from search.services import ranked_matches

pytestmark = pytest.mark.django_db


def entry(number, heading, text):
    fields = {
        "kind": "article",
        "language": "en",
        "group_key": f"page:{number}",
        "audience": "public",
        "url": f"/en/{number}/",
        "heading": heading,
        "text": text,
    }
    return SearchEntry.objects.create(source="page", source_pk=number, **analysed(fields))


FILLER = "The team met the families of the district and wrote a report about the visits. " * 8


def test_the_best_match_of_a_two_word_query_comes_first():
    # SQLite's bm25() is negative; combining its parts as PostgreSQL ranks reversed the order
    # once the words are rare enough to score well.
    for number in range(100, 130):
        entry(number, f"Report {number}", FILLER)
    weak = entry(1, "Annual report", f"{FILLER} A word on foster care. {FILLER}")
    strong = entry(2, "Foster care", "Foster care: how foster families care for a child.")
    assert [match.pk for match in ranked_matches("foster care", audiences=["public"])] == [
        strong.pk,
        weak.pk,
    ]
