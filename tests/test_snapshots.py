"""tests/snapshots.py: rows written back are the rows a build makes, on the database they came from."""

from django.contrib.auth.models import Group
from django.db import connection, transaction

from wagtail.models import Page

import pytest

from tests.site_tree import build_site_tree
from tests.snapshots import DatabaseState, TableSnapshot, _normalised, read_tables

pytestmark = pytest.mark.django_db


def built_then_rolled_back(snapshot):
    """What `restore_or_build()` returns and the tables it leaves, in a savepoint undone after."""
    with transaction.atomic():
        result = snapshot.restore_or_build()
        tables = _normalised(read_tables())
        transaction.set_rollback(True)
    return result, tables


def test_the_tree_written_back_is_the_tree_built():
    builds = []

    def build():
        builds.append(1)
        return build_site_tree()

    snapshot = TableSnapshot(build)
    built_tree, built_tables = built_then_rolled_back(snapshot)
    assert not Page.objects.filter(pk__in=built_tree.page_ids["en"].values()).exists()

    restored_tree, restored_tables = built_then_rolled_back(snapshot)

    assert len(builds) == 1
    assert restored_tree is built_tree
    assert restored_tables == built_tables
    # The search index came back too: on SQLite, through FTS5's virtual table.
    if connection.vendor == "sqlite":
        assert any(virtual and rows for (_table, virtual), rows in restored_tables.items())
    else:
        assert restored_tables["wagtailsearch_indexentry", False]


def test_other_base_data_means_a_new_build(django_user_model):
    builds = []

    def build():
        builds.append(1)
        return Group.objects.create(name=f"Build {len(builds)}").pk

    snapshot = TableSnapshot(build)
    first, _tables = built_then_rolled_back(snapshot)
    assert built_then_rolled_back(snapshot)[0] == first
    assert len(builds) == 1

    django_user_model.objects.create(username="made-after-the-snapshot")
    built_then_rolled_back(snapshot)
    assert len(builds) == 2


def test_the_whole_database_is_put_back(django_user_model):
    state = DatabaseState()
    groups = list(Group.objects.order_by("pk").values_list("pk", "name"))
    assert groups, "migrations make the editors' and moderators' groups"
    Group.objects.all().delete()
    django_user_model.objects.create(username="left-behind")

    state.restore()

    assert list(Group.objects.order_by("pk").values_list("pk", "name")) == groups
    assert not django_user_model.objects.exists()
