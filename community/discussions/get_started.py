"""The discussions' steps on a new member's "get started" page (community.members.get_started)."""

from django.utils.translation import gettext_lazy as _

from community.discussions.models import Follow, Thread
from community.members.get_started import Step, register


def follows_a_category(user):
    return Follow.objects.filter(user=user, category_key__isnull=False).exists()


def started_a_thread(user):
    return Thread.objects.filter(author=user).exists()


register(
    "follow_topics",
    Step(
        order=20,
        title=_("Follow topics"),
        text=_(
            "Follow the discussion categories that matter in your work: new threads come to "
            "you by email, at once or in a daily digest."
        ),
        action=_("Choose topics"),
        done_action=_("See the discussions"),
        url_name="discussions:index",
        is_done=follows_a_category,
    ),
)
register(
    "introduce_yourself",
    Step(
        order=40,
        title=_("Introduce yourself"),
        text=_(
            "Start a thread: who you are, where you work and what you would like to learn "
            "from colleagues. Never write anything that could identify a child or a family."
        ),
        action=_("Introduce yourself"),
        done_action=_("Start another thread"),
        url_name="discussions:new_thread",
        is_done=started_a_thread,
    ),
)
