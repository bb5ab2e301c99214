"""Members report content; enough reports from different members hide it until reviewed."""

from django.urls import reverse

import pytest

from community.moderation.models import Flag, FlagReason
from tests.community.conftest import make_member
from tests.community.moderation_helpers import flag_url, make_comment, moderation_log

pytestmark = pytest.mark.django_db


@pytest.fixture
def comment(site_tree, community_users):
    return make_comment(site_tree.page("en", "article"), community_users["member"], "Spammy text")


def test_the_flag_form_lists_the_reasons(client_for, comment):
    response = client_for("new_member").get(flag_url(comment))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Report to a moderator" in html
    for reason in FlagReason:
        assert f'value="{reason.value}"' in html


def test_a_member_reports_a_comment_and_is_thanked(client_for, comment, site_tree):
    back = site_tree.url("en", "article") + f"#comment-{comment.pk}"
    response = client_for("new_member").post(
        flag_url(comment),
        {"reason": "spam", "note": "Advertises a clinic", "next": back},
        follow=True,
    )
    flag = Flag.objects.get()
    assert flag.reason == "spam" and flag.note == "Advertises a clinic"
    assert response.redirect_chain[0][0] == back
    assert "Thank you, a moderator will look at it." in [
        str(message) for message in response.context["messages"]
    ]


def test_an_unsafe_next_is_ignored(client_for, comment):
    response = client_for("new_member").post(
        flag_url(comment), {"reason": "spam", "next": "https://evil.example/"}
    )
    assert response.status_code == 302
    assert response["Location"] == comment.get_absolute_url()


def test_a_reason_is_required_and_the_details_are_kept(client_for, comment):
    response = client_for("new_member").post(flag_url(comment), {"note": "Typed details"})
    html = response.content.decode()
    assert "Please choose a reason." in html
    assert "Typed details</textarea>" in html
    assert not Flag.objects.exists()


def test_a_member_cannot_report_their_own_comment(client_for, comment):
    response = client_for("member").post(flag_url(comment), {"reason": "spam"})
    assert "You cannot report your own post" in response.content.decode()
    assert not Flag.objects.exists()


def test_a_second_report_by_the_same_member_is_not_counted(client_for, comment):
    client = client_for("new_member")
    client.post(flag_url(comment), {"reason": "spam"})
    response = client.post(flag_url(comment), {"reason": "abusive"})
    assert "You have already reported this" in response.content.decode()
    assert Flag.objects.count() == 1


def test_three_members_reporting_hide_the_comment(client_for, comment, site_tree):
    from django.test import Client

    reporters = [make_member(f"reporter{n}") for n in range(3)]
    for number, reporter in enumerate(reporters):
        client = Client()
        client.force_login(reporter)
        client.post(flag_url(comment), {"reason": "spam"})
        comment.refresh_from_db()
        assert comment.hidden_by_flags is (number == 2)
    (entry,) = moderation_log()
    assert entry.kind == "auto_hide" and entry.moderator is None

    html = client_for("new_member").get(site_tree.url("en", "article")).content.decode()
    assert "Spammy text" not in html
    html = client_for("moderator").get(site_tree.url("en", "article")).content.decode()
    assert "Spammy text" in html


def test_hidden_content_cannot_be_reported(client_for, comment):
    comment.hidden_by_flags = True
    comment.save()
    assert client_for("new_member").get(flag_url(comment)).status_code == 404


def test_only_registered_models_can_be_reported(client_for, community_users):
    url = reverse("moderation:flag", args=["auth.user", community_users["member"].pk])
    assert client_for("new_member").get(url).status_code == 404
    url = reverse("moderation:flag", args=["nonsense", 1])
    assert client_for("new_member").get(url).status_code == 404


def test_reporting_is_rate_limited(client_for, site_tree, community_users, settings):
    settings.COMMUNITY_RATE_LIMITS = {
        **settings.COMMUNITY_RATE_LIMITS,
        "flag": {"all": [(1, 3600)]},
    }
    first = make_comment(site_tree.page("en", "article"), community_users["member"], "One")
    second = make_comment(site_tree.page("en", "article"), community_users["member"], "Two")
    client = client_for("new_member")
    client.post(flag_url(first), {"reason": "spam"})
    response = client.post(flag_url(second), {"reason": "spam", "note": "kept"})
    html = response.content.decode()
    assert "You are posting too often" in html
    assert "kept</textarea>" in html
    assert Flag.objects.count() == 1


def test_the_flag_link_is_shown_to_members_but_not_on_their_own_comments(
    client_for, comment, site_tree
):
    url = site_tree.url("en", "article")
    assert flag_url(comment) in client_for("new_member").get(url).content.decode()
    assert flag_url(comment) not in client_for("member").get(url).content.decode()
