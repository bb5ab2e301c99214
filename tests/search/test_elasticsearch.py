"""The Elasticsearch 8 backend, checked as the JSON it would send (no server needed).

As in modelsearch's own backend tests: the backend, its mapping and its query compilers are
built directly and their index settings, mappings, documents and queries compared as data.
"""

import datetime
import json
import re
from unittest import mock

from django.test import override_settings

from wagtail.search import index
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

import pytest

from search.analysis import query_terms
from search.backends.elasticsearch import PraktikaSearchBackend, cyrillic_mappings
from search.models import SearchEntry
from search.querying import AllWords, analysed_query
from search.transliteration import to_latin

ES_BACKENDS = {
    "default": {
        "BACKEND": "search.backends.elasticsearch",
        "URLS": ["http://localhost:9200"],
        "INDEX_PREFIX": "test_",
    }
}
BULGARIAN_LETTERS = "абвгдежзийклмнопрстуфхцчшщъьюя"
RAW_FIELDS = [
    "heading.bg^2",
    "heading.ro^2",
    "heading.en^2",
    "heading.folded^2",
    "text.bg",
    "text.ro",
    "text.en",
    "text.folded",
]
CONTENT_TYPE = f"{SearchEntry._meta.app_label}.SearchEntry"
CONTENT_TYPE_FILTER = {"match": {"_django_content_type": CONTENT_TYPE}}


@pytest.fixture
def backend():
    with override_settings(WAGTAILSEARCH_BACKENDS=ES_BACKENDS):
        yield get_search_backend()


@pytest.fixture
def analysis(backend):
    return backend.settings["settings"]["analysis"]


def compiled(backend, queryset, query, **kwargs):
    return backend.query_compiler_class(queryset, query, **kwargs)


def mapping_char_filter(rules):
    """What a `mapping` char filter of one-character keys does to a text."""
    table = dict(rule.split(" => ") for rule in rules)
    assert all(len(key) == 1 for key in table)
    return lambda text: "".join(table.get(ch, ch) for ch in text)


def transliterate(analysis, text):
    """The folded analyser's char filters, in order, as Python (Java's \\p{L} is a letter)."""
    for name in analysis["analyzer"]["praktika_folded"]["char_filter"]:
        definition = analysis["char_filter"][name]
        if definition["type"] == "pattern_replace":
            pattern = definition["pattern"].replace("\\p{L}", "[^\\W\\d_]")
            text = re.sub(pattern, definition["replacement"], text)
        else:
            text = mapping_char_filter(definition["mappings"])(text)
    return text


def expected_terms_query(text, connector="must"):
    """The analysed words as the backend should compile them: any term, in title or body."""
    return {
        "bool": {
            connector: [
                {
                    "bool": {
                        "should": [
                            {
                                "multi_match": {
                                    "query": term,
                                    "operator": "and",
                                    "fields": ["title^3", "body"],
                                }
                            }
                            for term in sorted(terms)
                        ]
                    }
                }
                for terms in query_terms(text)
            ]
        }
    }


def test_the_backend_is_the_one_settings_name(backend):
    assert isinstance(backend, PraktikaSearchBackend)
    assert backend.index_prefix == "test_"


def test_index_settings_add_our_analysers_to_modelsearchs(analysis):
    analyzers = analysis["analyzer"]
    assert analyzers["praktika_folded"] == {
        "type": "custom",
        "tokenizer": "standard",
        "char_filter": ["praktika_final_ia", "praktika_cyrillic_to_latin"],
        "filter": ["lowercase", "asciifolding"],
    }
    assert analyzers["praktika_terms"] == {
        "type": "custom",
        "tokenizer": "whitespace",
        "filter": ["lowercase"],
    }
    assert analyzers["praktika_romanian"]["char_filter"] == ["praktika_romanian_cedilla"]
    assert analyzers["praktika_romanian"]["filter"] == [
        "lowercase",
        "praktika_romanian_stop",
        "praktika_romanian_stemmer",
        "asciifolding",
    ]
    assert analysis["filter"]["praktika_romanian_stemmer"] == {
        "type": "stemmer",
        "language": "romanian",
    }
    assert analysis["filter"]["praktika_romanian_stop"]["stopwords"] == "_romanian_"
    # modelsearch's own analysers are kept; suggestions now meet across scripts.
    assert analyzers["edgengram_analyzer"] == {
        "type": "custom",
        "tokenizer": "standard",
        "char_filter": ["praktika_final_ia", "praktika_cyrillic_to_latin"],
        "filter": ["asciifolding", "lowercase", "edgengram"],
    }
    assert "ngram_analyzer" in analyzers
    assert analysis["filter"]["edgengram"]["type"] == "edge_ngram"


def test_cyrillic_char_filter_transliterates_every_bulgarian_letter_in_both_cases(analysis):
    char_filter_settings = analysis["char_filter"]["praktika_cyrillic_to_latin"]
    assert char_filter_settings["type"] == "mapping"
    rules = char_filter_settings["mappings"]
    assert "щ => sht" in rules
    assert "Щ => sht" in rules
    assert "ж => zh" in rules
    assert rules == cyrillic_mappings()
    apply = mapping_char_filter(rules)
    for letter in BULGARIAN_LETTERS:
        assert apply(letter) == apply(letter.upper()) == to_latin(letter), letter
        assert apply(letter).isascii(), letter


@pytest.mark.parametrize(
    "text",
    ["Стара Загора", "Щастливеца", "София", "БЪЛГАРИЯ", "Българията", "ия", "Мария-Тереза"],
)
def test_elasticsearch_spells_cyrillic_as_our_analysis_does(analysis, text):
    expected = " ".join(to_latin(word) for word in text.split())
    assert transliterate(analysis, text).lower() == expected


def test_romanian_char_filter_spells_s_and_t_as_lucenes_stemmer_does(analysis):
    rules = analysis["char_filter"]["praktika_romanian_cedilla"]["mappings"]
    apply = mapping_char_filter(rules)
    assert apply("asistență socială și părinți") == "asistenţă socială şi părinţi"
    assert apply("ŞŢ") == "ŞŢ"


def test_index_settings_given_in_settings_are_merged_over_ours():
    backends = {
        "default": {
            **ES_BACKENDS["default"],
            "INDEX_SETTINGS": {"settings": {"index": {"number_of_shards": 1}}},
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        settings = get_search_backend().settings["settings"]
    assert settings["index"] == {"max_ngram_diff": 12, "number_of_shards": 1}
    assert "praktika_folded" in settings["analysis"]["analyzer"]
    assert "number_of_shards" not in PraktikaSearchBackend.settings["settings"]["index"]


def test_search_entry_mapping(backend):
    properties = backend.mapping_class(SearchEntry).get_mapping()["properties"]

    assert properties["title"] == {
        "type": "text",
        "analyzer": "praktika_terms",
        "copy_to": ["_all_text", "_all_text_boost_3_0"],
    }
    assert properties["body"] == {
        "type": "text",
        "analyzer": "praktika_terms",
        "copy_to": "_all_text",
    }
    sub_fields = {
        "bg": {"type": "text", "analyzer": "bulgarian"},
        "ro": {"type": "text", "analyzer": "praktika_romanian"},
        "en": {"type": "text", "analyzer": "english"},
        "folded": {"type": "text", "analyzer": "praktika_folded"},
    }
    assert properties["heading"] == {
        "type": "text",
        "fields": sub_fields,
        "copy_to": ["_all_text", "_all_text_boost_2_0"],
    }
    # The long raw text is searched only through its sub-fields, never copied to _all_text.
    assert properties["text"] == {"type": "text", "fields": sub_fields}
    assert properties["autocomplete_text_edgengrams"] == {
        "type": "text",
        "analyzer": "edgengram_analyzer",
        "search_analyzer": "praktika_folded",
    }
    for name in ("kind", "language", "audience", "region", "group_key"):
        assert properties[f"{name}_filter"] == {"type": "keyword"}, name
    assert properties["year_filter"] == {"type": "integer"}
    assert properties["date_filter"] == {"type": "date"}


def test_rebuilding_the_index_sends_our_settings_and_mapping(backend):
    search_index = backend.get_index_for_model(SearchEntry)
    assert search_index.name == f"test_{SearchEntry._meta.app_label}_searchentry"
    with (
        mock.patch.object(backend.es.indices, "create") as create,
        mock.patch.object(backend.es.indices, "put_mapping") as put_mapping,
    ):
        search_index.put()
        search_index.add_model(SearchEntry)
    sent = create.call_args.kwargs
    assert sent["index"] == search_index.name
    assert "praktika_terms" in sent["settings"]["analysis"]["analyzer"]
    mapping = put_mapping.call_args.kwargs["properties"]
    assert mapping["title"]["analyzer"] == "praktika_terms"
    assert mapping["text"]["fields"]["bg"] == {"type": "text", "analyzer": "bulgarian"}
    json.dumps(sent)
    json.dumps(mapping)


def test_other_models_keep_wagtails_mapping(backend):
    from wagtail.models import Page

    properties = backend.mapping_class(Page).get_mapping()["properties"]
    assert "analyzer" not in properties["title"]
    assert "heading" not in properties


def test_document_carries_raw_and_analysed_text(backend):
    entry = SearchEntry(
        id=42,
        source="page",
        source_pk=7,
        kind="article",
        language="bg",
        group_key="page:abc",
        audience="public",
        url="/bg/novini/obuchenie/",
        heading="Обучения в Стара Загора",
        text="Обучение за приемни родители.",
        date=datetime.date(2024, 5, 1),
        year=2024,
        region="bg-sz",
        title="obuchen stara zagor",
        body="obuchen priemn roditel",
        autocomplete_text="obucheniya v stara zagora",
    )
    document = backend.mapping_class(SearchEntry).get_document(entry)

    assert document["pk"] == "42"
    assert document["_django_content_type"] == [CONTENT_TYPE]
    assert document["heading"] == "Обучения в Стара Загора"
    assert document["text"] == "Обучение за приемни родители."
    assert document["title"] == "obuchen stara zagor"
    assert document["body"] == "obuchen priemn roditel"
    assert document["audience_filter"] == "public"
    assert document["year_filter"] == 2024
    assert document["date_filter"] == datetime.date(2024, 5, 1)
    assert document["_edgengrams"] == ["obucheniya v stara zagora"]


def test_all_words_query_json(backend):
    text = "обучения Stara Zagora"
    query = analysed_query(text)
    queryset = SearchEntry.objects.filter(audience__in=["public"])

    assert compiled(backend, queryset, query).get_query() == {
        "bool": {
            "must": {
                "bool": {
                    "should": [
                        expected_terms_query(text),
                        {
                            "multi_match": {
                                "query": "обучения Stara Zagora",
                                "fields": RAW_FIELDS,
                                "type": "most_fields",
                                "operator": "and",
                                "fuzziness": "AUTO",
                                "prefix_length": 1,
                            }
                        },
                    ],
                    "minimum_should_match": 1,
                }
            },
            "filter": [CONTENT_TYPE_FILTER, {"terms": {"audience_filter": ["public"]}}],
        }
    }


def test_any_word_query_uses_or(backend):
    text = "приемни семейства Sliven"
    inner = compiled(
        backend, SearchEntry.objects.all(), analysed_query(text, "or")
    ).get_inner_query()

    terms_clause, raw_clause = inner["bool"]["should"]
    assert terms_clause == expected_terms_query(text, connector="should")
    assert raw_clause["multi_match"]["operator"] == "or"
    assert raw_clause["multi_match"]["query"] == text


def test_filters_of_the_search_page_are_applied(backend):
    queryset = SearchEntry.objects.filter(
        audience__in=["public", "members"],
        kind__in=["article", "event"],
        year=2024,
        region="bg-sz",
        language="bg",
    )
    filters = compiled(backend, queryset, analysed_query("обучения")).get_query()["bool"]["filter"]

    assert filters[0] == CONTENT_TYPE_FILTER
    assert sorted(filters[1]["bool"]["must"], key=str) == sorted(
        [
            {"terms": {"audience_filter": ["public", "members"]}},
            {"terms": {"kind_filter": ["article", "event"]}},
            {"term": {"year_filter": 2024}},
            {"term": {"region_filter": "bg-sz"}},
            {"term": {"language_filter": "bg"}},
        ],
        key=str,
    )


def test_contains_lookup_on_a_filter_field_is_a_wildcard(backend, monkeypatch):
    monkeypatch.setattr(
        SearchEntry, "search_fields", [*SearchEntry.search_fields, index.FilterField("tag_keys")]
    )
    queryset = SearchEntry.objects.filter(tag_keys__contains="|foster*care|")
    filters = compiled(backend, queryset, analysed_query("обучения")).get_query()["bool"]["filter"]
    assert filters[1] == {"wildcard": {"tag_keys_filter": {"value": "*|foster\\*care|*"}}}


def test_group_key_filter(backend):
    queryset = SearchEntry.objects.filter(group_key__in=["page:abc", "thread:3"])
    filters = compiled(backend, queryset, analysed_query("обучения")).get_query()["bool"]["filter"]
    assert filters == [
        CONTENT_TYPE_FILTER,
        {"terms": {"group_key_filter": ["page:abc", "thread:3"]}},
    ]


def test_sorting_by_date(backend):
    queryset = SearchEntry.objects.order_by("-date")
    compiler = compiled(backend, queryset, analysed_query("обучения"), order_by_relevance=False)
    assert compiler.get_sort() == [{"date_filter": "desc"}]
    relevance = compiled(backend, queryset, analysed_query("обучения"))
    assert relevance.get_sort() is None


def test_fields_narrow_both_clauses(backend):
    query = analysed_query("Sliven")
    only_title = compiled(backend, SearchEntry.objects.all(), query, fields=["title"])
    (terms_clause,) = only_title.get_inner_query()["bool"]["should"]
    leaves = terms_clause["bool"]["must"][0]["bool"]["should"]
    assert leaves == [
        {"match": {"title": {"query": term, "operator": "and", "boost": 3.0}}}
        for term in sorted(query_terms("Sliven")[0])
    ]

    only_heading = compiled(backend, SearchEntry.objects.all(), query, fields=["heading"])
    (raw_clause,) = only_heading.get_inner_query()["bool"]["should"]
    assert raw_clause["multi_match"]["fields"] == RAW_FIELDS[:4]


def test_an_analysed_query_without_raw_text_searches_the_terms_only(backend):
    query = AllWords([PlainText("sliven")])
    inner = compiled(backend, SearchEntry.objects.all(), query).get_inner_query()
    assert inner == {
        "bool": {
            "should": [
                {
                    "bool": {
                        "must": [
                            {
                                "multi_match": {
                                    "query": "sliven",
                                    "operator": "and",
                                    "fields": ["title^3", "body"],
                                }
                            }
                        ]
                    }
                }
            ],
            "minimum_should_match": 1,
        }
    }


def test_other_queries_compile_as_in_modelsearch(backend):
    from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchQueryCompiler

    queryset = SearchEntry.objects.filter(language="ro")
    for query in ("asistență socială", PlainText("Sliven", operator="and")):
        ours = compiled(backend, queryset, query).get_query()
        theirs = Elasticsearch8SearchQueryCompiler(queryset, query).get_query()
        assert ours == theirs


def test_autocomplete_matches_edge_ngrams(backend):
    compiler = backend.autocomplete_query_compiler_class(
        SearchEntry.objects.filter(audience__in=["public"]), "stara zag"
    )
    assert compiler.get_query() == {
        "bool": {
            "must": {"match": {"_edgengrams": {"query": "stara zag"}}},
            "filter": [CONTENT_TYPE_FILTER, {"terms": {"audience_filter": ["public"]}}],
        }
    }


def test_language_fields_only_on_elasticsearch():
    default_names = [field.field_name for field in SearchEntry.get_search_fields()]
    assert "heading" not in default_names
    assert "text" not in default_names
    assert {"title", "body", "autocomplete_text"} <= set(default_names)

    with override_settings(WAGTAILSEARCH_BACKENDS=ES_BACKENDS):
        fields = {field.field_name: field for field in SearchEntry.get_search_fields()}
    assert fields["heading"].boost == 2
    assert set(fields["heading"].kwargs["es_extra"]["fields"]) == {"bg", "ro", "en", "folded"}
    assert fields["text"].kwargs["es_extra"]["include_in_all"] is False
