"""Nothing a reader may not see reaches them through search, in any form.

Each item hidden here carries invented words found nowhere else: one the reader searches for, one
only in its title, one only in its body. `traces` then looks for the item everywhere search
shows something (results, snippets, the total, facet counts, the suggestions under the search
boxes, the rendered page and its JSON), and every test also shows the item to a reader who may
see it, so that a search that found nothing at all would fail.
"""

import datetime
import re
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

import pytest

from community.discussions.models import Post, Thread
from community.discussions.services import add_reply, start_thread
from community.moderation.actions import moderate_content
from community.moderation.models import FlagReason, Status
from community.moderation.services import flag
from search.services import SearchParams, autocomplete, search
from tests.community.materials_support import form_data, pdf_upload
from tests.factories import (
    ArticlePageFactory,
    PublicationFileFactory,
    PublicationPageFactory,
    make_pdf,
)
from tests.search.conftest import entries_of

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "new_member", "member", "moderator", "editor")
MEMBERS = ROLES[1:]
EVERYWHERE = [
    "autocomplete",
    "autocomplete view",
    "facets",
    "results",
    "search page",
    "snippets",
    "total",
]


@dataclass(frozen=True)
class Secret:
    word: str  # what the reader types
    title_word: str
    body_word: str

    @property
    def title(self):
        return f"{self.title_word.capitalize()} notes"

    @property
    def body(self):
        return f"How the {self.word} approach helps a family; {self.body_word} as well."


@pytest.fixture(autouse=True)
def _site(site_tree):
    """The search page is rendered in the site's frame (menus, footer)."""
    return site_tree


def path(url):
    """The address without its language prefix (test_indexing checks which one it has)."""
    return re.sub(r"^/(bg|en|ro)/", "/", url)


@pytest.fixture
def traces(community_users, client_for):
    """traces(secret, url, role): where the role's searches show the item at `url`."""

    def find(secret, url, role, *, title=True, language="en"):
        user = community_users[role]
        client = client_for(role)
        found = set()
        url = path(url)
        outcome = search(SearchParams(q=secret.word), language=language, user=user)
        if url in [path(hit.url) for hit in outcome.hits]:
            found.add("results")
        shown = " ".join(f"{hit.title_html} {hit.snippet}" for hit in outcome.hits).lower()
        if secret.body_word in shown or (title and secret.title_word in shown):
            found.add("snippets")
        if outcome.total:
            found.add("total")
        if any(value.count for values in outcome.facets.values() for value in values):
            found.add("facets")
        page = client.get(f"/{language}/search/", {"q": secret.word})
        assert page.status_code == 200
        html = page.content.decode().lower()
        if url.lower() in html or secret.body_word in html or secret.title_word in html:
            found.add("search page")
        if title:
            prefix = secret.title_word[:5]
            completions = autocomplete(prefix, language=language, user=user)
            if url in [path(item["url"]) for item in completions["results"]]:
                found.add("autocomplete")
            response = client.get(f"/{language}/search/autocomplete/", {"q": prefix})
            assert response.status_code == 200
            if secret.title_word in response.content.decode().lower():
                found.add("autocomplete view")
        return sorted(found)

    return find


def assert_hidden_from(traces, secret, url, roles=ROLES, **options):
    for role in roles:
        assert traces(secret, url, role, **options) == [], role


def assert_shown_to(traces, secret, url, roles, **options):
    expected = (
        EVERYWHERE
        if options.get("title", True)
        else [place for place in EVERYWHERE if not place.startswith("autocomplete")]
    )
    for role in roles:
        assert traces(secret, url, role, **options) == expected, role


def hide_by_flags(obj, flaggers):
    for reporter in flaggers:
        flag(obj, reporter, FlagReason.SPAM)
    obj.refresh_from_db()
    assert obj.hidden_by_flags


def conceal(obj, how, moderator, flaggers):
    if how == "flags":
        hide_by_flags(obj, flaggers)
    else:
        moderate_content(obj, how, moderator)


def restore(obj, how, moderator):
    moderate_content(obj, "dismiss" if how == "flags" else "approve", moderator)


# Practice materials -------------------------------------------------------------------------


def make_material(author, secret, **fields):
    from tests.factories import PracticeMaterialFactory

    fields.setdefault("status", Status.PUBLISHED)
    return PracticeMaterialFactory(
        author=author, title=secret.title, description=secret.body, **fields
    )


def test_new_members_pending_material_is_found_by_nobody_until_approved(
    traces, client_for, community_users
):
    from community.materials.models import PracticeMaterial

    secret = Secret("zorblax", "quenvit", "brimwold")
    response = client_for("new_member").post(
        "/en/materials/new/",
        {**form_data(title=secret.title, description=secret.body), "upload": pdf_upload()},
    )
    assert response.status_code == 302
    material = PracticeMaterial.objects.get(title=secret.title)
    assert material.status == Status.PENDING
    url = material.get_absolute_url()
    # Not even its author or a moderator, who may open it: search is for what everyone sees.
    assert_hidden_from(traces, secret, url)

    moderate_content(material, "approve", community_users["moderator"])
    assert_shown_to(traces, secret, url, MEMBERS)
    assert_hidden_from(traces, secret, url, ["anonymous"])


@pytest.mark.parametrize("how", ["hide", "remove", "flags"])
def test_hidden_material_is_found_by_nobody(how, traces, community_users, flaggers):
    secret = Secret("fexaloon", "pluvardine", "drabnix")
    material = make_material(community_users["member"], secret, public=True)
    url = material.get_absolute_url()
    assert_shown_to(traces, secret, url, ["anonymous"])

    conceal(material, how, community_users["moderator"], flaggers)
    assert_hidden_from(traces, secret, url)

    restore(material, how, community_users["moderator"])
    assert_shown_to(traces, secret, url, ROLES)


def test_members_only_material_is_found_by_members_only(traces, community_users):
    secret = Secret("glomtorq", "skivvelund", "traxomir")
    material = make_material(community_users["member"], secret, public=False)
    url = material.get_absolute_url()
    assert_shown_to(traces, secret, url, MEMBERS)
    assert_hidden_from(traces, secret, url, ["anonymous"])

    material.public = True
    material.save()
    assert_shown_to(traces, secret, url, ["anonymous"])


def test_public_material_is_found_by_everyone(traces, community_users):
    secret = Secret("wumbrelt", "yoxtiple", "kravenost")
    material = make_material(community_users["member"], secret, public=True)
    assert_shown_to(traces, secret, material.get_absolute_url(), ROLES)


# Discussions --------------------------------------------------------------------------------


def make_thread(author, category, secret):
    thread, _opening = start_thread(author, category, secret.title, secret.body, "en")
    return thread


def test_pending_thread_and_post_are_found_by_nobody_until_approved(
    traces, community_users, search_category
):
    author = community_users["new_member"]
    secret = Secret("jubbletorn", "vorpalink", "snarvique")
    thread = Thread.objects.create(
        category=search_category["en"],
        title=secret.title,
        author=author,
        language="en",
        status=Status.PENDING,
    )
    opening = Post.objects.create(
        thread=thread, author=author, body=secret.body, status=Status.PENDING
    )
    reply_secret = Secret("blintomar", "vorpalink", "frozzleby")
    reply = Post.objects.create(
        thread=thread, author=author, body=reply_secret.body, status=Status.PENDING
    )
    assert_hidden_from(traces, secret, thread.get_absolute_url())
    assert_hidden_from(traces, reply_secret, reply.get_absolute_url(), title=False)

    moderator = community_users["moderator"]
    moderate_content(thread, "approve", moderator)
    moderate_content(opening, "approve", moderator)
    assert_shown_to(traces, secret, thread.get_absolute_url(), MEMBERS)
    # The reply still waits.
    assert_hidden_from(traces, reply_secret, reply.get_absolute_url(), title=False)

    moderate_content(reply, "approve", moderator)
    reply.refresh_from_db()
    assert_shown_to(traces, reply_secret, reply.get_absolute_url(), MEMBERS, title=False)
    assert_hidden_from(traces, reply_secret, reply.get_absolute_url(), ["anonymous"], title=False)


@pytest.mark.parametrize("how", ["hide", "remove", "flags"])
def test_hidden_thread_and_its_replies_are_found_by_nobody(
    how, traces, community_users, search_category, flaggers
):
    secret = Secret("grapnoxid", "hextovar", "lumbriquo")
    reply_secret = Secret("mozzavent", "hextovar", "nurgletoff")
    thread = make_thread(community_users["member"], search_category["en"], secret)
    reply = add_reply(community_users["editor"], thread, reply_secret.body)
    assert_shown_to(traces, secret, thread.get_absolute_url(), MEMBERS)
    assert_shown_to(traces, reply_secret, reply.get_absolute_url(), MEMBERS, title=False)

    conceal(thread, how, community_users["moderator"], flaggers)
    assert_hidden_from(traces, secret, thread.get_absolute_url())
    assert_hidden_from(traces, reply_secret, reply.get_absolute_url(), title=False)

    restore(thread, how, community_users["moderator"])
    assert_shown_to(traces, secret, thread.get_absolute_url(), MEMBERS)
    assert_shown_to(traces, reply_secret, reply.get_absolute_url(), MEMBERS, title=False)


@pytest.mark.parametrize("how", ["hide", "remove", "flags"])
def test_hidden_reply_is_found_by_nobody(how, traces, community_users, search_category, flaggers):
    secret = Secret("opplewick", "prazzlent", "quibbleton")
    reply_secret = Secret("rastafeld", "prazzlent", "sprindlow")
    thread = make_thread(community_users["member"], search_category["en"], secret)
    reply = add_reply(community_users["editor"], thread, reply_secret.body)
    assert_shown_to(traces, reply_secret, reply.get_absolute_url(), MEMBERS, title=False)

    conceal(reply, how, community_users["moderator"], flaggers)
    assert_hidden_from(traces, reply_secret, reply.get_absolute_url(), title=False)
    # The thread itself is still there.
    assert_shown_to(traces, secret, thread.get_absolute_url(), MEMBERS)

    restore(reply, how, community_users["moderator"])
    assert_shown_to(traces, reply_secret, reply.get_absolute_url(), MEMBERS, title=False)


@pytest.mark.parametrize("how", ["hide", "remove", "flags"])
def test_hidden_opening_post_is_not_found_through_its_thread(
    how, traces, community_users, search_category, flaggers
):
    """The thread's entry quotes its opening post: hiding the post takes the words out."""
    secret = Secret("tuvvaleck", "umbrastik", "vellorip")
    thread = make_thread(community_users["member"], search_category["en"], secret)
    opening = thread.posts.get()
    title_only = Secret(secret.title_word, secret.title_word, secret.title_word)
    assert_shown_to(traces, secret, thread.get_absolute_url(), MEMBERS)

    conceal(opening, how, community_users["moderator"], flaggers)
    for role in ROLES:
        assert traces(secret, thread.get_absolute_url(), role, title=False) == [], role
    # The thread is still found by its title.
    assert_shown_to(traces, title_only, thread.get_absolute_url(), MEMBERS)


def test_discussions_are_never_found_by_the_public(traces, community_users, search_category):
    secret = Secret("wixtonal", "xandrofel", "yuppelorn")
    reply_secret = Secret("zentravick", "xandrofel", "ambriloque")
    thread = make_thread(community_users["member"], search_category["en"], secret)
    reply = add_reply(community_users["editor"], thread, reply_secret.body)
    assert_hidden_from(traces, secret, thread.get_absolute_url(), ["anonymous"])
    assert_hidden_from(traces, reply_secret, reply.get_absolute_url(), ["anonymous"], title=False)
    assert_shown_to(traces, secret, thread.get_absolute_url(), MEMBERS)


# What members-only content adds to shared results -------------------------------------------


def test_members_only_content_is_not_counted_for_the_public(community_users, search_category):
    member = community_users["member"]
    shared = "gorblemint"
    public = make_material(
        member, Secret(shared, "bexaquill", "corvantine"), public=True, topic="family_support"
    )
    private = make_material(member, Secret(shared, "dravelkin", "elmstrope"), public=False)
    private.tags.add("Whisperwick")
    thread = make_thread(member, search_category["en"], Secret(shared, "fennicore", "gastrolux"))
    add_reply(member, thread, f"The {shared} way, said twice.")

    everyone = search(SearchParams(q=shared), language="en", user=None)
    assert [path(hit.url) for hit in everyone.hits] == [path(public.get_absolute_url())]
    assert everyone.total == 1
    assert {v.value: v.count for v in everyone.facets["kind"]} == {"material": 1}
    assert {v.value: v.count for v in everyone.facets["language"]} == {"en": 1}
    assert [v.value for v in everyone.facets["tag"]] == ["family-support"]

    members = search(SearchParams(q=shared), language="en", user=member)
    assert members.total == 4
    assert {v.value: v.count for v in members.facets["kind"]} == {
        "material": 2,
        "thread": 1,
        "post": 1,
    }
    assert {v.value for v in members.facets["tag"]} >= {"whisperwick", "quietroom-casework"}

    # Filtering by a members-only facet value finds nothing for the public, not even a count.
    for params in (
        SearchParams(q=shared, kinds=("thread",)),
        SearchParams(q=shared, tag="whisperwick"),
        SearchParams(tag="quietroom-casework"),
    ):
        outcome = search(params, language="en", user=None)
        assert (outcome.total, outcome.hits) == (0, []), params
        assert search(params, language="en", user=member).total >= 1, params


def test_members_only_topics_are_not_suggested_to_the_public(
    client_for, community_users, search_category
):
    member = community_users["member"]
    for number in range(3):
        material = make_material(
            member, Secret(f"hushword{number}", "bexaquill", "corvantine"), public=False
        )
        material.tags.add("Whisperwick")
    make_thread(member, search_category["en"], Secret("ilmaveen", "jostrel", "kappadrune"))

    def suggested(user):
        return " ".join(
            label for label, _url in search(SearchParams(), language="en", user=user).suggestions
        )

    assert "Whisperwick" in suggested(member)
    assert "Whisperwick" not in suggested(None)
    assert "Quietroom" not in suggested(None)
    for text in ("", "nothingmatchesthis"):
        html = client_for("anonymous").get("/en/search/", {"q": text}).content.decode()
        assert "Whisperwick" not in html
        assert "Quietroom" not in html
    assert "Whisperwick" in client_for("member").get("/en/search/").content.decode()

    completions = autocomplete("whisp", language="en", user=None)
    assert completions == {"results": [], "tags": []}
    assert [tag["name"] for tag in autocomplete("whisp", language="en", user=member)["tags"]] == [
        "Whisperwick"
    ]


# Pages --------------------------------------------------------------------------------------


def make_article(site_tree, secret, *, parent="news_index", publish=True, **fields):
    page = ArticlePageFactory(
        parent=site_tree.page("en", parent),
        title=secret.title,
        lead=secret.body,
        live=False,
        **fields,
    )
    revision = page.save_revision()
    if publish:
        revision.publish()
    return Page.objects.get(pk=page.pk).specific


def test_draft_page_is_found_by_nobody_until_published(traces, site_tree):
    secret = Secret("lumbervex", "mordacle", "nimblerot")
    page = make_article(site_tree, secret, publish=False)
    url = page.get_url()
    assert_hidden_from(traces, secret, url)

    page.get_latest_revision().publish()
    assert_shown_to(traces, secret, url, ROLES)


def test_unpublished_page_is_found_by_nobody(traces, site_tree):
    secret = Secret("ostravelt", "pindlemoor", "quarvex")
    page = make_article(site_tree, secret)
    url = page.get_url()
    assert_shown_to(traces, secret, url, ["anonymous"])
    page.unpublish()
    assert_hidden_from(traces, secret, url)


def test_deleted_page_is_found_by_nobody(traces, site_tree):
    secret = Secret("rivelbone", "strumquat", "thistlemox")
    page = make_article(site_tree, secret)
    url = page.get_url()
    assert_shown_to(traces, secret, url, ["anonymous"])
    page.delete()
    assert_hidden_from(traces, secret, url)


def test_deleted_section_takes_its_pages_with_it(traces, site_tree):
    secret = Secret("umberquill", "vintrasoke", "wobbleclay")
    page = make_article(site_tree, secret)
    url = page.get_url()
    site_tree.page("en", "news_index").delete()
    assert_hidden_from(traces, secret, url)
    assert not entries_of("page", page.pk).exists()


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="a-password" if kind == "password" else ""
    )
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get(name="Editors"))
    return restriction


RESTRICTIONS = [
    PageViewRestriction.PASSWORD,
    PageViewRestriction.LOGIN,
    PageViewRestriction.GROUPS,
]


@pytest.mark.parametrize("kind", RESTRICTIONS)
@pytest.mark.parametrize("on", ["page", "section"])
def test_restricted_page_is_found_by_nobody(kind, on, traces, site_tree):
    """Even readers the restriction lets in: search lists only what is open to everyone."""
    secret = Secret("xylofrand", "yarrowmint", "zephlocke")
    page = make_article(site_tree, secret)
    url = page.get_url()
    assert_shown_to(traces, secret, url, ["anonymous"])

    restriction = restrict(page if on == "page" else site_tree.page("en", "news_index"), kind)
    assert_hidden_from(traces, secret, url)

    restriction.delete()
    assert_shown_to(traces, secret, url, ROLES)


def test_page_published_into_a_restricted_section_is_found_by_nobody(traces, site_tree):
    restrict(site_tree.page("en", "news_index"), PageViewRestriction.LOGIN)
    secret = Secret("amblethorn", "brackenwisp", "cindermoot")
    page = make_article(site_tree, secret)
    assert page.live
    assert_hidden_from(traces, secret, page.get_url())


def test_page_moved_into_a_restricted_section_is_found_by_nobody(traces, site_tree):
    restrict(site_tree.page("en", "resource_centre"), PageViewRestriction.PASSWORD)
    secret = Secret("dapplerun", "embervast", "flintquay")
    page = make_article(site_tree, secret)
    assert_shown_to(traces, secret, page.get_url(), ["anonymous"])
    page.move(site_tree.page("en", "resource_centre"), pos="last-child")
    page = Page.objects.get(pk=page.pk)
    assert_hidden_from(traces, secret, page.get_url())


def test_expired_page_is_found_by_nobody(traces, site_tree):
    secret = Secret("gorsewing", "hollowmere", "ironquell")
    page = make_article(site_tree, secret)
    url = page.get_url()
    assert_shown_to(traces, secret, url, ["anonymous"])
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(hours=1))
    call_command("publish_scheduled", verbosity=0)
    assert Page.objects.get(pk=page.pk).expired
    assert_hidden_from(traces, secret, url)


def test_page_scheduled_for_later_is_found_once_it_goes_live(traces, site_tree, time_machine):
    secret = Secret("jasperlode", "kestrelbine", "larchwove")
    page = make_article(site_tree, secret, publish=False)
    page.go_live_at = timezone.now() + datetime.timedelta(days=1)
    page.save_revision().publish()
    page = Page.objects.get(pk=page.pk).specific
    assert not page.live
    assert_hidden_from(traces, secret, page.get_url())

    time_machine.move_to(timezone.now() + datetime.timedelta(days=2))
    call_command("publish_scheduled", verbosity=0)
    page = Page.objects.get(pk=page.pk)
    assert page.live
    assert_shown_to(traces, secret, page.get_url(), ["anonymous"])


# Publication files --------------------------------------------------------------------------


def publication_file(page, word):
    return PublicationFileFactory(
        page=page,
        language="en",
        document__title=f"{word} file",
        document__file__filename=f"{word}.pdf",
        document__file__data=make_pdf(f"The {word} findings in full"),
    )


def test_draft_publications_file_text_is_found_by_nobody(site_tree, community_users):
    page = PublicationPageFactory(
        parent=site_tree.page("en", "publication_index"), title="Annual report", live=False
    )
    publication_file(page, "mirthquell")
    page.save_revision()
    for user in community_users.values():
        assert search(SearchParams(q="mirthquell"), language="en", user=user).total == 0

    page.get_latest_revision().publish()
    outcome = search(SearchParams(q="mirthquell"), language="en", user=None)
    assert [hit.url for hit in outcome.hits] == [Page.objects.get(pk=page.pk).get_url()]


def test_file_added_in_a_draft_revision_is_not_found_until_published(site_tree):
    from cms.models import PublicationFile
    from tests.factories import PdfDocumentFactory

    page = site_tree.page("en", "publication")
    document = PdfDocumentFactory(
        title="Draft annex",
        file__filename="annex.pdf",
        file__data=make_pdf("The nettlebrook annex"),
    )
    page.files.add(PublicationFile(document=document, language="en"))
    page.save_revision()
    assert search(SearchParams(q="nettlebrook"), language="en", user=None).total == 0

    page.get_latest_revision().publish()
    outcome = search(SearchParams(q="nettlebrook"), language="en", user=None)
    assert [hit.url for hit in outcome.hits] == [site_tree.url("en", "publication")]
