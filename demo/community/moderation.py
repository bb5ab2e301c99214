"""Open reports in the demo moderation queue: Georgi's comment names a child's village.

The reports are written with the comments they are about (``reports`` in
demo/data/community/comments/). Run after demo.community.comments. Idempotent: a member
reports a comment only once, even after a moderator has dealt with the report.
"""

from community.comments.models import Comment
from community.moderation.models import Flag
from community.moderation.services import flag
from demo.community.records import comments


def load(ctx):
    from demo.community.members import members

    people = members(ctx)
    added = existing = 0
    for _page, spec in comments():
        for report in spec.get("reports", ()):
            comment = Comment.objects.filter(
                author=people[spec["author"]], body=spec["body"]
            ).first()
            if comment is None:
                ctx.log("  moderation: no demo comment to report (load the comments demo first)")
                continue
            reporter = people[report["reporter"]]
            if Flag.objects.filter(object_id=comment.pk, reporter=reporter).exists():
                existing += 1
                continue
            flag(comment, reporter, report["reason"], report["note"])
            added += 1
    ctx.log(f"  moderation reports: {added} added to the queue, {existing} already there")
