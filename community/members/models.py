"""A member's profile, standing in the community, and consent to the terms."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from community.members.storage import private_storage
from core.choices import REGION_CHOICES, Country
from core.text import BidiFreeFieldsMixin

UNNAMED_MEMBER = _("Member")


class MemberProfession(models.TextChoices):
    SOCIAL_WORKER = "social_worker", _("Social worker")
    PEDAGOGUE = "pedagogue", _("Pedagogue")
    PSYCHOLOGIST = "psychologist", _("Psychologist")
    CHILD_PROTECTION = "child_protection", _("Child-protection officer")
    FOSTER_CARER = "foster_carer", _("Foster carer")
    DOCTOR = "doctor", _("Doctor")
    POLICE = "police", _("Police officer")
    JUDGE = "judge", _("Judge")
    JOURNALIST = "journalist", _("Journalist")
    PARENT = "parent", _("Parent")
    OTHER = "other", pgettext_lazy("profession", "Other")


class Profile(BidiFreeFieldsMixin, models.Model):
    """One per user, made on first use (`profile_for`).

    Everything but the display name is visible to logged-in members only unless the member
    lists the field in `public_fields`. The standing fields (trusted, silenced, banned) are
    set by moderators and read by `community.moderation.ratelimit`.
    """

    # Fields a member may make public; the display name is always shown with their posts.
    PUBLIC_CHOICES = (
        "profession",
        "organisation",
        "country",
        "district",
        "languages",
        "bio",
        "avatar",
    )
    bidi_free_fields = ("display_name", "organisation", "bio")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(_("display name"), max_length=80, blank=True)
    profession = models.CharField(
        _("profession"), max_length=32, choices=MemberProfession.choices, blank=True
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, blank=True)
    district = models.CharField(
        _("district or county"), max_length=32, choices=REGION_CHOICES, blank=True
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    bio = models.TextField(_("short bio"), max_length=1000, blank=True)
    avatar = models.ImageField(
        _("avatar"), upload_to="avatars/", storage=private_storage, blank=True
    )
    public_fields = models.JSONField(_("public fields"), default=list, blank=True)
    # The language of the emails the member receives (set at sign-up, editable).
    language = models.CharField(
        _("language for emails"), max_length=8, choices=settings.LANGUAGES, default="bg"
    )

    trusted = models.BooleanField(
        _("trusted"),
        default=False,
        help_text=_("Trusted members publish without waiting for moderation."),
    )
    silenced_until = models.DateTimeField(_("silenced until"), null=True, blank=True)
    is_banned = models.BooleanField(_("banned"), default=False)
    warnings = models.PositiveIntegerField(_("warnings"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")

    def __str__(self):
        return self.name

    @property
    def name(self):
        """The name members see: the one they chose, else the one an editor's account has.

        Never the user name: the site makes it up from the email address at sign-up.
        """
        return self.display_name or self.user.get_full_name() or str(UNNAMED_MEMBER)

    def is_silenced(self, now=None):
        return bool(self.silenced_until and self.silenced_until > (now or timezone.now()))


class ConsentRecord(models.Model):
    """A member accepted the terms and privacy policy of one version, at one time."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents"
    )
    version = models.CharField(_("version"), max_length=32)
    accepted_at = models.DateTimeField(_("accepted"), default=timezone.now)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-accepted_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "version"], name="unique_consent_per_version")
        ]

    def __str__(self):
        return f"{self.user_id} {self.version}"
