"""The members app's part of a member's data: account, profile, addresses, consents, logins."""

from allauth.account.models import EmailAddress

from community.members.lockout import forget_logins, login_history
from community.members.models import ConsentRecord, Profile


def export(user):
    profile = Profile.objects.filter(user=user).first()
    data = {
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "consents": [
            {"version": record.version, "accepted_at": record.accepted_at}
            for record in ConsentRecord.objects.filter(user=user).order_by("accepted_at")
        ],
        "two_factor_methods": sorted(
            user.authenticator_set.values_list("type", flat=True).distinct()
        ),
        "logins": login_history(user),
        "profile": None,
    }
    if profile is not None:
        data["profile"] = {
            "display_name": profile.display_name,
            "profession": profile.profession,
            "organisation": profile.organisation,
            "country": profile.country,
            "district": profile.district,
            "languages": profile.languages,
            "bio": profile.bio,
            "avatar": profile.avatar.name if profile.avatar else "",
            "public_fields": profile.public_fields,
            "email_language": profile.language,
            "trusted": profile.trusted,
            "silenced_until": profile.silenced_until,
            "banned": profile.is_banned,
            "warnings": profile.warnings,
            "created_at": profile.created_at,
        }
    return data


def files(user):
    profile = Profile.objects.filter(user=user).first()
    if profile is not None and profile.avatar:
        return [("avatar.png", profile.avatar)]
    return []


def erase(user, keep_files):
    """The avatar always goes: it is a picture of the member, not shared material.

    So do django-axes' records of their logins and failed attempts (user name, address,
    browser): they only served the account's protection. They are deleted first, while the
    email addresses they may be filed under are still known.
    """
    forget_logins(user)
    profile = Profile.objects.filter(user=user).first()
    if profile is not None:
        if profile.avatar:
            profile.avatar.delete(save=False)
        profile.delete()
    EmailAddress.objects.filter(user=user).delete()
    ConsentRecord.objects.filter(user=user).delete()
    user.authenticator_set.all().delete()
