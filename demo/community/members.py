"""Demo members: two trusted practitioners, a new member and a moderator, one per language mix.

Who they are is in demo/data/community/members/. Idempotent: members are found by their demo
email address. Everyone shares one password (DEMO_MEMBER_PASSWORD, default
"praktika-demo-2026") so reviewers can log in as each role.
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
from demo.community.records import people

DEFAULT_PASSWORD = "praktika-demo-2026"
MODERATORS_GROUP = "Community moderators"

# {username: record}, from demo/data/community/members/.
PEOPLE = people()


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
        if spec.get("moderator"):
            group = Group.objects.filter(name=MODERATORS_GROUP).first()
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
