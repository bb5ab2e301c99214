from django.core.management.base import BaseCommand

from community.discussions.notifications import send_digests


class Command(BaseCommand):
    help = "Send each member their daily digest of new posts in what they follow (run daily)."

    def handle(self, *args, **options):
        sent = send_digests()
        self.stdout.write(f"Queued {sent} digest email(s); the task worker sends them.")
