"""Threads, their posts, and the earlier versions of edited posts."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from community.markdown import markdown_to_text, render_markdown
from community.moderation.models import ModeratedContent, Status
from core.text import BidiFreeFieldsMixin

POSTS_PER_PAGE = 20


class Thread(BidiFreeFieldsMixin, ModeratedContent):
    """A conversation in a category; its first post is the opening post."""

    category = models.ForeignKey(
        "discussions.Category",
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="threads",
    )
    title = models.CharField(_("title"), max_length=160)
    slug = models.SlugField(max_length=80, allow_unicode=True, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="discussion_threads",
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    last_post_at = models.DateTimeField(_("last post"), default=timezone.now, db_index=True)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    is_locked = models.BooleanField(_("locked"), default=False)
    post_count = models.PositiveIntegerField(_("posts"), default=0)

    bidi_free_fields = ("title",)

    class Meta:
        verbose_name = _("discussion thread")
        verbose_name_plural = _("discussion threads")
        ordering = ["-is_pinned", "-last_post_at"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title, allow_unicode=True)[:80] or "thread"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("discussions:thread", args=[self.pk, self.slug or "thread"])

    def moderation_title(self):
        return self.title

    def moderation_excerpt(self):
        first = self.posts.order_by("created_at", "pk").first()
        return first.moderation_excerpt() if first else ""

    def refresh_counters(self):
        """Recount the visible posts and the time of the latest (after a post changes)."""
        visible = self.posts.filter(Post.visible_q())
        latest = visible.order_by("-created_at").values_list("created_at", flat=True).first()
        Thread.objects.filter(pk=self.pk).update(
            post_count=visible.count(), last_post_at=latest or self.created_at
        )


class Post(BidiFreeFieldsMixin, ModeratedContent):
    """One message in a thread, written in Markdown."""

    thread = models.ForeignKey(
        Thread, verbose_name=_("thread"), on_delete=models.CASCADE, related_name="posts"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="discussion_posts",
    )
    body = models.TextField(_("message"), max_length=20000)
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    quoted = models.ForeignKey(
        "self",
        verbose_name=_("quoted post"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    bidi_free_fields = ("body",)

    class Meta:
        verbose_name = _("discussion post")
        verbose_name_plural = _("discussion posts")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["thread", "created_at"])]

    def __str__(self):
        return f"{self.thread.title} #{self.pk}"

    @property
    def html(self):
        return render_markdown(self.body)

    def get_absolute_url(self):
        """The thread page the post is on, scrolled to it."""
        page = getattr(self, "page_number", None) or self._page_number()
        url = self.thread.get_absolute_url()
        if page > 1:
            url += f"?page={page}"
        return f"{url}#post-{self.pk}"

    def _page_number(self):
        # Placeholders of hidden posts take their place on the page; pending ones do not.
        before = (
            self.thread.posts.exclude(status=Status.PENDING)
            .filter(
                models.Q(created_at__lt=self.created_at)
                | models.Q(created_at=self.created_at, pk__lt=self.pk)
            )
            .count()
        )
        return before // POSTS_PER_PAGE + 1

    def moderation_title(self):
        return self.thread.title

    def moderation_excerpt(self):
        return markdown_to_text(self.body, limit=300)

    def is_opening_post(self):
        first_id = self.thread.posts.order_by("created_at", "pk").values_list("pk", flat=True)
        return first_id.first() == self.pk


class PostRevision(models.Model):
    """The body a post had before an edit (every edit keeps the previous version)."""

    post = models.ForeignKey(
        Post, verbose_name=_("post"), on_delete=models.CASCADE, related_name="revisions"
    )
    body = models.TextField(_("message"))
    # When this version was written (the post's creation or its previous edit).
    written_at = models.DateTimeField(_("written"))
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("edited by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    edited_at = models.DateTimeField(_("replaced"), default=timezone.now)

    class Meta:
        verbose_name = _("post revision")
        verbose_name_plural = _("post revisions")
        ordering = ["-edited_at", "-pk"]

    def __str__(self):
        return f"{self.post_id} @ {self.edited_at:%Y-%m-%d %H:%M}"

    @property
    def html(self):
        return render_markdown(self.body)
