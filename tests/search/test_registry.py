"""Search is a service apps plug into: a source registered from outside `search` is found,
labelled, kept current and removed without a line of `search` knowing it."""

from django.contrib.auth.models import AnonymousUser, Group

import pytest

from search import indexing, registry
from search.models import Audience, SearchEntry
from search.services import SearchParams, search
from tests.community.conftest import make_member

pytestmark = pytest.mark.django_db


def group_entry(group):
    if group.name.startswith("hidden"):
        return None
    return {
        "kind": "team",
        "language": "en",
        "group_key": f"team:{group.pk}",
        "audience": Audience.PUBLIC,
        "url": f"/en/teams/{group.pk}/",
        "heading": group.name,
        "text": "A team that meets on Thursdays in Ruse.",
        "date": None,
        "year": None,
        "region": "",
        "tag_keys": "",
        "tag_names": "",
    }


@pytest.fixture
def teams(monkeypatch):
    """A source the way an app declares one (here for Django's groups, which no app indexes)."""
    source = registry.Source(
        name="team",
        model="auth.Group",
        entry=group_entry,
        candidates=lambda: Group.objects.all(),
    )
    monkeypatch.setitem(registry._sources, "team", source)
    monkeypatch.setitem(registry._kinds, "team", "Team")
    return source


def hits(q, user=None, **params):
    outcome = search(SearchParams(q=q, **params), language="en", user=user or AnonymousUser())
    return [(hit.entry.kind, hit.kind_label, hit.url) for hit in outcome.hits]


def test_a_registered_source_is_indexed_labelled_filtered_and_removed(teams):
    group = Group.objects.create(name="Foster carers of Ruse")

    indexing.sync(group)

    url = f"/en/teams/{group.pk}/"
    assert hits("Thursdays Ruse") == [("team", "Team", url)]
    assert hits("Thursdays Ruse", kinds=("team",)) == [("team", "Team", url)]
    assert hits("Thursdays Ruse", kinds=("article",)) == []
    # Deleting is the same for every source: search's own receiver takes the entry out.
    group.delete()
    assert not SearchEntry.objects.filter(source="team").exists()


def test_a_source_decides_who_may_find_it_and_rebuild_follows_it(teams):
    shown = Group.objects.create(name="Supervision circle")
    hidden = Group.objects.create(name="hidden supervision circle")

    counts = indexing.rebuild()

    visible = set(Group.objects.exclude(name__startswith="hidden").values_list("pk", flat=True))
    assert shown.pk in visible and counts["team"] == len(visible)
    assert set(SearchEntry.objects.filter(source="team").values_list("source_pk", flat=True)) == (
        visible
    )
    indexing.sync(hidden)
    assert not SearchEntry.objects.filter(source="team", source_pk=hidden.pk).exists()


def test_the_apps_registered_their_own_sources_kinds_and_audiences():
    assert set(indexing.all_sources()) == {"page", "material", "thread", "post"}
    labels = registry.kind_labels()
    assert {"page", "article", "event", "publication", "project", "provider", "legislation"} <= (
        set(labels)
    )
    assert {"material", "thread", "post"} <= set(labels)
    assert registry.audiences_for(AnonymousUser()) == []
    assert registry.audiences_for(make_member("registered")) == [Audience.MEMBERS]
