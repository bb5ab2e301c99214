"""Fixtures shared by the whole suite: locales, the trilingual site tree, an admin client.

`site_tree` is built once per process (tests/snapshots.py puts its rows back for each later
module) inside a transaction that is rolled back when the module is done, and each test runs in
a savepoint inside it (as Django's setUpTestData does).
Tests get ids and URLs from it and fetch fresh objects with `site_tree.page(lang, key)`.
"""

import contextlib
import re
import shutil
import signal
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import translation

from wagtail.models import Locale

import polib
import pytest
from bs4 import BeautifulSoup
from pytest_django.plugin import blocking_manager_key

from tests.site_tree import LANGUAGES, build_site_tree
from tests.snapshots import DatabaseState, TableSnapshot

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = PROJECT_ROOT / "locale"
# Folders whose Python files and templates hold interface strings (apps not written yet
# are skipped).
SOURCE_FOLDERS = (
    "core",
    "cms",
    "config",
    "templates",
    "locale",
    "community",
    "search",
    "directory",
)
IGNORED = [".venv", "node_modules", "var", "static/vendor", "tests"]


# Modules that take minutes (each loads the whole demo): collected first, so that with
# pytest-xdist they start at once on different processes rather than end the run alone.
SLOWEST_MODULES = ("tests/browser/test_accessibility.py", "tests/cms/test_demo.py")


def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: item.nodeid.split("::")[0] not in SLOWEST_MODULES)


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "translations: needs the interface translated into Bulgarian and Romanian "
        "(locale/*/django.po); fails, rather than skips, while strings are untranslated",
    )


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues(tmp_path_factory):
    """Serve the interface from the .po files as they are now, not from stale .mo files.

    The catalogues are compiled into a temporary folder that replaces LOCALE_PATHS for the
    session, so the working tree is left alone and a fresh translation is always tested.
    """
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None or not LOCALE_DIR.is_dir():
        yield None
        return
    target = tmp_path_factory.mktemp("locale")
    for po_file in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")):
        out_dir = target / po_file.relative_to(LOCALE_DIR).parent
        out_dir.mkdir(parents=True, exist_ok=True)
        # A broken catalogue is reported by tests/test_i18n_completeness.py, not here.
        subprocess.run(
            [msgfmt, "-o", str(out_dir / po_file.with_suffix(".mo").name), str(po_file)],
            check=False,
            capture_output=True,
        )
    with override_settings(LOCALE_PATHS=[target]):
        yield target


@pytest.fixture(autouse=True)
def _isolated_caches_and_language():
    """Wagtail caches site root paths; a request leaves its language active. Reset both.

    The page cache's memory of restricted subtrees is per process: each test reads its own.
    """
    from cms.cache.restrictions import restricted_subtrees

    cache.clear()
    restricted_subtrees.forget()
    yield
    translation.activate(settings.LANGUAGE_CODE)


TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server"}
# The database as migrations left it, read when a transactional test first needs it.
_migrated = {}


def _is_transactional(item):
    return bool(TRANSACTIONAL_FIXTURES & set(getattr(item, "fixturenames", ())))


@pytest.fixture(autouse=True)
def _migrated_database(request):
    """Before a worker's first transactional test, remember every row migrations wrote."""
    if _is_transactional(request.node) and "state" not in _migrated:
        request.getfixturevalue("django_db_setup")
        with request.getfixturevalue("django_db_blocker").unblock():
            _migrated["state"] = DatabaseState()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a transactional test has emptied the database, write back what migrations wrote.

    Without it, the locales, groups, permissions and root page of the migrations would be
    missing for whichever tests the worker runs next (the order differs between runs and
    workers). A hook rather than a fixture: it runs after every fixture's teardown, the flush
    included, whatever order pytest-django's own fixtures were set up in.
    """
    result = yield
    if nextitem is not None and _is_transactional(item) and "state" in _migrated:
        with item.config.stash[blocking_manager_key].unblock():
            _migrated["state"].restore()
    return result


@pytest.fixture
def locales(db):
    """The three content locales, created by the cms.0002_locales migration."""
    return {code: Locale.objects.get(language_code=code) for code in LANGUAGES}


@pytest.fixture(scope="session")
def _site_tree_snapshot():
    """The tree is built once per process and its rows restored for each module (snapshots.py).

    Its documents' files stay in storage until the session ends; a tree built again (after a
    transactional test changed the ids of migrations' data) first removes the last one's, so
    the files keep their names.
    """
    from django.core.files.storage import default_storage

    from wagtail.documents import get_document_model

    files = []

    def build():
        for name in files:
            default_storage.delete(name)
        files.clear()
        tree = build_site_tree()
        documents = get_document_model().objects.filter(pk__in=tree.document_ids)
        files.extend(documents.values_list("file", flat=True))
        return tree

    yield TableSnapshot(build)
    for name in files:
        default_storage.delete(name)


@pytest.fixture(scope="module")
def _site_tree_for_module(django_db_setup, django_db_blocker, _site_tree_snapshot):
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield _site_tree_snapshot.restore_or_build()
            transaction.set_rollback(True)


@pytest.fixture
def site_tree(_site_tree_for_module, db):
    """Home, every index and detail page type, in Bulgarian, English and Romanian.

    Shared by the tests of a module: change pages only inside a test (its savepoint is
    rolled back), and fetch them with `site_tree.page(...)` rather than keeping instances.
    """
    cache.clear()
    return _site_tree_for_module


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser(
        username="admin", email="admin@praktika.test", password="a-long-test-password"
    )


@pytest.fixture
def admin_client(client, superuser):
    """A client logged in to the Wagtail admin as a superuser."""
    client.force_login(superuser)
    return client


# Background tasks --------------------------------------------------------------------------


class DatabaseTaskQueue:
    """The production queue: tasks wait in the database until `run()` has the real worker
    (`db_worker --batch`, in this process) work through every one that is due."""

    def results(self, task_path=None):
        from django_tasks_db.models import DBTaskResult

        results = DBTaskResult.objects.order_by("enqueued_at")
        return list(results.filter(task_path=task_path) if task_path else results)

    def run(self):
        handlers = {number: signal.getsignal(number) for number in WORKER_SIGNALS}
        try:
            call_command(
                "db_worker",
                batch=True,
                reload=False,
                startup_delay=False,
                interval=0,
                verbosity=0,
            )
        finally:
            # The worker takes over Ctrl+C and SIGTERM for its graceful shutdown.
            for number, handler in handlers.items():
                signal.signal(number, handler)


WORKER_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)


@pytest.fixture
def task_queue(db, settings, monkeypatch):
    """Tasks are queued in the database, as in production, instead of run at once."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    # Between tasks the worker closes connections left in a transaction: the test's own.
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    return DatabaseTaskQueue()


# Interface strings -------------------------------------------------------------------------


def extract_catalogues(destination):
    """Run makemessages on a copy of the source: the catalogues as they would be made now.

    Existing translations are merged in, so an entry left empty or fuzzy in the result is
    an interface string that readers would see untranslated.
    """
    destination = Path(destination)
    for name in SOURCE_FOLDERS:
        if (PROJECT_ROOT / name).is_dir():
            shutil.copytree(
                PROJECT_ROOT / name,
                destination / name,
                ignore=shutil.ignore_patterns("__pycache__", "*.mo", "vendor"),
            )
    (destination / "locale").mkdir(exist_ok=True)
    with (
        override_settings(LOCALE_PATHS=[destination / "locale"]),
        contextlib.chdir(destination),
    ):
        call_command(
            "makemessages",
            locale=list(LANGUAGES),
            no_location=True,
            ignore_patterns=IGNORED,
            verbosity=0,
        )
    return destination / "locale"


@pytest.fixture(scope="session")
def extracted_catalogues(tmp_path_factory):
    """locale/ with a django.po per language, freshly extracted and merged (see above)."""
    return extract_catalogues(tmp_path_factory.mktemp("extracted"))


PLACEHOLDER = re.compile(r"%\(\w+\)[sdifr]|%[sdifr]|\{[^}]*\}")


def _fragments(text):
    """The runs of two or more words between a message's placeholders."""
    for part in PLACEHOLDER.split(text):
        words = part.replace("%%", "%").split()
        if len(words) >= 2:
            yield " ".join(words)


class EnglishInterfaceText:
    """Finds English interface strings in the text a Bulgarian or Romanian reader sees."""

    def __init__(self, catalogues):
        self.fragments = {}
        for language_code in ("bg", "ro"):
            catalogue = polib.pofile(str(catalogues / language_code / "LC_MESSAGES" / "django.po"))
            fragments = set()
            for entry in catalogue:
                if entry.obsolete:
                    continue
                for msgid, msgstr in self._pairs(entry):
                    if msgstr.strip() == msgid.strip():
                        continue  # the translator kept it as it is (a name, an acronym)
                    fragments.update(_fragments(msgid))
            self.fragments[language_code] = sorted(fragments)

    @staticmethod
    def _pairs(entry):
        if entry.msgid_plural:
            plural_forms = list(entry.msgstr_plural.values())
            yield entry.msgid, plural_forms[0] if plural_forms else ""
            yield entry.msgid_plural, plural_forms[-1] if plural_forms else ""
        else:
            yield entry.msgid, entry.msgstr

    def find(self, text, language_code):
        text = " ".join(text.split())
        return [
            fragment
            for fragment in self.fragments[language_code]
            if re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", text)
        ]


@pytest.fixture(scope="session")
def english_interface_text(extracted_catalogues):
    return EnglishInterfaceText(extracted_catalogues)


READABLE_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder", "label")


def readable_text(html, drop_lang=None):
    """What a reader sees or hears: text and readable attributes, without scripts and styles.

    `drop_lang(code)` says which elements with a lang attribute to leave out: those in
    another language than the page, declared as such.
    """
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style", "template", "noscript"]):
        element.decompose()
    if drop_lang is not None:
        for element in soup.find_all(lambda tag: tag.name != "html" and tag.has_attr("lang")):
            if not element.decomposed and drop_lang(element["lang"]):
                element.decompose()
    parts = [soup.get_text(" ")]
    for element in soup.find_all(True):
        parts.extend(str(element[name]) for name in READABLE_ATTRIBUTES if element.has_attr(name))
        if element.name == "meta" and element.get("name") == "description":
            parts.append(element.get("content", ""))
        if element.name == "input" and element.get("type") in ("submit", "button"):
            parts.append(element.get("value", ""))
    return " ".join(" ".join(parts).split())
