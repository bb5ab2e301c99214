from django.core.management.base import BaseCommand, CommandError

from demo.core import DemoContentError
from demo.loader import load_demo


class Command(BaseCommand):
    help = (
        "Build the demo site in Bulgarian, English and Romanian. Safe to run again: what "
        "exists is kept, what is missing is added."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the demo pages, snippets, images and documents first, then rebuild.",
        )

    def handle(self, *args, reset=False, **options):
        try:
            load_demo(stdout=self.stdout, reset=reset)
        except DemoContentError as error:
            raise CommandError(str(error)) from error
