"""Demo members: two trusted practitioners, a new member and a moderator, one per language mix.

Idempotent: members are found by their demo email address. Everyone shares one password
(DEMO_MEMBER_PASSWORD, default "praktika-demo-2026") so reviewers can log in as each role.
"""

import datetime
import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from allauth.account.models import EmailAddress

from community.members.consent import record_consent
from community.members.standing import profile_for

DEFAULT_PASSWORD = "praktika-demo-2026"
MODERATORS_GROUP = "Community moderators"

PEOPLE = {
    "maria": {
        "days_ago": 200,
        "trusted": True,
        "profile": {
            "display_name": "Мария Георгиева",
            "profession": "social_worker",
            "organisation": "Дирекция „Социално подпомагане“ – Русе",
            "country": "BG",
            "district": "bg-ruse",
            "languages": ["bg", "ro", "en"],
            "language": "bg",
            "bio": "Социален работник в отдел „Закрила на детето“ от 12 години. Работя с "
            "приемни семейства и с деца, които се връщат в биологичните си семейства.",
            "public_fields": ["profession", "organisation", "district", "bio"],
        },
    },
    "ioana": {
        "days_ago": 150,
        "trusted": True,
        "profile": {
            "display_name": "Ioana Constantinescu",
            "profession": "psychologist",
            "organisation": "DGASPC Constanța",
            "country": "RO",
            "district": "ro-constanta",
            "languages": ["ro", "en"],
            "language": "ro",
            "bio": "Psiholog clinician; lucrez cu copii care au trecut prin traume și cu "
            "familiile lor. Coordonez un grup de supervizare pentru asistenții maternali.",
            "public_fields": ["profession", "country", "bio"],
        },
    },
    "georgi": {
        "days_ago": 0,
        "trusted": False,
        "profile": {
            "display_name": "Георги Стоянов",
            "profession": "pedagogue",
            "organisation": "ОУ „Христо Ботев“ – Силистра",
            "country": "BG",
            "district": "bg-silistra",
            "languages": ["bg"],
            "language": "bg",
            "bio": "Училищен педагогически съветник. Търся идеи за работа с деца в риск от "
            "отпадане от училище.",
            "public_fields": [],
        },
    },
    "elena": {
        "days_ago": 300,
        "trusted": True,
        "groups": [MODERATORS_GROUP],
        "profile": {
            "display_name": "Elena Marin",
            "profession": "child_protection",
            "organisation": "Asociația Praktika",
            "country": "RO",
            "district": "ro-calarasi",
            "languages": ["ro", "bg", "en"],
            "language": "ro",
            "bio": "Moderatoare a comunității Praktika. Am lucrat zece ani în protecția "
            "copilului la Călărași.",
            "public_fields": ["profession", "organisation", "bio"],
        },
    },
}


def demo_email(key):
    return f"{key}@demo.praktika.local"


def demo_users():
    return get_user_model().objects.filter(email__in=[demo_email(key) for key in PEOPLE])


def members(ctx):
    """{key: user} for the demo members, creating or updating them."""
    password = os.environ.get("DEMO_MEMBER_PASSWORD") or DEFAULT_PASSWORD
    user_model = get_user_model()
    people = {}
    created_count = 0
    for key, spec in PEOPLE.items():
        email = demo_email(key)
        user = user_model.objects.filter(email__iexact=email).first()
        if user is None:
            user = user_model.objects.create_user(username=key, email=email, password=password)
            user.date_joined = timezone.now() - datetime.timedelta(days=spec["days_ago"])
            user.save(update_fields=["date_joined"])
            created_count += 1
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if not user.consents.filter(version=settings.COMMUNITY_TERMS_VERSION).exists():
            record_consent(user)
        for name in spec.get("groups", ()):
            group = Group.objects.filter(name=name).first()
            if group is not None:
                user.groups.add(group)
        profile = profile_for(user)
        for field, value in spec["profile"].items():
            setattr(profile, field, value)
        profile.trusted = spec["trusted"]
        profile.save()
        people[key] = user
    if not getattr(ctx, "_demo_members_logged", False):
        ctx.log(
            f"  demo members: {created_count} created, {len(PEOPLE) - created_count} already there"
        )
        try:
            ctx._demo_members_logged = True
        except AttributeError:
            pass
    return people


def load(ctx):
    members(ctx)
