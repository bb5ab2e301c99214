"""Demonstration records for the directory: about 200 providers and 24 laws and policies.

Called by ``cms.demo.load_demo`` once the map and legislation index pages exist. Records are
built in Bulgarian and translated into English and Romanian through wagtail-localize (see
``directory.demo.loader``), and every one is marked ``is_demo``.
"""

from cms.demo.core import demo_uuid


def record_specs():
    from directory.demo.legislation import legislation_specs
    from directory.demo.providers import provider_specs

    return provider_specs() + legislation_specs()


def demo_keys():
    """Translation keys of every demo record, for ``load_demo --reset``."""
    return [demo_uuid(spec["key"]) for spec in record_specs()]


def load(ctx):
    from directory.demo.loader import ensure_records

    ensure_records(ctx, record_specs())
