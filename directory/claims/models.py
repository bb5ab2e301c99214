"""A member's link to a provider ("I work here") and the changes they propose to its record.

A link belongs to the provider in every language (its translation_key), so a member linked
on the English page is linked on the Bulgarian one too. A proposal belongs to one page, in
one language: translatable text is that page's, and the revision it was based on tells the
reviewer whether the page changed since.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.models import ServiceProviderPage


class ClaimStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Reviewed(models.Model):
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=ClaimStatus.choices,
        default=ClaimStatus.PENDING,
        db_index=True,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        abstract = True

    @property
    def is_pending(self):
        return self.status == ClaimStatus.PENDING


class ProviderLinkQuerySet(models.QuerySet):
    def for_page(self, page):
        return self.filter(translation_key=page.translation_key)

    def current(self):
        """Links that still count: waiting or approved (a rejected one may be asked again)."""
        return self.filter(status__in=[ClaimStatus.PENDING, ClaimStatus.APPROVED])


class ProviderLink(Reviewed):
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="provider_links",
    )
    translation_key = models.UUIDField(_("provider"), db_index=True)
    # The page the member asked from: names the provider in the admin, in their language.
    page = models.ForeignKey(
        ServiceProviderPage,
        verbose_name=_("page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    position = models.CharField(_("role or position"), max_length=120)
    note = models.TextField(_("note to the editors"), max_length=1000, blank=True)

    objects = ProviderLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("link to a provider")
        verbose_name_plural = _("links to providers")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "translation_key"],
                condition=models.Q(status__in=["pending", "approved"]),
                name="one_current_link_per_member_and_provider",
            )
        ]

    def __str__(self):
        return f"{self.member} – {self.page or self.translation_key}"


class ChangeProposal(Reviewed):
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="change_proposals",
    )
    page = models.ForeignKey(
        ServiceProviderPage,
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="change_proposals",
    )
    # The provider in every language: one pending proposal per member and provider.
    translation_key = models.UUIDField(_("provider"), db_index=True)
    base_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("based on revision"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    # Only the fields that differ from the page: {"phone": "...", "services": [...]}.
    changes = models.JSONField(_("proposed values"), default=dict)
    # The same fields' values on the page when the proposal was made.
    original = models.JSONField(_("values when proposed"), default=dict)
    message = models.TextField(_("message to the editors"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("proposed change")
        verbose_name_plural = _("proposed changes")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "translation_key"],
                condition=models.Q(status="pending"),
                name="one_pending_proposal_per_member_and_provider",
            )
        ]

    def __str__(self):
        return f"{self.member} – {self.page}"
