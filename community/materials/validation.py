"""Is an uploaded file what its name says, small enough, and safe to hand to colleagues?

Files are judged by their contents, never by the name or the browser's content type:
an HTML page renamed .pdf could run scripts in a colleague's browser, and an SVG can carry
scripts too, so neither is accepted. Office files are zip archives; the archive is checked
(entry count, total unpacked size, encryption) without unpacking it, and its parts must be
those of the claimed format. Images are decoded only after their header shows a sane pixel
count, then saved again so that EXIF data, including the GPS position of a photo, which
can lead to a family's home, never reaches other members.
"""

import io
import warnings
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

import filetype
from PIL import Image, ImageOps, UnidentifiedImageError

from community.materials.choices import CONTENT_TYPES, EXTENSIONS, KIND_BY_EXTENSION, FileKind

ZIP_MAX_ENTRIES = 2000
ZIP_MAX_RATIO = 10  # times COMMUNITY_UPLOAD_MAX_BYTES, unpacked
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
OOXML_PARTS = {
    FileKind.DOCX: "word/",
    FileKind.PPTX: "ppt/",
    FileKind.XLSX: "xl/",
}
ALLOWED_LABEL = "PDF, DOCX, ODT, PPTX, XLSX, JPG, PNG"


@dataclass
class CheckedFile:
    """A file that passed every check, ready to be stored."""

    file: object  # a django File (the upload, or the re-saved image)
    original_filename: str
    kind: str
    content_type: str
    size: int


def kind_label(kind):
    return FileKind(kind).label if kind in FileKind.values else kind.upper()


def check_size(size):
    limit = settings.COMMUNITY_UPLOAD_MAX_BYTES
    if size > limit:
        raise ValidationError(
            _("This file is %(size)s; files can be at most %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(size), "limit": filesizeformat(limit)},
        )


def check_quota(used, size):
    quota = settings.COMMUNITY_MEMBER_QUOTA_BYTES
    if used + size > quota:
        raise ValidationError(
            _(
                "This file would take you over your storage space of %(quota)s: you have "
                "%(left)s left. Delete materials you no longer need in “My materials” to "
                "make room."
            ),
            code="quota",
            params={
                "quota": filesizeformat(quota),
                "left": filesizeformat(max(0, quota - used)),
            },
        )


def sniff(upload):
    """The FileKind the contents are, or None."""
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return FileKind.PDF
    guess = filetype.guess(head)
    if guess is not None and guess.mime == "image/jpeg":
        return FileKind.JPG
    if guess is not None and guess.mime == "image/png":
        return FileKind.PNG
    if head.startswith(b"PK\x03\x04"):
        return sniff_zip(upload)
    return None


def sniff_zip(upload):
    """Which office format a zip archive is, after refusing archives that could be bombs."""
    upload.seek(0)
    try:
        archive = zipfile.ZipFile(upload)
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        upload.seek(0)
    if len(entries) > ZIP_MAX_ENTRIES or sum(entry.file_size for entry in entries) > (
        ZIP_MAX_RATIO * settings.COMMUNITY_UPLOAD_MAX_BYTES
    ):
        raise ValidationError(
            _("This file unpacks to far more data than it holds, so it cannot be accepted."),
            code="zip_bomb",
        )
    if any(entry.flag_bits & 0x1 for entry in entries):
        raise ValidationError(
            _("This file is protected with a password. Remove the password and upload it again."),
            code="encrypted",
        )
    names = {entry.filename for entry in entries}
    try:
        if "mimetype" in names:
            with archive.open("mimetype") as handle:
                if handle.read(100).strip() == ODT_MIMETYPE:
                    return FileKind.ODT
        if "[Content_Types].xml" in names:
            for kind, folder in OOXML_PARTS.items():
                if any(name.startswith(folder) for name in names):
                    return kind
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        return None
    finally:
        upload.seek(0)
    return None


def clean_image(upload, kind):
    """Refuse images too large to decode safely; re-save the rest without metadata."""
    max_pixels = settings.COMMUNITY_IMAGE_MAX_PIXELS
    too_large = ValidationError(
        _(
            "This image has too many pixels to be processed safely (at most %(max)s million). "
            "Make it smaller and upload it again."
        ),
        code="too_many_pixels",
        params={"max": max_pixels // 1_000_000},
    )
    broken = ValidationError(
        _("This image is damaged or incomplete, so it cannot be opened."), code="broken_image"
    )
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # open() reads only the header; the size is checked before any pixel is decoded.
            with Image.open(upload) as image:
                width, height = image.size
                if width * height > max_pixels:
                    raise too_large
                image.verify()
            upload.seek(0)
            with Image.open(upload) as image:
                image.load()
                image = ImageOps.exif_transpose(image)
                output = io.BytesIO()
                if kind == FileKind.JPG:
                    if image.mode not in ("RGB", "L"):
                        image = image.convert("RGB")
                    image.save(output, format="JPEG", quality=90, optimize=True)
                else:
                    image.save(output, format="PNG", optimize=True)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_large from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise broken from None
    finally:
        upload.seek(0)
    return ContentFile(output.getvalue())


def check_upload(upload):
    """Return a CheckedFile for a valid upload, or raise ValidationError (translated)."""
    name = upload.name or ""
    check_size(upload.size)
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    claimed = KIND_BY_EXTENSION.get(extension)
    if claimed is None:
        raise ValidationError(
            _("Files of this type cannot be shared. Allowed types: %(allowed)s."),
            code="type_not_allowed",
            params={"allowed": ALLOWED_LABEL},
        )
    detected = sniff(upload)
    if detected is None:
        raise ValidationError(
            _(
                "This file is not a real %(type)s file: its contents do not match its name. "
                "Save it again as %(type)s from the program that made it, or choose another "
                "file."
            ),
            code="content_mismatch",
            params={"type": kind_label(claimed)},
        )
    if detected != claimed:
        raise ValidationError(
            _(
                "This file is a %(real)s file, but its name ends in .%(extension)s. Rename it "
                "to end in .%(real_extension)s and upload it again."
            ),
            code="extension_mismatch",
            params={
                "real": kind_label(detected),
                "extension": extension,
                "real_extension": EXTENSIONS[detected][0],
            },
        )
    content = upload
    size = upload.size
    if detected in (FileKind.JPG, FileKind.PNG):
        content = clean_image(upload, detected)
        size = content.size
    upload.seek(0)
    return CheckedFile(
        file=content,
        original_filename=name.rsplit("/", 1)[-1][:255],
        kind=detected,
        content_type=CONTENT_TYPES[detected],
        size=size,
    )
