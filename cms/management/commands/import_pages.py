import shutil

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tqdm import tqdm

from cms.importing.runner import Import
from cms.importing.writer import CREATED, UNCHANGED, UPDATED


class Command(BaseCommand):
    help = (
        "Import articles, events and publications from a JSON Lines file, one page a line "
        "(see docs/import.md). Running it again updates the same pages. Exits with status 1 "
        "when a line failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the JSON Lines file; file paths in it are relative to it")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="check every line and report what would happen, then save nothing",
        )
        parser.add_argument(
            "--base-url",
            default="",
            help="the old site's address, to keep its relative links (e.g. https://old.example.bg/)",
        )
        progress = parser.add_mutually_exclusive_group()
        progress.add_argument(
            "--no-progress", action="store_true", help="no progress bar (default when not a TTY)"
        )
        progress.add_argument(
            "--progress", action="store_true", help="a progress bar even when not a TTY"
        )
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
            help="language of the messages (default: the site's, %(default)s)",
        )

    def handle(self, *args, **options):
        with translation.override(options["language"]):
            self.import_file(options)

    def import_file(self, options):
        stream = getattr(self.stderr, "_out", self.stderr)
        show = options["progress"] or (not options["no_progress"] and stream.isatty())

        def progress(items, total):
            # Some terminals report a size of 0 × 0, in which tqdm draws nothing.
            columns, rows = shutil.get_terminal_size()
            return tqdm(
                items,
                total=total,
                file=stream,
                disable=not show,
                ncols=columns,
                nrows=rows,
                unit=_("page"),
            )

        run = Import(
            options["file"],
            dry_run=options["dry_run"],
            base_url=options["base_url"],
            progress=progress,
        )
        try:
            result = run.run()
        except OSError as error:
            raise CommandError(
                _("cannot read %(path)s: %(error)s")
                % {"path": options["file"], "error": error.strerror or error}
            ) from error

        for number, message in result.warnings:
            self.stderr.write(
                _("line %(line)d: warning: %(message)s") % {"line": number, "message": message},
                style_func=self.style.WARNING,
            )
        for number, reason in result.errors:
            self.stderr.write(_("line %(line)d: %(reason)s") % {"line": number, "reason": reason})

        counts = result.counts
        summary = _(
            "Lines read: %(lines)d. Created: %(created)d, updated: %(updated)d, "
            "unchanged: %(unchanged)d, failed: %(failed)d (%(seconds).1f s)."
        ) % {
            "lines": result.lines,
            "created": counts[CREATED],
            "updated": counts[UPDATED],
            "unchanged": counts[UNCHANGED],
            "failed": result.failed,
            "seconds": result.seconds,
        }
        if options["dry_run"]:
            summary = _("Dry run, nothing was saved. %(summary)s") % {"summary": summary}
        self.stdout.write(summary)
        if result.failed:
            raise CommandError(
                ngettext(
                    "%(failed)d of %(lines)d line failed (see above).",
                    "%(failed)d of %(lines)d lines failed (see above).",
                    result.lines,
                )
                % {"failed": result.failed, "lines": result.lines},
                returncode=1,
            )
