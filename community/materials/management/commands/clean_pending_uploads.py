from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from community.materials.models import PendingUpload


class Command(BaseCommand):
    help = "Delete files kept by the material upload form that were never used (older than a day)."

    def add_arguments(self, parser):
        parser.add_argument("--hours", type=int, default=24)

    def handle(self, *args, hours, **options):
        cutoff = timezone.now() - timedelta(hours=hours)
        count = 0
        for pending in PendingUpload.objects.filter(created_at__lt=cutoff).iterator():
            pending.discard()
            count += 1
        self.stdout.write(f"Deleted {count} kept upload(s).")
