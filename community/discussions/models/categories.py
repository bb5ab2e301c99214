"""Discussion categories: a translatable snippet, so editors name them in every language."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.locales import LocalizedMixin


class Category(LocalizedMixin, TranslatableMixin, models.Model):
    """A topic threads are started in.

    The translations of one category share a `translation_key`; a thread points at whichever
    instance it was started in and is listed under the category in every language.
    """

    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), max_length=500, blank=True)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=True,
        help_text=_("The last part of the category's address, in this language."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("slug"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("discussion category")
        verbose_name_plural = _("discussion categories")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_category_slug")
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("discussions:category", args=[self.slug])

    def translations_q(self, prefix="category__"):
        """Q() of rows that belong to this category in any language."""
        return models.Q(**{f"{prefix}translation_key": self.translation_key})


register_snippet(Category)
