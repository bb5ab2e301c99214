"""Factories for the community's content."""

import factory
from factory.django import DjangoModelFactory

from tests.factories.core import make_pdf


class PracticeMaterialFactory(DjangoModelFactory):
    """A published, members-only PDF material; pass author= (a user) and override freely."""

    class Meta:
        model = "materials.PracticeMaterial"
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Practice material {n}")
    description = "A checklist colleagues use in their daily work."
    language = "en"
    topic = "child_protection"
    licence = "cc-by-4.0"
    public = False
    status = "published"
    original_filename = "checklist.pdf"
    content_type = "application/pdf"
    file = factory.django.FileField(filename="checklist.pdf", data=make_pdf("Checklist"))

    @factory.post_generation
    def size(material, create, extracted, **kwargs):
        if create and material.file:
            material.file_size = material.file.size
            material.save(update_fields=["file_size"])
