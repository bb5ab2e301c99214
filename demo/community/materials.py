"""Demo practice materials in Bulgarian, English and Romanian, with files made on the spot.

Idempotent: a material is recognised by its author and title. Every file goes through the
same checks as a member's upload, so the demo also proves the validator accepts them.
"""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from community.materials import samples
from community.materials.choices import Topic
from community.materials.models import PracticeMaterial
from community.materials.validation import check_upload
from community.moderation.models import Status
from core.choices import Licence, Profession

MATERIALS = [
    {
        "author": "maria",
        "language": "bg",
        "title": "Карта за първа среща със семейство в риск",
        "description": (
            "Кратък въпросник за първото посещение в дома: какво да наблюдаваме, какво да "
            "попитаме и как да обясним на родителите какво следва. Подходящ за социални "
            "работници в отделите за закрила на детето."
        ),
        "topic": Topic.FAMILY_SUPPORT,
        "target_group": Profession.SOCIAL_WORKER,
        "licence": Licence.CC_BY,
        "public": True,
        "tags": ["оценка на риска", "семейство"],
        "file": ("parva-sreshta.pdf", "pdf"),
        "body": [
            "Преди посещението: прочетете сигнала и говорете с колегите от екипа.",
            "По време на посещението: наблюдавайте, слушайте, не обещавайте невъзможното.",
            "След посещението: запишете фактите отделно от впечатленията си.",
        ],
    },
    {
        "author": "maria",
        "language": "bg",
        "title": "План за подкрепа при връщане на дете в семейството",
        "description": (
            "Образец на план за първите шест месеца след реинтеграция: отговорности на "
            "екипа, срещи с родителите, връзка с училището и детската градина."
        ),
        "topic": Topic.DEINSTITUTIONALISATION,
        "target_group": Profession.CHILD_PROTECTION,
        "licence": Licence.CC_BY_SA,
        "public": False,
        "tags": ["реинтеграция", "план"],
        "file": ("plan-reintegracia.docx", "docx"),
        "body": [
            "Цел на плана и участници.",
            "Месец 1–2: ежеседмични посещения и среща с класния ръководител.",
            "Месец 3–6: посещения на две седмици и преглед на плана с родителите.",
        ],
    },
    {
        "author": "ioana",
        "language": "ro",
        "title": "Fișă de observație pentru asistenții maternali",
        "description": (
            "O fișă simplă pentru a nota, săptămână de săptămână, somnul, alimentația, "
            "jocul și starea emoțională a copilului aflat în plasament."
        ),
        "topic": Topic.FOSTER_CARE,
        "target_group": Profession.FOSTER_CARE,
        "licence": Licence.CC_BY_NC,
        "public": True,
        "tags": ["asistență maternală", "observație"],
        "file": ("fisa-observatie.pdf", "pdf"),
        "body": [
            "Somn: ore, treziri, ritualuri de culcare.",
            "Alimentație: apetit, preferințe, refuzuri.",
            "Joc și relații: cu cine se joacă, ce îl liniștește.",
        ],
    },
    {
        "author": "ioana",
        "language": "ro",
        "title": "Exerciții de reziliență pentru grupuri de adolescenți",
        "description": (
            "Șase exerciții scurte pentru ateliere cu adolescenți, gândite pentru psihologi "
            "școlari și lucrători de tineret: respirație, povestea personală, rețeaua de sprijin."
        ),
        "topic": Topic.YOUTH,
        "target_group": Profession.PSYCHOLOGIST,
        "licence": Licence.CC_BY,
        "public": False,
        "tags": ["reziliență", "adolescenți"],
        "file": ("exercitii-rezilienta.odt", "odt"),
        "body": [
            "1. Respirația în pătrat.",
            "2. Trei lucruri care mi-au reușit săptămâna aceasta.",
            "3. Harta oamenilor pe care mă pot baza.",
        ],
    },
    {
        "author": "ioana",
        "language": "en",
        "title": "Cross-border training attendance, Vidin and Craiova",
        "description": (
            "A chart of how many professionals took part in each joint training session of "
            "the cross-border project, by profession. Useful when planning the next sessions."
        ),
        "topic": Topic.EDUCATION,
        "target_group": Profession.MUNICIPAL,
        "licence": Licence.CC_BY,
        "public": True,
        "tags": ["training", "cross-border"],
        "file": ("training-attendance.png", "png"),
        "chart": ([18, 24, 11, 9], ["Social", "Teachers", "Psych.", "Police"]),
    },
    {
        "author": "maria",
        "language": "en",
        "title": "Checklist: talking with a child after a disclosure of violence",
        "description": (
            "A one-page checklist for teachers and social workers: stay calm, listen, do not "
            "ask leading questions, explain what happens next, and report the same day."
        ),
        "topic": Topic.VIOLENCE_PREVENTION,
        "target_group": Profession.PEDAGOGUE,
        "licence": Licence.CC_BY_NC_ND,
        "public": True,
        "tags": ["violence", "disclosure"],
        "file": ("disclosure-checklist.pdf", "pdf"),
        "body": [
            "Stay calm and let the child speak in their own words.",
            "Do not promise to keep it secret; explain who you will tell and why.",
            "Write down what the child said, word for word, and report it the same day.",
        ],
    },
    {
        "author": "georgi",
        "language": "bg",
        "title": "Игри за ранно детско развитие в група",
        "description": (
            "Сборник от десет игри за деца от 2 до 4 години, които развиват речта и "
            "движението. Подходящ за детски градини и центрове за ранна интервенция."
        ),
        "topic": Topic.EARLY_CHILDHOOD,
        "target_group": Profession.PEDAGOGUE,
        "licence": Licence.CC_BY,
        "public": False,
        "tags": ["ранно детство", "игри"],
        "file": ("igri-ranno-razvitie.xlsx", "xlsx"),
        "rows": [
            ["Игра", "Възраст", "Умение"],
            ["Кутия със звуци", "2–3", "слух и реч"],
            ["Пътечка от възглавници", "2–4", "равновесие"],
        ],
        "status": Status.PENDING,
    },
]


def file_bytes(spec):
    kind = spec["file"][1]
    if kind == "pdf":
        return samples.pdf_bytes(spec["title"], spec["body"])
    if kind == "docx":
        return samples.docx_bytes([spec["title"], *spec["body"]])
    if kind == "odt":
        return samples.odt_bytes([spec["title"], *spec["body"]])
    if kind == "xlsx":
        return samples.xlsx_bytes(spec["rows"])
    if kind == "png":
        return samples.png_bytes(*spec["chart"])
    raise ValueError(kind)


def load(ctx):
    from demo.community.members import members

    people = members(ctx)
    created = 0
    for spec in MATERIALS:
        author = people[spec["author"]]
        if PracticeMaterial.objects.filter(author=author, title=spec["title"]).exists():
            continue
        name = spec["file"][0]
        checked = check_upload(SimpleUploadedFile(name, file_bytes(spec)))
        material = PracticeMaterial(
            author=author,
            title=spec["title"],
            description=spec["description"],
            language=spec["language"],
            topic=spec["topic"],
            target_group=spec["target_group"],
            licence=spec["licence"],
            public=spec["public"],
            status=spec.get("status", Status.PUBLISHED),
            original_filename=checked.original_filename,
            content_type=checked.content_type,
            file_size=checked.size,
            safeguarding_confirmed_at=timezone.now(),
        )
        checked.file.seek(0)
        material.file.save(name, checked.file, save=False)
        material.save()
        material.tags.add(*spec["tags"])
        created += 1
    ctx.log(f"Practice materials: {created} created, {len(MATERIALS) - created} already there.")
