"""Every community, account and search view in each language: `<html lang>`, a canonical
link and hreflang alternates that lead somewhere; and content in another language than the
page's marked with its own `lang`.

The views are listed from the URL resolver, so a new one is crawled without touching this
file (a new URL argument needs an example in `url_arguments`). Data and crawl are made once
for the module, in a transaction rolled back at its end; the tests read the responses.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from community.comments.models import Comment
from community.discussions.models import Category, Follow
from community.discussions.notifications import unsubscribe_token
from community.discussions.services import start_thread
from tests.community.conftest import make_member
from tests.community.discussions_support import make_category
from tests.factories import PracticeMaterialFactory
from tests.site_tree import LANGUAGES

pytestmark = pytest.mark.django_db

# The first part of the path of the views crawled (after the language prefix).
CRAWLED = (
    "accounts/",
    "members/",
    "materials/",
    "discussions/",
    "comments/",
    "moderation/",
    "search/",
)
# Views that must be among those crawled, so the crawl cannot pass by finding nothing.
AT_LEAST = {
    "account_login",
    "account_signup",
    "account_reset_password",
    "account_email",
    "members:profile",
    "members:edit",
    "materials:list",
    "materials:detail",
    "materials:upload",
    "materials:mine",
    "discussions:index",
    "discussions:category",
    "discussions:thread",
    "discussions:reply",
    "discussions:post_history",
    "discussions:unsubscribe",
    "comments:edit",
    "moderation:flag",
    "search",
}
# Views whose templates ask search engines not to index them.
NOT_INDEXED = ("account_", "mfa_", "members:", "search")
# The key of a Bulgarian-only category's pages among the crawled views.
UNTRANSLATED = "category in Bulgarian only"
TITLE = "Чеклист за първо домашно посещение"
THREAD_TITLE = "Как се подготвяте за първо посещение?"


def crawled_views():
    """(view name, argument names) of every URL pattern under CRAWLED, from the resolver."""
    found = []

    def walk(patterns, namespace, first, arguments):
        for pattern in patterns:
            names = arguments | set(pattern.pattern.regex.groupindex)
            if isinstance(pattern, URLResolver):
                if isinstance(pattern.pattern, LocalePrefixPattern):
                    walk(pattern.url_patterns, namespace, None, names)
                    continue
                space = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern.url_patterns, space, first or str(pattern.pattern), names)
            elif first in CRAWLED and pattern.name:
                found.append((namespace + pattern.name, names))

    walk(get_resolver().url_patterns, "", "", set())
    return found


def url_arguments(data, language):
    """Example arguments for every view that takes some, in the given language."""
    material, thread, post = data["material"], data["thread"], data["post"]
    return {
        "members:profile": {"pk": data["author"].pk},
        "members:avatar": {"pk": data["author"].pk},
        "materials:detail": {"pk": material.pk, "slug": material.slug},
        "materials:download": {"pk": material.pk},
        "materials:edit": {"pk": material.pk},
        "materials:delete": {"pk": material.pk},
        "discussions:unsubscribe": {"token": data["token"]},
        "discussions:thread": {"pk": thread.pk, "slug": thread.slug},
        "discussions:reply": {"pk": thread.pk},
        "discussions:pin": {"pk": thread.pk},
        "discussions:lock": {"pk": thread.pk},
        "discussions:edit_post": {"pk": post.pk},
        "discussions:post_history": {"pk": post.pk},
        "discussions:category": {"slug": data["category"][language].slug},
        "comments:post": {"target_type": "materials.practicematerial", "pk": material.pk},
        "comments:edit": {"pk": data["comment"].pk},
        "comments:delete": {"pk": data["comment"].pk},
        "moderation:flag": {"target_type": "discussions.thread", "pk": thread.pk},
        "account_confirm_email": {"key": "no-such-key"},
        "account_reset_password_from_key": {"uidb36": "0", "key": "no-such-key"},
    }


def is_html_page(response):
    return response.status_code == 200 and response["Content-Type"].startswith("text/html")


def make_data(locales):
    author = make_member(
        "maria",
        display_name="Мария Иванова",
        profession="psychologist",
        public_fields=["profession"],
    )
    moderator = make_member("crawl_moderator", groups=["Community moderators"])
    category = make_category(locales)
    bulgarian_only = Category.objects.create(
        locale=locales["bg"], name="Приемна грижа", slug="priemna-grizha", sort_order=1
    )
    material = PracticeMaterialFactory(
        author=author, title=TITLE, description="Какво да питате.", language="bg", public=True
    )
    thread, post = start_thread(author, category["bg"], THREAD_TITLE, "Първи пост.", "bg")
    comment = Comment.objects.create(
        content_type=ContentType.objects.get_for_model(material),
        object_id=material.pk,
        author=author,
        body="Много полезно.",
        language="bg",
    )
    follow = Follow.objects.get(user=author, thread=thread)
    return {
        "author": author,
        "moderator": moderator,
        "category": category,
        "bulgarian_only": bulgarian_only,
        "material": material,
        "thread": thread,
        "post": post,
        "comment": comment,
        "token": unsubscribe_token(follow=follow),
    }


def crawl(data):
    """{(view name, language): response facts}: anonymous first, then as a moderator.

    Each view is read by the first reader it shows a page to; the anonymous status of every
    URL is kept, since hreflang alternates must not send a search engine to an error.
    """
    anonymous, moderator = Client(), Client()
    moderator.force_login(data["moderator"], backend="django.contrib.auth.backends.ModelBackend")
    results = {}
    for name, arguments in crawled_views():
        for language in LANGUAGES:
            kwargs = url_arguments(data, language).get(name, {})
            assert set(kwargs) == arguments, f"give url_arguments an example for {name}"
            with translation.override(language):
                url = reverse(name, kwargs=kwargs)
            response = anonymous.get(url)
            facts = {"url": url, "anonymous": response.status_code, "html": None}
            if not is_html_page(response):
                response = moderator.get(url)
            if is_html_page(response):
                facts["html"] = response.content.decode()
            results[name, language] = facts
    for language in LANGUAGES:
        with translation.override(language):
            url = data["bulgarian_only"].get_absolute_url()
        results[UNTRANSLATED, language] = {
            "url": url,
            "html": moderator.get(url).content.decode(),
        }
    return results


@pytest.fixture(scope="module")
def crawled(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        data = make_data(locales)
        results = crawl(data)
        transaction.set_rollback(True)
    return results


def path_of(url):
    return urlsplit(url).path


def language_links(html):
    """(<html lang>, canonical URLs, {hreflang: URL}, {language: switcher's link}) of a page."""
    soup = BeautifulSoup(html, "html.parser")
    canonical = [link["href"] for link in soup.head.find_all("link", rel="canonical")]
    alternates = {
        link["hreflang"]: link["href"]
        for link in soup.head.find_all("link", rel="alternate")
        if link.has_attr("hreflang")
    }
    switcher = {link["hreflang"]: link["href"] for link in soup.select(".language-switcher a")}
    return soup.html.get("lang"), canonical, alternates, switcher


# Canonical and alternates ---------------------------------------------------------------------


def test_the_crawl_reaches_every_kind_of_view(crawled):
    pages = {name for (name, _language), facts in crawled.items() if facts.get("html")}
    assert AT_LEAST <= pages, sorted(AT_LEAST - pages)
    for name in pages:
        assert all(crawled[name, language]["html"] for language in LANGUAGES), name


def test_pages_kept_out_of_search_engines_stay_out(crawled):
    """Links to the other languages come with the robots policy a page had, not instead of it."""
    for (name, _language), facts in crawled.items():
        if facts.get("html") and name.startswith(NOT_INDEXED):
            soup = BeautifulSoup(facts["html"], "html.parser")
            assert soup.head.find("meta", attrs={"name": "robots"})["content"] == "noindex", name


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_view_names_its_language_its_canonical_url_and_its_translations(crawled, language):
    checked = 0
    for (name, page_language), facts in crawled.items():
        if page_language != language or not facts.get("html") or name == UNTRANSLATED:
            continue
        lang, canonical, alternates, switcher = language_links(facts["html"])
        assert lang == language, name
        assert [path_of(url) for url in canonical] == [path_of(facts["url"])], name
        assert set(alternates) == {*LANGUAGES, "x-default"}, name
        assert alternates[language] == canonical[0], name
        assert alternates["x-default"] == alternates[settings.LANGUAGE_CODE], name
        for code in LANGUAGES:
            target = crawled[name, code]
            # The same view in that language: a page there too, as open to a crawler as this.
            assert path_of(alternates[code]) == path_of(target["url"]), (name, code)
            assert target["html"], (name, code)
            assert target["anonymous"] == facts["anonymous"] in (200, 302), (name, code)
            assert switcher[code] == path_of(alternates[code]), (name, code)
        checked += 1
    assert checked >= len(AT_LEAST)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_category_without_a_translation_is_canonical_in_its_own_language(crawled, language):
    facts = crawled[UNTRANSLATED, language]
    lang, canonical, alternates, _switcher = language_links(facts["html"])
    bulgarian = crawled[UNTRANSLATED, "bg"]["url"]
    assert lang == language
    assert [path_of(url) for url in canonical] == [bulgarian]
    assert {code: path_of(url) for code, url in alternates.items()} == {
        "bg": bulgarian,
        "x-default": bulgarian,
    }


# Content in another language ------------------------------------------------------------------


def languages_of(html, text):
    """The lang of each place `text` is shown: its nearest element that declares one."""
    soup = BeautifulSoup(html, "html.parser")
    found = soup.body.find_all(string=lambda value: value and text in value)
    assert found, text
    return {string.find_parent(lambda tag: tag.has_attr("lang"))["lang"] for string in found}


@pytest.mark.parametrize(
    ("view", "texts"),
    [
        ("materials:list", [TITLE, "Какво да питате."]),
        ("materials:detail", [TITLE, "Какво да питате."]),
        ("materials:delete", [TITLE]),
        ("discussions:thread", [THREAD_TITLE, "Първи пост."]),
        ("discussions:reply", [THREAD_TITLE]),
        ("discussions:post_history", [THREAD_TITLE, "Първи пост."]),
        ("discussions:unsubscribe", [THREAD_TITLE]),
        ("moderation:flag", [THREAD_TITLE]),
    ],
)
def test_bulgarian_content_on_english_pages_is_marked_bulgarian(crawled, view, texts):
    html = crawled[view, "en"]["html"]
    for text in texts:
        assert languages_of(html, text) == {"bg"}, (view, text)


def test_an_untranslated_category_is_marked_in_its_language(crawled):
    html = crawled[UNTRANSLATED, "en"]["html"]
    assert languages_of(html, "Приемна грижа") == {"bg"}
    translated = crawled["discussions:category", "en"]["html"]
    assert languages_of(translated, "Child protection") == {"en"}


@pytest.mark.parametrize(
    "view", ["materials:list", "materials:detail", "members:list", "members:profile"]
)
def test_a_name_in_cyrillic_is_marked_bulgarian_on_other_languages_pages(crawled, view):
    for language in LANGUAGES:
        html = crawled[view, language]["html"]
        assert languages_of(html, "Мария Иванова") == {"bg"}, (view, language)
    soup = BeautifulSoup(crawled[view, "bg"]["html"], "html.parser")
    assert not soup.body.select('[lang="bg"]:-soup-contains("Мария Иванова")'), view
