"""What the reader asked for: the words, the filters, the sort and the page, from the URL."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings

from core.choices import REGION_LABELS
from search import registry
from search.querying import clean_query_text
from search.similarity import KEY_LENGTH

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def _is_similar_key(value):
    return len(value) == KEY_LENGTH and all(ch in "0123456789abcdef" for ch in value)


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
    similar: str = ""  # a similar_key: the records that read like one result, unfolded
    sort: str = "relevance"
    page: int = 1

    @classmethod
    def from_querydict(cls, data):
        """The reader's request, with anything malformed dropped rather than refused."""
        kinds = tuple(
            dict.fromkeys(kind for kind in data.getlist("kind") if kind in registry.kind_labels())
        )
        tag = str(data.get("tag", ""))[:100]
        similar = str(data.get("similar", ""))
        return cls(
            q=clean_query_text(data.get("q", "")),
            kinds=kinds,
            tag=tag if tag and all(ch.isalnum() or ch in "-_" for ch in tag) else "",
            year=_int(data.get("year"), low=1900, high=2100),
            region=data.get("region", "") if data.get("region", "") in REGION_LABELS else "",
            language=data.get("language", "") if data.get("language") in LANGUAGE_CODES else "",
            similar=similar if _is_similar_key(similar) else "",
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
            ("similar", self.similar),
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
            "similar": self.similar,
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
        return bool(
            self.kinds or self.tag or self.year or self.region or self.language or self.similar
        )
