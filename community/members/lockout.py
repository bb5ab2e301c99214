"""How django-axes names the account a login attempt is for, and forgetting those records.

Members log in with their email address; attempts are filed under the account's user name,
so every address of one account counts against it alike, and five wrong passwords cannot
become ten by alternating two addresses.
"""

from django.contrib.auth import get_user_model

# The length of axes' username columns: a longer name (no account has one) is cut to it, as
# the database would refuse it.
USERNAME_MAX_LENGTH = 255


def username_from_credentials(request, credentials):
    credentials = credentials or {}
    data = getattr(request, "POST", {}) if request is not None else {}
    typed = (
        credentials.get("email")
        or credentials.get("username")
        or data.get("login")
        or data.get("username")
        or ""
    )
    typed = str(typed).strip().lower()[:USERNAME_MAX_LENGTH]
    if not typed:
        return ""
    user_model = get_user_model()
    if "@" in typed:
        from allauth.account.models import EmailAddress

        owner = (
            EmailAddress.objects.filter(email__iexact=typed)
            .values_list("user__username", flat=True)
            .first()
        )
        owner = owner or (
            user_model.objects.filter(email__iexact=typed)
            .values_list("username", flat=True)
            .first()
        )
        return (owner or typed).lower()
    return typed


def axes_usernames(user):
    """Every name axes may have filed this member's login records under.

    Failed attempts are filed by `username_from_credentials` (the user name in lower case, or
    a typed address no account owned yet); successful logins by the user name as it is.
    """
    from allauth.account.models import EmailAddress

    names = {user.get_username(), user.get_username().lower()}
    emails = [user.email, *EmailAddress.objects.filter(user=user).values_list("email", flat=True)]
    names.update(email.strip().lower() for email in emails if email)
    return names


def login_history(user):
    """The member's successful logins as axes logged them, for their data export.

    Failed attempts filed under their name are left out: they may come from anyone's address.
    """
    from axes.models import AccessLog

    return [
        {
            "at": entry.attempt_time,
            "logged_out_at": entry.logout_time,
            "ip_address": entry.ip_address,
            "browser": entry.user_agent,
        }
        for entry in AccessLog.objects.filter(username=user.get_username()).order_by(
            "attempt_time", "pk"
        )
    ]


def forget_logins(user):
    """Delete axes' records of the member's logins and failed attempts (account deletion)."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    names = axes_usernames(user)
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username__in=names).delete()
