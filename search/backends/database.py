"""Wagtail's database search backend, with SQLite's results in the order FTS5 ranks them.

modelsearch (1.3) combines the bm25() scores of an And's parts as it combines PostgreSQL's
ranks, (1 + a) × (1 + b) − 1. bm25() is negative, lower being better, so for a query of two
words or more that product can put the best matches last. FTS5 already scores the whole MATCH
expression (every word, every column), so its score is used as it is. PostgreSQL and the other
databases get modelsearch's own backend.
"""

from functools import cache

from modelsearch.backends.database import SearchBackend as database_backend


@cache
def _sqlite_backend_class():
    # modelsearch's SQLite module looks up its FTS model on import: only import it on SQLite.
    from modelsearch.backends.database.sqlite.query import BM25
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )

    class SQLiteQueryCompiler(SQLiteSearchQueryCompiler):
        def _build_rank_expression(self, vectors, config):
            return BM25()

    class SQLiteBackend(SQLiteSearchBackend):
        query_compiler_class = SQLiteQueryCompiler

    return SQLiteSearchBackend, SQLiteBackend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    backend = database_backend(params)
    if backend.__class__.__module__.endswith(".sqlite.sqlite"):
        parent, ours = _sqlite_backend_class()
        if type(backend) is parent:
            return ours(params)
    return backend
