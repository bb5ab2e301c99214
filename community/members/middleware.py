"""Requirements a logged-in member must meet before using the site further.

- An account with an authenticator app reaches the Wagtail admin or the moderation views
  only from a session that passed its code (allauth records each step of a login in the
  session); a session that did not is asked for the code first. Having a device is not
  enough: a session opened before the app was set up, or by any other door, never passed it.
- Staff (editors, moderators, admins) set up an authenticator app before they reach the
  Wagtail admin or the moderation views, when COMMUNITY_REQUIRE_2FA_FOR_STAFF is on.
- Members accept the current terms (COMMUNITY_TERMS_VERSION) before reading on.

Both checks run only for requests that carry a session cookie, so anonymous readers (and the
full-page cache serving them) never touch the session.
"""

import re
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from community.members.consent import has_current_consent
from community.members.standing import is_moderator


def is_staff_member(user):
    return bool(
        user.is_authenticated
        and (user.is_staff or user.has_perm("wagtailadmin.access_admin") or is_moderator(user))
    )


def has_totp(user):
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def passed_second_factor(request):
    """True when this session's login (or a later check) included the authenticator code."""
    from allauth.account.authentication import get_authentication_records

    return any(
        record.get("method") == "mfa"
        for record in get_authentication_records(request, request.user)
    )


class MemberRequirementsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
        prefix = rf"^/(?:{languages})/"
        self.staff_paths = re.compile(rf"^/admin/|{prefix}moderation/")
        # Paths a member may always reach: accounts (login, logout, MFA setup), the consent
        # page itself, files and the language switch.
        self.exempt = re.compile(
            rf"{prefix}(?:accounts/|members/(?:consent|deleted|me/data|me/delete)/)"
            r"|^/(?:static|media|i18n|healthz|favicon)"
        )

    def __call__(self, request):
        response = self.check(request)
        return response or self.get_response(request)

    def check(self, request):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        path = request.path
        if self.exempt.match(path):
            return None
        if self.staff_paths.match(path):
            response = self.check_second_factor(request, user)
            if response is not None:
                return response
        if (
            request.method == "GET"
            and not path.startswith("/admin/")
            and not has_current_consent(user)
        ):
            return redirect(
                f"{reverse('members:consent')}?{urlencode({'next': request.get_full_path()})}"
            )
        return None

    def check_second_factor(self, request, user):
        if has_totp(user):
            if passed_second_factor(request):
                return None
            messages.info(
                request, _("Please enter the code from your authenticator app to continue.")
            )
            return redirect(
                f"{reverse('mfa_reauthenticate')}?{urlencode({'next': request.get_full_path()})}"
            )
        if settings.COMMUNITY_REQUIRE_2FA_FOR_STAFF and is_staff_member(user):
            messages.warning(
                request,
                _(
                    "Staff accounts must use two-factor authentication. Please set up an "
                    "authenticator app to continue."
                ),
            )
            return redirect("mfa_activate_totp")
        return None
