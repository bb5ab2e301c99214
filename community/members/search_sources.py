"""Who may find what is meant for members: the members themselves (see `standing`)."""

from community.members.standing import is_member
from search.models import Audience
from search.registry import register_audience

register_audience(Audience.MEMBERS, is_member)
