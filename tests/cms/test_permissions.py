"""Who may see and change what: the public, members without admin access, editors, moderators."""

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

import pytest

from tests.factories import ArticlePageFactory
from tests.site_tree import DETAIL_KEYS, LANGUAGES

pytestmark = pytest.mark.django_db


@pytest.fixture
def make_user(django_user_model):
    def make(username, *groups):
        user = django_user_model.objects.create_user(
            username=username, email=f"{username}@praktika.test", password="a-long-test-password"
        )
        user.groups.set(Group.objects.filter(name__in=groups))
        return user

    return make


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_the_public_reads_every_published_page(client, site_tree, language_code):
    for key in DETAIL_KEYS:
        assert client.get(site_tree.url(language_code, key)).status_code == 200, key


def test_a_draft_is_not_shown_to_the_public(client, site_tree):
    page = site_tree.page("en", "event")
    page.unpublish()
    assert client.get(site_tree.url("en", "event")).status_code == 404


def test_a_private_page_hides_its_content(client, site_tree):
    page = site_tree.page("bg", "project")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(site_tree.url("bg", "project"))
    assert response.status_code == 302
    assert page.title not in response.content.decode()


def test_the_admin_is_closed_to_the_public_and_to_members_without_access(
    client, site_tree, make_user
):
    assert client.get("/admin/").status_code == 302
    client.force_login(make_user("member"))
    response = client.get("/admin/")
    assert response.status_code in (302, 403)
    assert client.get("/admin/snippets/cms/organisation/").status_code in (302, 403)


def test_editors_edit_pages_and_snippets_and_submit_translations(client, site_tree, make_user):
    client.force_login(make_user("editor", "Editors"))
    page = site_tree.page("bg", "article")
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    assert client.get("/admin/snippets/cms/organisation/").status_code == 200
    assert client.get("/admin/snippets/cms/navigationmenu/").status_code == 200
    assert client.get("/admin/reports/publication-downloads/").status_code == 200
    source = site_tree.page("bg", "standard")
    assert client.get(f"/admin/localize/submit/page/{source.pk}/").status_code == 200


def test_editors_cannot_publish_but_moderators_can(site_tree, make_user):
    page = site_tree.page("bg", "article")
    editor = make_user("editor", "Editors")
    moderator = make_user("moderator", "Moderators")
    assert page.permissions_for_user(editor).can_edit()
    assert not page.permissions_for_user(editor).can_publish()
    assert page.permissions_for_user(moderator).can_publish()


def test_downloads_report_lists_counts_for_editors_only(client, site_tree, make_user):
    download_url = site_tree.page("en", "publication").files.get(language="bg").get_download_url()
    assert client.get(download_url).status_code == 200
    client.get(download_url)

    assert client.get("/admin/reports/publication-downloads/").status_code == 302

    client.force_login(make_user("editor", "Editors"))
    response = client.get("/admin/reports/publication-downloads/?export=csv")
    assert response.status_code == 200
    rows = b"".join(response.streaming_content).decode().splitlines()
    downloads = {tuple(row.split(",")[1:3]): row.rsplit(",", 1)[-1] for row in rows[1:]}
    assert downloads[("en", "bg")] == "2"
    assert downloads[("bg", "bg")] == "0"
    assert downloads[("en", "ro")] == "0"


def test_a_private_page_is_not_shown_as_a_featured_card(client, site_tree):
    home = site_tree.page("en", "home")
    project = site_tree.page("en", "project")
    # Featured in English but written only in Bulgarian: shown in Bulgarian, unless private.
    untranslated = ArticlePageFactory(
        parent=site_tree.page("bg", "news_index"),
        title="Само на български: вътрешна бележка",
        slug="vatreshna-belezhka",
    )
    untranslated.save_revision().publish()
    for page in (project, untranslated):
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    for page in (project, untranslated, site_tree.page("en", "article")):
        home.featured_items.create(page=page)
    home.save()

    html = client.get(site_tree.url("en", "home")).content.decode()
    featured = html[html.index('id="featured-title"') :].split("</section>", 1)[0]

    assert site_tree.page("en", "article").title in featured
    assert project.title not in featured
    assert untranslated.title not in featured
