"""Members' materials in search: found while published and not hidden by flags.

A material shared with everyone is in the public results; one shared with members only is
in the members' (see `community.members.search_sources`). Its file's text is searched too.
"""

from django.conf import settings
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from community.materials.choices import Topic
from community.materials.models import PracticeMaterial
from search import indexing
from search.entries import as_date, join_text, tag_fields
from search.extraction import stored_file_text
from search.models import Audience
from search.registry import Source, register_kind, register_source


def material_file_text(material):
    return stored_file_text(material.file, "materials", material.original_filename)


def topic_names(code):
    """The topic's label in every language, so readers of each find it under their word."""
    if code not in Topic.values:
        return {}
    names = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            names[language] = str(Topic(code).label)
    return names


def material_entry(material):
    if not material.is_visible:
        return None
    tags = [topic_names(material.topic), *(tag.name for tag in material.tags.all())]
    date = as_date(material.published_at or material.created_at)
    return {
        "kind": "material",
        "language": material.language,
        "group_key": f"material:{material.pk}",
        "audience": Audience.PUBLIC if material.public else Audience.MEMBERS,
        "url": material.get_absolute_url(),
        "heading": material.title,
        "text": join_text(material.description, material_file_text(material)),
        "date": date,
        "year": date.year,
        "region": "",
        **tag_fields(tags, material.language),
    }


def visible_materials():
    return PracticeMaterial.objects.filter(PracticeMaterial.visible_q()).prefetch_related("tags")


register_kind("material", _("Practice material"))
register_source(
    Source(
        name="material",
        model="materials.PracticeMaterial",
        entry=material_entry,
        candidates=visible_materials,
    )
)


@receiver(post_save, sender=PracticeMaterial)
def material_saved(sender, instance, **kwargs):
    indexing.sync(instance)


@receiver(m2m_changed, sender=PracticeMaterial.tags.through)
def material_tags_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(
        instance, PracticeMaterial
    ):
        indexing.sync(instance)
