"""The reader's words as a Wagtail search query, after our own language analysis.

Every word becomes an `Or` of the terms it may have been indexed as (see
`search.analysis.query_terms`); the words are joined with `And` (all words) or `Or` (any word,
the fallback when all words find nothing). The raw text rides along for backends that analyse it
themselves (Elasticsearch's language analysers, see `search.backends.elasticsearch`).
"""

from wagtail.search.query import And, MatchAll, Or, PlainText

from search.analysis import query_terms

MAX_QUERY_LENGTH = 200


class AnalysedQueryMixin:
    raw = ""
    operator = "and"


class AllWords(AnalysedQueryMixin, And):
    operator = "and"


class AnyWord(AnalysedQueryMixin, Or):
    operator = "or"


def clean_query_text(text):
    """What we search for: at most MAX_QUERY_LENGTH characters, no control characters."""
    text = "".join(ch if ch.isprintable() else " " for ch in str(text or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def analysed_query(text, operator="and"):
    """A query for the backend, or None when the text holds no searchable word."""
    raw = clean_query_text(text)
    term_sets = query_terms(raw)
    if not term_sets:
        return None
    words = [Or([PlainText(term) for term in sorted(terms)]) for terms in term_sets]
    query = AllWords(words) if operator == "and" else AnyWord(words)
    query.raw = raw
    return query


__all__ = ["AllWords", "AnyWord", "MatchAll", "analysed_query", "clean_query_text"]
