"""Importing pages from old websites: `manage.py import_pages FILE` (see docs/import.md).

`lines` reads and checks a JSON line, `body` turns HTML or Markdown into body blocks,
`writer` creates, translates and publishes pages, `runner` orders the lines and keeps each
in its own transaction, `indexing` updates the search and reference indexes once a page.
"""
