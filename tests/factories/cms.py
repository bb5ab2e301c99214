"""Factories for the editorial pages (cms): from the facts in the project's seed documents."""

import datetime
from decimal import Decimal

from wagtail.models import Page

import factory
from factory.django import DjangoModelFactory

from cms import models
from cms.choices import (
    ArticleKind,
    Currency,
    EventType,
    OrganisationKind,
    PartnerRole,
    ProjectStatus,
    PublicationType,
)
from core.choices import Country, Language, Profession
from tests.factories.core import PdfDocumentFactory, PraktikaPageFactory, get_locale

# Snippets ------------------------------------------------------------------------------


class OrganisationFactory(DjangoModelFactory):
    name = "Младежки център – Видин"
    short_name = ""
    kind = OrganisationKind.NGO
    country = Country.BULGARIA
    city = "Видин"
    locale = factory.LazyFunction(lambda: get_locale("bg"))

    class Meta:
        model = models.Organisation


# Pages -----------------------------------------------------------------------------------


class HomePageFactory(PraktikaPageFactory):
    title = "Практика"
    slug = "praktika"
    headline = "Общност на практиката за помагащите професии"
    introduction = "<p>Знания, методи и опит за социални работници, педагози и психолози.</p>"
    parent = factory.LazyFunction(Page.get_first_root_node)

    class Meta:
        model = models.HomePage


class ArticleIndexPageFactory(PraktikaPageFactory):
    title = "Новини и статии"
    slug = "novini"
    introduction = "Новини от проектите и статии за практиката."

    class Meta:
        model = models.ArticleIndexPage


class ResourceCentrePageFactory(PraktikaPageFactory):
    title = "Ресурсен център"
    slug = "resursen-centar"
    introduction = "Методики, наръчници и добри практики."

    class Meta:
        model = models.ResourceCentrePage


class ArticlePageFactory(PraktikaPageFactory):
    title = factory.Sequence(lambda n: f"Картографиране на социалните ресурси, част {n + 1}")
    kind = ArticleKind.NEWS
    date = datetime.date(2017, 6, 1)
    lead = "Екипът започна картографирането на социалните ресурси в 13 области."
    authors = "Екипът на проекта"
    body = factory.LazyFunction(
        lambda: [
            ("heading", {"text": "Какво картографираме", "level": "h2"}),
            (
                "paragraph",
                "<p>Услуги и структури във Враца, Плевен, Русе, Силистра и Добрич.</p>",
            ),
        ]
    )

    class Meta:
        model = models.ArticlePage


class EventIndexPageFactory(PraktikaPageFactory):
    title = "Събития"
    slug = "sabitiya"
    introduction = "Обучения, фокус групи, форуми и посещения."

    class Meta:
        model = models.EventIndexPage


class EventPageFactory(PraktikaPageFactory):
    """Defaults: the training for parents at risk of abandonment, Burgas, 26 September 2019."""

    title = factory.Sequence(
        lambda n: (
            "Обучение за работа с родители в риск от изоставяне" + (f" ({n + 1})" if n else "")
        )
    )
    event_type = EventType.TRAINING
    start_date = datetime.date(2019, 9, 26)
    end_date = None
    venue = "Областна администрация Бургас"
    city = "Бургас"
    region = "bg-burgas"
    country = Country.BULGARIA
    organisers = "Международна детска организация"
    trainers = "Национален консултант и регионалният координатор за Бургас"
    audience = factory.LazyFunction(
        lambda: [Profession.SOCIAL_WORKER, Profession.PEDAGOGUE, Profession.PSYCHOLOGIST]
    )
    participants_total = 23
    participants_bg = factory.LazyAttribute(
        lambda event: event.participants_total if event.country == Country.BULGARIA else None
    )
    participants_ro = None
    summary = "Обучение за членовете на областния механизъм и специалисти от ОЗД."
    write_up = factory.LazyFunction(
        lambda: [("paragraph", "<p>Участниците се запознаха с метода „Генограма“.</p>")]
    )
    findings = ""

    class Meta:
        model = models.EventPage


class ProjectIndexPageFactory(PraktikaPageFactory):
    title = "Проекти"
    slug = "proekti"
    introduction = "Проектите, които споделят знанията си тук."

    class Meta:
        model = models.ProjectIndexPage


class ProjectPageFactory(PraktikaPageFactory):
    """Defaults: the Regional Network for Social Cohesion (26 April 2017 - 25 April 2019)."""

    title = factory.Sequence(
        lambda n: "Регионална мрежа за социално сближаване" + (f" ({n + 1})" if n else "")
    )
    acronym = ""
    status = ProjectStatus.COMPLETED
    start_date = datetime.date(2017, 4, 26)
    end_date = datetime.date(2019, 4, 25)
    summary = "Трансгранична мрежа на доставчиците на социални услуги от България и Румъния."
    goals = "<p>Съвместна оценка на двете социални системи.</p>"
    target_groups = "<p>Експерти от социалния сектор в граничния регион.</p>"

    class Meta:
        model = models.ProjectPage


class ProjectFunderFactory(DjangoModelFactory):
    page = factory.SubFactory(ProjectPageFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    amount = Decimal("300293.71")
    currency = Currency.EUR

    class Meta:
        model = models.ProjectFunder


class ProjectPartnerFactory(DjangoModelFactory):
    page = factory.SubFactory(ProjectPageFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = PartnerRole.LEAD

    class Meta:
        model = models.ProjectPartner


class ProjectActivityFactory(DjangoModelFactory):
    page = factory.SubFactory(ProjectPageFactory)
    title = "Картографиране на социалните ресурси"
    start_date = datetime.date(2017, 6, 1)
    end_date = datetime.date(2017, 8, 31)
    description = "Социалните ресурси в 13 области от двете страни на Дунав."
    planned_number = 13
    unit = "области"
    locale = factory.LazyAttribute(lambda activity: activity.page.locale)

    class Meta:
        model = models.ProjectActivity


class ProjectResultFactory(DjangoModelFactory):
    page = factory.SubFactory(ProjectPageFactory)
    title = "Обучени експерти от социалния сектор"
    target = 300
    achieved = 240
    unit = "експерти"
    locale = factory.LazyAttribute(lambda result: result.page.locale)

    class Meta:
        model = models.ProjectResult


class PublicationIndexPageFactory(PraktikaPageFactory):
    title = "Публикации"
    slug = "publikacii"
    introduction = "Сборници, брошури и доклади за свободно изтегляне."

    class Meta:
        model = models.PublicationIndexPage


class PublicationPageFactory(PraktikaPageFactory):
    title = factory.Sequence(
        lambda n: "Сборник за специалисти от социалната сфера" + (f" ({n + 1})" if n else "")
    )
    publication_type = PublicationType.COMPENDIUM
    abstract = "<p>Опитът от тематичните форуми и съвместните обучения.</p>"
    authors = "Експерти от България и Румъния"
    year = 2019
    publisher = "Младежки център – Видин"
    licence = "cc-by-4.0"

    class Meta:
        model = models.PublicationPage


class PublicationFileFactory(DjangoModelFactory):
    page = factory.SubFactory(PublicationPageFactory)
    language = Language.BULGARIAN
    document = factory.SubFactory(PdfDocumentFactory)

    class Meta:
        model = models.PublicationFile


class StandardPageFactory(PraktikaPageFactory):
    title = "За нас"
    slug = "za-nas"
    introduction = "Платформа за професионалистите от помагащите професии."
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Практиката расте, когато се споделя.</p>")]
    )

    class Meta:
        model = models.StandardPage


class ContactPageFactory(PraktikaPageFactory):
    title = "Контакти"
    slug = "kontakti"
    introduction = "<p>Пишете ни за обучения, публикации и партньорства.</p>"
    thank_you_text = "<p>Благодарим! Ще ви отговорим скоро.</p>"
    to_address = "team@praktika.test"
    from_address = "noreply@praktika.test"
    subject = "Съобщение от сайта"

    class Meta:
        model = models.ContactPage


class ContactFormFieldFactory(DjangoModelFactory):
    page = factory.SubFactory(ContactPageFactory)
    label = "Име"
    field_type = "singleline"
    required = True
    sort_order = factory.Sequence(int)
    locale = factory.LazyAttribute(lambda form_field: form_field.page.locale)

    class Meta:
        model = models.ContactFormField
