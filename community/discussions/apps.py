from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionsConfig(AppConfig):
    name = "community.discussions"
    label = "discussions"
    verbose_name = _("Discussions")

    def ready(self):
        from community.discussions import search_sources, signals  # noqa: F401
        from community.discussions.models import Post, Thread
        from community.moderation.registry import register

        register(Thread)
        register(Post)
