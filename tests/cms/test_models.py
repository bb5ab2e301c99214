"""Model logic: project budgets and periods, result progress, event validation, key figures,
and the index pages' tolerance of bad filter and page numbers."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.utils import timezone, translation

from wagtail.models import PageViewRestriction

import pytest

from cms.choices import EventType
from cms.forms import ArticleFilterForm, EventFilterForm, PublicationFilterForm
from cms.models import ArticlePage, EventPage, ProjectResult, PublicationFile, PublicationPage
from core.choices import Profession
from core.pagination import paginate
from core.text import reading_time_minutes
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    OrganisationFactory,
    PdfDocumentFactory,
    ProjectFunderFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    PublicationFileFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    translate_page,
)
from tests.site_tree import make_home_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    return make_home_site()[0]


@pytest.fixture
def project(home):
    index = ProjectIndexPageFactory(parent=home)
    return ProjectPageFactory(parent=index)


class TestProjectPage:
    def test_funding_totals_add_up_the_regional_network_budget(self, project):
        for name, amount in [
            ("Европейски фонд за регионално развитие", "300293.71"),
            ("Държавен бюджет на Румъния", "24084.78"),
            ("Държавен бюджет на България", "21842.50"),
            ("Младежки център – Видин", "7065.73"),
        ]:
            ProjectFunderFactory(
                page=project, organisation=OrganisationFactory(name=name), amount=Decimal(amount)
            )

        # The project documents state EUR 353,286.71, one cent less than the sum of the parts
        # (rounded in the source); the page adds up the amounts it is given.
        assert project.funding_totals() == {"EUR": Decimal("353286.72")}

    def test_funding_totals_keep_currencies_apart(self, project):
        ProjectFunderFactory(page=project, amount=Decimal("1000.50"), currency="EUR")
        ProjectFunderFactory(page=project, amount=Decimal("2000.25"), currency="EUR")
        ProjectFunderFactory(page=project, amount=Decimal("5000.00"), currency="BGN")

        assert project.funding_totals() == {
            "EUR": Decimal("3000.75"),
            "BGN": Decimal("5000.00"),
        }

    def test_a_funder_without_a_published_amount_is_listed_but_not_added(self, client, project):
        ProjectFunderFactory(
            page=project, organisation=OrganisationFactory(name="Фондация ОУК"), amount=None
        )
        ProjectFunderFactory(page=project, amount=Decimal("1000.00"), currency="EUR")
        project.save_revision().publish()

        assert project.funding_totals() == {"EUR": Decimal("1000.00")}
        html = client.get(project.get_url()).content.decode()
        assert "Фондация ОУК" in html
        assert "не е публикувана" in html

    def test_funding_totals_of_a_project_without_funders_are_empty(self, project):
        assert project.funding_totals() == {}

    def test_funding_totals_use_the_funders_given_without_querying(
        self, project, django_assert_num_queries
    ):
        ProjectFunderFactory(page=project, amount=Decimal("10.00"))
        funders = list(project.funders.all())
        with django_assert_num_queries(0):
            assert project.funding_totals(funders) == {"EUR": Decimal("10.00")}

    @pytest.mark.parametrize(
        ("start", "end", "months"),
        [
            # The Regional Network for Social Cohesion: 26 April 2017 - 25 April 2019.
            (datetime.date(2017, 4, 26), datetime.date(2019, 4, 25), 24),
            # Mapping social resources, June - August 2017.
            (datetime.date(2017, 6, 1), datetime.date(2017, 8, 31), 3),
            # Thematic forums, November 2017 - June 2018.
            (datetime.date(2017, 11, 1), datetime.date(2018, 6, 30), 8),
            (datetime.date(2019, 3, 1), datetime.date(2019, 3, 31), 1),
        ],
    )
    def test_duration_months(self, start, end, months):
        project = ProjectPageFactory.build(start_date=start, end_date=end)
        assert project.duration_months == months

    def test_duration_of_an_open_ended_project_is_unknown(self):
        project = ProjectPageFactory.build(end_date=None)
        assert project.duration_months is None

    def test_a_project_cannot_end_before_it_starts(self, project):
        project.end_date = project.start_date - datetime.timedelta(days=1)
        with pytest.raises(ValidationError) as error:
            project.clean()
        assert "end_date" in error.value.message_dict

    def test_a_funder_amount_cannot_be_negative(self, project):
        funder = ProjectFunderFactory.build(page=project, amount=Decimal("-1.00"))
        with pytest.raises(ValidationError) as error:
            funder.clean()
        assert "amount" in error.value.message_dict


class TestProjectResultProgress:
    @pytest.mark.parametrize(
        ("target", "achieved", "percent"),
        [
            (300, 240, 80),  # experts trained
            (200, 200, 100),  # database records
            (12, 6, 50),  # organisations that shared experience
            (3, 2, 67),
            (300, 0, 0),
            (12, 15, 100),  # more than promised still shows a full bar
        ],
    )
    def test_progress_percent(self, target, achieved, percent):
        assert ProjectResult(target=target, achieved=achieved).progress_percent == percent

    @pytest.mark.parametrize(("target", "achieved"), [(None, 10), (0, 10), (300, None)])
    def test_progress_is_unknown_without_a_target_or_a_count(self, target, achieved):
        assert ProjectResult(target=target, achieved=achieved).progress_percent is None


class TestEventPageValidation:
    @pytest.fixture
    def event(self, home):
        return EventPageFactory(parent=EventIndexPageFactory(parent=home))

    def test_the_burgas_training_is_valid(self, event):
        event.full_clean()

    def test_end_before_start_is_refused(self, event):
        event.start_date = datetime.date(2019, 9, 26)
        event.end_date = datetime.date(2019, 9, 25)
        with pytest.raises(ValidationError) as error:
            event.clean()
        assert set(error.value.message_dict) == {"end_date"}

    def test_a_one_day_event_may_end_on_its_start_date(self, event):
        event.end_date = event.start_date
        event.clean()

    def test_region_of_the_other_country_is_refused(self, event):
        event.country = "BG"
        event.region = "ro-dolj"
        with pytest.raises(ValidationError) as error:
            event.clean()
        assert set(error.value.message_dict) == {"region"}

    def test_romanian_region_in_romania_is_accepted(self, event):
        event.country = "RO"
        event.region = "ro-dolj"
        event.clean()

    def test_participants_by_country_above_the_total_are_refused(self, event):
        # The final conference: 40 participants, 20 from each country.
        event.participants_total = 39
        event.participants_bg = 20
        event.participants_ro = 20
        with pytest.raises(ValidationError) as error:
            event.clean()
        assert set(error.value.message_dict) == {"participants_total"}

    def test_participants_by_country_equal_to_the_total_are_accepted(self, event):
        event.participants_total = 40
        event.participants_bg = 20
        event.participants_ro = 20
        event.clean()

    def test_all_problems_are_reported_together(self, event):
        event.end_date = event.start_date - datetime.timedelta(days=1)
        event.region = "ro-olt"
        event.participants_total = 1
        with pytest.raises(ValidationError) as error:
            event.clean()
        assert set(error.value.message_dict) == {"end_date", "region", "participants_total"}

    def test_unknown_audience_is_refused(self, event):
        event.audience = [Profession.SOCIAL_WORKER, "astronaut"]
        with pytest.raises(ValidationError) as error:
            event.full_clean()
        assert "audience" in error.value.message_dict


class TestEventPageProperties:
    def test_duration_days(self):
        # Joint qualification sessions last three days.
        event = EventPageFactory.build(
            start_date=datetime.date(2018, 7, 10), end_date=datetime.date(2018, 7, 12)
        )
        assert event.duration_days == 3
        assert EventPageFactory.build(end_date=None).duration_days == 1

    def test_labels(self):
        translation.activate("en")
        event = EventPageFactory.build(
            region="bg-stara-zagora", audience=[Profession.PSYCHOLOGIST, "gone"]
        )
        assert str(event.region_label) == "Stara Zagora"
        assert [str(label) for label in event.audience_labels] == ["Psychologists"]
        assert EventPageFactory.build(region="").region_label == ""

    def test_is_upcoming(self):
        today = timezone.localdate()
        assert EventPageFactory.build(start_date=today).is_upcoming
        assert not EventPageFactory.build(start_date=datetime.date(2019, 9, 26)).is_upcoming
        assert EventPageFactory.build(
            start_date=today - datetime.timedelta(days=1),
            end_date=today + datetime.timedelta(days=1),
        ).is_upcoming


class TestHomePageKeyFigures:
    def test_counts_live_public_pages_of_its_own_locale(self, home):
        events = EventIndexPageFactory(parent=home)
        publications = PublicationIndexPageFactory(parent=home)
        # Counted: two trainings, a thematic forum (training types) and a focus group.
        burgas = EventPageFactory(parent=events, participants_total=23, participants_bg=23)
        EventPageFactory(
            parent=events, city="Стара Загора", region="bg-stara-zagora", participants_total=18
        )
        EventPageFactory(
            parent=events,
            event_type=EventType.THEMATIC_FORUM,
            participants_total=20,
            participants_bg=10,
            participants_ro=10,
        )
        EventPageFactory(
            parent=events,
            event_type=EventType.FOCUS_GROUP,
            region="bg-haskovo",
            city="Харманли",
            participants_total=21,
        )
        # Not counted: a draft, a private event, and a conference (not a training).
        EventPageFactory(
            parent=events,
            event_type=EventType.QUALIFICATION_SESSION,
            participants_total=20,
            live=False,
        )
        private = EventPageFactory(parent=events, participants_total=30)
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
        PublicationPageFactory(parent=publications)
        PublicationPageFactory(parent=publications, year=2018)
        PublicationPageFactory(parent=publications, live=False)
        private_publication = PublicationPageFactory(parent=publications)
        PageViewRestriction.objects.create(
            page=private_publication, restriction_type=PageViewRestriction.LOGIN
        )
        # The English translation of the Burgas training belongs to the English home page.
        translate_page(burgas, "en", title="Working with parents", slug="working-with-parents")

        figures = home.key_figures()

        assert figures == {
            "publications": 2,
            "events": 4,
            "people_trained": 23 + 18 + 20,
        }

    def test_conferences_and_focus_groups_are_not_training(self, home):
        events = EventIndexPageFactory(parent=home)
        EventPageFactory(parent=events, event_type=EventType.CONFERENCE, participants_total=40)
        EventPageFactory(parent=events, event_type=EventType.FOCUS_GROUP, participants_total=13)

        assert home.key_figures() == {"publications": 0, "events": 2, "people_trained": 0}

    def test_other_locale_home_counts_its_own_pages(self, home, locales):
        events = EventIndexPageFactory(parent=home)
        burgas = EventPageFactory(parent=events, participants_total=23)
        EventPageFactory(parent=events, participants_total=18)
        translate_page(burgas, "en", title="Working with parents", slug="working-with-parents")
        english_home = home.get_translation(locales["en"]).specific

        assert english_home.key_figures() == {"publications": 0, "events": 1, "people_trained": 23}


class TestOtherModelLogic:
    def test_reading_time(self):
        assert reading_time_minutes("") == 1
        assert reading_time_minutes("<p>" + "дума " * 200 + "</p>") == 1
        assert reading_time_minutes("дума " * 201) == 2
        assert reading_time_minutes("дума " * 150, "<b>дума</b> " * 250) == 2

    def test_article_reading_time_counts_lead_and_body(self, home):
        index = ArticleIndexPageFactory(parent=home)
        article = ArticlePageFactory(
            parent=index,
            lead="дума " * 100,
            body=[("paragraph", "<p>" + "дума " * 301 + "</p>")],
        )
        assert ArticlePage.objects.get(pk=article.pk).reading_time == 3

    def test_summary_falls_back_to_the_lead(self, home):
        index = ArticleIndexPageFactory(parent=home)
        article = ArticlePageFactory(parent=index, listing_summary="", lead="Водещ текст")
        assert article.get_summary() == "Водещ текст"
        article.listing_summary = "Кратко описание"
        assert article.get_summary() == "Кратко описание"

    def test_section_of_a_detail_page_is_its_index(self, home):
        index = ArticleIndexPageFactory(parent=home)
        article = ArticlePageFactory(parent=index)
        assert article.get_section() == index
        assert index.get_section() is None

    def test_content_language_of_a_translation_and_an_alias(self, home, locales):
        index = ArticleIndexPageFactory(parent=home)
        article = ArticlePageFactory(parent=index)
        english = translate_page(article, "en", title="Mapping", slug="mapping")
        romanian_alias = article.copy_for_translation(locales["ro"], copy_parents=True, alias=True)

        assert not article.is_untranslated_alias
        assert article.content_language == "bg"
        assert not english.is_untranslated_alias
        assert english.content_language == "en"
        assert romanian_alias.specific.is_untranslated_alias
        assert romanian_alias.specific.content_language == "bg"

    def test_publication_files_must_be_documents_readers_can_open(self, home):
        publication = PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home))
        spreadsheet = PdfDocumentFactory(file__filename="budget.xlsx")
        with pytest.raises(ValidationError) as error:
            PublicationFile(page=publication, language="bg", document=spreadsheet).clean()
        assert "document" in error.value.message_dict
        PublicationFileFactory(page=publication).clean()

    def test_publication_file_languages(self, home):
        publication = PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home))
        PublicationFileFactory(page=publication, language="ro")
        PublicationFileFactory(page=publication, language="bg")
        PublicationFileFactory(page=publication, language="en")
        assert PublicationPage.objects.get(pk=publication.pk).file_languages == ["bg", "en", "ro"]


class TestPaginateAndFilterForms:
    """Bad ?page= and filter values land on a valid page instead of an error."""

    @pytest.fixture
    def rf(self):
        return RequestFactory()

    @pytest.mark.parametrize(
        ("query", "number"),
        [("", 1), ("page=2", 2), ("page=3", 3), ("page=999", 3), ("page=x", 1), ("page=", 1)],
    )
    def test_paginate(self, rf, query, number):
        items = list(range(25))
        page = paginate(rf.get(f"/?{query}"), items, 10)
        assert page.number == number
        assert page.paginator.num_pages == 3

    def test_article_filter_ignores_a_bad_year_but_keeps_good_values(self, home):
        index = ArticleIndexPageFactory(parent=home)
        ArticlePageFactory(parent=index, date=datetime.date(2017, 6, 1))
        ArticlePageFactory(parent=index, date=datetime.date(2019, 9, 30), kind="methodology")
        articles = ArticlePage.objects.child_of(index)

        form = ArticleFilterForm({"year": "abc"}, articles=articles)
        assert form.filter(articles).count() == 2

        form = ArticleFilterForm({"year": "abc", "kind": "methodology"}, articles=articles)
        assert list(form.filter(articles).values_list("kind", flat=True)) == ["methodology"]

        form = ArticleFilterForm({"year": "2017", "tag": "no-such-tag"}, articles=articles)
        assert [a.date.year for a in form.filter(articles)] == [2017]

    def test_event_and_publication_filters_ignore_unknown_values(self, home):
        events_index = EventIndexPageFactory(parent=home)
        EventPageFactory(parent=events_index)
        events = EventPage.objects.child_of(events_index)
        form = EventFilterForm(
            {"when": "someday", "event_type": "party", "region": "xx-nowhere", "year": "abc"},
            events=events,
        )
        assert form.filter(events).count() == 1

        publications_index = PublicationIndexPageFactory(parent=home)
        PublicationPageFactory(parent=publications_index)
        publications = PublicationPage.objects.child_of(publications_index)
        form = PublicationFilterForm(
            {"publication_type": "novel", "language": "de", "year": "MMXIX"},
            publications=publications,
        )
        assert form.filter(publications).count() == 1


@pytest.fixture
def many_news(home):
    """A news index with 25 articles (3 pages of 12): 13 from 2019, 12 from 2017."""
    index = ArticleIndexPageFactory(parent=home)
    for number in range(25):
        ArticlePageFactory(
            parent=index,
            date=datetime.date(2017 if number % 2 else 2019, 6, 1),
            slug=f"statiya-{number}",
        )
    return index


class TestIndexPagesToleratesBadQueries:
    """Through the real pages: a reader's typo in the URL is never an error page."""

    @pytest.mark.parametrize(
        ("query", "number"),
        [
            ("?page=999", 3),
            ("?page=x", 1),
            ("?page=2&year=abc", 2),
            ("?year=abc", 1),
            ("?year=2019&page=999", 2),
        ],
    )
    def test_news_index(self, client, many_news, query, number):
        response = client.get(many_news.url + query)

        assert response.status_code == 200
        articles = response.context["results"]
        assert articles.number == number
        expected_total = 13 if "year=2019" in query else 25
        assert articles.paginator.count == expected_total

    @pytest.mark.parametrize(
        "query",
        ["?year=abc", "?region=mars&when=never", "?event_type=%00", "?page=x", "?page=999"],
    )
    def test_events_index(self, client, home, query):
        index = EventIndexPageFactory(parent=home)
        EventPageFactory(parent=index)
        response = client.get(index.url + query)
        assert response.status_code == 200
        assert response.context["results"].paginator.count == 1

    @pytest.mark.parametrize("query", ["?year=abc", "?language=xx", "?page=-5", "?page="])
    def test_publications_index(self, client, home, query):
        index = PublicationIndexPageFactory(parent=home)
        PublicationPageFactory(parent=index)
        response = client.get(index.url + query)
        assert response.status_code == 200
        assert response.context["results"].paginator.count == 1

    @pytest.mark.parametrize("query", ["?status=abc", "?page=x", "?page=999"])
    def test_projects_index(self, client, home, query):
        index = ProjectIndexPageFactory(parent=home)
        ProjectPageFactory(parent=index)
        response = client.get(index.url + query)
        assert response.status_code == 200
        assert response.context["results"].paginator.count == 1
