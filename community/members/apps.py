from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "community.members"
    label = "members"
    verbose_name = _("Members")

    def ready(self):
        from community.members import receivers, search_sources  # noqa: F401

        # The "get started" page's steps, each app's own (community/members/get_started.py).
        autodiscover_modules("get_started")
