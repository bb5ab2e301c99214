"""Demo members and what they shared, in three languages: loaded by `manage.py load_demo`.

Each part of `community` has a module here with `load(ctx)`; they run in this order
because materials, threads and comments need the members, and flags need the content. What
they write is in demo/data/community/ (read and checked by `demo.community.records`).
"""

import importlib

from demo.community.records import read_everything

PARTS = ("members", "materials", "discussions", "comments", "moderation")

# `load_demo` imports this package before it writes anything: a broken data file stops it
# there, with the file and the place.
read_everything()


def load(ctx):
    ctx.log("Community: members, materials, discussions, comments...")
    for part in PARTS:
        importlib.import_module(f"demo.community.{part}").load(ctx)


def delete(ctx):
    """`load_demo --reset`: the demo members, what they wrote and flagged, their categories.

    Authors are kept off content when an account is erased (their content stays); demo
    content goes with its demo author instead. A category someone else has written in stays.
    """
    from django.db.models import ProtectedError

    from community.comments.models import Comment
    from community.discussions.models import Category, Post, Thread
    from community.materials.models import PracticeMaterial
    from community.moderation.models import Flag
    from demo.community.members import demo_users
    from demo.community.records import categories
    from demo.core import demo_uuid

    users = demo_users()
    counts = {
        "flags": Flag.objects.filter(reporter__in=users).delete()[0],
        "comments": Comment.objects.filter(author__in=users).delete()[0],
        "replies": Post.objects.filter(author__in=users).delete()[0],
        "threads": Thread.objects.filter(author__in=users).delete()[0],
        "materials": PracticeMaterial.objects.filter(author__in=users).delete()[0],
    }
    keys = [demo_uuid(f"discussion-category:{key}") for key in categories()]
    for category in Category.objects.filter(translation_key__in=keys):
        try:
            category.delete()
        except ProtectedError:
            ctx.log(f"  kept the category {category}: members have written in it")
    counts["members"] = users.delete()[0]
    ctx.log("  community: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
