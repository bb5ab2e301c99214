"""The shared rules: standing, flags hiding content, and the rate limits' answers."""

import pytest

from community.members.standing import display_name, is_moderator, is_new_member
from community.moderation.ratelimit import too_soon_message


def test_roles_have_the_standing_their_names_say(community_users):
    assert is_new_member(community_users["new_member"])
    assert not is_new_member(community_users["member"])
    assert is_moderator(community_users["moderator"])
    assert not is_moderator(community_users["editor"])
    assert not is_moderator(community_users["member"])


def test_a_deleted_author_is_shown_as_a_former_member(db):
    assert display_name(None) == "Бивш член"


@pytest.mark.parametrize(
    "seconds, expected",
    [(45, "45 seconds"), (119, "119 seconds"), (120, "2 minutes"), (3 * 3600, "3 hours")],
)
def test_waiting_times_are_told_in_words(seconds, expected, settings):
    from django.utils import translation

    with translation.override("en"):
        assert expected in too_soon_message(seconds)
