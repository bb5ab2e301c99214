"""What a member follows, what they have read, and what waits for their daily digest."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class FollowMode(models.TextChoices):
    IMMEDIATE = "immediate", _("An email for every new post")
    DAILY = "daily", _("One daily digest email")


class Follow(models.Model):
    """A member's subscription to a thread or to a whole category (new threads and replies)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="discussion_follows"
    )
    thread = models.ForeignKey(
        "discussions.Thread", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    # The translation_key of the category (the follow holds in every language).
    category_key = models.UUIDField(null=True, blank=True, db_index=True)
    mode = models.CharField(
        _("how to notify"), max_length=16, choices=FollowMode.choices, default=FollowMode.IMMEDIATE
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(thread__isnull=False, category_key__isnull=True)
                | Q(thread__isnull=True, category_key__isnull=False),
                name="follow_thread_or_category",
            ),
            models.UniqueConstraint(
                fields=["user", "thread"],
                condition=Q(thread__isnull=False),
                name="one_follow_per_thread",
            ),
            models.UniqueConstraint(
                fields=["user", "category_key"],
                condition=Q(category_key__isnull=False),
                name="one_follow_per_category",
            ),
        ]

    def __str__(self):
        return f"{self.user_id} → {self.thread_id or self.category_key}"

    @property
    def category(self):
        from community.discussions.models.categories import Category

        found = Category.objects.filter(translation_key=self.category_key)
        return (found.filter(locale__language_code=_active_language()).first()) or found.first()


def _active_language():
    from django.utils import translation

    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


class ThreadReadState(models.Model):
    """When the member last opened a thread (posts after it are "new" for them)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey("discussions.Thread", on_delete=models.CASCADE, related_name="+")
    last_read_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "thread"], name="one_read_state_per_thread")
        ]

    def __str__(self):
        return f"{self.user_id} read {self.thread_id} until {self.last_read_at:%Y-%m-%d %H:%M}"


class PendingDigestItem(models.Model):
    """A post waiting to go out in a member's next daily digest."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey("discussions.Post", on_delete=models.CASCADE, related_name="+")
    follow = models.ForeignKey(Follow, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "post"], name="one_digest_item_per_post")
        ]

    def __str__(self):
        return f"{self.user_id}: post {self.post_id}"
