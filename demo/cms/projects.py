"""The four projects, with partners, funders, activities and expected results.

Only the cross-border Regional Network project has dates, a budget and targets in the
facts; the other projects' start dates are approximate and their funding amounts unknown,
so they have no funder rows (the funder is named in the text).
"""

from datetime import date
from decimal import Decimal

from cms.choices import PartnerRole, ProjectStatus
from cms.models import ProjectPage
from demo.cms.projects_activities import ACTIVITIES as A
from demo.cms.projects_activities import RESULTS as R
from demo.cms.projects_text import TEXTS
from demo.core import ImageRef, L, OrganisationRef
from demo.pages import ensure_pages


def partner(key, role=PartnerRole.PARTNER):
    return {"organisation": OrganisationRef(key), "role": role}


def funder(key, amount=None):
    """A funder; without an amount where the project documents do not publish one."""
    amount = Decimal(amount) if amount is not None else None
    return {"organisation": OrganisationRef(key), "amount": amount, "currency": "EUR"}


def activity(text, start=None, end=None, number=None):
    """``text`` holds the per-language title, and optionally unit and description."""
    return {"start_date": start, "end_date": end, "planned_number": number, **text}


def result(text, target=None, achieved=None):
    return {"target": target, "achieved": achieved, **text}


def project(key, slug, status, start, end=None, acronym="", **children):
    text = TEXTS[key]
    fields = {
        "title": text["title"],
        "slug": slug,
        "acronym": acronym,
        "status": status,
        "start_date": start,
        "end_date": end,
        "summary": text["summary"],
        "goals": text["goals"],
        "target_groups": text["target_groups"],
        "listing_summary": text["listing_summary"],
        "listing_image": ImageRef(f"{key}-listing"),
    }
    return {
        "key": key,
        "model": ProjectPage,
        "parent": "projects",
        "fields": fields,
        "children": children,
    }


PROJECTS = [
    project(
        "project-regional-network",
        L(
            "regionalna-mrezha-za-sotsialno-sblizhavane",
            "regional-network-for-social-cohesion",
            "reteaua-regionala-pentru-coeziune-sociala",
        ),
        ProjectStatus.COMPLETED,
        date(2017, 4, 26),
        date(2019, 4, 25),
        partners=[
            partner("youth-centre-vidin", PartnerRole.LEAD),
            partner("association-craiova"),
        ],
        funders=[
            funder("erdf", "300293.71"),
            funder("budget-ro", "24084.78"),
            funder("budget-bg", "21842.50"),
            # The partners' own contribution, reported by the lead partner.
            funder("youth-centre-vidin", "7065.73"),
        ],
        activities=[
            activity(A["mapping"], date(2017, 6, 1), date(2017, 8, 31), 13),
            activity(A["study"], date(2017, 6, 1), date(2017, 9, 30), 1),
            activity(A["community"], date(2017, 9, 1), date(2017, 10, 31), 1),
            activity(A["expert_meeting"], date(2017, 10, 1), date(2017, 10, 31), 20),
            activity(A["forums"], date(2017, 11, 1), date(2018, 6, 30), 10),
            activity(A["sessions"], date(2018, 7, 1), date(2018, 12, 31), 10),
            activity(A["visits"], date(2019, 1, 1), date(2019, 2, 28), 6),
            activity(A["conference"], date(2019, 3, 1), date(2019, 4, 25), 40),
            activity(A["publications"], date(2019, 3, 1), date(2019, 4, 25), 2),
        ],
        results=[
            result(R["assessment"], 1),
            result(R["community"], 1),
            result(R["database"], 200),
            result(R["experts"], 300),
            result(R["organisations"], 12),
            result(R["network"], 1),
        ],
    ),
    project(
        "project-resilience",
        L("ustoychivost-bez-granitsi", "resilience-without-borders", "rezilienta-fara-frontiere"),
        ProjectStatus.ONGOING,
        date(2020, 1, 1),
        partners=[
            partner("institute", PartnerRole.LEAD),
            partner("nbu", PartnerRole.ASSOCIATE),
            partner("sofia-university", PartnerRole.ASSOCIATE),
        ],
        funders=[funder("oak")],
        activities=[
            activity(A["resource_centre"]),
            activity(A["team_training"]),
            activity(A["pilots"]),
            activity(A["violence"]),
            activity(A["tracking"]),
        ],
        results=[result(R["resource_centre"]), result(R["pilots"])],
    ),
    project(
        "project-deinstitutionalisation",
        L(
            "strategicheska-deinstitutsionalizatsiya",
            "strategic-deinstitutionalisation",
            "dezinstitutionalizare-strategica",
        ),
        ProjectStatus.ONGOING,
        date(2015, 4, 1),
        partners=[
            partner("charity", PartnerRole.LEAD),
            partner("ra-burgas"),
            partner("ra-stara-zagora"),
            partner("sacp", PartnerRole.ASSOCIATE),
        ],
        activities=[
            activity(A["ddicm"], date(2015, 4, 1)),
            activity(A["parents_training"], date(2019, 9, 26), date(2019, 9, 26), 2),
            activity(A["toolkit"]),
        ],
        # 23 in Burgas and 18 in Stara Zagora on 26 September 2019.
        results=[result(R["parents_training"], achieved=41)],
    ),
    project(
        "project-strengthen",
        "strengthen",
        ProjectStatus.COMPLETED,
        date(2020, 1, 1),
        acronym="STRENGTHEN",
        partners=[
            partner("foundation-child-protection", PartnerRole.LEAD),
            partner("education-union"),
            partner("sacp", PartnerRole.ASSOCIATE),
        ],
        activities=[
            activity(A["focus_groups"], date(2020, 6, 16), date(2020, 6, 25), 3),
            activity(A["programme"]),
        ],
        # 13 in Stara Zagora, 21 in Harmanli and 20 in Sofia in June 2020.
        results=[
            result(R["focus_group_participants"], achieved=54),
            result(R["programme"]),
        ],
    ),
]

PALETTES = {
    "project-regional-network": "navy",
    "project-resilience": "teal",
    "project-deinstitutionalisation": "ochre",
    "project-strengthen": "forest",
}


def register_media(media):
    for key, palette in PALETTES.items():
        media.register_image(f"{key}-listing", style="listing", palette=palette)


def load(ctx):
    ensure_pages(ctx, PROJECTS, "Projects")
