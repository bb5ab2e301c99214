"""The site tree: home pages, section index pages and the contact page, and what the home features."""

from cms.models import (
    ArticleIndexPage,
    ContactPage,
    EventIndexPage,
    HomePage,
    HomePageFeaturedItem,
    ProjectIndexPage,
    PublicationIndexPage,
    ResourceCentrePage,
)
from demo.cms.standard_pages import STANDARD_PAGES
from demo.core import SOURCE_LANGUAGE, TARGET_LANGUAGES, L
from demo.pages import (
    build_page,
    ensure_pages,
    ensure_site,
    ensure_source,
    ensure_translations,
    log_page_counts,
)
from demo.translate import translate
from directory.models import DirectoryPage, LegislationIndexPage

HOME = {
    "key": "home",
    "model": HomePage,
    "parent": None,
    "fields": {
        "title": L("Практика", "Praktika", "Praktika"),
        "slug": L("nachalo", "home", "acasa"),
        "seo_title": L(
            "Практика – общност на помагащите професии",
            "Praktika – a community of the helping professions",
            "Praktika – o comunitate a profesiilor de sprijin",
        ),
        "search_description": L(
            "Методи, обучения, проекти и публикации за социални работници, педагози и психолози "
            "в България и Румъния.",
            "Methods, trainings, projects and publications for social workers, pedagogues and "
            "psychologists in Bulgaria and Romania.",
            "Metode, formări, proiecte și publicații pentru asistenți sociali, pedagogi și "
            "psihologi din Bulgaria și România.",
        ),
        "headline": L(
            "Общност на практиката за помагащите професии",
            "A community of practice for the helping professions",
            "O comunitate de practică pentru profesiile de sprijin",
        ),
        "introduction": L(
            "<p>Социални работници, педагози, психолози и екипи по закрила на детето от България "
            "и Румъния споделят тук методи, обучения и опит от терена. На едно място са "
            "събрани проектите, събитията и публикациите на организациите, които ги подкрепят.</p>",
            "<p>Social workers, pedagogues, psychologists and child-protection teams from "
            "Bulgaria and Romania share methods, training and experience from the field here. "
            "The projects, events and publications of the organisations that support them are "
            "gathered in one place.</p>",
            "<p>Asistenți sociali, pedagogi, psihologi și echipe de protecție a copilului din "
            "Bulgaria și România împărtășesc aici metode, formări și experiență din teren. "
            "Proiectele, evenimentele și publicațiile organizațiilor care îi sprijină sunt "
            "reunite într-un singur loc.</p>",
        ),
    },
}


def _index(key, model, title, slug, introduction):
    return {
        "key": key,
        "model": model,
        "parent": "home",
        "fields": {"title": title, "slug": slug, "introduction": introduction},
    }


INDEX_PAGES = [
    _index(
        "news",
        ArticleIndexPage,
        L("Новини и статии", "News and articles", "Știri și articole"),
        L("novini", "news", "stiri"),
        L(
            "Новини от проектите, покани за участие и статии за партньорствата между "
            "организациите от двата бряга на Дунав.",
            "Project news, calls for participation and articles on the partnerships between "
            "organisations on both banks of the Danube.",
            "Noutăți din proiecte, apeluri de participare și articole despre parteneriatele "
            "dintre organizațiile de pe cele două maluri ale Dunării.",
        ),
    ),
    _index(
        "resources",
        ResourceCentrePage,
        L("Ресурсен център", "Resource Centre", "Centrul de resurse"),
        L("resursen-tsentar", "resource-centre", "centru-de-resurse"),
        L(
            "Методи, наръчници и добри практики за работа с деца, семейства и уязвими групи, "
            "подредени по тема и метод, за да откриете бързо това, от което се нуждае "
            "конкретният случай.",
            "Methods, manuals and good practice for work with children, families and "
            "vulnerable groups, arranged by topic and method so that you can quickly find what "
            "a particular case needs.",
            "Metode, manuale și bune practici pentru lucrul cu copiii, familiile și grupurile "
            "vulnerabile, ordonate pe teme și metode, ca să găsiți repede ceea ce îi trebuie "
            "unui caz concret.",
        ),
    ),
    _index(
        "publications",
        PublicationIndexPage,
        L("Публикации", "Publications", "Publicații"),
        L("publikatsii", "publications", "publicatii"),
        L(
            "Сборници, брошури и изследвания, които можете да изтеглите безплатно на "
            "български, румънски и английски език.",
            "Compendiums, brochures and studies, free to download in Bulgarian, Romanian and "
            "English.",
            "Compendii, broșuri și studii pe care le puteți descărca gratuit în limbile "
            "bulgară, română și engleză.",
        ),
    ),
    _index(
        "events",
        EventIndexPage,
        L("Събития", "Events", "Evenimente"),
        L("sabitiya", "events", "evenimente"),
        L(
            "Обучения, фокус групи, тематични форуми и конференции: дати, места, брой "
            "участници и основните изводи от всяка среща.",
            "Trainings, focus groups, thematic forums and conferences: dates, places, numbers "
            "of participants and the main conclusions of each meeting.",
            "Formări, focus grupuri, forumuri tematice și conferințe: date, locuri, numărul "
            "participanților și principalele concluzii ale fiecărei întâlniri.",
        ),
    ),
    _index(
        "projects",
        ProjectIndexPage,
        L("Проекти", "Projects", "Proiecte"),
        L("proekti", "projects", "proiecte"),
        L(
            "Проектите на партньорските организации: цели, партньори, финансиране, дейности и "
            "резултатите, поети като ангажимент пред финансиращите институции.",
            "The partner organisations' projects: goals, partners, funding, activities and the "
            "results committed to the funders.",
            "Proiectele organizațiilor partenere: obiective, parteneri, finanțare, activități și "
            "rezultatele asumate față de finanțatori.",
        ),
    ),
]

# The directory's two indexes; their records come from demo.directory.
INDEX_PAGES += [
    _index(
        "directory",
        DirectoryPage,
        L("Карта на социалните услуги", "Map of social services", "Harta serviciilor sociale"),
        L("karta", "map", "harta"),
        L(
            "Доставчици на социални услуги в областите и окръзите по двата бряга на Дунав: "
            "потърсете услуга по вид, място или група, на картата или в списъка до нея.",
            "Social service providers in the districts and counties on both banks of the "
            "Danube: find a service by type, place or group, on the map or in the list beside "
            "it.",
            "Furnizori de servicii sociale din districtele și județele de pe ambele maluri ale "
            "Dunării: căutați un serviciu după tip, localitate sau grup, pe hartă sau în lista "
            "de lângă ea.",
        ),
    ),
    _index(
        "legislation",
        LegislationIndexPage,
        L("Законодателство и политики", "Legislation and policies", "Legislație și politici"),
        L("zakonodatelstvo", "legislation", "legislatie"),
        L(
            "Социалното законодателство и политиките на България и Румъния, за да сравните "
            "двете системи: закони, наредби, стратегии и стандарти за качество.",
            "The social legislation and policies of Bulgaria and Romania, for comparing the "
            "two systems: laws, regulations, strategies and quality standards.",
            "Legislația și politicile sociale ale Bulgariei și României, pentru a compara cele "
            "două sisteme: legi, reglementări, strategii și standarde de calitate.",
        ),
    ),
]

CONTACT = {
    "key": "contact",
    "model": ContactPage,
    "parent": "home",
    "fields": {
        "title": L("Контакти", "Contact", "Contact"),
        "slug": L("kontakti", "contact", "contact"),
        "introduction": L(
            "<p>Имате въпрос за метод, обучение или публикация? Искате да предложите добра "
            "практика или партньорство? Пишете ни – отговаряме в рамките на пет работни дни, "
            "на български, румънски или английски.</p>",
            "<p>Do you have a question about a method, a training or a publication? Would you "
            "like to propose a good practice or a partnership? Write to us: we reply within "
            "five working days, in Bulgarian, Romanian or English.</p>",
            "<p>Aveți o întrebare despre o metodă, o formare sau o publicație? Doriți să "
            "propuneți o bună practică sau un parteneriat? Scrieți-ne: răspundem în cel mult "
            "cinci zile lucrătoare, în bulgară, română sau engleză.</p>",
        ),
        "thank_you_text": L(
            "<p>Благодарим ви! Съобщението ви е получено и ще ви отговорим по имейл в рамките "
            "на пет работни дни.</p>",
            "<p>Thank you! We have received your message and will reply by email within five "
            "working days.</p>",
            "<p>Vă mulțumim! Am primit mesajul dumneavoastră și vă vom răspunde prin e-mail în "
            "cel mult cinci zile lucrătoare.</p>",
        ),
        "subject": L(
            "Съобщение от сайта „Практика“",
            "Message from the Praktika website",
            "Mesaj de pe site-ul Praktika",
        ),
    },
    "children": {
        "form_fields": [
            {
                "label": L("Име", "Name", "Nume"),
                "clean_name": "name",
                "field_type": "singleline",
                "required": True,
            },
            {
                "label": L("Имейл", "Email", "E-mail"),
                "clean_name": "email",
                "field_type": "email",
                "required": True,
                "help_text": L(
                    "Ще го използваме само за да ви отговорим.",
                    "We will only use it to reply to you.",
                    "O vom folosi doar pentru a vă răspunde.",
                ),
            },
            {
                "label": L("Съобщение", "Message", "Mesaj"),
                "clean_name": "message",
                "field_type": "multiline",
                "required": True,
            },
        ]
    },
}

# Shown on every home page, in this order.
FEATURED = ["project-regional-network", "publication-compendium", "article-resilience"]


def load_site(ctx):
    ctx.log("Home pages and site...")
    before = dict(ctx.counts.get("pages", {}))
    home = ensure_source(ctx, HOME)
    ensure_site(ctx, home)
    ensure_translations(ctx, HOME, home)
    log_page_counts(ctx, before, 1)
    ensure_pages(ctx, INDEX_PAGES + [CONTACT] + STANDARD_PAGES, "Sections, standard pages, contact")
    return home


def feature_on_home(ctx):
    """Featured items are chosen once the featured pages exist; the translations follow."""
    home = ctx.page("home", SOURCE_LANGUAGE)
    if home.featured_items.exists():
        ctx.log("Home page features: already set")
        return
    home.featured_items = [
        HomePageFeaturedItem(page=ctx.page(key, SOURCE_LANGUAGE), sort_order=index)
        for index, key in enumerate(FEATURED)
    ]
    home.save_revision().publish()
    home.refresh_from_db()
    for lang in TARGET_LANGUAGES:
        translate(home, build_page(ctx, HOME, lang), ctx.locale(lang))
    ctx.log(f"Home page features: {len(FEATURED)} items in 3 languages")
