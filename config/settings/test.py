"""Fast, isolated settings for the test suite (SQLite in memory unless DATABASE_URL is set)."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
# Tests expect fresh pages; tests/cms/test_page_cache.py turns the page cache on.
PAGE_CACHE_ENABLED = False
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="praktika-test-media-"))
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="praktika-test-private-"))
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="praktika-test-static-"))
WAGTAILADMIN_BASE_URL = "http://testserver"
if not os.environ.get("DATABASE_URL"):
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "simple"}
}
# Tasks run inside the code that enqueues them, so a test sees their effects at once; the
# `task_queue` fixture (tests/conftest.py) queues them in the database for the real worker.
TASKS_BACKEND = "immediate"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# A developer's CLAMAV_* variables must not make every upload test talk to a real clamd;
# tests/core/test_malware.py points these at a fake one.
CLAMAV_SOCKET = ""
CLAMAV_HOST = ""
