"""Elasticsearch 8 for the site search: our own analysed terms, and Elasticsearch's analysers.

The `title`/`body` columns of a search entry already hold the terms `search.analysis` produced
(stemmed, folded, transliterated), so Elasticsearch must only split them on spaces. The raw
`heading` and `text` are indexed again through Elasticsearch's Bulgarian, Romanian and English
analysers and a folded, transliterated form; querying those with the reader's own words adds
what our analysis cannot do here: typo tolerance, and scoring by Elasticsearch's own stemmers.
"""

from copy import deepcopy

from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.utils import deep_update
from wagtail.search import index
from wagtail.search.query import And, Boost, MatchAll, Not, Or, PlainText

from search.querying import AnalysedQueryMixin
from search.transliteration import to_latin

FOLDED_ANALYZER = "praktika_folded"
TERMS_ANALYZER = "praktika_terms"
ROMANIAN_ANALYZER = "praktika_romanian"
CYRILLIC_CHAR_FILTER = "praktika_cyrillic_to_latin"
FINAL_IA_CHAR_FILTER = "praktika_final_ia"
ROMANIAN_CHAR_FILTER = "praktika_romanian_cedilla"

# Sub-field suffix -> analyser, for every raw field searched with the reader's own words.
LANGUAGE_SUBFIELDS = {
    "bg": "bulgarian",
    "ro": ROMANIAN_ANALYZER,
    "en": "english",
    "folded": FOLDED_ANALYZER,
}
# Columns holding the terms of search.analysis, on the search entry.
TERM_FIELDS = ("title", "body")
# Raw columns searched through LANGUAGE_SUBFIELDS.
RAW_FIELDS = ("heading", "text")
HEADING_BOOST = 2

# The Cyrillic block and the Cyrillic Supplement; letters to_latin leaves alone get no rule.
CYRILLIC_BLOCK = range(0x0400, 0x0530)
# A Java regular expression: -ия at the end of a word, which the Act writes as -ia (София).
FINAL_IA_PATTERN = r"[иИ][яЯ](?!\p{L})"

# Lucene's Romanian stemmer and stop words (Snowball 2.0, as in Elasticsearch 8) spell ş and ţ
# with a cedilla; text written with the correct comma below must meet them.
ROMANIAN_CEDILLA = {"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ"}


def cyrillic_mappings():
    """Rules of a `mapping` char filter: each Cyrillic letter, either case, to its Latin form.

    The rules come from `search.transliteration.to_latin` one letter at a time, so Elasticsearch
    and our Python analysis spell a Bulgarian word in Latin the same way.
    """
    rules = []
    for code in CYRILLIC_BLOCK:
        letter = chr(code)
        if not letter.islower():
            continue
        latin = to_latin(letter)
        if latin == letter or not latin.isascii() or not latin.isalpha():
            continue
        rules.append(f"{letter} => {latin}")
        if letter.upper() != letter:
            rules.append(f"{letter.upper()} => {latin}")
    return rules


TRANSLITERATION = [FINAL_IA_CHAR_FILTER, CYRILLIC_CHAR_FILTER]


def praktika_index_settings():
    """The analysis settings this backend adds to modelsearch's defaults."""
    return {
        "settings": {
            "analysis": {
                "char_filter": {
                    FINAL_IA_CHAR_FILTER: {
                        "type": "pattern_replace",
                        "pattern": FINAL_IA_PATTERN,
                        "replacement": to_latin("ия"),
                    },
                    CYRILLIC_CHAR_FILTER: {"type": "mapping", "mappings": cyrillic_mappings()},
                    ROMANIAN_CHAR_FILTER: {
                        "type": "mapping",
                        "mappings": [f"{src} => {dst}" for src, dst in ROMANIAN_CEDILLA.items()],
                    },
                },
                "filter": {
                    "praktika_romanian_stop": {"type": "stop", "stopwords": "_romanian_"},
                    "praktika_romanian_stemmer": {"type": "stemmer", "language": "romanian"},
                },
                "analyzer": {
                    FOLDED_ANALYZER: {
                        "type": "custom",
                        "tokenizer": "standard",
                        "char_filter": list(TRANSLITERATION),
                        "filter": ["lowercase", "asciifolding"],
                    },
                    TERMS_ANALYZER: {
                        "type": "custom",
                        "tokenizer": "whitespace",
                        "filter": ["lowercase"],
                    },
                    # The built-in `romanian` analyser, after the cedilla mapping, then folded so
                    # that stems written with and without diacritics meet.
                    ROMANIAN_ANALYZER: {
                        "type": "custom",
                        "tokenizer": "standard",
                        "char_filter": [ROMANIAN_CHAR_FILTER],
                        "filter": [
                            "lowercase",
                            "praktika_romanian_stop",
                            "praktika_romanian_stemmer",
                            "asciifolding",
                        ],
                    },
                    # Suggestions: "Стара Заг" finds the edge n-grams of "Stara Zagora".
                    "edgengram_analyzer": {"char_filter": list(TRANSLITERATION)},
                },
            }
        }
    }


def language_search_fields():
    """The raw heading and text, with one sub-field per analyser (Elasticsearch only).

    The text is not copied into Wagtail's catch-all `_all_text`: it is the largest field and is
    only ever searched through its sub-fields.
    """
    return [
        index.SearchField("heading", boost=HEADING_BOOST, es_extra=_multi_fields()),
        index.SearchField("text", es_extra={**_multi_fields(), "include_in_all": False}),
    ]


def _multi_fields():
    return {
        "fields": {
            suffix: {"type": "text", "analyzer": analyzer}
            for suffix, analyzer in LANGUAGE_SUBFIELDS.items()
        }
    }


def _is_search_entry(model):
    # By name: search.models imports this module (for the language fields), not the reverse.
    return model._meta.label == "site_search.SearchEntry"


class PraktikaMapping(Elasticsearch8Mapping):
    edgengram_analyzer_config = {
        "analyzer": "edgengram_analyzer",
        "search_analyzer": FOLDED_ANALYZER,
    }

    def get_field_mapping(self, field):
        name, mapping = super().get_field_mapping(field)
        if (
            isinstance(field, index.SearchField)
            and field.field_name in TERM_FIELDS
            and _is_search_entry(self.model)
        ):
            mapping["analyzer"] = TERMS_ANALYZER
        return name, mapping


class PraktikaSearchQueryCompiler(Elasticsearch8SearchQueryCompiler):
    """Queries from `search.querying` search our terms and the reader's raw words at once.

    Either may find a document: the terms carry the cross-language matching, the raw words
    (through Elasticsearch's analysers, with fuzziness) forgive typos our terms cannot.
    """

    mapping_class = PraktikaMapping

    def get_inner_query(self):
        if not isinstance(self.query, AnalysedQueryMixin):
            return super().get_inner_query()

        clauses = []
        term_fields = self._term_fields()
        if term_fields:
            clauses.append(self._compile_across(self.query, term_fields))
        raw_fields = self._raw_language_fields()
        if self.query.raw and raw_fields:
            clauses.append(
                {
                    "multi_match": {
                        "query": self.query.raw,
                        "fields": [field.field_name_with_boost for field in raw_fields],
                        "type": "most_fields",
                        "operator": self.query.operator,
                        "fuzziness": "AUTO",
                        "prefix_length": 1,
                    }
                }
            )
        if not clauses:
            return self._process_match_none()
        return {"bool": {"should": clauses, "minimum_should_match": 1}}

    def _process_lookup(self, field_path, lookup, value, mapping=None, column_name_prefix=""):
        # `tag_keys__contains="|slug|"`: a wildcard on the keyword the database filters with LIKE.
        field = field_path[0]
        if lookup == "contains" and isinstance(field, index.FilterField) and isinstance(value, str):
            column = column_name_prefix + (mapping or self.mapping).get_field_column_name(field)
            escaped = "".join("\\" + ch if ch in "*?\\" else ch for ch in value)
            return {"wildcard": {column: {"value": f"*{escaped}*"}}}
        return super()._process_lookup(field_path, lookup, value, mapping, column_name_prefix)

    def _searched(self, names):
        """The search fields among `names`, narrowed to the `fields` the caller asked for."""
        return [
            field
            for field in self.get_searchable_fields()
            if field.field_name in names and (not self.fields or field.field_name in self.fields)
        ]

    def _term_fields(self):
        return [
            Field(self.mapping.get_field_column_name(field), field.boost or 1)
            for field in self._searched(TERM_FIELDS)
        ]

    def _raw_language_fields(self):
        return [
            Field(f"{self.mapping.get_field_column_name(field)}.{suffix}", field.boost or 1)
            for field in self._searched(RAW_FIELDS)
            for suffix in LANGUAGE_SUBFIELDS
        ]

    def _compile_across(self, query, fields, boost=1.0):
        """Like the parent's `_compile_query`, but every term may match in any of `fields`.

        The parent compiles the whole tree once per field, so all words would have to be in the
        title or all in the body; a word in the title and another in the body must match too.
        """
        if isinstance(query, PlainText):
            return self._compile_plaintext_query(query, fields, boost)
        if isinstance(query, And):
            return {
                "bool": {"must": [self._compile_across(q, fields, boost) for q in query.subqueries]}
            }
        if isinstance(query, Or):
            return {
                "bool": {
                    "should": [self._compile_across(q, fields, boost) for q in query.subqueries]
                }
            }
        if isinstance(query, Not):
            return {"bool": {"must_not": self._compile_across(query.subquery, fields, boost)}}
        if isinstance(query, Boost):
            return self._compile_across(query.subquery, fields, boost * query.boost)
        if isinstance(query, MatchAll):
            return {"match_all": {}}
        return self._join_and_compile_queries(query, fields, boost)


class PraktikaAutocompleteQueryCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = PraktikaMapping


class PraktikaSearchBackend(Elasticsearch8SearchBackend):
    mapping_class = PraktikaMapping
    query_compiler_class = PraktikaSearchQueryCompiler
    autocomplete_query_compiler_class = PraktikaAutocompleteQueryCompiler
    # The instance deep-copies these and merges INDEX_SETTINGS over them.
    settings = deep_update(
        deepcopy(Elasticsearch8SearchBackend.settings), praktika_index_settings()
    )


SearchBackend = PraktikaSearchBackend
