"""Where apps plug their content into search; `search` itself names no app.

An app that has something to be found registers, from its own `search_sources` module
(imported in its `AppConfig.ready()`):
- a `Source`: which model, how one object becomes the fields of its `SearchEntry` (or None
  when nobody may find it: that is where "who may see it" is decided), which objects a
  rebuild goes through, and which other entries quote this object;
- the kinds its entries have, with the label readers see in results and facets, and whether
  they are dated (news, events, posts) or records that stay as they are (a service, a law);
- for an audience narrower than everyone, who belongs to it.
It also connects its own signals to `search.indexing.sync()` / `remove()`, since only it
knows when its content changes. Wagtail pages are the one source `search` knows itself:
they are Wagtail's, not an app's; a page type gives its kind with a `search_kind` attribute.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.apps import apps


@dataclass(frozen=True)
class Source:
    name: str  # stored on every entry: never rename a source that has entries
    model: str  # "app_label.ModelName"
    entry: Callable[[object], dict | None]
    candidates: Callable[[], Iterable]
    # The objects whose entries show something of this one (a thread's title heads its posts).
    dependents: Callable[[object], Iterable] = field(default=lambda obj: ())

    @property
    def model_class(self):
        return apps.get_model(self.model)


_sources: dict[str, Source] = {}
_kinds: dict[str, object] = {}
_undated_kinds: set[str] = set()
_audience_rules: dict[str, Callable] = {}


def register_source(source):
    if _sources.get(source.name, source) != source:
        raise ValueError(f"Two search sources are called {source.name!r}.")
    _sources[source.name] = source
    return source


def register_kind(key, label, *, dated=True):
    """A kind of result (`key` is stored on entries, `label` is what readers see).

    An undated kind (`dated=False`) is a record rather than a piece of news: its entries carry
    no date or year, whatever its source gives, so the year facet and "newest first" only
    weigh content that was published at a time.
    """
    _kinds[key] = label
    if dated:
        _undated_kinds.discard(key)
    else:
        _undated_kinds.add(key)


def register_audience(audience, rule):
    """`rule(user)` says whether a user may find the entries meant for `audience`."""
    _audience_rules[audience] = rule


def sources():
    return dict(_sources)


def get_source(name):
    return _sources.get(name)


def source_for(obj):
    """The registered source an object belongs to, if any (pages are not among them)."""
    label = obj._meta.label
    for source in _sources.values():
        if source.model == label:
            return source
    return None


def kind_labels():
    return dict(_kinds)


def is_dated(kind):
    return kind not in _undated_kinds


def audiences_for(user):
    return [audience for audience, rule in _audience_rules.items() if rule(user)]
