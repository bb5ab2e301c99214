"""What the directory puts in search: its page types' kinds (pages are indexed by `search`)."""

from django.utils.translation import gettext_lazy as _

from search.registry import register_kind

register_kind("provider", _("Social service"))
register_kind("legislation", _("Law or policy"))
