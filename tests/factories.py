"""Factories for Praktika's pages and snippets, and the trilingual site tree the tests share.

Pages are built in Bulgarian, the site's primary language, from the facts in the project's
seed documents; `translate_page` makes the English and Romanian versions the way an editor
would (copy for translation, edit, publish).
"""

import datetime
import io
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.cache import cache

from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page, Site

import factory
import wagtail_factories
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
from core.text import ascii_slug
from directory import models as directory_models
from directory.choices import (
    Funding,
    LegalStatus,
    LegislationStatus,
    LegislationType,
    ProviderKind,
    ServiceType,
    TargetGroup,
)

LANGUAGES = ("bg", "en", "ro")


def get_locale(language_code):
    return Locale.objects.get(language_code=language_code)


def make_pdf(text="Praktika"):
    """A small but real PDF, as a publication file would be."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(text)
    pdf.drawString(72, 770, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# Images and documents ------------------------------------------------------------------


class ImageFactory(wagtail_factories.ImageFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)


class PdfDocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = "Compendium 2019"
    file = factory.django.FileField(
        filename="compendium-2019.pdf", data=factory.LazyFunction(make_pdf)
    )


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


class PraktikaPageFactory(wagtail_factories.PageFactory):
    slug = factory.LazyAttribute(lambda page: ascii_slug(page.title))
    live = True

    class Meta:
        abstract = True


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


class DirectoryPageFactory(PraktikaPageFactory):
    title = "Карта на социалните услуги"
    slug = "karta"
    introduction = "Доставчици на социални услуги в трансграничния регион."

    class Meta:
        model = directory_models.DirectoryPage


class ServiceProviderPageFactory(PraktikaPageFactory):
    title = factory.Sequence(lambda n: f"Център за обществена подкрепа – Видин {n + 1}")
    record_key = factory.Sequence(lambda n: f"TEST-{n + 1:04d}")
    organisation_kind = ProviderKind.PUBLIC
    legal_status = LegalStatus.MUNICIPAL
    summary = "Подкрепа за деца и семейства в риск."
    address = "ул. „Цар Симеон Велики“ 1"
    municipality = "Видин"
    region = "bg-vidin"
    country = "BG"
    latitude = Decimal("43.990000")
    longitude = Decimal("22.880000")
    phone = "+359 94 600 000"
    email = "csp@example.org"
    languages = ["bg", "ro"]
    target_groups = [TargetGroup.CHILDREN, TargetGroup.FAMILIES]
    capacity = 40
    funding = Funding.STATE_DELEGATED

    class Meta:
        model = directory_models.ServiceProviderPage


class ProviderServiceFactory(DjangoModelFactory):
    page = factory.SubFactory(ServiceProviderPageFactory)
    service_type = ServiceType.COMMUNITY_SUPPORT
    name = ""
    description = "Консултации за родители."

    class Meta:
        model = directory_models.ProviderService


class LegislationIndexPageFactory(PraktikaPageFactory):
    title = "Законодателство и политики"
    slug = "zakonodatelstvo"
    introduction = "Социалното законодателство на България и Румъния."

    class Meta:
        model = directory_models.LegislationIndexPage


class LegislationPageFactory(PraktikaPageFactory):
    title = factory.Sequence(lambda n: f"Закон за социалните услуги ({n + 1})")
    record_key = factory.Sequence(lambda n: f"LAW-{n + 1:04d}")
    country = "BG"
    record_type = LegislationType.LAW
    year = 2019
    status = LegislationStatus.IN_FORCE
    summary = "Урежда предоставянето, планирането и качеството на социалните услуги."
    link = "https://www.example.org/zakon"

    class Meta:
        model = directory_models.LegislationPage


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


# Translation -----------------------------------------------------------------------------


def translate_page(page, language_code, *, children=None, tags=None, **fields):
    """Translate a page the way an editor does: copy it into the locale, edit it, publish.

    `children` maps a translatable child relation (activities, results, form_fields) to
    the new values of each child, in order; `tags` replaces the copy's tags.
    """
    locale = get_locale(language_code)
    translation = page.copy_for_translation(locale, copy_parents=True).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    if tags is not None:
        translation.tags.set(tags)
    revision = translation.save_revision()
    revision.publish()
    translation = translation.__class__.objects.get(pk=translation.pk)
    for relation, values in (children or {}).items():
        for child, new_values in zip(
            getattr(translation, relation).order_by("sort_order"), values, strict=True
        ):
            for name, value in new_values.items():
                setattr(child, name, value)
            child.save()
    return translation


def translate_snippet(snippet, language_code, **fields):
    translation = snippet.copy_for_translation(get_locale(language_code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


# The shared site tree --------------------------------------------------------------------

ORGANISATIONS = {
    "vidin": {
        "bg": {"name": "Младежки център – Видин", "city": "Видин"},
        "en": {"name": "Youth Centre Vidin", "city": "Vidin"},
        "ro": {"name": "Centrul de Tineret Vidin", "city": "Vidin"},
        "kind": OrganisationKind.NGO,
        "country": Country.BULGARIA,
    },
    "craiova": {
        "bg": {"name": "Сдружение за социални услуги – Крайова", "city": "Крайова"},
        "en": {"name": "Social Services Association Craiova", "city": "Craiova"},
        "ro": {"name": "Asociația pentru Servicii Sociale Craiova", "city": "Craiova"},
        "kind": OrganisationKind.NGO,
        "country": Country.ROMANIA,
    },
    "erdf": {
        "bg": {"name": "Европейски фонд за регионално развитие", "city": ""},
        "en": {"name": "European Regional Development Fund", "city": ""},
        "ro": {"name": "Fondul European de Dezvoltare Regională", "city": ""},
        "kind": OrganisationKind.FUNDER,
        "country": Country.OTHER,
    },
    "ro_budget": {
        "bg": {"name": "Държавен бюджет на Румъния", "city": ""},
        "en": {"name": "State budget of Romania", "city": ""},
        "ro": {"name": "Bugetul de stat al României", "city": ""},
        "kind": OrganisationKind.PUBLIC_BODY,
        "country": Country.ROMANIA,
    },
    "bg_budget": {
        "bg": {"name": "Държавен бюджет на България", "city": ""},
        "en": {"name": "State budget of Bulgaria", "city": ""},
        "ro": {"name": "Bugetul de stat al Bulgariei", "city": ""},
        "kind": OrganisationKind.PUBLIC_BODY,
        "country": Country.BULGARIA,
    },
}

# The Regional Network for Social Cohesion's budget, by funder (EUR 353,286.71 in total).
FUNDING = [
    ("erdf", Decimal("300293.71")),
    ("ro_budget", Decimal("24084.78")),
    ("bg_budget", Decimal("21842.50")),
    ("vidin", Decimal("7065.73")),
]

# What each translated page says, in English and Romanian (Bulgarian comes from the factories).
TRANSLATIONS = {
    "home": {
        "en": {
            "title": "Praktika",
            "headline": "A community of practice for the helping professions",
            "introduction": "<p>Knowledge, methods and experience for social workers, "
            "teachers and psychologists.</p>",
        },
        "ro": {
            "title": "Praktika",
            "headline": "O comunitate de practică pentru profesiile de sprijin",
            "introduction": "<p>Cunoștințe, metode și experiență pentru asistenți sociali, "
            "profesori și psihologi.</p>",
        },
    },
    "news_index": {
        "en": {
            "title": "News and articles",
            "slug": "news",
            "introduction": "News from the projects and articles about practice.",
        },
        "ro": {
            "title": "Știri și articole",
            "slug": "stiri",
            "introduction": "Știri din proiecte și articole despre practică.",
        },
    },
    "article": {
        "en": {
            "title": "Mapping of social resources starts in 13 districts",
            "slug": "mapping-social-resources",
            "lead": "The team has started mapping social resources in 13 districts.",
            "authors": "The project team",
            "body": [
                ("heading", {"text": "What we map", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Services and structures in Vratsa, Pleven, Ruse and Dobrich.</p>",
                ),
            ],
            "tags": ["mapping", "cross-border cooperation"],
        },
        "ro": {
            "title": "Începe cartografierea resurselor sociale în 13 districte",
            "slug": "cartografierea-resurselor-sociale",
            "lead": "Echipa a început cartografierea resurselor sociale în 13 districte.",
            "authors": "Echipa proiectului",
            "body": [
                ("heading", {"text": "Ce cartografiem", "level": "h2"}),
                ("paragraph", "<p>Servicii și structuri în Vrața, Pleven, Ruse și Dobrici.</p>"),
            ],
            "tags": ["cartografiere", "cooperare transfrontalieră"],
        },
    },
    "resource_centre": {
        "en": {
            "title": "Resource Centre",
            "slug": "resource-centre",
            "introduction": "Methodologies, manuals and good practice.",
        },
        "ro": {
            "title": "Centrul de resurse",
            "slug": "centrul-de-resurse",
            "introduction": "Metodologii, manuale și bune practici.",
        },
    },
    "resource": {
        "en": {
            "title": "The Genogram method in case work",
            "slug": "genogram-method",
            "lead": "How a genogram helps to see a family's relationships at a glance.",
            "authors": "Burgas regional coordinator",
            "body": [("paragraph", "<p>Draw three generations and mark the bonds.</p>")],
            "tags": ["genogram"],
        },
        "ro": {
            "title": "Metoda genogramei în lucrul pe caz",
            "slug": "metoda-genogramei",
            "lead": "Cum ajută genograma la înțelegerea relațiilor dintr-o familie.",
            "authors": "Coordonatorul regional din Burgas",
            "body": [("paragraph", "<p>Desenați trei generații și marcați legăturile.</p>")],
            "tags": ["genogramă"],
        },
    },
    "event_index": {
        "en": {
            "title": "Events",
            "slug": "events",
            "introduction": "Trainings, focus groups, forums and visits.",
        },
        "ro": {
            "title": "Evenimente",
            "slug": "evenimente",
            "introduction": "Instruiri, focus grupuri, forumuri și vizite.",
        },
    },
    "event": {
        "en": {
            "title": "Working with parents at risk of abandonment",
            "slug": "working-with-parents-burgas",
            "venue": "Regional Administration of Burgas",
            "city": "Burgas",
            "organisers": "An international children's charity",
            "trainers": "A national consultant and the Burgas regional coordinator",
            "summary": "A training for the district coordination mechanism and "
            "child-protection specialists.",
            "write_up": [("paragraph", "<p>The participants learned the Genogram method.</p>")],
        },
        "ro": {
            "title": "Lucrul cu părinții în risc de abandon",
            "slug": "lucrul-cu-parintii-burgas",
            "venue": "Administrația Regională Burgas",
            "city": "Burgas",
            "organisers": "O organizație internațională pentru copii",
            "trainers": "Un consultant național și coordonatorul regional din Burgas",
            "summary": "O instruire pentru mecanismul district de coordonare și "
            "specialiștii în protecția copilului.",
            "write_up": [("paragraph", "<p>Participanții au învățat metoda genogramei.</p>")],
        },
    },
    "project_index": {
        "en": {
            "title": "Projects",
            "slug": "projects",
            "introduction": "The projects that share their knowledge here.",
        },
        "ro": {
            "title": "Proiecte",
            "slug": "proiecte",
            "introduction": "Proiectele care își împărtășesc cunoștințele aici.",
        },
    },
    "project": {
        "en": {
            "title": "Regional Network for Social Cohesion",
            "slug": "regional-network-social-cohesion",
            "summary": "A cross-border network of social-service providers in Bulgaria "
            "and Romania.",
            "goals": "<p>A joint assessment of both social systems.</p>",
            "target_groups": "<p>Social-sector experts in the border region.</p>",
            "children": {
                "activities": [
                    {
                        "title": "Mapping social resources",
                        "description": "Social resources in 13 districts on both banks "
                        "of the Danube.",
                        "unit": "districts",
                    }
                ],
                "results": [{"title": "Social-sector experts trained", "unit": "experts"}],
            },
        },
        "ro": {
            "title": "Rețea regională pentru coeziune socială",
            "slug": "retea-regionala-coeziune-sociala",
            "summary": "O rețea transfrontalieră a furnizorilor de servicii sociale din "
            "Bulgaria și România.",
            "goals": "<p>O evaluare comună a celor două sisteme sociale.</p>",
            "target_groups": "<p>Experți din sectorul social din regiunea de graniță.</p>",
            "children": {
                "activities": [
                    {
                        "title": "Cartografierea resurselor sociale",
                        "description": "Resursele sociale din 13 districte de pe ambele "
                        "maluri ale Dunării.",
                        "unit": "districte",
                    }
                ],
                "results": [{"title": "Experți din sectorul social instruiți", "unit": "experți"}],
            },
        },
    },
    "publication_index": {
        "en": {
            "title": "Publications",
            "slug": "publications",
            "introduction": "Compendiums, brochures and reports, free to download.",
        },
        "ro": {
            "title": "Publicații",
            "slug": "publicatii",
            "introduction": "Compendii, broșuri și rapoarte, gratuite pentru descărcare.",
        },
    },
    "publication": {
        "en": {
            "title": "Compendium for social-sector specialists",
            "slug": "compendium-specialists",
            "abstract": "<p>What the thematic forums and joint trainings taught us.</p>",
            "authors": "Experts from Bulgaria and Romania",
            "publisher": "Youth Centre Vidin",
        },
        "ro": {
            "title": "Compendiu pentru specialiștii din domeniul social",
            "slug": "compendiu-specialisti",
            "abstract": "<p>Ce am învățat din forumurile tematice și instruirile comune.</p>",
            "authors": "Experți din Bulgaria și România",
            "publisher": "Centrul de Tineret Vidin",
        },
    },
    "standard": {
        "en": {
            "title": "About us",
            "slug": "about",
            "introduction": "A platform for professionals in the helping professions.",
            "body": [("paragraph", "<p>Practice grows when it is shared.</p>")],
        },
        "ro": {
            "title": "Despre noi",
            "slug": "despre-noi",
            "introduction": "O platformă pentru profesioniștii din profesiile de sprijin.",
            "body": [("paragraph", "<p>Practica crește atunci când este împărtășită.</p>")],
        },
    },
    "contact": {
        "en": {
            "title": "Contact",
            "slug": "contact",
            "introduction": "<p>Write to us about trainings, publications and partnerships.</p>",
            "thank_you_text": "<p>Thank you! We will answer soon.</p>",
            "subject": "Message from the website",
            "children": {
                "form_fields": [{"label": "Name"}, {"label": "Email"}, {"label": "Message"}]
            },
        },
        "ro": {
            "title": "Contact",
            "slug": "contact",
            "introduction": "<p>Scrieți-ne despre instruiri, publicații și parteneriate.</p>",
            "thank_you_text": "<p>Vă mulțumim! Vă vom răspunde în curând.</p>",
            "subject": "Mesaj de pe site",
            "children": {
                "form_fields": [{"label": "Nume"}, {"label": "E-mail"}, {"label": "Mesaj"}]
            },
        },
    },
    "directory": {
        "en": {"title": "Map of social services", "slug": "map", "introduction": "Providers."},
        "ro": {"title": "Harta serviciilor sociale", "slug": "harta", "introduction": "Furnizori."},
    },
    "provider": {
        "en": {
            "title": "Community Support Centre – Vidin",
            "summary": "Support for children and families at risk.",
            "address": "1 Tsar Simeon Veliki St",
            "municipality": "Vidin",
            "children": {"services": [{"description": "Counselling for parents."}]},
        },
        "ro": {
            "title": "Centrul de sprijin comunitar – Vidin",
            "summary": "Sprijin pentru copiii și familiile în situații de risc.",
            "address": "str. Țar Simeon Veliki 1",
            "municipality": "Vidin",
            "children": {"services": [{"description": "Consiliere pentru părinți."}]},
        },
    },
    "provider_ro": {
        "en": {
            "title": "Family-type placement centre – Craiova",
            "summary": "Family-type care for children separated from their parents.",
            "address": "10 Unirii St",
            "municipality": "Craiova",
            "children": {"services": [{"description": "Care for up to 12 children."}]},
        },
        "ro": {
            "title": "Centrul de plasament de tip familial – Craiova",
            "summary": "Îngrijire de tip familial pentru copiii separați de părinți.",
            "address": "str. Unirii 10",
            "municipality": "Craiova",
            "children": {"services": [{"description": "Îngrijire pentru până la 12 copii."}]},
        },
    },
    "legislation_index": {
        "en": {"title": "Legislation and policies", "slug": "legislation", "introduction": "Laws."},
        "ro": {"title": "Legislație și politici", "slug": "legislatie", "introduction": "Legi."},
    },
    "legislation": {
        "en": {
            "title": "Social Services Act",
            "summary": "Governs how social services are provided, planned and assured.",
        },
        "ro": {
            "title": "Legea serviciilor sociale din Bulgaria",
            "summary": "Reglementează furnizarea, planificarea și calitatea serviciilor sociale.",
        },
    },
}

MENU_PAGES = ("news_index", "resource_centre", "event_index", "project_index", "publication_index")
FOOTER_TEXT = {
    "bg": "Практика е общност на практиката.",
    "en": "Praktika is a community of practice.",
    "ro": "Praktika este o comunitate de practică.",
}

# Keys of the tree's pages, in the order they are built (parents first).
PAGE_KEYS = tuple(TRANSLATIONS)
DETAIL_KEYS = (
    "article",
    "resource",
    "event",
    "project",
    "publication",
    "standard",
    "contact",
    "provider",
    "provider_ro",
    "legislation",
)
INDEX_KEYS = (
    "news_index",
    "resource_centre",
    "event_index",
    "project_index",
    "publication_index",
    "directory",
    "legislation_index",
)


@dataclass
class SiteTree:
    """Ids and URLs of the trilingual tree: `tree.page("en", "event")` fetches a fresh copy."""

    site_id: int
    page_ids: dict = field(default_factory=dict)
    urls: dict = field(default_factory=dict)
    organisation_ids: dict = field(default_factory=dict)
    publication_file_ids: dict = field(default_factory=dict)
    document_ids: list = field(default_factory=list)

    def page(self, language_code, key):
        return Page.objects.get(pk=self.page_ids[language_code][key]).specific

    def url(self, language_code, key):
        return self.urls[language_code][key]

    def organisation(self, language_code, key):
        return models.Organisation.objects.get(pk=self.organisation_ids[language_code][key])

    def delete_files(self):
        """Remove the tree's files from storage (a rolled-back transaction leaves them).

        The next tree then stores its files under the same names.
        """
        for document in get_document_model().objects.filter(pk__in=self.document_ids):
            document.file.delete(save=False)


def make_home_site(**home_fields):
    """A Bulgarian home page as the default site's root, in place of Wagtail's welcome page."""
    root = Page.get_first_root_node()
    welcome_pages = [child for child in root.get_children() if child.specific_class is Page]
    home = HomePageFactory(parent=root, **home_fields)
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = home
    site.site_name = "Praktika"
    site.save()
    for page in welcome_pages:
        page.delete()
    return Page.objects.get(pk=home.pk).specific, site


def build_site_tree():
    """Every page type in Bulgarian, each translated into English and Romanian."""
    home, site = make_home_site()

    organisations = {"bg": {}, "en": {}, "ro": {}}
    for key, data in ORGANISATIONS.items():
        source = OrganisationFactory(kind=data["kind"], country=data["country"], **data["bg"])
        organisations["bg"][key] = source
        for language_code in ("en", "ro"):
            organisations[language_code][key] = translate_snippet(
                source, language_code, **data[language_code]
            )

    pages = {"bg": {"home": home}}
    bg = pages["bg"]
    bg["news_index"] = ArticleIndexPageFactory(parent=home)
    bg["article"] = ArticlePageFactory(
        parent=bg["news_index"],
        title="Стартира картографирането на социалните ресурси в 13 области",
        slug="kartografirane",
    )
    bg["article"].tags.add("картографиране", "трансгранично сътрудничество")
    bg["article"].save()
    bg["resource_centre"] = ResourceCentrePageFactory(parent=home)
    bg["resource"] = ArticlePageFactory(
        parent=bg["resource_centre"],
        kind=ArticleKind.METHODOLOGY,
        title="Методът „Генограма“ в работата по случай",
        slug="genograma",
        date=datetime.date(2019, 9, 30),
        lead="Как генограмата помага да се видят връзките в семейството.",
        authors="Регионалният координатор за Бургас",
        body=[("paragraph", "<p>Начертайте три поколения и отбележете връзките.</p>")],
    )
    bg["resource"].tags.add("генограма")
    bg["resource"].save()
    bg["event_index"] = EventIndexPageFactory(parent=home)
    bg["project_index"] = ProjectIndexPageFactory(parent=home)
    bg["project"] = ProjectPageFactory(
        parent=bg["project_index"],
        title="Регионална мрежа за социално сближаване",
        slug="regionalna-mrezha",
    )
    project = bg["project"]
    ProjectPartnerFactory(
        page=project, organisation=organisations["bg"]["vidin"], role=PartnerRole.LEAD
    )
    ProjectPartnerFactory(
        page=project, organisation=organisations["bg"]["craiova"], role=PartnerRole.PARTNER
    )
    for sort_order, (key, amount) in enumerate(FUNDING):
        ProjectFunderFactory(
            page=project,
            organisation=organisations["bg"][key],
            amount=amount,
            sort_order=sort_order,
        )
    ProjectActivityFactory(page=project, sort_order=0)
    ProjectResultFactory(page=project, sort_order=0)
    bg["event"] = EventPageFactory(
        parent=bg["event_index"], project=project, slug="obuchenie-burgas"
    )
    bg["publication_index"] = PublicationIndexPageFactory(parent=home)
    bg["publication"] = PublicationPageFactory(
        parent=bg["publication_index"],
        title="Сборник за специалисти от социалната сфера",
        slug="sbornik",
        project=project,
    )
    PublicationFileFactory(
        page=bg["publication"],
        language=Language.BULGARIAN,
        document__title="Compendium 2019 (BG)",
        document__file__filename="compendium-2019-bg.pdf",
        sort_order=0,
    )
    PublicationFileFactory(
        page=bg["publication"],
        language=Language.ROMANIAN,
        document__title="Compendium 2019 (RO)",
        document__file__filename="compendium-2019-ro.pdf",
        sort_order=1,
    )
    bg["standard"] = StandardPageFactory(parent=home)
    bg["contact"] = ContactPageFactory(parent=home)
    for label, field_type in (
        ("Име", "singleline"),
        ("Имейл", "email"),
        ("Съобщение", "multiline"),
    ):
        ContactFormFieldFactory(page=bg["contact"], label=label, field_type=field_type)

    bg["directory"] = DirectoryPageFactory(parent=home)
    bg["provider"] = ServiceProviderPageFactory(
        parent=bg["directory"],
        title="Център за обществена подкрепа – Видин",
        slug="tsentar-za-obshtestvena-podkrepa-vidin",
        record_key="BG-VID-001",
    )
    ProviderServiceFactory(page=bg["provider"], sort_order=0)
    bg["provider_ro"] = ServiceProviderPageFactory(
        parent=bg["directory"],
        title="Център за настаняване от семеен тип – Крайова",
        slug="tsentar-za-nastanyavane-krayova",
        record_key="RO-DJ-001",
        organisation_kind=ProviderKind.PUBLIC,
        legal_status=LegalStatus.STATE,
        summary="Грижа от семеен тип за деца, отделени от родителите си.",
        address="ул. „Унирий“ 10",
        municipality="Крайова",
        region="ro-dolj",
        country="RO",
        latitude=Decimal("44.319000"),
        longitude=Decimal("23.796000"),
        languages=["ro"],
        target_groups=[TargetGroup.CHILDREN],
        capacity=12,
    )
    ProviderServiceFactory(
        page=bg["provider_ro"],
        service_type=ServiceType.FAMILY_TYPE_PLACEMENT,
        description="Грижа за до 12 деца.",
        sort_order=0,
    )
    bg["legislation_index"] = LegislationIndexPageFactory(parent=home)
    bg["legislation"] = LegislationPageFactory(
        parent=bg["legislation_index"],
        title="Закон за социалните услуги",
        slug="zakon-za-sotsialnite-uslugi",
        record_key="BG-LAW-001",
    )

    for key in PAGE_KEYS:
        bg[key] = bg[key].__class__.objects.get(pk=bg[key].pk)
        bg[key].save_revision().publish()

    for language_code in ("en", "ro"):
        translated = pages[language_code] = {}
        for key in PAGE_KEYS:
            fields = dict(TRANSLATIONS[key][language_code])
            translated[key] = translate_page(bg[key], language_code, **fields)

    _make_menus(pages)

    Site.clear_site_root_paths_cache()
    cache.clear()
    tree = SiteTree(site_id=site.pk)
    for language_code in LANGUAGES:
        tree.page_ids[language_code] = {key: page.pk for key, page in pages[language_code].items()}
        tree.urls[language_code] = {
            key: page.get_url(current_site=site) for key, page in pages[language_code].items()
        }
        tree.organisation_ids[language_code] = {
            key: org.pk for key, org in organisations[language_code].items()
        }
        tree.publication_file_ids[language_code] = list(
            pages[language_code]["publication"]
            .files.order_by("sort_order")
            .values_list("pk", flat=True)
        )
    tree.document_ids = list(
        models.PublicationFile.objects.filter(page__in=[bg["publication"]]).values_list(
            "document_id", flat=True
        )
    )
    return tree


def _make_menus(pages):
    """The main menu and the footer of each language, linked as translations of each other."""
    for location, keys, footer_text in (
        (models.NavigationMenu.Location.MAIN, MENU_PAGES, {}),
        (models.NavigationMenu.Location.FOOTER, ("standard", "contact"), FOOTER_TEXT),
    ):
        source = None
        for language_code in LANGUAGES:
            items = [
                {
                    "type": "link",
                    "value": {"page": pages[language_code][key].pk, "url": "", "label": ""},
                }
                for key in keys
            ]
            if source is None:
                menu = source = models.NavigationMenu(location=location, locale=get_locale("bg"))
            else:
                menu = source.copy_for_translation(get_locale(language_code))
            menu.items = items
            menu.footer_text = footer_text.get(language_code, "")
            menu.save()


class PracticeMaterialFactory(DjangoModelFactory):
    """A published, members-only PDF material; pass author= (a user) and override freely."""

    class Meta:
        model = "materials.PracticeMaterial"
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Practice material {n}")
    description = "A checklist colleagues use in their daily work."
    language = "en"
    topic = "child_protection"
    licence = "cc-by-4.0"
    public = False
    status = "published"
    original_filename = "checklist.pdf"
    content_type = "application/pdf"
    file = factory.django.FileField(filename="checklist.pdf", data=make_pdf("Checklist"))

    @factory.post_generation
    def size(material, create, extracted, **kwargs):
        if create and material.file:
            material.file_size = material.file.size
            material.save(update_fields=["file_size"])
