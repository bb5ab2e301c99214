"""Index pages list the newest first, and the upcoming filter the soonest first."""

import datetime

from django.utils import timezone

import pytest

from tests.factories import EventIndexPageFactory, EventPageFactory
from tests.site_tree import make_home_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def events_index():
    home, _site = make_home_site()
    index = EventIndexPageFactory(parent=home)
    today = timezone.localdate()
    for title, start in [
        ("Фокус група в Харманли", datetime.date(2020, 6, 17)),
        ("Експертна среща в Русе", datetime.date(2017, 10, 19)),
        ("Обучение в Бургас", datetime.date(2019, 9, 26)),
        ("Следващ форум", today + datetime.timedelta(days=40)),
        ("Утрешна среща", today + datetime.timedelta(days=1)),
    ]:
        EventPageFactory(parent=index, title=title, start_date=start)
    return index


def titles(client, url):
    return [page.title for page in client.get(url).context["results"]]


def test_events_are_listed_newest_first(client, events_index):
    assert titles(client, events_index.url) == [
        "Следващ форум",
        "Утрешна среща",
        "Фокус група в Харманли",
        "Обучение в Бургас",
        "Експертна среща в Русе",
    ]


def test_upcoming_events_are_listed_soonest_first(client, events_index):
    assert titles(client, events_index.url + "?when=upcoming") == [
        "Утрешна среща",
        "Следващ форум",
    ]


def test_past_events_are_listed_newest_first(client, events_index):
    assert titles(client, events_index.url + "?when=past") == [
        "Фокус група в Харманли",
        "Обучение в Бургас",
        "Експертна среща в Русе",
    ]
