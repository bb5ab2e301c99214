"""Personal data of comments and moderation (export, erase), and the demo content."""

import json

from django.utils import translation

import pytest

from community.comments import personal_data as comments_data
from community.comments.models import Comment
from community.members.standing import profile_for
from community.moderation import personal_data as moderation_data
from community.moderation.actions import moderate_member
from community.moderation.models import Flag
from community.moderation.queue import queue_items
from community.moderation.services import flag
from demo.community import comments as comments_demo
from demo.community import moderation as moderation_demo
from tests.community.moderation_helpers import make_comment, moderation_log

pytestmark = pytest.mark.django_db


def test_comments_export_and_erase(site_tree, community_users):
    member = community_users["member"]
    page = site_tree.page("en", "article")
    make_comment(page, member, "My words")
    make_comment(page, community_users["new_member"], "Not mine")

    with translation.override("en"):
        data = comments_data.export(member)
    json.dumps(data)
    (comment,) = data["comments"]
    assert comment["body"] == "My words"
    assert comment["on"] == page.title
    assert comment["url"] == page.url
    assert comments_data.files(member) == []

    comments_data.erase(member, keep_files=False)
    kept = Comment.objects.get(body="My words")
    with translation.override("en"):
        assert kept.author is None and kept.author_name == "Former member"
    assert Comment.objects.get(body="Not mine").author == community_users["new_member"]


def test_moderation_export_names_no_moderator(site_tree, community_users):
    member, moderator = community_users["new_member"], community_users["moderator"]
    reported = make_comment(site_tree.page("en", "article"), community_users["member"])
    flag(reported, member, "spam", "Looks like an advert")
    moderate_member(member, "warn", moderator, reason="Please stay on topic")

    with translation.override("en"):
        data = moderation_data.export(member)
        reported_url = reported.get_absolute_url()
    text = json.dumps(data)
    (report,) = data["reports_made"]
    assert report["reason"] == "spam" and report["details"] == "Looks like an advert"
    assert report["content"] == {
        "kind": "comment",
        "id": reported.pk,
        "url": reported_url,
    }
    (entry,) = data["moderation_history"]
    assert entry["action"] == "warn" and entry["reason"] == "Please stay on topic"
    assert moderator.username not in text and "Moderator" not in text

    moderation_data.erase(member, keep_files=False)
    assert Flag.objects.get().reporter is None
    (entry,) = moderation_log()
    assert entry.member is None and entry.reason == "Please stay on topic"
    assert entry.moderator == moderator
    # About no account any more, and no longer under the member's name.
    assert entry.content_type is None and entry.object_id == ""
    assert entry.label != profile_for(member).name


def test_erasing_a_moderator_keeps_their_actions_unsigned(community_users):
    member, moderator = community_users["member"], community_users["moderator"]
    moderate_member(member, "trust", moderator)
    moderation_data.erase(moderator, keep_files=False)
    (entry,) = moderation_log()
    assert entry.moderator is None and entry.member == member


class Ctx:
    def __init__(self):
        self.lines = []

    def log(self, message):
        self.lines.append(message)


def test_the_demo_adds_comments_and_one_open_report_once(site_tree):
    for _run in range(2):
        ctx = Ctx()
        comments_demo.load(ctx)
        moderation_demo.load(ctx)
    specs = comments_demo.comments()
    assert Comment.objects.count() == len(specs)
    assert set(Comment.objects.values_list("language", flat=True)) == {"bg", "en", "ro"}
    assert Flag.objects.count() == 1
    (item,) = queue_items()
    (reported,) = [spec["body"] for _page, spec in specs if spec.get("reports")]
    assert item.object.body == reported
