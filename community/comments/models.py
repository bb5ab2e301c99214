"""Members' comments on articles, publications, events and practice materials.

A comment on a page belongs to the conversation of every language version of that page
(they share `target_key`, the page's translation_key): the site exists so that
professionals from both countries talk to each other, so a Romanian reader sees what a
Bulgarian colleague wrote, marked with the language it was written in. Comments on
materials (one language each) use the material itself.

New members' comments are published at once (only rate-limited): premoderation is kept
for materials, where a mistake (a client's file) costs more and waits are expected.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from community.members.standing import display_name
from community.moderation.models import ModeratedContent, Status
from core.text import BidiFreeFieldsMixin

# "app_label.model" of everything members may comment on.
COMMENTABLE = (
    "cms.articlepage",
    "cms.publicationpage",
    "cms.eventpage",
    "materials.practicematerial",
)
BODY_MAX_LENGTH = 5000


def commentable_content_types():
    """The ContentTypes of COMMENTABLE models that are installed."""
    found = []
    for label in COMMENTABLE:
        app_label, model = label.split(".")
        try:
            found.append(ContentType.objects.get_by_natural_key(app_label, model))
        except ContentType.DoesNotExist:
            continue
    return found


class CommentQuerySet(models.QuerySet):
    def for_target(self, target):
        """Comments of `target`: for a page, of all its translations."""
        content_type = ContentType.objects.get_for_model(target, for_concrete_model=True)
        key = getattr(target, "translation_key", None)
        if key is not None:
            return self.filter(content_type=content_type, target_key=key)
        return self.filter(content_type=content_type, object_id=target.pk)


class Comment(BidiFreeFieldsMixin, ModeratedContent):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    # The page's translation_key, shared by its language versions; null for materials.
    target_key = models.UUIDField(null=True, blank=True, db_index=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="comments",
        verbose_name=_("author"),
    )
    body = models.TextField(_("comment"), max_length=BODY_MAX_LENGTH)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    removed_by_author = models.BooleanField(default=False)
    created_at = models.DateTimeField(_("written"), auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)

    objects = CommentQuerySet.as_manager()
    bidi_free_fields = ("body",)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return Truncator(" ".join(self.body.split())).chars(60)

    @property
    def author_name(self):
        return display_name(self.author)

    @property
    def placeholder(self):
        """What members read in place of a comment they may not see."""
        if self.status == Status.REMOVED:
            if self.removed_by_author:
                return _("This comment was deleted by its author.")
            return _("This comment was removed by a moderator.")
        if self.status == Status.HIDDEN:
            return _("This comment was hidden by a moderator.")
        if self.status == Status.PENDING:
            return _("This comment is waiting for a moderator.")
        return _("This comment is hidden while a moderator reviews reports about it.")

    @property
    def moderation_state(self):
        if self.hidden_by_flags and self.status == Status.PUBLISHED:
            return _("Hidden after flags")
        if self.status == Status.REMOVED and self.removed_by_author:
            return _("Deleted by its author")
        return self.get_status_display()

    def moderation_title(self):
        return _("Comment on “%(target)s”") % {"target": self.target_title()}

    def moderation_excerpt(self):
        return Truncator(self.body).chars(300)

    def localized_target(self):
        """The target in the active language when it has a live translation (pages)."""
        target = self.target
        localized = getattr(target, "localized", None)
        if localized is not None and getattr(localized, "live", False):
            return localized.specific
        return target

    def target_title(self):
        target = self.localized_target()
        return str(getattr(target, "title", target) or "")

    def target_url(self):
        target = self.localized_target()
        if target is None:
            return ""
        if hasattr(target, "get_url"):
            return target.get_url() or ""
        return target.get_absolute_url()

    def get_absolute_url(self):
        return f"{self.target_url()}#comment-{self.pk}"
