"""The site search: what a reader may find for their words, grouped, faceted and paginated.

The backend ranks `SearchEntry` rows the reader's audience may see; the best MAX_MATCHES are
then grouped here (a page's translations are one result, shown in the reader's language when
it has one), put in order (the reader's language first), counted for the facets and cut into
pages. Nothing outside the audience filter is ever fetched, so nothing else can be counted,
suggested or quoted.
"""

from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.functional import cached_property

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.choices import REGION_LABELS
from search import registry
from search.analysis import highlight, highlight_title, prefix_terms
from search.models import Audience, SearchEntry
from search.querying import analysed_query, clean_query_text

PER_PAGE = 20
MAX_MATCHES = 1000
MAX_PAGE = MAX_MATCHES // PER_PAGE + 1
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
FACETS = ("kind", "language", "year", "region", "tag")
MATCH_FIELDS = ("id", "group_key", "language", "kind", "year", "region", "tag_keys", "tag_names")


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


def _int(value, default=None, low=None, high=None):
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    if (low is not None and number < low) or (high is not None and number > high):
        return default
    return number


@dataclass(frozen=True)
class SearchParams:
    q: str = ""
    kinds: tuple = ()
    tag: str = ""
    year: int | None = None
    region: str = ""
    language: str = ""
    sort: str = "relevance"
    page: int = 1

    @classmethod
    def from_querydict(cls, data):
        """The reader's request, with anything malformed dropped rather than refused."""
        kinds = tuple(
            dict.fromkeys(kind for kind in data.getlist("kind") if kind in registry.kind_labels())
        )
        tag = str(data.get("tag", ""))[:100]
        return cls(
            q=clean_query_text(data.get("q", "")),
            kinds=kinds,
            tag=tag if tag and all(ch.isalnum() or ch in "-_" for ch in tag) else "",
            year=_int(data.get("year"), low=1900, high=2100),
            region=data.get("region", "") if data.get("region", "") in REGION_LABELS else "",
            language=data.get("language", "") if data.get("language") in LANGUAGE_CODES else "",
            sort="date" if data.get("sort") == "date" else "relevance",
            page=_int(data.get("page"), default=1, low=1, high=10_000) or 1,
        )

    def as_items(self):
        items = [("q", self.q)] + [("kind", kind) for kind in self.kinds]
        items += [
            ("tag", self.tag),
            ("year", self.year),
            ("region", self.region),
            ("language", self.language),
        ]
        if self.sort != "relevance":
            items.append(("sort", self.sort))
        if self.page != 1:
            items.append(("page", self.page))
        return [(key, value) for key, value in items if value not in ("", None)]

    def querystring(self, **changes):
        """This search's URL query with some parameters changed (None removes one).

        `kind` toggles one kind in or out of the selection. The page goes back to 1 unless
        given, since any other change makes a different list.
        """
        values = {
            "q": self.q,
            "kinds": self.kinds,
            "tag": self.tag,
            "year": self.year,
            "region": self.region,
            "language": self.language,
            "sort": self.sort,
            "page": 1,
        }
        for key, value in changes.items():
            if key == "kind":
                kinds = [kind for kind in values["kinds"] if kind != value]
                values["kinds"] = tuple(kinds if value in values["kinds"] else [*kinds, value])
            elif key == "kinds":
                values["kinds"] = tuple(value or ())
            else:
                values[key] = value if value is not None else ""
        params = SearchParams(
            **{**values, "page": _int(values["page"], default=1, low=1) or 1}
        ).as_items()
        return "?" + urlencode(params)

    @property
    def has_filters(self):
        return bool(self.kinds or self.tag or self.year or self.region or self.language)


@dataclass
class FacetValue:
    value: object
    label: str
    count: int
    selected: bool = False
    url: str = ""


@dataclass
class Hit:
    entry: SearchEntry
    title_html: str
    snippet: str
    other_language: bool
    kind_label: str
    language_label: str

    reader_language: str = ""

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
    return queryset


def ranked_matches(query_text, *, audiences, params=None, operator="and", sort="relevance"):
    """The best MAX_MATCHES entries for the words, best (or newest) first.

    Without words, the filtered entries (a topic, a year) newest first; [] without either.
    """
    params = params or SearchParams()
    queryset = _filtered(params, audiences).only(*MATCH_FIELDS)
    query = analysed_query(query_text, operator)
    if query is None:
        # Browsing a topic, a year or a region without words: newest first.
        return list(queryset.order_by("-date", "-id")[:MAX_MATCHES]) if params.has_filters else []
    if sort == "date":
        queryset = queryset.order_by("-date")
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


def _facets(groups, params, language):
    counters = {name: Counter() for name in FACETS}
    tag_names = {}
    for group in groups:
        values = {name: set() for name in FACETS}
        for entry in group.entries:
            values["kind"].add(entry.kind)
            values["language"].add(entry.language)
            if entry.year:
                values["year"].add(entry.year)
            if entry.region:
                values["region"].add(entry.region)
            for key, name in entry.tags:
                values["tag"].add(key)
                if key not in tag_names or entry.language == language:
                    tag_names[key] = name
        for name in FACETS:
            counters[name].update(values[name])
    kind_labels = registry.kind_labels()
    language_labels = dict(settings.LANGUAGES)
    selected = {
        "kind": set(params.kinds),
        "language": {params.language},
        "year": {params.year},
        "region": {params.region},
        "tag": {params.tag},
    }

    def values(name, label, order):
        items = sorted(counters[name].items(), key=order)
        result = []
        for value, count in items:
            chosen = value in selected[name]
            if name == "kind":
                url = params.querystring(kind=value)
            else:
                url = params.querystring(**{name: None if chosen else value})
            result.append(FacetValue(value, label(value), count, chosen, url))
        return result

    by_count = lambda item: (-item[1], str(item[0]))  # noqa: E731
    return {
        "kind": values("kind", lambda v: str(kind_labels.get(v, v)), by_count),
        "language": values("language", lambda v: str(language_labels.get(v, v)), by_count),
        "year": values("year", str, lambda item: -item[0]),
        "region": values("region", lambda v: str(REGION_LABELS.get(v, v)), by_count),
        "tag": values("tag", lambda v: tag_names.get(v, v), by_count)[:15],
    }


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
    outcome.total = len(groups)
    outcome.capped = len(matches) >= MAX_MATCHES
    outcome.facets = _facets(groups, params, language)
    page = Paginator(groups, PER_PAGE).get_page(params.page)
    outcome.page = page
    kind_labels = registry.kind_labels()
    language_labels = dict(settings.LANGUAGES)
    for entry in _shown_entries(page.object_list, language, audiences):
        outcome.hits.append(
            Hit(
                entry=entry,
                title_html=highlight_title(entry.heading, params.q),
                snippet=highlight(entry.text, params.q),
                other_language=entry.language != language,
                kind_label=str(kind_labels.get(entry.kind, entry.kind)),
                language_label=str(language_labels.get(entry.language, entry.language)),
                reader_language=language,
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
        "id", "source", "group_key", "language", "heading", "url", "kind", "tag_keys", "tag_names"
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
        for key, name in entry.tags:
            tag_words = prefix_terms(name)
            if any(word.startswith(words[-1]) for word in tag_words):
                tags.setdefault(key, name)
    return {
        "results": results,
        "tags": [{"name": name, "url": topic_url(key)} for key, name in list(tags.items())[:5]],
    }
