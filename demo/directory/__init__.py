"""Demonstration records for the directory: about 200 providers and 24 laws and policies.

Called by ``demo.loader.load_demo`` once the map and legislation index pages exist. Records
are built in Bulgarian and translated into English and Romanian through wagtail-localize (see
``demo.directory.loader``), and every one is marked ``is_demo``. Their texts are in
demo/data/directory/ (``demo.directory.records``).
"""

from demo.core import demo_uuid
from demo.directory.records import read_everything

# `load_demo` imports this package before it writes anything: a broken data file stops it
# there, with the file and the place.
read_everything()


def record_specs():
    from demo.directory.legislation import legislation_specs
    from demo.directory.providers import provider_specs

    return provider_specs() + legislation_specs()


def demo_keys():
    """Translation keys of every demo record, for ``load_demo --reset``."""
    return [demo_uuid(spec["key"]) for spec in record_specs()]


def load(ctx):
    from demo.directory.loader import ensure_records

    ensure_records(ctx, record_specs())
