"""Demo members and what they shared, in three languages: loaded by `manage.py load_demo`.

Each part of `community` has a `demo` module with `load(ctx)`; they run in this order
because materials, threads and comments need the members, and flags need the content.
"""

import importlib

PARTS = ("members", "materials", "discussions", "comments", "moderation")


def load(ctx):
    ctx.log("Community: members, materials, discussions, comments...")
    for part in PARTS:
        importlib.import_module(f"community.{part}.demo").load(ctx)
