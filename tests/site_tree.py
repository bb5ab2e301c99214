"""The trilingual site tree the tests share: every page type in Bulgarian, English and Romanian.

Built once per test process (tests/conftest.py, `site_tree`) from the app factories, with the
English and Romanian versions translated the way an editor would; tests get ids and URLs from
the returned `SiteTree`.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.cache import cache

from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from cms import models
from cms.choices import ArticleKind, OrganisationKind, PartnerRole
from core.choices import Country, Language
from directory.choices import LegalStatus, ProviderKind, ServiceType, TargetGroup
from tests.factories.cms import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    ContactFormFieldFactory,
    ContactPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    HomePageFactory,
    OrganisationFactory,
    ProjectActivityFactory,
    ProjectFunderFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    ProjectPartnerFactory,
    ProjectResultFactory,
    PublicationFileFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    ResourceCentrePageFactory,
    StandardPageFactory,
)
from tests.factories.core import get_locale, translate_page, translate_snippet
from tests.factories.directory import (
    DirectoryPageFactory,
    LegislationIndexPageFactory,
    LegislationPageFactory,
    ProviderServiceFactory,
    ServiceProviderPageFactory,
)

LANGUAGES = ("bg", "en", "ro")

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
