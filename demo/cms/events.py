"""Event write-ups: cross-border meetings 2017–2019, trainings in 2019, focus groups in 2020.

The facts give the month, not the day, of the cross-border meetings; their days are chosen
within that month. Dates, places and numbers of the trainings and focus groups are exact.
"""

from datetime import date

from cms.choices import EventType
from cms.models import EventPage
from core.choices import Country, Profession
from demo.cms.events_text import CROSS_BORDER
from demo.cms.events_text_2019 import FOCUS_GROUP_FINDINGS, FOCUS_GROUPS, TRAININGS
from demo.core import ImageRef, L, PageRef
from demo.pages import ensure_pages
from demo.pdf import build_pdf

P = Profession
CROSS_BORDER_ORGANISERS = L(
    "Младежки център – Видин и Сдружение за развитие на общностите „Олтения“",
    "Vidin Youth Centre and the Oltenia Community Development Association",
    "Centrul de Tineret Vidin și Asociația pentru Dezvoltare Comunitară Oltenia",
)
DI_ORGANISERS = L(
    "„Детство без институции – България“ и Областна администрация – {city}",
    "Childhood Without Institutions – Bulgaria and the Regional Administration of {city}",
    "Copilărie fără Instituții – Bulgaria și Administrația Regională {city}",
)
FOCUS_GROUP_ORGANISERS = L(
    "Фондация „Сигурно детство“ и Синдикат на работещите в образованието",
    "Safe Childhood Foundation and the Education Workers' Union",
    "Fundația Copilărie în Siguranță și Sindicatul Lucrătorilor din Educație",
)


def organisers_for(city):
    return {lang: DI_ORGANISERS[lang].format(city=city[lang]) for lang in city}


def event(key, event_type, start, end, city, region, country, total, bg=None, ro=None, **extra):
    texts = extra.pop("texts")
    fields = {
        "title": texts["title"],
        "slug": texts["slug"],
        "event_type": event_type,
        "start_date": start,
        "end_date": end,
        "city": city,
        "region": region,
        "country": country,
        "participants_total": total,
        "participants_bg": bg,
        "participants_ro": ro,
        "summary": texts["summary"],
        "listing_image": ImageRef(f"{key}-listing"),
        "findings": extra.pop("findings", ""),
        **extra.pop("fields", {}),
    }
    spec = {
        "key": key,
        "model": EventPage,
        "parent": "events",
        "fields": fields,
        "streams": {"write_up": texts["write_up"]},
        "children": extra.pop("children", {}),
    }
    return spec


SOFIA = L("София", "Sofia", "Sofia")
BURGAS = L("Бургас", "Burgas", "Burgas")
STARA_ZAGORA = L("Стара Загора", "Stara Zagora", "Stara Zagora")
CROSS_BORDER_AUDIENCE = [P.SOCIAL_WORKER, P.PEDAGOGUE, P.PSYCHOLOGIST, P.MUNICIPAL]
FOCUS_GROUP_AUDIENCE = [P.CHILD_PROTECTION, P.SOCIAL_WORKER, P.PEDAGOGUE, P.PSYCHOLOGIST]


def gallery(key, captions):
    return [
        {"image": ImageRef(f"{key}-gallery-{i}"), "caption": caption}
        for i, caption in enumerate(captions)
    ]


def cross_border(key, event_type, start, end, city, region, country, total):
    texts = CROSS_BORDER[key]
    return event(
        key,
        event_type,
        start,
        end,
        city,
        region,
        country,
        total,
        total // 2,
        total // 2,
        texts=texts,
        fields={
            "organisers": CROSS_BORDER_ORGANISERS,
            "audience": CROSS_BORDER_AUDIENCE,
            "project": PageRef("project-regional-network"),
            "venue": texts.get("venue", ""),
        },
        children={"gallery_images": gallery(key, texts["gallery"])} if "gallery" in texts else {},
    )


def focus_group(key, day, city, region, total):
    return event(
        key,
        EventType.FOCUS_GROUP,
        day,
        None,
        city,
        region,
        Country.BULGARIA,
        total,
        total,
        texts=FOCUS_GROUPS[key],
        findings=FOCUS_GROUP_FINDINGS,
        fields={
            "organisers": FOCUS_GROUP_ORGANISERS,
            "audience": FOCUS_GROUP_AUDIENCE,
            "project": PageRef("project-strengthen"),
        },
    )


EVENTS = [
    cross_border(
        "event-expert-meeting-ruse",
        EventType.EXPERT_MEETING,
        date(2017, 10, 19),
        date(2017, 10, 20),
        L("Русе", "Ruse", "Ruse"),
        "bg-ruse",
        Country.BULGARIA,
        20,
    ),
    cross_border(
        "event-forum-vidin",
        EventType.THEMATIC_FORUM,
        date(2017, 11, 23),
        date(2017, 11, 24),
        L("Видин", "Vidin", "Vidin"),
        "bg-vidin",
        Country.BULGARIA,
        20,
    ),
    cross_border(
        "event-session-craiova",
        EventType.QUALIFICATION_SESSION,
        date(2018, 10, 9),
        date(2018, 10, 11),
        L("Крайова", "Craiova", "Craiova"),
        "ro-dolj",
        Country.ROMANIA,
        20,
    ),
    cross_border(
        "event-final-conference",
        EventType.CONFERENCE,
        date(2019, 4, 11),
        date(2019, 4, 12),
        L("Крайова", "Craiova", "Craiova"),
        "ro-dolj",
        Country.ROMANIA,
        40,
    ),
    event(
        "event-training-burgas",
        EventType.TRAINING,
        date(2019, 9, 26),
        None,
        BURGAS,
        "bg-burgas",
        Country.BULGARIA,
        23,
        23,
        texts=TRAININGS["event-training-burgas"],
        fields={
            "venue": L(
                "Областна администрация – Бургас",
                "Regional Administration of Burgas",
                "Administrația Regională Burgas",
            ),
            "organisers": organisers_for(BURGAS),
            "trainers": L(
                "национален консултант и регионалният координатор за Бургас",
                "a national consultant and the Burgas regional coordinator",
                "un consultant național și coordonatorul regional pentru Burgas",
            ),
            "audience": [P.SOCIAL_WORKER, P.PEDAGOGUE, P.PSYCHOLOGIST, P.CHILD_PROTECTION],
            "project": PageRef("project-deinstitutionalisation"),
        },
        children={
            "gallery_images": gallery(
                "event-training-burgas", TRAININGS["event-training-burgas"]["gallery"]
            )
        },
    ),
    event(
        "event-training-stara-zagora",
        EventType.TRAINING,
        date(2019, 9, 26),
        None,
        STARA_ZAGORA,
        "bg-stara-zagora",
        Country.BULGARIA,
        18,
        18,
        texts=TRAININGS["event-training-stara-zagora"],
        fields={
            "venue": L(
                "Областна администрация – Стара Загора",
                "Regional Administration of Stara Zagora",
                "Administrația Regională Stara Zagora",
            ),
            "organisers": organisers_for(STARA_ZAGORA),
            "audience": [P.CHILD_PROTECTION, P.MUNICIPAL, P.FOSTER_CARE, P.SOCIAL_WORKER],
            "project": PageRef("project-deinstitutionalisation"),
        },
    ),
    focus_group(
        "event-focus-group-stara-zagora", date(2020, 6, 16), STARA_ZAGORA, "bg-stara-zagora", 13
    ),
    focus_group(
        "event-focus-group-harmanli",
        date(2020, 6, 17),
        L("Харманли", "Harmanli", "Harmanli"),
        "bg-haskovo",
        21,
    ),
    focus_group("event-focus-group-sofia", date(2020, 6, 25), SOFIA, "bg-sofia-city", 20),
]

PALETTES = ["navy", "teal", "plum", "rust", "ochre", "ochre", "forest", "forest", "forest"]


def register_media(media):
    for spec, palette in zip(EVENTS, PALETTES, strict=True):
        media.register_image(f"{spec['key']}-listing", style="listing", palette=palette)
    for key in ("event-training-burgas", "event-final-conference"):
        for i in range(3):
            media.register_image(
                f"{key}-gallery-{i}", style="gallery", palette=["ochre", "teal", "plum"][i]
            )
    media.register_document(
        "focus-groups-summary-bg",
        "Фокус групи 2020: обобщение на изводите",
        lambda: ("focus-groups-2020-summary-bg.pdf", build_pdf(**FOCUS_GROUPS["pdf"])),
    )


def load(ctx):
    ensure_pages(ctx, EVENTS, "Events")
