"""Saving, publishing, moderating and deleting keep the search entries current.

Each test changes content the way the site does (an editor publishing, a member editing a
material, a moderator acting) and then reads the entry and searches for the change.
"""

import re

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.models import Page

import pytest

from community.discussions.services import add_reply, edit_post, start_thread
from community.materials.models import PracticeMaterial
from community.moderation.models import Status
from search.analysis import document_terms
from search.models import SearchEntry
from search.services import SearchParams, autocomplete, search
from tests.community.materials_support import form_data
from tests.factories import PracticeMaterialFactory, make_pdf
from tests.search.conftest import entries_of, source_key

pytestmark = pytest.mark.django_db

ANALYSED = re.compile(r"[a-z0-9]+( [a-z0-9]+)*")


def entry_for(obj):
    source = "page" if isinstance(obj, Page) else obj._meta.model_name
    source = {"practicematerial": "material"}.get(source, source)
    return entries_of(source, obj.pk).get()


def found_urls(q, user=None, **params):
    outcome = search(SearchParams(q=q, **params), language="en", user=user)
    return [hit.url for hit in outcome.hits]


def english_url(obj):
    """Where an English reader is sent: members' content opens in the reader's language."""
    with translation.override("en"):
        return obj.get_absolute_url()


def material(author, **fields):
    fields.setdefault("public", True)
    return PracticeMaterialFactory(author=author, **fields)


# Pages --------------------------------------------------------------------------------------


def test_publishing_an_edit_changes_the_heading_and_terms(site_tree):
    page = site_tree.page("en", "article")
    old_heading = entry_for(page).heading
    page.title = "Quarrelwick mapping results"
    page.lead = "The wintermoss districts are mapped."
    page.save_revision()
    # A draft changes nothing a reader sees.
    assert entry_for(page).heading == old_heading
    assert found_urls("wintermoss") == []

    page.get_latest_revision().publish()
    entry = entry_for(page)
    assert entry.heading == "Quarrelwick mapping results"
    assert entry.title == document_terms("Quarrelwick mapping results", "en")
    assert set(document_terms("wintermoss districts", "en").split()) <= set(entry.body.split())
    assert found_urls("quarrelwick") == found_urls("wintermoss") == [site_tree.url("en", "article")]


def test_a_new_slug_moves_the_pages_below_it(site_tree):
    section = site_tree.page("en", "news_index")
    section.slug = "updates"
    section.save_revision().publish()
    article = site_tree.page("en", "article")
    assert article.get_url() == "/en/updates/mapping-social-resources/"
    assert entry_for(section).url == "/en/updates/"
    assert entry_for(article).url == "/en/updates/mapping-social-resources/"
    # The other languages' pages keep theirs.
    assert entry_for(site_tree.page("ro", "article")).url == site_tree.url("ro", "article")


def test_a_moved_page_has_its_new_url(site_tree):
    article = site_tree.page("en", "article")
    article.move(site_tree.page("en", "resource_centre"), pos="last-child")
    assert entry_for(article).url == "/en/resource-centre/mapping-social-resources/"
    # (Articles only: "mapping" also finds the map of social services.)
    assert found_urls("mapping", kinds=("article",)) == [
        "/en/resource-centre/mapping-social-resources/"
    ]


def test_a_replaced_publication_file_changes_the_publications_text(site_tree):
    page = site_tree.page("bg", "publication")
    bulgarian_file = page.files.get(language="bg")
    document = get_document_model().objects.get(pk=bulgarian_file.document_id)
    document.file.save("compendium-2020.pdf", ContentFile(make_pdf("The yarrowfield edition")))
    assert "yarrowfield" in entry_for(page).text
    # One result for the publication, in the reader's language (its translations offer the file).
    assert found_urls("yarrowfield") == [site_tree.url("en", "publication")]


# Materials ----------------------------------------------------------------------------------


def test_editing_a_material_updates_its_heading_and_tags(client_for, community_users):
    author = community_users["member"]
    item = material(author, title="Home visit checklist", language="en")
    response = client_for("member").post(
        f"/en/materials/{item.pk}/edit/",
        form_data(title="Lanternfield checklist", tags="Mossbridge, home visit", public="on"),
    )
    assert response.status_code == 302
    item.refresh_from_db()
    entry = entry_for(item)
    assert entry.heading == "Lanternfield checklist"
    # The tags are saved after the material itself.
    assert "|mossbridge|" in entry.tag_keys
    assert "Mossbridge" in entry.tag_names.split("|")
    assert set(document_terms("Mossbridge", "en").split()) <= set(entry.body.split())
    assert found_urls("mossbridge") == [english_url(item)]
    assert found_urls("", tag="mossbridge") == [english_url(item)]
    suggestions = autocomplete("mossbr", language="en", user=None)
    assert [tag["name"] for tag in suggestions["tags"]] == ["Mossbridge"]


def test_tags_added_and_removed_later_are_indexed(community_users):
    item = material(community_users["member"], title="Checklist")
    item.tags.add("Thornwhistle")
    assert "|thornwhistle|" in entry_for(item).tag_keys
    item.tags.remove(*item.tags.filter(name="Thornwhistle"))
    assert "thornwhistle" not in entry_for(item).tag_keys
    item.tags.add("Thornwhistle")
    item.tags.clear()
    assert found_urls("thornwhistle") == []


def test_a_deleted_material_leaves_no_entry(community_users):
    item = material(community_users["member"], title="Brackenmoor checklist")
    assert found_urls("brackenmoor") == [english_url(item)]
    pk = item.pk
    item.delete()
    assert not entries_of("material", pk).exists()
    assert found_urls("brackenmoor") == []


def test_the_link_does_not_depend_on_who_saved_it_in_which_language(community_users):
    """Whether a Romanian or a Bulgarian moderator saved it last, readers stay in their language."""
    member = community_users["member"]
    with translation.override("ro"):
        item = material(member, title="Nightjar checklist", language="en")
    with translation.override("bg"):
        item.description = "A second edition."
        item.save()
    for language in ("bg", "en", "ro"):
        with translation.override(language):
            expected = item.get_absolute_url()
        outcome = search(SearchParams(q="nightjar"), language=language, user=member)
        assert [hit.url for hit in outcome.hits] == [expected]
        completions = autocomplete("nightj", language=language, user=member)["results"]
        assert [result["url"] for result in completions] == [expected]


# Discussions --------------------------------------------------------------------------------


@pytest.fixture
def thread(community_users, search_category):
    thread, _opening = start_thread(
        community_users["member"],
        search_category["en"],
        "Preparing a first home visit",
        "What do you check before a first visit?",
        "en",
    )
    return thread


def test_a_new_thread_title_heads_its_replies(thread, community_users):
    reply = add_reply(community_users["editor"], thread, "I call the family the day before.")
    assert entry_for(reply).heading == "Preparing a first home visit"
    thread.title = "Gallowmere: preparing a first home visit"
    thread.save()
    assert entry_for(thread).heading == "Gallowmere: preparing a first home visit"
    assert entry_for(reply).heading == "Gallowmere: preparing a first home visit"
    urls = found_urls("gallowmere", user=community_users["member"])
    assert sorted(urls) == sorted([english_url(thread), english_url(reply)])


def test_an_edited_opening_post_changes_its_threads_text(thread, community_users):
    opening = thread.posts.get()
    edit_post(community_users["member"], opening, "Which papers does the hollyfen team need?")
    text = entry_for(thread).text
    assert "hollyfen" in text
    assert "What do you check" not in text
    member = community_users["member"]
    assert found_urls("hollyfen", user=member) == [english_url(thread)]


def test_an_edited_reply_changes_its_entry(thread, community_users):
    reply = add_reply(community_users["editor"], thread, "I call the family the day before.")
    edit_post(community_users["editor"], reply, "I bring the quillmarsh form.")
    assert entry_for(reply).text == "I bring the quillmarsh form."
    member = community_users["member"]
    assert [url.split("#")[1] for url in found_urls("quillmarsh", user=member)] == [
        f"post-{reply.pk}"
    ]
    assert found_urls("family", user=member, kinds=("post",)) == []


def test_deleted_thread_takes_its_replies_entries(thread, community_users):
    reply = add_reply(community_users["editor"], thread, "I call the family the day before.")
    ids = (thread.pk, reply.pk)
    thread.delete()
    assert not entries_of("thread", ids[0]).exists()
    assert not entries_of("post", ids[1]).exists()


def test_analysed_fields_hold_only_ascii_terms(site_tree, thread, community_users):
    material(
        community_users["member"],
        title="Ghid: «Părinţi» & copii — ÎNGRIJIRE 2024 🙂",
        description=(
            "<script>alert('x')</script> Straße, Ærø, ελληνικά, 中文, عربي, "
            "don't, e-mail, Щастливеца, ёлка, ы, 1,5 km, ‘quotes’, \u200bzero\u00adwidth"
        ),
        language="ro",
    ).tags.add("Обучение/Training", "x|y")
    for entry in SearchEntry.objects.all():
        for name in ("title", "body", "autocomplete_text"):
            value = getattr(entry, name)
            assert value == "" or ANALYSED.fullmatch(value), (entry.heading, name, value)


# Rebuilding ---------------------------------------------------------------------------------


def test_rebuild_recreates_missing_entries_and_drops_stale_ones(
    site_tree, thread, community_users, capsys
):
    item = material(community_users["member"], title="Checklist")
    hidden = material(community_users["member"], title="Hidden checklist")
    # Changed without signals (a data migration, a shell): its entry is now stale.
    PracticeMaterial.objects.filter(pk=hidden.pk).update(status=Status.HIDDEN)
    before = SearchEntry.objects.count()
    article = site_tree.page("en", "article")
    entries_of("page", article.pk).delete()
    entries_of("material", item.pk).delete()
    SearchEntry.objects.create(
        source="material",
        **source_key(987654),
        kind="material",
        language="en",
        group_key="material:987654",
        audience="public",
        url="/en/materials/987654-gone/",
        heading="A material deleted long ago",
    )
    capsys.readouterr()

    call_command("rebuild_search", "--no-progress", verbosity=1)
    output = capsys.readouterr()

    counts = dict(re.findall(r"^(\w+): (\d+) entries$", output.out, flags=re.MULTILINE))
    assert set(counts) == {"page", "material", "thread", "post"}
    for source, count in counts.items():
        assert SearchEntry.objects.filter(source=source).count() == int(count), source
    assert int(counts["material"]) == 1
    assert "Search entries rebuilt." in output.out
    assert "items" not in output.err  # no progress bars
    assert entry_for(article).url == site_tree.url("en", "article")
    assert entry_for(item).heading == "Checklist"
    assert not entries_of("material", 987654, hidden.pk).exists()
    assert SearchEntry.objects.count() == before - 1
    assert found_urls("mapping", kinds=("article",)) == [site_tree.url("en", "article")]
