"""Demo practice materials in Bulgarian, English and Romanian, with files made on the spot.

The materials are in demo/data/community/materials/, one per file. Idempotent: a material is
recognised by its author and title. Every file goes through the same checks as a member's
upload, so the demo also proves the validator accepts them.
"""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from community.materials import samples
from community.materials.models import PracticeMaterial
from community.materials.validation import check_upload
from community.moderation.models import Status
from demo.community.records import materials

# From demo/data/community/materials/, in file order.
MATERIALS = materials()


def file_bytes(spec):
    kind = spec["file"].rsplit(".", 1)[1]
    if kind == "pdf":
        return samples.pdf_bytes(spec["title"], spec["body"])
    if kind == "docx":
        return samples.docx_bytes([spec["title"], *spec["body"]])
    if kind == "odt":
        return samples.odt_bytes([spec["title"], *spec["body"]])
    if kind == "xlsx":
        return samples.xlsx_bytes(spec["rows"])
    if kind == "png":
        return samples.png_bytes(spec["chart"]["values"], spec["chart"]["labels"])
    raise ValueError(kind)


def load(ctx):
    from demo.community.members import members

    people = members(ctx)
    created = 0
    for spec in MATERIALS:
        author = people[spec["author"]]
        if PracticeMaterial.objects.filter(author=author, title=spec["title"]).exists():
            continue
        name = spec["file"]
        checked = check_upload(SimpleUploadedFile(name, file_bytes(spec)))
        material = PracticeMaterial(
            author=author,
            title=spec["title"],
            description=spec["description"],
            language=spec["language"],
            topic=spec["topic"],
            target_group=spec["target_group"],
            licence=spec["licence"],
            public=spec["public"],
            status=spec.get("status", Status.PUBLISHED),
            original_filename=checked.original_filename,
            content_type=checked.content_type,
            file_size=checked.size,
            safeguarding_confirmed_at=timezone.now(),
        )
        checked.file.seek(0)
        material.file.save(name, checked.file, save=False)
        material.save()
        material.tags.add(*spec["tags"])
        created += 1
    ctx.log(f"Practice materials: {created} created, {len(MATERIALS) - created} already there.")
