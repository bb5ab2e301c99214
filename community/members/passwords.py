"""Password rules in the member's words (AUTH_PASSWORD_VALIDATORS)."""

from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _


class UserAttributeSimilarityValidator(password_validation.UserAttributeSimilarityValidator):
    """Django's check, without naming the field the password is like.

    Django says "too similar to the username": a name the site makes up from the email
    address at sign-up, which the member never sees. The email address and a name are the
    details a member knows they gave.
    """

    def get_error_message(self):
        return _("The password is too much like your email address or your name.")
