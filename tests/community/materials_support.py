"""Helpers for the materials tests: form data, real files, and materials in each state."""

from django.core.files.uploadedfile import SimpleUploadedFile

from community.materials import samples
from tests.factories import PracticeMaterialFactory

SAFEGUARDING = {"no_names": "on", "no_images": "on", "no_details": "on", "has_rights": "on"}


def form_data(**overrides):
    data = {
        "title": "Home visit checklist",
        "description": "What to look at and ask during a first home visit.",
        "language": "en",
        "topic": "family_support",
        "target_group": "social_worker",
        "licence": "cc-by-4.0",
        "tags": "home visit, assessment",
        **SAFEGUARDING,
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def pdf_upload(name="checklist.pdf", text="Checklist"):
    return SimpleUploadedFile(name, samples.pdf_bytes(text, ["First point."]))


def material(author, **fields):
    return PracticeMaterialFactory(author=author, **fields)
