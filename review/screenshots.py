"""`make screenshots`: full-page PNGs of every page type in every language, desktop and phone.

Run as `.venv/bin/python -m review.screenshots` (review/README.md). It builds a throw-away SQLite
database with the demo in a temporary folder, with its own media, so the developer's database
and var/media are never touched; serves it from a thread on a free port with DEBUG off (the
site's own 404 page, not Django's); shoots each page with Debian's Chromium through Playwright
(never a downloaded browser), logged in as a demo member where the page is for members; and
writes var/screenshots/index.html to flip through them. Requests to other hosts are refused
and the map's tiles are plain squares, so the run needs no network and loads no one's tile
server.
"""

import argparse
import asyncio
import hashlib
import io
import logging
import os
import re
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path
from urllib.parse import unquote

from review.index import Shot, shot_filename, write_index

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "var" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
# Width -> viewport height: a common laptop, and a common phone (iPhone 12 to 15).
VIEWPORTS = {1366: 768, 390: 844}
PHONE_WIDTH = 600
NAVIGATION_TIMEOUT = 30_000
WORKERS = 3
FINGERPRINT_NAME = "built-from.sha256"
IGNORED_FOLDERS = {".venv", "node_modules", "var", "static", "tests", "bench", "review"}

# Lazy images below the fold would stay blank in a full-page shot: load them all, and the
# fonts, before shooting. An image that never answers does not hold the run for long.
SETTLE = """async () => {
    for (const image of document.querySelectorAll("img[loading=lazy]")) image.loading = "eager";
    const loaded = [...document.images].map(image => image.complete ? null : new Promise(done => {
        image.addEventListener("load", done);
        image.addEventListener("error", done);
    }));
    const patience = new Promise(done => setTimeout(done, 5000));
    await Promise.race([Promise.all([...loaded, document.fonts.ready]), patience]);
}"""


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m review.screenshots", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help=f"default {DEFAULT_OUTPUT}"
    )
    parser.add_argument(
        "--only", default="", help="comma-separated page types (e.g. home,article); default all"
    )
    parser.add_argument("--languages", default="bg,en,ro", help="default bg,en,ro")
    parser.add_argument("--widths", default=",".join(map(str, VIEWPORTS)), help="default 1366,390")
    parser.add_argument(
        "--site",
        type=Path,
        help="keep the demo site (database, media) in this folder, and reuse it while no Python "
        "file and no demo data file has changed since it was built (templates and CSS may)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=WORKERS,
        help=f"pages loaded side by side (default {WORKERS})",
    )
    return parser.parse_args(argv)


def configure_environment(scratch):
    """Settings for a throw-away site in `scratch`; set before Django reads its settings."""
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DATABASE_URL": f"sqlite:///{scratch / 'db.sqlite3'}",
            "MEDIA_ROOT": str(scratch / "media"),
            "PRIVATE_MEDIA_ROOT": str(scratch / "private"),
            "DEBUG": "0",
            "PAGE_CACHE": "0",
            "TASKS_BACKEND": "immediate",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "REDIS_URL": "",
            "ELASTICSEARCH_URL": "",
        }
    )
    os.environ.pop("DEEPL_AUTH_KEY", None)


def code_fingerprint():
    """A hash of what the demo site is built from: every Python file and the demo's data.

    Templates, CSS and scripts are read when a page is served, so a site kept with --site
    stays good while only they change.
    """
    sources = list((ROOT / "demo" / "data").rglob("*"))
    for folder in ROOT.iterdir():
        if folder.is_dir() and folder.name not in IGNORED_FOLDERS | {".git"}:
            sources += folder.rglob("*.py")
    digest = hashlib.sha256()
    for path in sorted(path for path in sources if path.is_file()):
        digest.update(f"{path.relative_to(ROOT)}\0".encode() + path.read_bytes() + b"\0")
    return digest.hexdigest()


def built_from(site):
    """The fingerprint the site in `site` was built from ("" when there is none)."""
    try:
        return (site / FINGERPRINT_NAME).read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def member_session(user):
    """The session cookie's value of `user`, logged in without a password."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return settings.SESSION_COOKIE_NAME, client.cookies[settings.SESSION_COOKIE_NAME].value


class Server:
    """The site on a free port, from a thread of this process (static and media files too)."""

    def __enter__(self):
        from django.contrib.staticfiles.handlers import StaticFilesHandler
        from django.test.testcases import LiveServerThread

        self.thread = LiveServerThread("127.0.0.1", StaticFilesHandler)
        self.thread.daemon = True
        self.thread.start()
        self.thread.is_ready.wait()
        if self.thread.error:
            raise self.thread.error
        return f"http://127.0.0.1:{self.thread.port}"

    def __exit__(self, *exc_info):
        self.thread.terminate()


def planned_shots(page_types, languages, widths):
    """(page type, language, width) in the order they are shot and shown."""
    return [
        (page_type, language, width)
        for page_type in page_types
        for width in widths
        for language in languages
    ]


def missing_shot(page_type, language, width, error):
    return Shot(
        page_type.kind,
        page_type.title,
        language,
        width,
        path=page_type.paths.get(language, ""),
        error=error,
        note=page_type.note,
    )


async def shoot(tab, url, page_type, language, width, output):
    """Load the page, let it settle, and save the full page; the Shot says how it went."""
    path = page_type.paths[language]
    filename = shot_filename(page_type.kind, language, width)
    try:
        response = await tab.goto(url + path, wait_until="load", timeout=NAVIGATION_TIMEOUT)
        await tab.evaluate(SETTLE)
        await tab.screenshot(path=output / filename, full_page=True, animations="disabled")
    except Exception as error:  # noqa: BLE001 (one broken page must not stop the review)
        return missing_shot(page_type, language, width, f"{type(error).__name__}: {error}")
    error = ""
    if page_type.member and "/accounts/login/" in tab.url:
        error = "sent to the login page"
    return Shot(
        page_type.kind,
        page_type.title,
        language,
        width,
        filename=filename,
        path=path,
        status=response.status if response else None,
        expected_status=page_type.expected_status,
        error=error,
        note=page_type.note,
    )


def tile_pattern():
    """The map tiles' URLs as a Playwright glob: {z}, {x}, {y} and {s} become *."""
    from django.conf import settings

    return re.sub(r"\{[^}]*\}", "*", settings.DIRECTORY_TILES.get("url", "")) or None


def plain_tile():
    """A PNG of one pale colour: what the map shows instead of tiles from the network."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), (233, 236, 232)).save(buffer, "PNG")
    return buffer.getvalue()


async def new_contexts(browser, widths, url, session, tiles):
    """A browser context per width, logged out and logged in: (width, member) -> context."""
    host = url.split("://", 1)[1].split(":")[0]
    tile = plain_tile()

    async def fulfil_tile(route):
        await route.fulfill(status=200, content_type="image/png", body=tile)

    contexts = {}
    for width in widths:
        for member in (False, True):
            phone = width < PHONE_WIDTH
            context = await browser.new_context(
                viewport={"width": width, "height": VIEWPORTS.get(width, 900)},
                is_mobile=phone,
                has_touch=phone,
                locale="en-GB",
            )
            if member and session:
                name, value = session
                await context.add_cookies(
                    [{"name": name, "value": value, "domain": host, "path": "/"}]
                )
            if tiles:
                await context.route(tiles, fulfil_tile)
            contexts[width, member] = context
    return contexts


async def shoot_all(url, page_types, languages, widths, output, session, workers, tiles=None):
    """Every planned shot, in plan order; `workers` tabs load pages side by side."""
    from playwright.async_api import async_playwright

    plan = planned_shots(page_types, languages, widths)
    shots = [None] * len(plan)
    waiting = list(enumerate(plan))
    done = 0

    async def work(contexts):
        nonlocal done
        tabs = {}
        while waiting:
            position, (page_type, language, width) = waiting.pop(0)
            if page_type.missing:
                shot = missing_shot(page_type, language, width, page_type.missing)
            else:
                key = width, page_type.member
                if key not in tabs:
                    tabs[key] = await contexts[key].new_page()
                shot = await shoot(tabs[key], url, page_type, language, width, output)
            shots[position] = shot
            done += 1
            outcome = shot.problem or str(shot.status)
            print(
                f"[{done}/{len(plan)}] {page_type.kind} {language} {width}px "
                f"{unquote(shot.path)} {outcome}",
                flush=True,
            )

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        contexts = await new_contexts(browser, widths, url, session, tiles)
        await asyncio.gather(*(work(contexts) for _ in range(workers)))
        await browser.close()
    return shots


def clear(output):
    """Remove the previous run's files (only those this tool writes)."""
    output.mkdir(parents=True, exist_ok=True)
    for old in [*output.glob("*.png"), output / "index.html"]:
        old.unlink(missing_ok=True)


def open_site(site, keep):
    """Point Django at the demo site in `site`; whether the demo must be built there first.

    A kept site (--site) is used again while it was built from the same code and data.
    """
    fingerprint = code_fingerprint()
    reuse = keep and built_from(site) == fingerprint
    if keep and not reuse:
        if site.exists() and any(site.iterdir()) and not built_from(site):
            sys.exit(f"{site} is not empty and was not made by --site: choose another folder")
        shutil.rmtree(site, ignore_errors=True)
    site.mkdir(parents=True, exist_ok=True)
    configure_environment(site)
    warnings.filterwarnings("ignore", "No directory at", UserWarning)
    import django

    django.setup()
    logging.getLogger("django.request").setLevel(logging.ERROR)
    if reuse:
        print(f"Reusing the demo site in {site}", flush=True)
    return not reuse


def build_site(site):
    from django.core.management import call_command

    started = time.monotonic()
    print(f"Building a demo site in {site} (migrate, load_demo)...", flush=True)
    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    (site / FINGERPRINT_NAME).write_text(code_fingerprint(), encoding="utf-8")
    print(f"  ready in {time.monotonic() - started:.0f} s", flush=True)


def report(shots, page_types, languages, widths, elapsed, output):
    """Write the index, say where it is and what went wrong; the exit status."""
    taken = [shot for shot in shots if shot.filename]
    summary = (
        f"{len(taken)} screenshots of {len(page_types)} page types in {', '.join(languages)} "
        f"at {' and '.join(map(str, widths))} px wide, taken {time.strftime('%Y-%m-%d %H:%M')} "
        f"in {elapsed:.0f} s by review/screenshots.py."
    )
    index = write_index(output, shots, summary=summary)
    print(summary)
    print(f"Open {index.as_uri()}")
    absent = {page_type.kind for page_type in page_types if page_type.missing}
    for kind in sorted(absent):
        print(f"  not shot: {kind} (none in the demo)")
    problems = [shot for shot in shots if shot.problem and shot.kind not in absent]
    for shot in problems:
        print(
            f"  problem: {shot.kind} {shot.language} {shot.width}px {unquote(shot.path)}: "
            f"{shot.problem}"
        )
    return 1 if problems else 0


def main(argv=None):
    args = parse_args(argv)
    if not CHROMIUM.exists():
        sys.exit(
            f"{CHROMIUM} is missing: `make screenshots` installs it (apt-get install chromium)"
        )
    output = args.output.resolve()
    languages = [code for code in args.languages.split(",") if code]
    widths = [int(width) for width in args.widths.split(",") if width]
    only = {kind for kind in args.only.split(",") if kind}
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="praktika-screenshots-") as scratch:
        site = (args.site or Path(scratch)).resolve()
        must_build = open_site(site, keep=args.site is not None)
        from django.db import connections

        from review.pages import KINDS, find_page_types, the_viewer

        if only - set(KINDS):
            unknown = ", ".join(sorted(only - set(KINDS)))
            sys.exit(f"Unknown page types: {unknown}. Page types: {', '.join(KINDS)}")
        if must_build:
            build_site(site)
        viewer = the_viewer()
        page_types = [
            page_type for page_type in find_page_types(viewer) if not only or page_type.kind in only
        ]
        session = member_session(viewer) if viewer else None
        clear(output)
        # The ORM is done with in this thread (Playwright's event loop runs here from now on);
        # the server answers from its own threads.
        with Server() as url:
            run = shoot_all(
                url, page_types, languages, widths, output, session, args.workers, tile_pattern()
            )
            shots = asyncio.run(run)
        connections.close_all()
    return report(shots, page_types, languages, widths, time.monotonic() - started, output)


if __name__ == "__main__":
    sys.exit(main())
