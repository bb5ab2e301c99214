from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "community.comments"
    label = "comments"
    verbose_name = _("Comments")

    def ready(self):
        from community.comments.models import Comment
        from community.moderation.registry import register

        register(Comment)
