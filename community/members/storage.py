"""Avatars are kept outside MEDIA_ROOT and served by a view that checks who may see them."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage


def private_storage():
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)
