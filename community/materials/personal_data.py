"""A member's materials in their data export, and what happens to them when they leave."""

from community.materials.models import PendingUpload, PracticeMaterial


def _materials(user):
    return PracticeMaterial.objects.filter(author=user).order_by("created_at")


def arcname(material):
    return f"materials/{material.pk}-{material.original_filename}"


def export(user):
    return {
        "materials": [
            {
                "id": material.pk,
                "title": material.title,
                "description": material.description,
                "language": material.language,
                "topic": material.topic,
                "target_group": material.target_group,
                "licence": material.licence,
                "public": material.public,
                "tags": sorted(tag.name for tag in material.tags.all()),
                "status": material.status,
                "original_filename": material.original_filename,
                "file_in_export": arcname(material),
                "file_size": material.file_size,
                "content_type": material.content_type,
                "created_at": material.created_at.isoformat(),
                "published_at": material.published_at.isoformat()
                if material.published_at
                else None,
                "download_count": material.download_count,
                "safeguarding_confirmed_at": material.safeguarding_confirmed_at.isoformat()
                if material.safeguarding_confirmed_at
                else None,
            }
            for material in _materials(user).prefetch_related("tags")
        ]
    }


def files(user):
    return [(arcname(material), material.file) for material in _materials(user) if material.file]


def erase(user, keep_files):
    """keep_files: the materials stay for colleagues, shown as by "Former member".

    Otherwise the materials and their files are deleted: a file is the member's work and
    may carry their name inside it, so it is not kept against their wish.
    """
    for pending in PendingUpload.objects.filter(uploader=user):
        pending.discard()
    if keep_files:
        _materials(user).update(author=None)
        return
    for material in _materials(user):
        material.delete_file()
        material.delete()
