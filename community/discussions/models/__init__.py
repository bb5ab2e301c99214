from community.discussions.models.categories import Category
from community.discussions.models.follows import (
    Follow,
    FollowMode,
    PendingDigestItem,
    ThreadReadState,
)
from community.discussions.models.threads import Post, PostRevision, Thread

__all__ = [
    "Category",
    "Follow",
    "FollowMode",
    "PendingDigestItem",
    "Post",
    "PostRevision",
    "Thread",
    "ThreadReadState",
]
