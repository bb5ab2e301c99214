"""What machines read: robots.txt, the sitemap's XML, link previews and schema.org JSON-LD."""

import json
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from tests.factories import ImageFactory, get_locale
from tests.site_tree import LANGUAGES, PAGE_KEYS

pytestmark = pytest.mark.django_db

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
NS = {"sm": SITEMAP_NS, "xhtml": XHTML_NS}
OG_LOCALES = {"bg": "bg_BG", "en": "en_GB", "ro": "ro_RO"}


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def meta_tags(soup):
    """Meta properties and names of the head, each with the list of its contents."""
    tags = {}
    for meta in soup.head.find_all("meta"):
        key = meta.get("property") or meta.get("name")
        if key:
            tags.setdefault(key, []).append(meta.get("content"))
    return tags


def json_ld(soup):
    """Every JSON-LD block of the page, parsed, by @type."""
    blocks = {}
    for script in soup.find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        blocks[data["@type"]] = data
    return blocks


@pytest.fixture
def picture(db):
    return ImageFactory(title="Обучение в Бургас", file__width=1600, file__height=1000)


def robots(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    parser = RobotFileParser()
    parser.parse(response.content.decode().splitlines())
    return response.content.decode(), parser


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return ET.fromstring(response.content)


# robots.txt and the sitemap ---------------------------------------------------------------


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_the_download_counters(client, site_tree):
    text, parser = robots(client)

    assert not parser.can_fetch("*", "/admin/")
    assert not parser.can_fetch("*", "/admin/pages/")
    for language_code in LANGUAGES:
        with translation.override(language_code):
            download = reverse("publication-download", args=[1, "bg"])
            feed = reverse("feed-events-ics")
        assert not parser.can_fetch("*", download), download
        assert parser.can_fetch("*", feed)
        # Members' areas are behind a login; crawlers would only collect login redirects.
        for private in ("accounts/login/", "members/", "discussions/", "materials/new/"):
            assert not parser.can_fetch("*", f"/{language_code}/{private}"), private
        assert parser.can_fetch("*", f"/{language_code}/materials/")
        assert parser.can_fetch("*", site_tree.url(language_code, "publication"))
    assert parser.site_maps() == ["http://testserver/sitemap.xml"]
    assert "Disallow: /\n" not in text


def test_robots_txt_allows_every_page_of_the_sitemap(client, site_tree):
    _text, parser = robots(client)
    [sitemap_url] = parser.site_maps()

    root = sitemap(client)

    assert client.get(urlsplit(sitemap_url).path).status_code == 200
    locations = [loc.text for loc in root.iterfind("sm:url/sm:loc", NS)]
    assert len(locations) == len(LANGUAGES) * len(PAGE_KEYS)
    for location in locations:
        assert parser.can_fetch("*", urlsplit(location).path), location


def test_sitemap_is_valid_xml_with_hreflang_alternates(client, site_tree):
    root = sitemap(client)

    assert root.tag == f"{{{SITEMAP_NS}}}urlset"
    entries = root.findall("sm:url", NS)
    assert entries
    by_location = {}
    for entry in entries:
        assert [child.tag for child in entry][0] == f"{{{SITEMAP_NS}}}loc"
        location = entry.findtext("sm:loc", namespaces=NS)
        links = entry.findall("xhtml:link", NS)
        assert all(link.get("rel") == "alternate" for link in links)
        by_location[location] = {link.get("hreflang"): link.get("href") for link in links}
    for key in ("home", "article", "event", "publication"):
        urls = {code: f"http://localhost{site_tree.url(code, key)}" for code in LANGUAGES}
        for code in LANGUAGES:
            # Each version lists all of them, itself included.
            assert by_location[urls[code]] == urls


# OpenGraph and Twitter cards --------------------------------------------------------------


def test_article_link_preview(client, site_tree):
    page = site_tree.page("en", "article")
    soup = soup_of(client, site_tree.url("en", "article"))

    tags = meta_tags(soup)

    canonical = soup.head.find("link", rel="canonical")["href"]
    assert tags["og:url"] == [canonical]
    assert tags["og:title"] == [page.title]
    assert tags["og:description"] == [page.lead]
    assert tags["og:type"] == ["article"]
    assert tags["og:site_name"] == ["Praktika"]
    assert tags["og:locale"] == ["en_GB"]
    assert sorted(tags["og:locale:alternate"]) == ["bg_BG", "ro_RO"]
    assert tags["article:published_time"] == ["2017-06-01"]
    assert sorted(tags["article:tag"]) == sorted(page.tags.names())
    assert tags["twitter:card"] == ["summary"]
    assert "og:image" not in tags


def test_link_preview_image_is_a_1200x630_rendition(client, site_tree, picture):
    page = site_tree.page("ro", "event")
    page.listing_image = picture
    page.save()

    tags = meta_tags(soup_of(client, site_tree.url("ro", "event")))

    [image_url] = tags["og:image"]
    assert image_url.startswith("http://localhost/")
    assert tags["og:image:width"] == ["1200"]
    assert tags["og:image:height"] == ["630"]
    assert tags["og:image:alt"] == [picture.default_alt_text]
    assert tags["twitter:card"] == ["summary_large_image"]
    assert tags["twitter:image"] == [image_url]
    rendition = picture.get_rendition("fill-1200x630")
    assert urlsplit(image_url).path == rendition.url
    assert (rendition.width, rendition.height) == (1200, 630)
    assert tags["og:type"] == ["article"]
    assert tags["og:locale"] == ["ro_RO"]


def test_publications_are_previewed_with_their_cover(client, site_tree, picture):
    page = site_tree.page("bg", "publication")
    page.cover = picture
    page.listing_image = None
    page.save()

    tags = meta_tags(soup_of(client, site_tree.url("bg", "publication")))

    assert urlsplit(tags["og:image"][0]).path == picture.get_rendition("fill-1200x630").url
    assert tags["og:type"] == ["article"]


@pytest.mark.parametrize("key", ["home", "news_index", "standard", "contact"])
def test_other_pages_are_websites(client, site_tree, key):
    tags = meta_tags(soup_of(client, site_tree.url("bg", key)))

    assert tags["og:type"] == ["website"]
    assert tags["og:locale"] == ["bg_BG"]
    assert tags["og:title"] == [site_tree.page("bg", key).title]
    assert tags["og:url"] == [f"http://localhost{site_tree.url('bg', key)}"]
    assert tags["twitter:card"] == ["summary"]


def test_untranslated_alias_is_previewed_as_its_source(client, site_tree):
    source = site_tree.page("bg", "standard")
    new_source = source.copy(update_attrs={"slug": "novo", "title": "Нова страница"})
    new_source.save_revision().publish()
    alias = new_source.specific.copy_for_translation(get_locale("en"), alias=True)

    tags = meta_tags(soup_of(client, alias.get_url()))

    assert tags["og:url"] == [Page.objects.get(pk=new_source.pk).get_full_url()]
    assert tags["og:locale"] == ["bg_BG"]
    assert "og:locale:alternate" not in tags  # the English alias is no translation


# JSON-LD ----------------------------------------------------------------------------------


def test_news_article_json_ld(client, site_tree, picture):
    page = site_tree.page("en", "article")
    page.listing_image = picture
    page.save()

    data = json_ld(soup_of(client, site_tree.url("en", "article")))["NewsArticle"]

    assert data["@context"] == "https://schema.org"
    assert data["headline"] == page.title
    assert data["datePublished"] == "2017-06-01"
    assert data["dateModified"].startswith(page.last_published_at.date().isoformat())
    assert data["inLanguage"] == "en"
    assert data["url"] == page.get_full_url()
    assert data["author"] == [{"@type": "Organization", "name": page.authors}]
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "Praktika",
        "url": f"http://localhost{site_tree.url('en', 'home')}",
    }
    assert set(data["keywords"].split(", ")) == set(page.tags.names())
    assert data["image"] == [f"http://localhost{picture.get_rendition('fill-1200x630').url}"]


def test_methodology_is_an_article(client, site_tree):
    blocks = json_ld(soup_of(client, site_tree.url("ro", "resource")))

    assert "NewsArticle" not in blocks
    assert blocks["Article"]["inLanguage"] == "ro"
    assert blocks["Article"]["headline"] == site_tree.page("ro", "resource").title


def test_publication_json_ld_lists_each_file_through_its_download(client, site_tree):
    page = site_tree.page("en", "publication")

    data = json_ld(soup_of(client, site_tree.url("en", "publication")))["Book"]

    assert data["name"] == page.title
    assert data["inLanguage"] == "en"
    assert data["datePublished"] == "2019"
    assert data["publisher"]["name"] == page.publisher
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    files = {item["inLanguage"]: item for item in data["encoding"]}
    assert set(files) == {"bg", "ro"}
    for language, item in files.items():
        assert item["@type"] == "MediaObject"
        assert item["encodingFormat"] == "application/pdf"
        with translation.override("en"):
            path = reverse("publication-download", args=[page.pk, language])
        assert item["contentUrl"] == f"http://localhost{path}"
        assert client.get(path).status_code == 200


def test_reports_are_reports(client, site_tree):
    page = site_tree.page("bg", "publication")
    page.publication_type = "report"
    page.save()

    blocks = json_ld(soup_of(client, site_tree.url("bg", "publication")))

    assert "Report" in blocks
    assert "isbn" not in blocks["Report"]


def test_event_json_ld_and_breadcrumbs(client, site_tree):
    page = site_tree.page("bg", "event")

    blocks = json_ld(soup_of(client, site_tree.url("bg", "event")))

    event = blocks["Event"]
    assert event["name"] == page.title
    assert event["startDate"] == event["endDate"] == "2019-09-26"
    assert event["location"]["address"]["addressCountry"] == "BG"
    assert "offers" not in event
    trail = blocks["BreadcrumbList"]["itemListElement"]
    assert [item["position"] for item in trail] == [1, 2, 3]
    assert [item["item"] for item in trail] == [
        f"http://localhost{site_tree.url('bg', key)}" for key in ("home", "event_index", "event")
    ]


def test_json_ld_cannot_close_its_script(client, site_tree):
    page = site_tree.page("en", "article")
    page.title = "Ends here </script><script>alert(1)</script> & more"
    page.save()

    soup = soup_of(client, site_tree.url("en", "article"))

    assert json_ld(soup)["NewsArticle"]["headline"] == page.title
    assert not any(
        "alert(1)" in (script.string or "") for script in soup.find_all("script", type=False)
    )
