"""Build test data once per process, and put it back for each test module in milliseconds.

Building the trilingual site tree through Wagtail (pages, revisions, translations, search
index entries, documents) takes seconds, and most test modules use it. `TableSnapshot` reads
every table before and after the first build, keeps the rows of the tables the build changed,
and for each later module writes exactly those rows back, inside the module's own transaction
(rolled back when the module ends, as the build was). Ids, files and the `SiteTree` returned by
the build are the same, so the module sees what a fresh build would have given it.

The rows are only put back onto the database they were taken from: when the tables the build
did not write to differ from what they were (a transactional test emptied the database and
migrations' data was recreated with other ids), the data is built again.

PostgreSQL's rows travel as `COPY` text, which round-trips every column type; SQLite's as the
values its cursor returns. SQLite's FTS5 tables (modelsearch's index) are written through the
virtual table with their rowid, never through their shadow tables.
"""

from django.core.management.color import no_style
from django.db import connection, transaction

FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")


def _quote(name):
    return connection.ops.quote_name(name)


def _tables():
    """(table, is_virtual) for every table Django's connection can write to."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            rows = cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            ).fetchall()
            virtual = {name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")}
            shadow = {f"{name}{suffix}" for name in virtual for suffix in FTS_SHADOW_SUFFIXES}
            return [(name, name in virtual) for name, _sql in rows if name not in shadow]
        return [(name, False) for name in connection.introspection.table_names(cursor)]


def _read(cursor, table, is_virtual):
    if connection.vendor == "postgresql":
        with cursor.cursor.copy(f"COPY {_quote(table)} TO STDOUT") as copy:
            return b"".join(bytes(block) for block in copy)
    columns = "rowid, *" if is_virtual else "*"
    cursor.execute(f"SELECT {columns} FROM {_quote(table)}")
    return cursor.fetchall()


def _write(cursor, table, is_virtual, rows):
    cursor.execute(f"DELETE FROM {_quote(table)}")
    if not rows:
        return
    if connection.vendor == "postgresql":
        with cursor.cursor.copy(f"COPY {_quote(table)} FROM STDIN") as copy:
            copy.write(rows)
        return
    placeholders = ", ".join(["%s"] * len(rows[0]))
    columns = ""
    if is_virtual:
        names = [row[1] for row in cursor.execute(f"PRAGMA table_info({_quote(table)})")]
        columns = f" ({', '.join(['rowid', *map(_quote, names)])})"
    cursor.executemany(f"INSERT INTO {_quote(table)}{columns} VALUES ({placeholders})", rows)


def read_tables():
    tables = _tables()
    with connection.cursor() as cursor:
        return {(table, virtual): _read(cursor, table, virtual) for table, virtual in tables}


def _normalised(tables):
    """The tables' contents whatever order the database returned their rows in."""
    if connection.vendor == "postgresql":
        return {key: sorted(rows.split(b"\n")) for key, rows in tables.items()}
    return {key: sorted(rows, key=repr) for key, rows in tables.items()}


class TableSnapshot:
    """`restore_or_build()` inside a transaction: what `build()` returns, built at most once."""

    def __init__(self, build):
        self.build = build
        self.before = None
        self.changed = {}
        self.result = None

    def restore_or_build(self):
        before = _normalised(read_tables())
        if self.result is not None and before == self.before:
            self._restore()
            return self.result
        self.result = None
        result = self.build()
        after = read_tables()
        normalised = _normalised(after)
        self.changed = {key: after[key] for key in after if before.get(key) != normalised[key]}
        self.before = before
        self.result = result
        return result

    def _restore(self):
        write_tables(self.changed)


def write_tables(tables):
    """Replace the rows of `tables` ({(table, is_virtual): rows}) with the rows given."""
    from django.apps import apps

    with connection.cursor() as cursor:
        for (table, virtual), rows in tables.items():
            _write(cursor, table, virtual, rows)
        # Rows came back with their ids: sequences must be past them (PostgreSQL's are not
        # rolled back, but a flush may have reset them).
        models = [
            model
            for model in apps.get_models(include_auto_created=True)
            if (model._meta.db_table, False) in tables
        ]
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)


class DatabaseState:
    """Every row of every table, to put the whole database back as it was.

    A transactional test (a browser test's live server) empties the database when it ends;
    what migrations wrote (locales, groups, the root page and collection, content types) is
    then written back, so the tests after it find the database they expect whatever the order.
    """

    def __init__(self):
        self.tables = read_tables()

    def restore(self):
        from django.contrib.contenttypes.models import ContentType

        with transaction.atomic():
            write_tables(self.tables)
        # A flush's post_migrate made content types with other ids: forget them.
        ContentType.objects.clear_cache()
