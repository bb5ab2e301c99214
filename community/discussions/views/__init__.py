from community.discussions.views.browse import category, index, thread
from community.discussions.views.follows import follow, following, unsubscribe
from community.discussions.views.moderation import lock, pin
from community.discussions.views.posting import edit_post, new_thread, post_history, reply

__all__ = [
    "category",
    "edit_post",
    "follow",
    "following",
    "index",
    "lock",
    "new_thread",
    "pin",
    "post_history",
    "reply",
    "thread",
    "unsubscribe",
]
