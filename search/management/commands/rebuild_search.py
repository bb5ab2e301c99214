"""Recompute every search entry from the content, then rebuild the backend's index."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from tqdm import tqdm

from search.indexing import rebuild


class Command(BaseCommand):
    help = (
        "Recompute the search entries of every page, material, thread and post (with a "
        "progress bar), then rebuild the search backend's index."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-progress", action="store_true", help="No progress bars (for logs and cron)."
        )
        parser.add_argument(
            "--skip-backend",
            action="store_true",
            help="Only recompute the entries; the backend's index is updated as they are saved.",
        )

    def handle(self, *args, **options):
        show = not options["no_progress"] and options["verbosity"] > 0

        def progress(iterable, total, name):
            return tqdm(iterable, total=total, desc=f"{name:>9}", unit=" items", disable=not show)

        counts = rebuild(progress=progress)
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count} entries")
        if not options["skip_backend"]:
            call_command("update_index", verbosity=options["verbosity"])
        self.stdout.write(self.style.SUCCESS("Search entries rebuilt."))
