"""The fixed corpus and queries of the search relevance benchmark (tests/search/test_relevance.py).

The data is in relevance_corpus.json; this module reads it once and gives dates back their
type. The facts come from the project's seed documents; the prose is written for the
benchmark. Every document has a stable key; a page's translations are one document. A query
lists every document a good engine must return in its first ten results for it.

Pages: `type` is article, event, project or publication, `section` (articles only) news or
resources; `source` is the language the page is written in, the other languages are its
translations, and `shared` holds the fields that are the same in each. Members' practice
materials: public ones are found by everyone, the others by members only. Discussions are
for members only; the first post of a thread is searched as the thread itself.

Words that appear in exactly one place on purpose (so that a query can only be answered by
it): "ecomap", "интервизия", "anchetă" (the compendium's files), "омбудсман" / "Avocatul
Poporului" (the comparative study's file), "motivational interviewing" / "мотивационно
интервюиране" (the toolkit's files), "smoke detectors", "пунктирна", "plasat" (materials' files),
"екокарта", "mentori", "call-out", "синя стая" (replies in discussions).
"""

import datetime
import json
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).with_suffix(".json")
DATE_FIELDS = {"date", "start_date", "end_date"}

# What each query category tests.
CATEGORIES = {
    "inflection-bg": "Bulgarian: inflected forms, plurals and definite articles",
    "inflection-ro": "Romanian: inflected forms",
    "inflection-en": "English: plurals and other inflections",
    "no-diacritics": "Romanian typed without diacritics",
    "cedilla": "Romanian typed with the cedilla letters ş and ţ",
    "transliteration": "one script for a name written in the other",
    "cross-language": "documents only in another language than the reader's, found through "
    "a shared name",
    "file-text": "words found only inside a publication's or a material's file",
    "community": "members' discussions and members-only materials, searched by a member",
    "typos": "typing mistakes",
}
# Reported, but not part of the pass mark where the backend does no fuzzy matching.
FUZZY_CATEGORIES = ("typos",)


class Query(NamedTuple):
    text: str
    language: str  # the reader's language
    expected: tuple  # every document a good engine must return in its first ten results
    category: str
    member: bool = False  # the reader is a logged-in member (sees members' content)


def _with_dates(page):
    shared = {
        name: datetime.date.fromisoformat(value) if name in DATE_FIELDS and value else value
        for name, value in page.get("shared", {}).items()
    }
    return {**page, "shared": shared} if "shared" in page else page


def _query(spec):
    if spec["category"] not in CATEGORIES:
        raise ValueError(f"{DATA.name}: unknown category {spec['category']!r} of {spec['text']!r}")
    return Query(**{**spec, "expected": tuple(spec["expected"])})


_data = json.loads(DATA.read_text(encoding="utf-8"))
PAGES = tuple(_with_dates(page) for page in _data["pages"])
MATERIALS = tuple(_data["materials"])
CATEGORY = _data["category"]
THREADS = tuple(_data["threads"])
QUERIES = tuple(_query(spec) for spec in _data["queries"])
