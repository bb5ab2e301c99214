"""One open report in the demo moderation queue: Georgi's comment names a child's village.

Run after demo.community.comments. Idempotent: Maria reports the comment only once, even
after a moderator has dealt with the report.
"""

from community.comments.models import Comment
from community.moderation.models import Flag, FlagReason
from community.moderation.services import flag
from demo.community.comments import COMMENTS

FLAGGED_BODY = COMMENTS[-1][3]


def load(ctx):
    from demo.community.members import members

    people = members(ctx)
    comment = Comment.objects.filter(author=people["georgi"], body=FLAGGED_BODY).first()
    if comment is None:
        ctx.log("  moderation: no demo comment to report (load the comments demo first)")
        return
    if Flag.objects.filter(object_id=comment.pk, reporter=people["maria"]).exists():
        ctx.log("  moderation: the demo report is already there")
        return
    flag(
        comment,
        people["maria"],
        FlagReason.IDENTIFIES_CLIENT,
        "Името на селото и възрастта заедно могат да издадат детето.",
    )
    ctx.log("  moderation: 1 report added to the queue")
