"""The site search: what a reader may find for their words, grouped, faceted and paginated.

The backend ranks `SearchEntry` rows the reader's audience may see; the best MAX_MATCHES are
then grouped here (a page's translations are one group, shown in the reader's language when
it has one), put in order (the reader's language first), folded (groups of one kind that read
the same are one result, "and N similar", see `search.similarity`), counted for the facets
and cut into pages. Every count (the total, each facet value, the pages) counts results as
listed, so choosing a facet value lists as many results as it said. Nothing outside the
audience filter is ever fetched, so nothing else can be counted, suggested or quoted.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import F
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search import registry
from search.analysis import highlight, highlight_title, prefix_terms
from search.facets import count_facets, language_label, tag_label
from search.models import Audience, SearchEntry
from search.params import LANGUAGE_CODES, SearchParams
from search.querying import analysed_query, clean_query_text

PER_PAGE = 20
MAX_MATCHES = 1000
MAX_PAGE = MAX_MATCHES // PER_PAGE + 1
MATCH_FIELDS = (
    "id",
    "group_key",
    "language",
    "kind",
    "year",
    "region",
    "tag_keys",
    "tag_names",
    "tag_translations",
    "similar_key",
)


def reader_url(entry, language):
    """The entry's address; members' content opens in the reader's interface language.

    Pages have an address per translation, but a material or a thread is the same object under
    every language prefix, so its stored /<lang>/ prefix is swapped for the reader's.
    """
    url = entry.url
    if entry.source == "page" or not language:
        return url
    prefix, _sep, rest = url.lstrip("/").partition("/")
    if prefix in LANGUAGE_CODES:
        return f"/{language}/{rest}"
    return url


def topic_url(key):
    """The search page listing everything with this topic (from any page: the header box)."""
    return reverse("search") + SearchParams(tag=key).querystring()


def allowed_audiences(user):
    return [Audience.PUBLIC, *registry.audiences_for(user)]


@dataclass
class Hit:
    entry: SearchEntry
    title_html: str
    snippet: str
    other_language: bool
    kind_label: str
    language_label: str

    reader_language: str = ""
    # How many results read the same as this one, and the link that lists them all.
    similar_count: int = 0
    similar_url: str = ""

    @property
    def url(self):
        return reader_url(self.entry, self.reader_language)

    @property
    def date(self):
        return self.entry.date


@dataclass
class Outcome:
    params: SearchParams
    query_text: str = ""
    hits: list = field(default_factory=list)
    page: object = None
    total: int = 0
    capped: bool = False
    facets: dict = field(default_factory=dict)
    any_word: bool = False
    suggestions: list = field(default_factory=list)
    # Groups folded under the result they read like (not counted in `total`).
    folded: int = 0
    # The chosen topic's name, and its language when no result names it in the reader's.
    tag_label: str = ""
    tag_language: str = ""

    @property
    def sort(self):
        return self.params.sort


class _Group:
    """The matched entries of one result, and the entry shown for it."""

    def __init__(self, key, first):
        self.key = key
        self.entries = [first]

    @cached_property
    def languages(self):
        return {entry.language for entry in self.entries}

    def similar_key(self, language):
        own = [entry for entry in self.entries if entry.language == language]
        return (own or self.entries)[0].similar_key


class _Result:
    """One line of the results: a group, and the groups of its kind that read the same."""

    def __init__(self, group):
        self.groups = [group]

    @property
    def key(self):
        return self.groups[0].key

    @property
    def entries(self):
        return [entry for group in self.groups for entry in group.entries]


def _filtered(params, audiences):
    queryset = SearchEntry.objects.filter(audience__in=audiences)
    if params.kinds:
        queryset = queryset.filter(kind__in=params.kinds)
    if params.year:
        queryset = queryset.filter(year=params.year)
    if params.region:
        queryset = queryset.filter(region=params.region)
    if params.language:
        queryset = queryset.filter(language=params.language)
    if params.tag:
        queryset = queryset.filter(tag_keys__contains=f"|{params.tag}|")
    if params.similar:
        queryset = queryset.filter(similar_key=params.similar)
    return queryset


def _newest_first():
    """Undated entries (directory records) after dated ones, on every backend.

    PostgreSQL puts NULL first in a descending order; the database backends take the
    expression, and Elasticsearch puts missing values last by itself.
    """
    backend = get_search_backend()
    if getattr(backend.query_compiler_class, "HANDLES_ORDER_BY_EXPRESSIONS", False):
        return F("date").desc(nulls_last=True)
    return "-date"


def ranked_matches(query_text, *, audiences, params=None, operator="and", sort="relevance"):
    """The best MAX_MATCHES entries for the words, best (or newest) first.

    Without words, the filtered entries (a topic, a year) newest first; [] without either.
    """
    params = params or SearchParams()
    queryset = _filtered(params, audiences).only(*MATCH_FIELDS)
    query = analysed_query(query_text, operator)
    if query is None:
        # Browsing a topic, a year or a region without words: newest first.
        if not params.has_filters:
            return []
        return list(queryset.order_by(F("date").desc(nulls_last=True), "-id")[:MAX_MATCHES])
    if sort == "date":
        queryset = queryset.order_by(_newest_first())
    results = get_search_backend().search(query, queryset, order_by_relevance=(sort != "date"))
    return list(results[:MAX_MATCHES])


def _groups(matches, language):
    """One group per result; the reader's language first, each part in the ranked order."""
    groups = {}
    for entry in matches:
        group = groups.get(entry.group_key)
        if group is None:
            groups[entry.group_key] = _Group(entry.group_key, entry)
        else:
            group.entries.append(entry)
    ordered = list(groups.values())
    return [g for g in ordered if language in g.languages] + [
        g for g in ordered if language not in g.languages
    ]


def _fold(groups, language, params):
    """The results: each group, with the later groups of its kind that read the same folded in.

    Listing one record's similar ones (`params.similar`) shows them all, unfolded.
    """
    results, by_key = [], {}
    for group in groups:
        key = "" if params.similar else group.similar_key(language)
        if key and key in by_key:
            by_key[key].groups.append(group)
            continue
        result = _Result(group)
        results.append(result)
        if key:
            by_key[key] = result
    return results


def _shown_entries(groups, language, audiences):
    """The full entry shown for each group: its reader-language version when there is one."""
    wanted = {}
    for group in groups:
        own = [entry for entry in group.entries if entry.language == language]
        wanted[group.key] = (own or group.entries)[0].pk
    # A translation that didn't match still stands in for the page, in the reader's language.
    missing = [g.key for g in groups if language not in g.languages and g.key.startswith("page:")]
    translations = {}
    if missing:
        for key, pk in SearchEntry.objects.filter(
            group_key__in=missing, language=language, audience__in=audiences
        ).values_list("group_key", "pk"):
            translations[key] = pk
    wanted.update(translations)
    entries = SearchEntry.objects.in_bulk(list(wanted.values()))
    return [entries[wanted[group.key]] for group in groups if wanted[group.key] in entries]


def suggestions(language, audiences):
    """Ways in for an empty or fruitless search: the sections and the most used topics."""
    links = [
        (page.title, page.url)
        for page in Page.objects.live()
        .public()
        .filter(depth=3, locale__language_code=language, show_in_menus=True)
        .order_by("path")
    ]
    tags = Counter()
    names = {}
    for entry in SearchEntry.objects.filter(audience__in=audiences, language=language).only(
        "tag_keys", "tag_names", "language"
    )[:500]:
        for key, name in entry.tags:
            tags[key] += 1
            names.setdefault(key, name)
    for key, _count in tags.most_common(6):
        links.append((names[key], topic_url(key)))
    return links


def search(params, *, language, user):
    """The reader's results, facets and pages, labelled in the reader's language."""
    with translation.override(language):
        return _search(params, language, user)


def _search(params, language, user):
    audiences = allowed_audiences(user)
    outcome = Outcome(params=params, query_text=params.q)
    if not params.q and not params.has_filters:
        outcome.suggestions = suggestions(language, audiences)
        outcome.page = Paginator([], PER_PAGE).get_page(1)
        return outcome
    matches = ranked_matches(params.q, audiences=audiences, params=params, sort=params.sort)
    if not matches and analysed_query(params.q) is not None:
        matches = ranked_matches(
            params.q, audiences=audiences, params=params, operator="or", sort=params.sort
        )
        outcome.any_word = bool(matches)
    groups = _groups(matches, language)
    results = _fold(groups, language, params)
    outcome.total = len(results)
    outcome.folded = len(groups) - len(results)
    outcome.capped = len(matches) >= MAX_MATCHES
    outcome.facets = count_facets(results, params, language)
    if params.tag:
        outcome.tag_label, outcome.tag_language = tag_label(matches, params.tag, language)
    page = Paginator(results, PER_PAGE).get_page(params.page)
    outcome.page = page
    kind_labels = registry.kind_labels()
    shown = _shown_entries([result.groups[0] for result in page.object_list], language, audiences)
    results_by_key = {result.key: result for result in page.object_list}
    for entry in shown:
        result = results_by_key[entry.group_key]
        similar_count = len(result.groups) - 1
        outcome.hits.append(
            Hit(
                entry=entry,
                title_html=highlight_title(entry.heading, params.q),
                snippet=highlight(entry.text, params.q),
                other_language=entry.language != language,
                kind_label=str(kind_labels.get(entry.kind, entry.kind)),
                language_label=language_label(entry.language),
                reader_language=language,
                similar_count=similar_count,
                similar_url=params.querystring(similar=result.groups[0].similar_key(language))
                if similar_count
                else "",
            )
        )
    if not groups:
        outcome.suggestions = suggestions(language, audiences)
    return outcome


def autocomplete(text, *, language, user, limit=8):
    """Titles and topics starting with what the reader has typed so far."""
    audiences = allowed_audiences(user)
    words = prefix_terms(clean_query_text(text))
    if not words or len(words[-1]) < 2 and len(words) == 1:
        return {"results": [], "tags": []}
    queryset = SearchEntry.objects.filter(audience__in=audiences).only(
        "id",
        "source",
        "group_key",
        "language",
        "heading",
        "url",
        "kind",
        "tag_keys",
        "tag_names",
        "tag_translations",
    )
    matches = list(get_search_backend().autocomplete(" ".join(words), queryset)[:50])
    groups = _groups(matches, language)
    kind_labels = registry.kind_labels()
    results, tags = [], {}
    for group in groups:
        own = [entry for entry in group.entries if entry.language == language]
        entry = (own or group.entries)[0]
        if len(results) < limit:
            results.append(
                {
                    "title": entry.heading,
                    "url": reader_url(entry, language),
                    "kind": entry.kind,
                    "kind_label": str(kind_labels.get(entry.kind, entry.kind)),
                    "language": entry.language,
                }
            )
        for key, name in entry.tags_in(language):
            tag_words = prefix_terms(name)
            if any(word.startswith(words[-1]) for word in tag_words):
                tags.setdefault(key, name)
    return {
        "results": results,
        "tags": [{"name": name, "url": topic_url(key)} for key, name in list(tags.items())[:5]],
    }
