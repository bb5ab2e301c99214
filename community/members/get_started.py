"""The steps of the "get started" page, where a new member lands on their first login.

Each step is done or not from what the member has really done. Members sits below the apps
whose steps it shows (discussions, materials: docs/architecture.md), so each app registers
its own from a `get_started` module, which `MembersConfig.ready` imports from every app as
Django's admin finds `admin` modules; this one holds the profile's step.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from community.members.standing import profile_for


@dataclass(frozen=True)
class Step:
    order: int
    title: str
    text: str
    action: str
    url_name: str
    is_done: Callable
    # What is done of the step so far, as (done, total), for a step of several parts.
    progress: Callable | None = None
    # Link text once the step is done (to look at or change it).
    done_action: str = ""


_steps = {}


def register(key, step):
    _steps[key] = step


def steps_for(user):
    """The registered steps in order, each with `done`, `url` and `progress` for this member."""
    shown = []
    for key, step in sorted(_steps.items(), key=lambda item: (item[1].order, item[0])):
        shown.append(
            {
                "key": key,
                "step": step,
                "done": bool(step.is_done(user)),
                "url": reverse(step.url_name),
                "progress": step.progress(user) if step.progress else None,
            }
        )
    return shown


# What makes a profile worth reading for a colleague; the picture and the public choices are
# the member's own business.
PROFILE_DETAILS = ("profession", "organisation", "country", "languages", "bio")


def profile_progress(user):
    profile = profile_for(user)
    given = sum(1 for name in PROFILE_DETAILS if getattr(profile, name))
    return given, len(PROFILE_DETAILS)


def profile_is_complete(user):
    given, total = profile_progress(user)
    return given == total


register(
    "profile",
    Step(
        order=10,
        title=_("Complete your profile"),
        text=_(
            "Tell colleagues your profession, where you work, your country and languages, and "
            "a few words about your work. You choose what the public may see."
        ),
        action=_("Complete your profile"),
        done_action=_("Edit your profile"),
        url_name="members:edit",
        is_done=profile_is_complete,
        progress=profile_progress,
    ),
)
