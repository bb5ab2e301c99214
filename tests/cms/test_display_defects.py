"""Small things readers noticed: doubled project titles, a finished project "since" its start,
a town named twice when it shares its district's name."""

import datetime

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import strip_tags

import pytest

from cms.models import EventPage, ProjectPage
from core.text import place_text
from directory.models import ServiceProviderPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("acronym", "title", "shown"),
    [
        ("STRENGTHEN", "STRENGTHEN: stronger families", "STRENGTHEN: stronger families"),
        ("strengthen", "STRENGTHEN – stronger families", "STRENGTHEN – stronger families"),
        (
            "RNSC",
            "Regional network for social cohesion",
            "RNSC: Regional network for social cohesion",
        ),
        ("", "Regional network", "Regional network"),
    ],
)
def test_a_project_card_names_its_acronym_once(acronym, title, shown):
    assert ProjectPage(acronym=acronym, title=title).card_title == shown


@pytest.mark.parametrize(
    ("status", "end", "text"),
    [
        ("completed", None, "Started 1 January 2020"),
        ("ongoing", None, "Since 1 January 2020"),
        ("completed", datetime.date(2021, 6, 30), "1 January 2020 – 30 June 2021"),
    ],
)
def test_a_finished_project_is_not_running_since_its_start(status, end, text):
    project = ProjectPage(status=status, start_date=datetime.date(2020, 1, 1), end_date=end)
    with translation.override("en"):
        html = render_to_string("includes/project_period.html", {"project": project})
    assert " ".join(strip_tags(html).split()) == text


def test_a_place_names_a_town_and_its_district_once():
    assert place_text("Стара Загора", "Стара Загора", "България") == "Стара Загора, България"
    assert place_text("Vidin", "vidin", "", "Bulgaria") == "Vidin, Bulgaria"
    assert place_text("Kozloduy", "Vratsa", "Bulgaria") == "Kozloduy, Vratsa, Bulgaria"


def test_events_and_providers_show_their_place_without_repeats():
    with translation.override("en"):
        event = EventPage(city="Vidin", region="bg-vidin", country="BG")
        provider = ServiceProviderPage(municipality="Craiova", region="ro-dolj", country="RO")
        assert event.place == "Vidin, Bulgaria"
        assert provider.place == "Craiova, Dolj, Romania"
        assert provider.short_place == "Craiova, Dolj"


@pytest.mark.parametrize(
    ("language", "sizes"),
    [
        ("bg", ["10,2 КБ", "1 байт", "5 байта", "53,1 МБ"]),
        ("ro", ["10,2 KO", "1 octet", "5 octeți", "53,1 MO"]),
        ("en", ["10.2 KB", "1 byte", "5 bytes", "53.1 MB"]),
    ],
)
def test_file_sizes_read_in_one_script_per_language(language, sizes):
    """Django's Bulgarian "KБ" mixes a Latin K with a Cyrillic Б; its Romanian uses ţ."""
    from django.template.defaultfilters import filesizeformat

    with translation.override(language):
        shown = [filesizeformat(size) for size in (10_445, 1, 5, 55_700_000)]
    assert [" ".join(text.split()) for text in shown] == sizes


@pytest.mark.parametrize(
    ("language", "shown"),
    [("bg", "шведски"), ("ro", "suedeză"), ("en", "Swedish")],
)
def test_language_names_inside_sentences_are_lower_case_where_the_language_writes_them_so(
    language, shown
):
    from core.text import language_name_in_text

    with translation.override(language):
        assert language_name_in_text("sv") == shown
        badge = render_to_string("includes/cards/untranslated_badge.html", {"item_lang": "sv"})
    assert shown in badge


@pytest.mark.parametrize(
    ("language", "day", "month"),
    [
        ("bg", "7 декември 2026", "декември 2026"),
        ("ro", "7 decembrie 2026", "decembrie 2026"),
        ("en", "7 December 2026", "December 2026"),
    ],
)
def test_one_date_format_per_language_with_months_in_lower_case_where_written_so(
    language, day, month
):
    from django.template import Context, Template

    when = datetime.datetime(2026, 12, 7, 14, 5)
    template = Template(
        '{{ d|date }}|{{ d|date:"DATE_FORMAT" }}|{{ d|date:"j E Y" }}|{{ d.date }}'
        '|{{ d|date:"YEAR_MONTH_FORMAT" }}|{{ d|date:"DATETIME_FORMAT" }}'
    )
    with translation.override(language):
        shown = template.render(Context({"d": when})).split("|")
    assert shown == [day, day, day, day, month, f"{day}, 14:05"]
