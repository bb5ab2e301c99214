"""Rate limits, identical-text and standing checks of community.moderation.ratelimit.

Counted against real Comment rows (kind "comment", and "thread" for the new members' limit
that discussions use), with the clock moved by time_machine.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import translation

import pytest
import time_machine

from community.comments.models import Comment
from community.members.models import Profile
from community.moderation.ratelimit import PostingNotAllowed, check_can_post, too_soon_message

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 11, 20, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def traveller():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


def write(user, body):
    """A comment row as the comments view would save it (the target need not exist here)."""
    return Comment.objects.create(
        content_type=ContentType.objects.get_by_natural_key("cms", "articlepage"),
        object_id=1,
        author=user,
        body=body,
        language="en",
    )


def refusal(user, kind="comment", text=None):
    try:
        check_can_post(user, kind, Comment.objects, text=text)
    except PostingNotAllowed as error:
        return error.message
    return None


@pytest.fixture
def users(community_users, traveller):
    """The roles, with the new member having joined an hour before START."""
    new_member = community_users["new_member"]
    new_member.date_joined = START - datetime.timedelta(hours=1)
    new_member.save(update_fields=["date_joined"])
    return community_users


def test_a_new_member_starts_one_thread_every_two_minutes(users, traveller):
    new_member = users["new_member"]
    assert refusal(new_member, "thread") is None
    write(new_member, "First thread")
    with translation.override("en"):
        message = refusal(new_member, "thread")
    assert message == "You are posting too often. Please try again in 2 minutes."
    traveller.shift(datetime.timedelta(seconds=90))
    with translation.override("en"):
        assert refusal(new_member, "thread") == (
            "You are posting too often. Please try again in 30 seconds."
        )
    traveller.shift(datetime.timedelta(seconds=31))
    assert refusal(new_member, "thread") is None


def test_a_trusted_member_is_not_held_to_the_new_members_limit(users, traveller):
    member = users["member"]
    write(member, "A thread")
    traveller.shift(datetime.timedelta(seconds=31))  # past the "all" limit of 1 per 30 s
    assert refusal(member, "thread") is None


def test_a_new_member_writes_at_most_ten_comments_on_the_first_day(users, traveller):
    new_member = users["new_member"]
    for number in range(10):
        assert refusal(new_member) is None, number
        write(new_member, f"Comment {number}")
        traveller.shift(datetime.timedelta(minutes=5))
    with translation.override("en"):
        message = refusal(new_member)
    # The first of the ten was written 50 minutes ago: the window closes in 23 h 10 min.
    assert message == "You are posting too often. Please try again in 24 hours."

    member = users["member"]
    for number in range(11):
        assert refusal(member) is None, number
        write(member, f"Comment {number}")
        traveller.shift(datetime.timedelta(seconds=11))


def test_everyone_but_moderators_waits_ten_seconds_between_comments(users, traveller):
    for role in ("member", "editor"):
        write(users[role], "Quick")
        with translation.override("en"):
            assert refusal(users[role]) == (
                "You are posting too often. Please try again in 10 seconds."
            )
    write(users["moderator"], "Quick")
    assert refusal(users["moderator"]) is None


def test_moderators_are_exempt_from_every_count(users, traveller):
    moderator = users["moderator"]
    for number in range(120):
        write(moderator, f"Moderator note {number}")
    assert refusal(moderator, text="Moderator note 3") is None


@pytest.mark.parametrize("role", ["new_member", "member", "editor"])
def test_identical_text_is_refused_for_a_day(users, traveller, role):
    user = users[role]
    write(user, "Has anyone used the  new assessment form?")
    traveller.shift(datetime.timedelta(minutes=10))
    with translation.override("en"):
        message = refusal(user, text="has anyone used the new\nassessment form?")
    assert message == "You have already posted exactly this text. Please write something new."
    assert refusal(user, text="A different question") is None
    traveller.shift(datetime.timedelta(days=1))
    assert refusal(user, text="has anyone used the new assessment form?") is None


def test_someone_elses_identical_text_is_allowed(users, traveller):
    write(users["member"], "Thank you!")
    traveller.shift(datetime.timedelta(minutes=1))
    assert refusal(users["editor"], text="Thank you!") is None


def test_a_silenced_member_is_told_until_when(users, traveller):
    member = users["member"]
    Profile.objects.filter(user=member).update(silenced_until=START + datetime.timedelta(days=2))
    member.refresh_from_db()
    with translation.override("en"):
        message = refusal(member)
    assert message.startswith("A moderator has paused your posting until ")
    assert "2026" in message
    traveller.shift(datetime.timedelta(days=2, seconds=1))
    member.refresh_from_db()
    assert refusal(member) is None


def test_silence_applies_to_moderators_too(users, traveller):
    moderator = users["moderator"]
    Profile.objects.filter(user=moderator).update(silenced_until=START + datetime.timedelta(days=1))
    moderator.refresh_from_db()
    assert refusal(moderator) is not None


def test_a_banned_or_inactive_member_cannot_post(users, traveller):
    member = users["member"]
    Profile.objects.filter(user=member).update(is_banned=True)
    member.refresh_from_db()
    with translation.override("en"):
        assert refusal(member) == "Your account has been suspended, so you cannot post."
    editor = users["editor"]
    editor.is_active = False
    with translation.override("en"):
        assert refusal(editor) == "Your account has been suspended, so you cannot post."


@pytest.mark.parametrize(
    "seconds, expected",
    [
        (1, "1 second"),
        (119, "119 seconds"),
        (120, "2 minutes"),
        (121, "3 minutes"),
        (7199, "120 minutes"),
        (7200, "2 hours"),
        (7201, "3 hours"),
    ],
)
def test_the_wait_is_said_in_the_right_unit(seconds, expected):
    with translation.override("en"):
        assert too_soon_message(seconds) == (
            f"You are posting too often. Please try again in {expected}."
        )


def test_the_message_in_bulgarian():
    with translation.override("bg"):
        assert too_soon_message(30) == "Публикувате твърде често. Опитайте отново след 30 секунди."
