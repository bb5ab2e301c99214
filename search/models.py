"""One searchable row per thing a reader may find, in Wagtail's search index.

Pages, members' materials, threads, posts (whatever apps register: `search.registry`) are
projected here so that
one query ranks them together, and so that only what may be shown is ever in the index: an
entry exists only while its source is live, public (or visible to members) and not hidden.
"""

from django.conf import settings
from django.db import models
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from wagtail.search import index


class Audience(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    MEMBERS = "members", _("Members")


def uses_elasticsearch():
    backend = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND", "")
    return "elasticsearch" in backend


class SearchEntry(index.Indexed, models.Model):
    source = models.CharField(max_length=16)
    source_pk = models.PositiveBigIntegerField()
    kind = models.CharField(max_length=16)  # labels: search.registry.kind_labels()
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    group_key = models.CharField(max_length=64, db_index=True)
    audience = models.CharField(max_length=8, choices=Audience.choices)
    url = models.CharField(max_length=500)
    heading = models.CharField(max_length=255)
    text = models.TextField(blank=True)
    date = models.DateField(null=True, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    # Region codes run to 18 characters ("ro-bistrita-nasaud"); EventPage allows 40.
    region = models.CharField(max_length=40, blank=True)
    # "|key|key|": the keys of the entry's topics (their names, in the entry's language, are in
    # tag_names, in the same order), then the keys of those topics' translations, so that
    # filtering by a topic in any language finds the entry.
    tag_keys = models.TextField(blank=True)
    tag_names = models.TextField(blank=True)
    # {language: [[key, name], ...]}: the entry's topics in the other languages they have.
    tag_translations = models.JSONField(default=dict, blank=True)
    # Shared by entries of one kind whose text is the same but for names, places and numbers
    # (search.similarity); empty when the text is too short to tell.
    similar_key = models.CharField(max_length=16, blank=True)
    title = models.TextField(blank=True)
    body = models.TextField(blank=True)
    autocomplete_text = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("body"),
        index.AutocompleteField("autocomplete_text"),
        index.FilterField("kind"),
        index.FilterField("language"),
        index.FilterField("audience"),
        index.FilterField("year"),
        index.FilterField("region"),
        index.FilterField("date"),
        index.FilterField("group_key"),
        index.FilterField("tag_keys"),
        index.FilterField("similar_key"),
    ]

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(fields=["source", "source_pk"], name="unique_search_source")
        ]
        indexes = [
            # Wagtail's database backend joins its index rows to ours on the id as text.
            models.Index(
                Cast("id", output_field=models.CharField(max_length=50)),
                name="searchentry_id_as_text",
            ),
        ]

    def __str__(self):
        return self.heading

    @classmethod
    def get_search_fields(cls):
        fields = list(super().get_search_fields())
        if uses_elasticsearch():
            from search.backends.elasticsearch import language_search_fields

            fields += language_search_fields()
        return fields

    @property
    def tags(self):
        """(key, name) pairs of the entry's tags and topics, in the entry's language."""
        keys = [key for key in self.tag_keys.split("|") if key]
        names = [name for name in self.tag_names.split("|") if name]
        return list(zip(keys, names, strict=False))

    def tags_in(self, language):
        """(key, name) pairs of the entry's topics named in `language`: its own tags when it is
        in that language, otherwise the translations its topics have (free words have none)."""
        if self.language == language:
            return self.tags
        return [tuple(pair) for pair in (self.tag_translations or {}).get(language, ())]


class FileText(models.Model):
    """The text of an uploaded file, read once per stored file (see search.extraction).

    Keyed by where the file is stored ("documents:<name>", "materials:<name>"): a replaced file
    has a new name and is read again; an unchanged one is not.
    """

    key = models.CharField(max_length=300, unique=True)
    text = models.TextField(blank=True)
    extracted_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.key
