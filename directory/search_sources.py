"""What the directory puts in search: its page types' kinds (pages are indexed by `search`).

Providers and laws are records, not news: they are undated in search, so they never fill the
year facet with the day the directory was loaded.
"""

from django.utils.translation import gettext_lazy as _

from search.registry import register_kind

register_kind("provider", _("Social service"), dated=False)
register_kind("legislation", _("Law or policy"), dated=False)
