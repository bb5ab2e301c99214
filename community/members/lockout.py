"""How django-axes names the account a login attempt is for.

Members may log in with their email address or their user name; both count against the
same account, so five wrong passwords cannot become ten by alternating the two.
"""

from django.contrib.auth import get_user_model


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
    typed = str(typed).strip().lower()
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
