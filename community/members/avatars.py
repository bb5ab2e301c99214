"""Avatar uploads: JPEG or PNG by content, bounded in bytes and pixels, re-encoded small.

Re-encoding to a 256-pixel PNG strips EXIF (locations, camera serials) and anything hidden
after the image data. An upload kept while another field of the form is fixed is stored
under avatars/pending/ and named in a signed hidden field, so it cannot point elsewhere.
"""

import io
import secrets

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from PIL import Image, ImageOps, UnidentifiedImageError

from community.members.storage import private_storage

SIZE = 256
FORMATS = {"JPEG", "PNG"}
PENDING_SALT = "community.members.pending-avatar"


def process_avatar(upload):
    """A ContentFile with the cleaned PNG, or ValidationError with a clear message."""
    limit = settings.COMMUNITY_AVATAR_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("The picture is too large (%(size)s). The limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            if image.format not in FORMATS:
                raise ValidationError(_("Please choose a JPG or PNG picture."), code="format")
            width, height = image.size
            if width * height > settings.COMMUNITY_IMAGE_MAX_PIXELS:
                raise ValidationError(
                    _(
                        "The picture has too many pixels (%(width)s × %(height)s). "
                        "Please choose a smaller one."
                    )
                    % {"width": width, "height": height},
                    code="too_many_pixels",
                )
            image.verify()
        upload.seek(0)
        with Image.open(upload) as image:
            image = ImageOps.exif_transpose(image)
            image.thumbnail((SIZE, SIZE))
            if image.mode not in ("RGB", "RGBA"):
                image = image.convert("RGBA" if "transparency" in image.info else "RGB")
            output = io.BytesIO()
            image.save(output, format="PNG", optimize=True)
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise ValidationError(
            _("The picture has too many pixels. Please choose a smaller one."),
            code="too_many_pixels",
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(
            _("This file is not a picture we can read. Please choose a JPG or PNG picture."),
            code="invalid",
        ) from None
    return ContentFile(output.getvalue(), name="avatar.png")


def keep_pending(user, content):
    """Store a valid avatar while the form is corrected; returns the signed token."""
    storage = private_storage()
    name = storage.save(f"avatars/pending/{user.pk}-{secrets.token_hex(8)}.png", content)
    return signing.dumps({"user": user.pk, "name": name}, salt=PENDING_SALT)


def pending_avatar(user, token):
    """The kept avatar file's content for this user and token, or None."""
    if not token:
        return None
    try:
        data = signing.loads(token, salt=PENDING_SALT, max_age=24 * 3600)
    except signing.BadSignature:
        return None
    name = data.get("name", "")
    if data.get("user") != user.pk or not name.startswith(f"avatars/pending/{user.pk}-"):
        return None
    storage = private_storage()
    if not storage.exists(name):
        return None
    with storage.open(name) as handle:
        content = ContentFile(handle.read(), name="avatar.png")
    storage.delete(name)
    return content
