"""A member's data export holds only their own words; deleting the account forgets its logins.

Each case puts another member's text next to the member's own and checks that the export
(the whole data.json, or one app's part of it) never carries it.
"""

import io
import json
import zipfile

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.test import Client
from django.utils import translation

import pytest
from allauth.account.models import EmailAddress
from axes.models import AccessAttempt, AccessFailureLog, AccessLog

from community.comments import personal_data as comments_data
from community.comments.models import Comment
from community.discussions import personal_data as discussions_data
from community.discussions.models import Follow, Post
from community.discussions.services import add_reply, edit_post
from community.markdown import quote_markdown
from community.members.models import Profile
from community.moderation import personal_data as moderation_data
from community.moderation.actions import moderate_content
from community.moderation.services import flag
from tests.community import discussions_support
from tests.community.conftest import PASSWORD, make_member
from tests.community.discussions_support import make_thread
from tests.community.materials_support import material
from tests.community.moderation_helpers import make_comment

pytestmark = pytest.mark.django_db
category = discussions_support.category

THEIR_TITLE = "Kinship care after a court order"
THEIR_POST = "My neighbour's son was placed with his grandmother in March."
MY_ANSWER = "In our district the first visit is within a week."


def as_text(data):
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)


def export_of(module, user):
    with translation.override("en"):
        data = module.export(user)
    return data, as_text(data)


@pytest.fixture
def two_members(category):
    """Maria, whose data is exported, and Ivan, whose thread she answers."""
    maria = make_member("maria", display_name="Maria Petrova")
    ivan = make_member("ivan", display_name="Ivan Georgiev")
    thread = make_thread(ivan, category["en"], title=THEIR_TITLE, body=THEIR_POST)
    return maria, ivan, thread


# Discussions -------------------------------------------------------------------------------


def test_a_moderators_export_lists_their_edits_not_the_members_post(two_members, community_users):
    _maria, ivan, thread = two_members
    moderator = community_users["moderator"]
    post = thread.posts.get()
    edit_post(moderator, post, "[A name was removed by a moderator.]")

    data, text = export_of(discussions_data, moderator)
    assert THEIR_POST not in text
    assert data["post_revisions"] == []
    (edit,) = data["posts_of_others_i_edited"]
    assert edit["post_id"] == post.pk and edit["edited_at"]
    with translation.override("en"):
        assert edit["thread"] is None and edit["thread_url"] == thread.get_absolute_url()

    # The earlier version is still the author's, in their own export.
    data, _text = export_of(discussions_data, ivan)
    assert [revision["body"] for revision in data["post_revisions"]] == [THEIR_POST]
    assert data["post_revisions"][0]["replaced_by_me"] is False


def test_a_reply_is_exported_without_the_post_it_quotes(two_members):
    maria, _ivan, thread = two_members
    quoted = thread.posts.get()
    body = quote_markdown("Ivan Georgiev", quoted.body) + MY_ANSWER
    reply = add_reply(maria, thread, body, quoted=quoted)
    edit_post(maria, reply, quote_markdown("Ivan Georgiev", quoted.body) + MY_ANSWER + " Or two.")

    data, text = export_of(discussions_data, maria)
    assert THEIR_POST not in text and "Ivan Georgiev" not in text
    (post,) = data["posts"]
    assert post["body"] == MY_ANSWER + " Or two."
    assert post["quoted_post_id"] == quoted.pk
    (revision,) = data["post_revisions"]
    assert revision["body"] == MY_ANSWER


def test_another_members_thread_is_named_by_its_address_not_its_title(two_members, category):
    maria, _ivan, thread = two_members
    add_reply(maria, thread, MY_ANSWER)
    Follow.objects.get_or_create(user=maria, thread=thread)
    own = make_thread(maria, category["en"], title="My own question", body="Mine")

    data, text = export_of(discussions_data, maria)
    assert THEIR_TITLE not in text
    with translation.override("en"):
        url = thread.get_absolute_url()
    reply = next(post for post in data["posts"] if post["thread_id"] == thread.pk)
    assert reply["thread"] is None and reply["thread_url"] == url
    follows = {follow["thread_id"]: follow for follow in data["follows"]}
    assert follows[thread.pk]["thread"] is None and follows[thread.pk]["thread_url"] == url
    assert follows[own.pk]["thread"] == "My own question"  # her own title stays


# Comments ---------------------------------------------------------------------------------


def test_a_comment_on_another_members_material_does_not_carry_its_title(site_tree, community_users):
    member, author = community_users["member"], community_users["new_member"]
    theirs = material(author, title="Genogram of the Ivanov family", status="published")
    Comment.objects.create(
        content_type=ContentType.objects.get_for_model(theirs),
        object_id=theirs.pk,
        author=member,
        body="Very useful, thank you.",
        language="en",
    )
    article = site_tree.page("en", "article")
    make_comment(article, member, "On the article.")

    data, text = export_of(comments_data, member)
    assert "Genogram of the Ivanov family" not in text
    comments = {comment["body"]: comment for comment in data["comments"]}
    on_material = comments["Very useful, thank you."]
    with translation.override("en"):
        assert on_material["on"] is None and on_material["url"] == theirs.get_absolute_url()
    assert comments["On the article."]["on"] == article.title  # editorial titles stay


# Moderation -------------------------------------------------------------------------------


def test_reports_name_the_content_not_other_members_words(two_members, community_users):
    maria, ivan, thread = two_members
    flag(thread.posts.get(), maria, "identifies_client", "It names a child.")
    profile = Profile.objects.get(user=ivan)
    flag(profile, maria, "spam")

    data, text = export_of(moderation_data, maria)
    assert THEIR_TITLE not in text and THEIR_POST not in text and "Ivan Georgiev" not in text
    post = thread.posts.get()
    reports = {report["reason"]: report for report in data["reports_made"]}
    on_post, on_profile = reports["identifies_client"], reports["spam"]
    assert on_post["details"] == "It names a child."  # her own words stay
    with translation.override("en"):
        assert on_post["content"] == {
            "kind": str(Post._meta.verbose_name),
            "id": post.pk,
            "url": post.get_absolute_url(),
        }
    assert on_profile["content"]["id"] == profile.pk


def test_actions_about_a_members_reply_do_not_carry_the_threads_title(two_members, community_users):
    maria, _ivan, thread = two_members
    reply = add_reply(maria, thread, MY_ANSWER)
    moderate_content(reply, "hide", community_users["moderator"], reason="Please keep it general.")

    data, text = export_of(moderation_data, maria)
    assert THEIR_TITLE not in text
    (entry,) = data["moderation_history"]
    assert entry["action"] == "hide" and entry["reason"] == "Please keep it general."
    with translation.override("en"):
        assert entry["content"]["kind"] == str(Post._meta.verbose_name)
    assert entry["content"]["id"] == reply.pk


# Logins (django-axes) ---------------------------------------------------------------------

LOGIN = "/en/accounts/login/"


def log_in(login, password, ip):
    client = Client(REMOTE_ADDR=ip)
    client.post(LOGIN, {"login": login, "password": password})
    return client


def axes_records(*names):
    return [
        (model.__name__, username)
        for model in (AccessAttempt, AccessFailureLog, AccessLog)
        for username in model.objects.filter(username__in=names).values_list("username", flat=True)
    ]


def test_deleting_the_account_deletes_its_login_records(db):
    maria = make_member("Maria.P")
    # Members log in with their address, which allauth keeps in lower case.
    EmailAddress.objects.filter(user=maria).update(email="maria.p@praktika.test")
    make_member("other")
    log_in("Maria.P@praktika.test", "wrong-password-1", "10.9.0.1")  # filed as "maria.p"
    log_in("MARIA.P@praktika.test", "wrong-password-2", "10.9.0.2")
    client = log_in("maria.p@praktika.test", PASSWORD, "10.9.0.3")  # logged as "Maria.P"
    log_in("other@praktika.test", "wrong-password-3", "10.9.0.4")
    # The failure log (off in our settings) and an attempt filed under the address itself,
    # typed before the address was hers.
    AccessFailureLog.objects.create(username="maria.p", ip_address="10.9.0.1", user_agent="t")
    AccessFailureLog.objects.create(username="other", ip_address="10.9.0.4", user_agent="t")
    AccessAttempt.objects.create(
        username="maria.p@praktika.test",
        ip_address="10.9.0.5",
        user_agent="test",
        get_data="",
        post_data="",
        failures_since_start=1,
    )
    names = ("maria.p", "Maria.P", "maria.p@praktika.test")
    assert set(axes_records(*names)) == {
        ("AccessAttempt", "maria.p"),
        ("AccessAttempt", "maria.p@praktika.test"),
        ("AccessFailureLog", "maria.p"),
        ("AccessLog", "Maria.P"),
    }

    response = client.post(
        "/en/members/me/delete/", {"password": PASSWORD, "files": "remove"}, REMOTE_ADDR="10.9.0.3"
    )
    assert response.status_code == 302
    assert not type(maria).objects.filter(pk=maria.pk).exists()
    assert axes_records(*names) == []
    assert set(axes_records("other")) == {
        ("AccessAttempt", "other"),
        ("AccessFailureLog", "other"),
    }


def test_the_export_holds_the_members_logins_but_not_failed_attempts(db):
    make_member("maria")
    log_in("maria", "wrong-password-1", "10.8.0.66")
    client = log_in("maria@praktika.test", PASSWORD, "10.8.0.7")
    assert "_auth_user_id" in client.session

    response = client.post("/en/members/me/data/")
    bundle = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    members = json.loads(bundle.read("data.json"))["members"]
    (login,) = members["logins"]
    assert login["ip_address"] == "10.8.0.7" and login["at"]
    assert "10.8.0.66" not in json.dumps(members)  # a failed attempt may be anyone's
