"""What moderation needs from every kind of member content, flags, and the actions logged.

The log itself is Wagtail's audit log (community/moderation/log.py).
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    PUBLISHED = "published", _("Published")
    HIDDEN = "hidden", _("Hidden by a moderator")
    REMOVED = "removed", _("Removed")


class ModeratedContent(models.Model):
    """Base of every kind of content members write (materials, threads, posts, comments).

    Subclasses have an `author` foreign key to the user (null once the account is deleted),
    a `created_at` field, `get_absolute_url()`, and are registered with
    `community.moderation.registry.register` so the moderation queue lists them.
    """

    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PUBLISHED, db_index=True
    )
    # Set when COMMUNITY_FLAGS_TO_HIDE different members flagged it; cleared by a moderator.
    hidden_by_flags = models.BooleanField(_("hidden after flags"), default=False)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)

    class Meta:
        abstract = True

    @classmethod
    def visible_q(cls, prefix=""):
        """Q() of the rows every member may see (a prefix such as "thread__" for relations)."""
        return Q(**{f"{prefix}status": Status.PUBLISHED, f"{prefix}hidden_by_flags": False})

    @property
    def is_visible(self):
        return self.status == Status.PUBLISHED and not self.hidden_by_flags

    def moderation_title(self):
        """A short line naming the content in the moderation queue."""
        return str(self)

    def moderation_excerpt(self):
        return ""


class FlagReason(models.TextChoices):
    IDENTIFIES_CLIENT = "identifies_client", _("It identifies a child, family or client")
    SPAM = "spam", _("Spam or advertising")
    ABUSIVE = "abusive", _("Abusive or disrespectful")
    MISINFORMATION = "misinformation", _("Harmful or false information")
    COPYRIGHT = "copyright", _("Copyright infringement")
    OTHER = "other", _("Something else")


class Flag(models.Model):
    """A member's report that a piece of content breaks the rules."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="flags_made"
    )
    reason = models.CharField(_("reason"), max_length=32, choices=FlagReason.choices)
    note = models.TextField(_("details"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)

    class Meta:
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        # Here since the old log model went (0003 moved it with its groups and users).
        permissions = [("moderate_community", _("Can moderate members and their content"))]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "reporter"],
                condition=Q(resolved_at__isnull=True),
                name="one_open_flag_per_reporter",
            )
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.reason}"


class ModerationAction(models.TextChoices):
    APPROVE = "approve", _("Approved")
    HIDE = "hide", _("Hidden")
    REMOVE = "remove", _("Removed")
    RESTORE = "restore", _("Restored")
    AUTO_HIDE = "auto_hide", _("Hidden automatically after flags")
    DISMISS_FLAGS = "dismiss_flags", _("Flags dismissed")
    WARN = "warn", _("Member warned")
    SILENCE = "silence", _("Member silenced")
    BAN = "ban", _("Member banned")
    UNBAN = "unban", _("Member unbanned")
    TRUST = "trust", _("Member trusted")
    PIN = "pin", _("Thread pinned")
    UNPIN = "unpin", _("Thread unpinned")
    LOCK = "lock", _("Thread locked")
    UNLOCK = "unlock", _("Thread unlocked")
