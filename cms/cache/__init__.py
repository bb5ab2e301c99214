"""Full-page cache for anonymous readers, purged when content changes.

Why not wagtail-cache: its releases support Wagtail up to 7 only, and it keys entries with
Django's cache-middleware machinery, so purging one page means listing every URL (and query
string) ever cached for it. Here each path has a version token instead: purging a path
forgets all its query-string variants at once, on any cache backend. See
docs/architecture.md ("Page cache").
"""
