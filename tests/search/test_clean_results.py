"""Search that reads clean: no demo notice in what it quotes, records written from one template
shown once ("and N similar"), no publication year on directory records, and facets named in
the reader's language only."""

import datetime
import re
from urllib.parse import parse_qs, urlparse

from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from community.discussions.services import start_thread
from demo.directory.legislation import legislation_specs
from demo.directory.providers import provider_specs
from search.indexing import analysed
from search.models import SearchEntry
from search.services import SearchParams, ranked_matches, search
from search.similarity import similar_key
from tests.factories import PracticeMaterialFactory
from tests.factories.directory import ProviderServiceFactory, ServiceProviderPageFactory

pytestmark = pytest.mark.django_db

# A made-up word, so that only what a test writes is found.
WORD = "квилмарш"
TEMPLATE = (
    "Работи с деца и семейства в {town} по метода {word}, за да остане детето у дома: "
    "консултации, подкрепа на родителите и превенция на изоставянето."
)
SERVICE = "Индивидуални и групови консултации за родители, включително по метода на генограмата."
# (town, region, address): four providers made from one text, as the demo makes them.
TOWNS = [
    ("Видин", "bg-vidin", "ул. „Христо Ботев“ 10"),
    ("Белоградчик", "bg-vidin", "бул. „Свобода“ 24"),
    ("Лом", "bg-montana", "ул. „Васил Левски“ 3"),
    ("Оряхово", "bg-vratsa", "ул. „Цар Освободител“ 31"),
]


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def search_url(language):
    with translation.override(language):
        return reverse("search")


def publish(page):
    page.save_revision().publish()
    return page


def templated_provider(directory, number, town, region, address):
    page = ServiceProviderPageFactory(
        parent=directory,
        title=f"Център за обществена подкрепа – {town}",
        slug=f"tsentar-{number}",
        record_key=f"BG-TPL-{number:03d}",
        summary=TEMPLATE.format(town=town, word=WORD),
        municipality=town,
        region=region,
        address=address,
        accreditation=f"Лиценз № BG-TPL-{number:03d}, Агенция за качеството на социалните услуги",
    )
    ProviderServiceFactory(page=page, description=SERVICE, sort_order=0)
    return publish(page)


@pytest.fixture
def providers(site_tree):
    """Four providers written from one text and one that reads otherwise, all in Bulgarian."""
    directory = site_tree.page("bg", "directory")
    made = [templated_provider(directory, number, *town) for number, town in enumerate(TOWNS, 1)]
    crisis = ServiceProviderPageFactory(
        parent=directory,
        title="Кризисен център – Видин",
        slug="krizisen-tsentar-vidin",
        record_key="BG-TPL-099",
        summary=f"Приема деца и жени, пострадали от насилие, денонощно; обучен по {WORD}.",
    )
    ProviderServiceFactory(page=crisis, description="Настаняване до шест месеца.", sort_order=0)
    return made, publish(crisis)


def bg_search(**params):
    return search(SearchParams(**params), language="bg", user=None)


# The demo's notice --------------------------------------------------------------------------


# How the demo's notes begin (demo/data/directory/), in each language.
DEMO_NOTE = {"bg": "Демонстрационен запис", "en": "Demonstration record", "ro": "demonstrativă"}


def test_demo_records_say_they_are_invented_on_the_page_not_in_their_summary():
    specs = provider_specs() + legislation_specs()
    assert len(specs) > 200
    for spec in specs:
        assert spec["fields"]["is_demo"] is True
        for language, summary in spec["fields"]["summary"].items():
            assert DEMO_NOTE[language] not in summary, (spec["key"], summary)


def test_the_demo_notice_is_shown_on_the_page_and_never_quoted_by_search(client, site_tree):
    spec = provider_specs()[0]["fields"]
    page = site_tree.page("bg", "provider")
    page.is_demo = True
    page.summary = spec["summary"]["bg"]
    publish(page)

    shown = soup(client.get(page.url))
    assert "Демонстрационен запис" in shown.select_one(".directory-demo-notice").get_text()

    entry = SearchEntry.objects.get(source="page", source_pk=page.pk)
    assert spec["summary"]["bg"].split(":")[0] in entry.text
    outcome = bg_search(q="деца семейства", kinds=("provider",))
    snippets = " ".join(str(hit.snippet) for hit in outcome.hits)
    assert outcome.hits
    for text in (entry.text, snippets):
        assert DEMO_NOTE["bg"] not in text


def test_a_snippet_keeps_a_records_fields_apart(providers):
    """A town, an address and a licence are lines of their own, not one run-on sentence."""
    outcome = bg_search(q=f"{WORD} Лом")
    snippet = re.sub("</?mark>", "", str(outcome.hits[0].snippet))
    assert "изоставянето. Лом · ул. „Васил Левски“ 3 · Лиценз № BG-TPL-003," in snippet
    assert "социалните услуги · Индивидуални и групови" in snippet


# Records that read the same ------------------------------------------------------------------


def test_the_similar_key_ignores_names_places_and_numbers_but_not_the_prose():
    text = "\n".join(
        [
            TEMPLATE.format(town="Видин", word=WORD),
            "Видин",
            "ул. „Христо Ботев“ 10",
            "Лиценз № BG-VID-001, Агенция за качеството на социалните услуги",
            SERVICE,
        ]
    )
    other_town = (
        text.replace("Видин", "Лом")
        .replace("Христо Ботев", "Васил Левски")
        .replace("10", "3")
        .replace("BG-VID-001", "BG-MON-004")
    )
    key = similar_key("provider", "Център за обществена подкрепа – Видин", text)
    assert len(key) == 16
    assert similar_key("provider", "Център за обществена подкрепа – Лом", other_town) == key
    # Another kind, or other prose, is not the same record.
    assert similar_key("event", "Център за обществена подкрепа – Видин", text) != key
    reworded = text.replace("превенция на изоставянето", "грижа в общността")
    assert similar_key("provider", "Център за обществена подкрепа – Видин", reworded) != key
    # A short note is no evidence of a template.
    assert similar_key("material", "Note 1", "Notes from the quietroom about supervision.") == ""


def test_records_written_from_one_text_are_one_result_with_a_link_to_the_others(providers):
    templated, crisis = providers
    outcome = bg_search(q=WORD)
    assert outcome.total == 2
    assert outcome.folded == 3
    assert [hit.entry.kind for hit in outcome.hits] == ["provider", "provider"]
    folded = next(hit for hit in outcome.hits if hit.similar_count)
    assert folded.similar_count == 3
    assert folded.url in {page.url for page in templated}
    assert next(hit for hit in outcome.hits if not hit.similar_count).url == crisis.url

    query = parse_qs(urlparse(folded.similar_url).query)
    assert query["q"] == [WORD]
    listed = bg_search(q=WORD, similar=query["similar"][0])
    assert (listed.total, listed.folded) == (4, 0)
    assert {hit.url for hit in listed.hits} == {page.url for page in templated}
    assert all(not hit.similar_count for hit in listed.hits)


def test_every_count_counts_results_as_listed(providers):
    outcome = bg_search(q=WORD)
    checked = 0
    for name, values in outcome.facets.items():
        for value in values:
            chosen = {"kinds": (value.value,)} if name == "kind" else {name: value.value}
            narrowed = bg_search(q=WORD, **chosen)
            assert narrowed.total == len(narrowed.hits) == value.count, (name, value.value)
            checked += 1
    region_counts = {value.value: value.count for value in outcome.facets["region"]}
    # Two of the four templated providers are in Vidin, and so is the crisis centre.
    assert region_counts["bg-vidin"] == 2
    assert checked >= 4


def make_entry(number, text, *, kind="material", date=None):
    object_id = 800_000 + number
    fields = {
        "source": "material",
        "source_pk": object_id,
        "kind": kind,
        "language": "en",
        "group_key": f"material:{object_id}",
        "audience": "public",
        "url": f"/en/materials/{object_id}/",
        "heading": f"Brackenmoor sheet {number}",
        "text": text,
        "date": date,
        "year": date.year if date else None,
        "region": "",
        "tag_keys": "",
        "tag_names": "",
    }
    return SearchEntry.objects.create(**analysed(fields))


def test_pages_count_the_folded_results(client, db):
    day = datetime.date(2024, 3, 1)
    template = (
        "A checklist for the brackenmoor home visit in {place}: what to ask the family, what "
        "to look at in the home and how to write down what was agreed with the parents."
    )
    for number in range(10):
        make_entry(number, template.format(place=f"Town{number}"), date=day)
    for number in range(10, 35):
        make_entry(number, f"Brackenmoor note {number}.", date=day)

    outcome = search(SearchParams(q="brackenmoor"), language="en", user=None)
    assert (outcome.total, outcome.folded) == (26, 9)
    assert outcome.page.paginator.num_pages == 2
    second = search(SearchParams(q="brackenmoor", page=2), language="en", user=None)
    assert len(second.hits) == 6
    shown = [hit.entry.pk for hit in outcome.hits + second.hits]
    assert len(shown) == len(set(shown)) == 26

    page = soup(client.get(search_url("en"), {"q": "brackenmoor"}))
    count = " ".join(page.select_one(".search-summary__count").get_text().split())
    assert count == "26 results and 9 similar results grouped with them (page 1 of 2)"
    page_two = soup(client.get(search_url("en"), {"q": "brackenmoor", "page": 2}))
    assert len(page.select(".search-hit")) + len(page_two.select(".search-hit")) == 26
    links = page.select(".search-hit__similar a") + page_two.select(".search-hit__similar a")
    assert [" ".join(link.get_text().split()) for link in links] == ["and 9 similar results"]
    listed = soup(client.get(search_url("en") + links[0]["href"]))
    assert len(listed.select(".search-hit")) == 10
    assert not listed.select(".search-hit__similar")
    chip = listed.select_one(".search-active .search-chip")
    assert "Similar results" in chip.get_text()
    widened = soup(client.get(search_url("en") + chip["href"]))
    assert len(widened.select(".search-hit")) == 20


# Directory records carry no year -------------------------------------------------------------


def test_directory_records_have_no_date_or_year(site_tree):
    for key in ("provider", "provider_ro", "legislation"):
        entry = SearchEntry.objects.get(source="page", source_pk=site_tree.page("bg", key).pk)
        assert (entry.date, entry.year) == (None, None), key
    article = SearchEntry.objects.get(source="page", source_pk=site_tree.page("bg", "article").pk)
    assert article.year


def test_the_year_facet_and_result_dates_leave_directory_records_out(client, site_tree):
    law = site_tree.page("en", "legislation")
    outcome = search(
        SearchParams(q="Social Services Act", kinds=("legislation",)), language="en", user=None
    )
    assert law.url in [hit.url for hit in outcome.hits]
    assert outcome.facets["year"] == []

    by_year = search(SearchParams(year=law.year), language="en", user=None)
    assert law.url not in [hit.url for hit in by_year.hits]

    page = soup(client.get(search_url("en"), {"q": "Social Services Act", "kind": "legislation"}))
    hit = page.select_one(".search-hit")
    assert hit.select_one(".search-hit__kind").get_text(strip=True) == "Law or policy"
    assert hit.select_one("time") is None
    assert page.select(".facet--year") == []


def test_newest_first_lists_dated_content_before_records(providers, community_users):
    material = PracticeMaterialFactory(
        author=community_users["member"],
        language="bg",
        public=True,
        title=f"Бележки по метода {WORD}",
    )
    matches = ranked_matches(WORD, audiences=["public"], sort="date")
    assert matches[0].group_key == f"material:{material.pk}"
    assert {entry.kind for entry in matches[1:]} == {"provider"}
    assert all(entry.date is None for entry in matches[1:])


# Facets in the reader's language -------------------------------------------------------------


def test_topics_and_languages_are_named_in_the_readers_language(client, community_users):
    """A Bulgarian material's topic appears to an English reader as the English topic, and
    finds the material; its free tags, words of another language, are left out."""
    material = PracticeMaterialFactory(
        author=community_users["member"],
        language="bg",
        public=True,
        title="Карта за първа среща – brackenmoor",
        topic="family_support",
    )
    material.tags.add("база данни")
    material.save()
    english = PracticeMaterialFactory(
        author=community_users["member"],
        language="en",
        public=True,
        title="Brackenmoor database checklist",
        topic="education",
    )
    english.tags.add("database")
    english.save()

    outcome = search(SearchParams(q="brackenmoor"), language="en", user=None)
    topics = {value.value: value.label for value in outcome.facets["tag"]}
    assert topics == {
        "family-support": "Family support",
        "education": "Education",
        "database": "database",
    }
    languages = {value.value: value.label for value in outcome.facets["language"]}
    assert languages == {"bg": "Bulgarian", "en": "English"}

    narrowed = search(SearchParams(q="brackenmoor", tag="family-support"), language="en", user=None)
    assert [hit.entry.source_pk for hit in narrowed.hits] == [material.pk]

    page = soup(client.get(search_url("en"), {"q": "brackenmoor"}))
    labels = [label.get_text(strip=True) for label in page.select(".facet__label")]
    assert "Bulgarian" in labels and "Български" not in labels
    assert "база данни" not in labels and "Подкрепа за семейството" not in labels
    assert not page.select(".facet__label[lang]")
    # A tag chosen from a Bulgarian result is named as that result names it, marked as such.
    chosen = soup(client.get(search_url("en"), {"q": "brackenmoor", "tag": "baza-danni"}))
    chip = chosen.select_one(".search-chip [lang]")
    assert (chip["lang"], chip.get_text()) == ("bg", "база данни")


def test_a_discussion_category_is_named_in_the_readers_language(community_users, search_category):
    member = community_users["member"]
    start_thread(
        member, search_category["bg"], "Брекънмур: първо посещение", "Какво проверявате?", "bg"
    )
    outcome = search(SearchParams(q="Брекънмур"), language="en", user=member)
    assert [value.label for value in outcome.facets["tag"]] == ["Quietroom casework"]
    narrowed = search(
        SearchParams(q="Брекънмур", tag=outcome.facets["tag"][0].value), language="en", user=member
    )
    assert narrowed.total == 1
    in_bulgarian = search(SearchParams(q="Брекънмур"), language="bg", user=member)
    assert [value.label for value in in_bulgarian.facets["tag"]] == ["Тиха стая"]
