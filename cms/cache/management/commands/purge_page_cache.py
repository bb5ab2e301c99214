from django.core.management.base import BaseCommand

from cms.cache.purge import purge_all, purge_paths


class Command(BaseCommand):
    help = (
        "Forget stored pages: every page, or only the given paths (with all their query "
        "strings), e.g. /bg/novini/."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", metavar="PATH")

    def handle(self, *args, paths, **options):
        if paths:
            purge_paths(paths, always=True)
            self.stdout.write(f"Purged {len(paths)} path(s) from the page cache.")
        else:
            purge_all(always=True)
            self.stdout.write("Purged the whole page cache.")
