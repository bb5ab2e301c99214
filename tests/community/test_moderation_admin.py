"""The moderation queue, member sanctions and the log in the Wagtail admin."""

from django.urls import reverse
from django.utils import timezone, translation

import pytest
from bs4 import BeautifulSoup

from community.comments.models import Comment
from community.members.models import Profile
from community.moderation import personal_data as moderation_data
from community.moderation.models import Flag, Status
from community.moderation.services import flag
from tests.community.conftest import PASSWORD, make_member
from tests.community.moderation_helpers import action_url, make_comment, moderation_log

pytestmark = pytest.mark.django_db

QUEUE = "/admin/community/queue/"


@pytest.fixture
def page(site_tree):
    return site_tree.page("en", "article")


@pytest.fixture
def moderator_client(client_for):
    """A moderator whose admin is in English (the admin follows the browser's language)."""
    client = client_for("moderator")
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def test_the_queue_lists_pending_flagged_and_hidden_content(
    page, moderator_client, community_users
):
    author = community_users["new_member"]
    pending = make_comment(page, author, "Pending words", status=Status.PENDING)
    flagged = make_comment(page, author, "Flagged words")
    hidden = make_comment(page, author, "Hidden words", hidden_by_flags=True)
    make_comment(page, author, "Fine words")
    flag(flagged, community_users["member"], "abusive", "Rude to a colleague")

    response = moderator_client.get(QUEUE)
    html = response.content.decode()
    assert response.status_code == 200
    for comment in (pending, flagged, hidden):
        assert f'id="queue-comments.comment-{comment.pk}"' in html
    assert "Fine words" not in html
    assert "Abusive or disrespectful (1)" in html
    assert "Rude to a colleague" in html
    assert "3 items need a moderator." in html

    html = moderator_client.get(QUEUE + "?state=pending").content.decode()
    assert "Pending words" in html and "Flagged words" not in html
    html = moderator_client.get(QUEUE + "?state=flagged&type=comments.comment").content.decode()
    assert "Flagged words" in html and "Pending words" not in html


def test_an_empty_queue_says_so(moderator_client):
    html = moderator_client.get(QUEUE).content.decode()
    assert "Nothing waits for a moderator." in html


def test_the_queue_is_paginated(page, moderator_client, community_users):
    for number in range(23):
        make_comment(page, community_users["member"], f"Waiting {number}", status=Status.PENDING)
    first = moderator_client.get(QUEUE).content.decode()
    second = moderator_client.get(QUEUE + "?p=2").content.decode()
    assert first.count('id="queue-comments.comment-') == 20
    assert second.count('id="queue-comments.comment-') == 3


@pytest.mark.parametrize(
    "action, status, logged",
    [
        ("approve", Status.PUBLISHED, "approve"),
        ("hide", Status.HIDDEN, "hide"),
        ("remove", Status.REMOVED, "remove"),
        ("dismiss", Status.PUBLISHED, "dismiss_flags"),
    ],
)
def test_content_actions_resolve_flags_and_are_logged(
    page, moderator_client, community_users, action, status, logged
):
    comment = make_comment(page, community_users["new_member"], hidden_by_flags=True)
    flag(comment, community_users["member"], "spam")
    response = moderator_client.post(
        action_url(comment, action), {"reason": "Checked", "next": QUEUE}
    )
    assert response.status_code == 302 and response["Location"] == QUEUE
    comment.refresh_from_db()
    assert comment.status == status
    assert comment.hidden_by_flags is False
    assert comment.reviewed_at is not None
    assert not Flag.objects.filter(resolved_at=None).exists()
    (entry,) = moderation_log()
    assert (entry.kind, entry.moderator, entry.member, entry.reason) == (
        logged,
        community_users["moderator"],
        community_users["new_member"],
        "Checked",
    )
    html = moderator_client.get(QUEUE).content.decode()
    assert f'id="queue-comments.comment-{comment.pk}"' not in html


def test_approving_pending_content_publishes_it(page, moderator_client, community_users):
    comment = make_comment(page, community_users["new_member"], status=Status.PENDING)
    moderator_client.post(action_url(comment, "approve"))
    comment.refresh_from_db()
    assert comment.is_visible


def test_an_unknown_action_or_model_is_not_found(page, moderator_client, community_users):
    comment = make_comment(page, community_users["member"])
    assert moderator_client.post(action_url(comment, "explode")).status_code == 404
    url = reverse("community_moderation_action", args=["auth.user", 1, "approve"])
    assert moderator_client.post(url).status_code == 404


def member_url(user, action=None):
    if action:
        return reverse("community_member_action", args=[user.pk, action])
    return reverse("community_member", args=[user.pk])


def test_the_member_page_shows_standing_and_history(moderator_client, community_users):
    member = community_users["new_member"]
    moderator_client.post(member_url(member, "warn"), {"reason": "Be kind"})
    html = moderator_client.get(member_url(member)).content.decode()
    assert "1 warning" in html
    assert "Be kind" in html
    assert "Member warned" in html


def standing(user):
    return Profile.objects.get(user=user)


@pytest.mark.parametrize("language", ["en", "ro", "bg"])
def test_a_warning_is_emailed_in_the_members_language(moderator_client, language, mailoutbox):
    member = make_member("warned_one", language=language)
    response = moderator_client.post(member_url(member, "warn"), {"reason": "Names a child"})
    assert response.status_code == 302
    assert standing(member).warnings == 1
    (message,) = mailoutbox
    assert message.to == [member.email]
    assert "Names a child" in message.body
    with translation.override(language):
        expected = translation.gettext("A warning from the Praktika moderators")
    assert message.subject == expected
    assert [entry.kind for entry in moderation_log()] == ["warn"]


def test_the_warning_email_is_sent_by_the_task_worker(moderator_client, mailoutbox, task_queue):
    member = make_member("warned_later", language="en")
    moderator_client.post(member_url(member, "warn"), {"reason": "Names a child"})
    assert standing(member).warnings == 1
    assert mailoutbox == []
    assert len(task_queue.results("core.tasks.send_email_task")) == 1

    task_queue.run()
    (message,) = mailoutbox
    assert message.to == [member.email]
    assert "Names a child" in message.body


def test_a_warning_needs_a_reason(moderator_client, community_users, mailoutbox):
    member = community_users["new_member"]
    response = moderator_client.post(member_url(member, "warn"), {"reason": ""})
    assert response.status_code == 200
    assert "Tell the member why" in response.content.decode()
    assert not mailoutbox and standing(member).warnings == 0


def test_a_silenced_member_cannot_comment(moderator_client, community_users, client_for, page):
    member = community_users["member"]
    response = moderator_client.post(
        member_url(member, "silence"), {"days": "3", "reason": "Cool off"}
    )
    assert response.status_code == 302
    profile = standing(member)
    assert profile.silenced_until > timezone.now() + timezone.timedelta(days=2)
    with translation.override("en"):
        url = reverse("comments:post", args=["cms.articlepage", page.pk])
    response = client_for("member").post(url, {"body": "Still here"})
    html = response.content.decode()
    assert "A moderator has paused your posting until" in html
    assert "Still here</textarea>" in html
    assert not Comment.objects.exists()
    assert [entry.kind for entry in moderation_log()] == ["silence"]


def test_silencing_needs_a_number_of_days(moderator_client, community_users):
    response = moderator_client.post(
        member_url(community_users["member"], "silence"), {"days": "0"}
    )
    assert "Silence a member for at least 1 day." in response.content.decode()
    response = moderator_client.post(member_url(community_users["member"], "silence"), {})
    assert "Say for how many days" in response.content.decode()


def test_a_banned_member_cannot_log_in(moderator_client, community_users, client, mailoutbox):
    member = community_users["member"]
    moderator_client.post(member_url(member, "ban"), {"reason": "Harassment"})
    member.refresh_from_db()
    assert not member.is_active and standing(member).is_banned
    with translation.override("en"):
        login = reverse("account_login")
    client.post(login, {"login": member.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert "Harassment" in mailoutbox[0].body

    moderator_client.post(member_url(member, "unban"))
    member.refresh_from_db()
    assert member.is_active and not standing(member).is_banned
    assert [entry.kind for entry in moderation_log()] == ["ban", "unban"]


def test_a_ban_ends_the_members_open_sessions(moderator_client, community_users, client_for):
    member_client = client_for("member")
    moderator_client.post(member_url(community_users["member"], "ban"), {"reason": "Spam"})
    response = member_client.get(reverse("comments:edit", args=[1]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("target", ["moderator", "superuser"])
def test_moderators_and_administrators_cannot_be_banned(
    moderator_client, community_users, superuser, target
):
    user = (
        superuser
        if target == "superuser"
        else make_member("other_mod", groups=["Community moderators"])
    )
    response = moderator_client.post(member_url(user, "ban"), {"reason": "x"}, follow=True)
    user.refresh_from_db()
    assert user.is_active
    assert "You cannot warn, silence or ban a moderator" in response.content.decode()
    assert not moderation_log()


def test_marking_a_member_trusted(moderator_client, community_users):
    member = community_users["new_member"]
    moderator_client.post(member_url(member, "trust"))
    assert standing(member).trusted
    assert [entry.kind for entry in moderation_log()] == ["trust"]


def test_the_members_list_filters(moderator_client, community_users):
    profile = standing(community_users["new_member"])
    profile.is_banned = True
    profile.save()
    html = moderator_client.get("/admin/community/members/?state=banned").content.decode()
    assert member_url(community_users["new_member"]) in html
    assert member_url(community_users["member"]) not in html
    html = moderator_client.get("/admin/community/members/?q=new_mem").content.decode()
    assert member_url(community_users["new_member"]) in html


def log_rows(client, query):
    html = client.get("/admin/community/log/" + query).content.decode()
    table = BeautifulSoup(html, "html.parser").select_one("table.listing tbody")
    return table.get_text(" ") if table else ""


def test_the_log_lists_and_filters_actions(page, moderator_client, community_users):
    comment = make_comment(page, community_users["new_member"], "Logged text")
    moderator_client.post(action_url(comment, "hide"), {"reason": "Off topic"})
    moderator_client.post(member_url(community_users["new_member"], "trust"))
    html = log_rows(moderator_client, "")
    assert "Off topic" in html and "Member trusted" in html
    html = log_rows(moderator_client, "?action=hide")
    assert "Off topic" in html and "Member trusted" not in html
    assert log_rows(moderator_client, "?member=nobody") == ""
    html = log_rows(moderator_client, "?member=new_mem")
    assert "Off topic" in html and "Member trusted" in html
    moderator_id = community_users["moderator"].pk
    html = moderator_client.get(f"/admin/community/log/?moderator={moderator_id}").content.decode()
    assert "Off topic" in html


def test_the_log_is_wagtails_and_the_member_pages_read_it(
    page, moderator_client, community_users, superuser, client
):
    member = community_users["new_member"]
    moderator_client.post(action_url(make_comment(page, member, "Text"), "hide"), {"reason": "Off"})
    moderator_client.post(member_url(member, "warn"), {"reason": "Be kind"})
    html = moderator_client.get(member_url(member)).content.decode()
    assert "Off" in html and "Be kind" in html
    html = moderator_client.get("/admin/community/members/?q=new_mem").content.decode()
    row = BeautifulSoup(html, "html.parser").select_one("table.listing tbody tr")
    assert row.select("td")[-1].get_text(strip=True) == "2"

    moderation_data.erase(member)  # the warning is now about no account
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_reports:site_history"), HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Member warned" in html and "Hidden" in html


def test_the_community_menu_is_shown_to_moderators_only(client_for):
    assert "/admin/community/queue/" in client_for("moderator").get("/admin/").content.decode()
    assert "/admin/community/queue/" not in client_for("editor").get("/admin/").content.decode()
