"""A member's comments: exported with the rest of their data; anonymised when they leave.

What a comment is on is named by its title when it is an editorial page or the member's
own material; another member's material is named only by its address, as its title is
that member's words. Erasing keeps each comment in its conversation, shown as written by
"Former member", so replies that answer it still make sense. Comments hold no files.
"""

from community.comments.models import Comment
from community.moderation.models import ModeratedContent


def _when(value):
    return value.isoformat() if value else None


def _target_title(comment, user):
    target = comment.target
    if isinstance(target, ModeratedContent) and target.author_id != user.pk:
        return None
    return comment.target_title()


def export(user):
    comments = Comment.objects.filter(author=user).select_related("content_type")
    return {
        "comments": [
            {
                "id": comment.pk,
                "on": _target_title(comment, user),
                "url": comment.target_url(),
                "language": comment.language,
                "body": comment.body,
                "status": comment.status,
                "deleted_by_you": comment.removed_by_author,
                "created_at": _when(comment.created_at),
                "edited_at": _when(comment.edited_at),
            }
            for comment in comments.order_by("created_at", "pk")
        ]
    }


def files(user):
    return []


def erase(user, keep_files=False):
    Comment.objects.filter(author=user).update(author=None)
