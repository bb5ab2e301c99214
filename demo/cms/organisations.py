"""Organisations named on project and event pages: NGOs, public bodies, universities, funders.

The NGOs are described, not named, in the facts the platform is built around; they carry
plausible descriptive names here.
"""

from cms.choices import OrganisationKind
from cms.models import Organisation
from core.choices import Country
from demo.core import L, pick
from demo.pages import ensure_snippet

SOFIA = L("София", "Sofia", "Sofia")

ORGANISATIONS = {
    "institute": {
        "name": L(
            "Институт за социална работа и практика",
            "Institute for Social Work and Practice",
            "Institutul pentru Asistență Socială și Practică",
        ),
        "short_name": L("ИСРП", "ISWP", "ISWP"),
        "kind": OrganisationKind.NGO,
        "country": Country.BULGARIA,
        "city": SOFIA,
    },
    "charity": {
        "name": L(
            "Детство без институции – България",
            "Childhood Without Institutions – Bulgaria",
            "Copilărie fără Instituții – Bulgaria",
        ),
        "short_name": L("ДБИ", "CWI", "CWI"),
        "kind": OrganisationKind.NGO,
        "country": Country.BULGARIA,
        "city": SOFIA,
    },
    "youth-centre-vidin": {
        "name": L("Младежки център – Видин", "Vidin Youth Centre", "Centrul de Tineret Vidin"),
        "kind": OrganisationKind.NGO,
        "country": Country.BULGARIA,
        "city": L("Видин", "Vidin", "Vidin"),
    },
    "association-craiova": {
        "name": L(
            "Сдружение за развитие на общностите „Олтения“",
            "Oltenia Community Development Association",
            "Asociația pentru Dezvoltare Comunitară Oltenia",
        ),
        "short_name": L("АДКО", "ADCO", "ADCO"),
        "kind": OrganisationKind.NGO,
        "country": Country.ROMANIA,
        "city": L("Крайова", "Craiova", "Craiova"),
    },
    "foundation-child-protection": {
        "name": L(
            "Фондация „Сигурно детство“",
            "Safe Childhood Foundation",
            "Fundația Copilărie în Siguranță",
        ),
        "kind": OrganisationKind.NGO,
        "country": Country.BULGARIA,
        "city": SOFIA,
    },
    "education-union": {
        "name": L(
            "Синдикат на работещите в образованието",
            "Education Workers' Union",
            "Sindicatul Lucrătorilor din Educație",
        ),
        "kind": OrganisationKind.NGO,
        "country": Country.BULGARIA,
        "city": SOFIA,
    },
    "sacp": {
        "name": L(
            "Държавна агенция за закрила на детето",
            "State Agency for Child Protection",
            "Agenția de Stat pentru Protecția Copilului (Bulgaria)",
        ),
        "short_name": L("ДАЗД", "SACP", "ASPC"),
        "kind": OrganisationKind.PUBLIC_BODY,
        "country": Country.BULGARIA,
        "city": SOFIA,
        "website": "https://sacp.government.bg/",
    },
    "ra-burgas": {
        "name": L(
            "Областна администрация – Бургас",
            "Regional Administration of Burgas",
            "Administrația Regională Burgas",
        ),
        "kind": OrganisationKind.PUBLIC_BODY,
        "country": Country.BULGARIA,
        "city": L("Бургас", "Burgas", "Burgas"),
    },
    "ra-stara-zagora": {
        "name": L(
            "Областна администрация – Стара Загора",
            "Regional Administration of Stara Zagora",
            "Administrația Regională Stara Zagora",
        ),
        "kind": OrganisationKind.PUBLIC_BODY,
        "country": Country.BULGARIA,
        "city": L("Стара Загора", "Stara Zagora", "Stara Zagora"),
    },
    "nbu": {
        "name": L(
            "Нов български университет", "New Bulgarian University", "Noua Universitate Bulgară"
        ),
        "short_name": L("НБУ", "NBU", "NBU"),
        "kind": OrganisationKind.UNIVERSITY,
        "country": Country.BULGARIA,
        "city": SOFIA,
        "website": "https://nbu.bg/",
    },
    "sofia-university": {
        "name": L(
            "Софийски университет „Св. Климент Охридски“",
            "Sofia University St Kliment Ohridski",
            "Universitatea din Sofia „Sf. Kliment Ohridski”",
        ),
        "short_name": L("СУ", "SU", "SU"),
        "kind": OrganisationKind.UNIVERSITY,
        "country": Country.BULGARIA,
        "city": SOFIA,
        "website": "https://www.uni-sofia.bg/",
    },
    "oak": {
        "name": L("Фондация „Оук“", "Oak Foundation", "Fundația Oak"),
        "kind": OrganisationKind.FUNDER,
        "country": Country.OTHER,
        "city": L("Женева", "Geneva", "Geneva"),
        "website": "https://oakfnd.org/",
    },
    "erdf": {
        "name": L(
            "Европейски фонд за регионално развитие (Европейски съюз)",
            "European Regional Development Fund (European Union)",
            "Fondul European de Dezvoltare Regională (Uniunea Europeană)",
        ),
        "short_name": L("ЕФРР", "ERDF", "FEDR"),
        "kind": OrganisationKind.FUNDER,
        "country": Country.OTHER,
        "city": L("Брюксел", "Brussels", "Bruxelles"),
        "website": "https://ec.europa.eu/regional_policy/funding/erdf_en",
    },
    "budget-ro": {
        "name": L(
            "Държавен бюджет на Румъния", "State budget of Romania", "Bugetul de stat al României"
        ),
        "kind": OrganisationKind.FUNDER,
        "country": Country.ROMANIA,
        "city": L("Букурещ", "Bucharest", "București"),
    },
    "budget-bg": {
        "name": L(
            "Държавен бюджет на България",
            "State budget of Bulgaria",
            "Bugetul de stat al Bulgariei",
        ),
        "kind": OrganisationKind.FUNDER,
        "country": Country.BULGARIA,
        "city": SOFIA,
    },
}

LOGO_PALETTES = ["teal", "plum", "ochre", "forest", "navy", "rust"]


def register_media(media):
    for index, key in enumerate(ORGANISATIONS):
        media.register_image(
            f"logo-{key}", style="logo", palette=LOGO_PALETTES[index % len(LOGO_PALETTES)]
        )


def load(ctx):
    ctx.log("Organisations...")
    for key, data in ORGANISATIONS.items():

        def build(lang, data=data, key=key):
            return Organisation(**pick(data, lang), logo=ctx.media.image(f"logo-{key}"))

        ensure_snippet(ctx, Organisation, f"organisation/{key}", build, "organisations")
    ctx.report("organisations")
