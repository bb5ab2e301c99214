"""allauth, the Praktika way: our wording, and every email in the member's own language."""

from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context

from core.tasks import enqueue_email

ERROR_MESSAGES = {
    "account_inactive": _("This account is not active. Contact us if you think this is a mistake."),
    "email_password_mismatch": _("The email address or the password is not correct."),
    "email_taken": _("An account with this email address already exists."),
    "enter_current_password": _("Please type your current password."),
    "incorrect_password": _("The password is not correct."),
    "invalid_login": _("The email address or the password is not correct."),
    "invalid_or_expired_key": _("This link is not valid or has expired."),
    "invalid_password_reset": _("This password reset link is not valid or has already been used."),
    "too_many_login_attempts": _("Too many failed attempts. Please try again later."),
    "rate_limited": _("You are sending requests too quickly. Please wait a little and try again."),
    "unverified_primary_email": _("Please confirm your email address first."),
}


def member_language(user=None, email=None):
    """The language a member reads emails in: their profile's, else None."""
    from allauth.account.models import EmailAddress

    from community.members.models import Profile

    if (user is None or not getattr(user, "pk", None)) and email:
        address = EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
        user = address.user if address else None
    if user is None or not getattr(user, "pk", None):
        return None
    return Profile.objects.filter(user=user).values_list("language", flat=True).first()


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {**DefaultAccountAdapter.error_messages, **ERROR_MESSAGES}

    def login(self, request, user):
        """Note a member's first login, which lands on the "get started" page.

        However the new member gets in (the confirmation link in the browser that signed up,
        or the password after opening the link elsewhere), allauth's steps have all passed
        by now: the verified address, the authenticator code, the lockout.
        """
        request.members_first_login = user.last_login is None
        super().login(request, user)

    def get_login_redirect_url(self, request):
        if getattr(request, "members_first_login", False):
            return reverse("members:welcome")
        return super().get_login_redirect_url(request)

    def format_email_subject(self, subject):
        return f"[{gettext('Praktika')}] {subject}"

    def send_mail(self, template_prefix, email, context):
        """Render the message and its links in the member's language (request's if unknown).

        The task worker sends it (core.tasks), so a slow mail server never holds up sign-up.
        """
        language = member_language(context.get("user"), email) or translation.get_language()
        # Links were made in the request's language; resolve them before switching.
        context = {
            key: translate_url(value, language)
            if key.endswith("_url") and isinstance(value, str)
            else value
            for key, value in context.items()
        }
        request = allauth_context.request
        # What allauth's own send_mail adds before it renders.
        context = {
            "request": request,
            "email": email,
            "current_site": get_current_site(request),
            **context,
            "language": language,
        }
        with translation.override(language):
            message = self.render_mail(template_prefix, email, context)
        enqueue_email(message)
