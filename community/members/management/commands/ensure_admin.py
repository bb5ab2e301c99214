"""Make sure an administrator account exists, without ever resetting a password by surprise.

Used by `make run`, and safe in deployment scripts: the account comes from ADMIN_USERNAME,
ADMIN_PASSWORD and ADMIN_EMAIL; an existing account keeps its password unless ADMIN_PASSWORD
is given.
"""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import reverse

DEFAULT_USERNAME = "admin"
DEFAULT_EMAIL = "admin@praktika.local"


class Command(BaseCommand):
    help = (
        "Create the administrator account named by ADMIN_USERNAME (default 'admin') if it is "
        "missing, with ADMIN_PASSWORD or a generated password; print how to log in."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password-file",
            type=Path,
            help=(
                "Keep a generated password in this file (mode 600) so that later runs can "
                "show it again. For development machines only."
            ),
        )

    def handle(self, *args, password_file=None, **options):
        User = get_user_model()
        username = os.environ.get("ADMIN_USERNAME", "").strip() or DEFAULT_USERNAME
        # In lower case, as allauth keeps addresses: it is what the admin logs in with.
        email = os.environ.get("ADMIN_EMAIL", "").strip().lower()
        password = os.environ.get("ADMIN_PASSWORD", "")

        with transaction.atomic():
            user = (
                User._default_manager.select_for_update()
                .filter(**{User.USERNAME_FIELD: username})
                .first()
            )
            if user is None:
                generated = not password
                password = password or secrets.token_urlsafe(12)
                user = User._default_manager.create_superuser(
                    **{User.USERNAME_FIELD: username},
                    email=email or DEFAULT_EMAIL,
                    password=password,
                )
                state = "created"
                if generated and password_file:
                    self._remember(password_file, password)
            else:
                changed = self._make_admin(user)
                if email and user.email != email:
                    user.email = email
                    changed = True
                if password:
                    user.set_password(password)
                    changed = True
                    state = "password set from ADMIN_PASSWORD"
                else:
                    state = "exists, password unchanged"
                    password = self._recall(password_file, user)
                if changed:
                    user.save()
            verified = self._verify_email(user)

        if verified:
            self.stdout.write(f"  Email address {user.email} marked as verified.")

        self._warn_about_weak_password(user, password)
        self.stdout.write(self.style.SUCCESS(f"Admin account {username!r}: {state}."))
        self.stdout.write(f"  Log in at  {self._admin_url()}")
        # The login asks for the email address (ACCOUNT_LOGIN_METHODS).
        self.stdout.write(f"  Email      {user.email}")
        if password:
            self.stdout.write(f"  Password   {password}")
        else:
            self.stdout.write(
                "  Password   (the one set before; run with ADMIN_PASSWORD=... to reset it)"
            )

    def _make_admin(self, user):
        """An account that lost its rights is given them back: that is what 'ensure' promises."""
        changed = False
        for flag in ("is_active", "is_staff", "is_superuser"):
            if hasattr(user, flag) and not getattr(user, flag):
                setattr(user, flag, True)
                changed = True
        return changed

    def _verify_email(self, user):
        """Logins go through allauth, which asks for a verified email: the admin has one.

        True when something changed (a new account, or one made before this rule).
        """
        from allauth.account.models import EmailAddress

        if not user.email:
            return False
        address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
        if address is None:
            if EmailAddress.objects.filter(email__iexact=user.email).exists():
                self.stderr.write(
                    self.style.WARNING(
                        f"{user.email} belongs to another account: the admin's email is not "
                        "verified; set ADMIN_EMAIL to an address of its own."
                    )
                )
                return False
            EmailAddress.objects.filter(user=user, primary=True).update(primary=False)
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
            return True
        if address.verified and address.primary:
            return False
        EmailAddress.objects.filter(user=user, primary=True).exclude(pk=address.pk).update(
            primary=False
        )
        address.verified = address.primary = True
        address.save(update_fields=["verified", "primary"])
        return True

    def _remember(self, path, password):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600, exist_ok=True)
        path.chmod(0o600)
        path.write_text(password + "\n", encoding="utf-8")

    def _recall(self, path, user):
        """The remembered password, only while it is still the account's password."""
        if not path or not path.is_file():
            return ""
        password = path.read_text(encoding="utf-8").strip()
        return password if password and user.check_password(password) else ""

    def _warn_about_weak_password(self, user, password):
        if not password:
            return
        try:
            validate_password(password, user)
        except ValidationError as error:
            self.stderr.write(self.style.WARNING("Weak password: " + " ".join(error.messages)))

    def _admin_url(self):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")
