"""Images and documents the demo generates itself: abstract illustrations and real PDFs.

Illustrations are geometric (no people, no photographs) and drawn from a seed derived from
their key, so every run draws the same picture. PDFs are typeset with reportlab in DejaVu
Sans, which covers Cyrillic and Romanian diacritics.
"""

import io
import math
import random
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter, ImageFont

from demo.core import DemoContentError

COLLECTION_NAME = "Demo"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_REGULAR = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"

PALETTES = {
    "teal": ["#0f4c5c", "#1f7a8c", "#5fa8a0", "#bfdbd0", "#f2e8cf"],
    "plum": ["#3d1f4f", "#6d3b72", "#b5649b", "#f0b8c9", "#fbeee6"],
    "ochre": ["#5b3a1a", "#a8652a", "#e0a458", "#f4d58d", "#fdf6e3"],
    "forest": ["#1b3b2f", "#2f6b4f", "#6fa36b", "#c7dfa5", "#f3f7e9"],
    "navy": ["#14213d", "#264c7a", "#4f83b8", "#a9cce3", "#eef4fa"],
    "rust": ["#4a1e17", "#8c3a26", "#c8643b", "#efb08c", "#fbefe6"],
}


def require_fonts():
    for font in (FONT_REGULAR, FONT_BOLD):
        if not font.exists():
            raise DemoContentError(
                f"The font {font} is missing. The demo's PDFs and covers need DejaVu Sans for "
                "Cyrillic text: install the Debian package fonts-dejavu-core "
                "(`apt-get install fonts-dejavu-core`; `make install` does it for you)."
            )


def demo_collection():
    collection = Collection.objects.filter(name=COLLECTION_NAME, depth=2).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=COLLECTION_NAME)
    return collection


def _rgb(hex_colour, alpha=255):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4)) + (alpha,)


def _background(size, palette, rng):
    width, height = size
    top, bottom = _rgb(palette[rng.choice([0, 1])]), _rgb(palette[rng.choice([3, 4])])
    gradient = PILImage.new("RGBA", (1, height))
    for y in range(height):
        t = y / max(1, height - 1)
        gradient.putpixel(
            (0, y), tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )
    return gradient.resize(size)


def _shapes(image, palette, rng, count):
    width, height = image.size
    layer = PILImage.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(count):
        colour = _rgb(rng.choice(palette), rng.randint(90, 190))
        x, y = rng.randint(-width // 6, width), rng.randint(-height // 6, height)
        radius = rng.randint(min(image.size) // 12, min(image.size) // 3)
        shape = rng.random()
        if shape < 0.5:
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
        elif shape < 0.8:
            draw.rounded_rectangle(
                (x - radius, y - radius // 2, x + radius, y + radius // 2),
                radius=radius // 4,
                fill=colour,
            )
        else:
            draw.arc(
                (x - radius, y - radius, x + radius, y + radius), 0, 300, fill=colour, width=18
            )
    return PILImage.alpha_composite(image, layer.filter(ImageFilter.GaussianBlur(1)))


def _gathering(image, palette, rng):
    """Abstract circles around a round table: a workshop, with no one in it recognisable."""
    width, height = image.size
    draw = ImageDraw.Draw(image)
    cx, cy = width // 2 + rng.randint(-80, 80), height // 2 + rng.randint(-40, 40)
    table = min(width, height) // 5
    draw.ellipse((cx - table, cy - table // 2, cx + table, cy + table // 2), fill=_rgb(palette[4]))
    seats = rng.randint(6, 10)
    for i in range(seats):
        angle = 2 * math.pi * i / seats
        sx = cx + int(math.cos(angle) * table * 1.6)
        sy = cy + int(math.sin(angle) * table * 0.9)
        r = table // 4
        draw.ellipse((sx - r, sy - r, sx + r, sy + r), fill=_rgb(rng.choice(palette[:3])))
    return image


def _wrap(draw, text, font, width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def draw_illustration(key, style="listing", palette="teal", title="", subtitle=""):
    """JPEG bytes of an abstract illustration; covers carry a title in their language."""
    rng = random.Random(key)
    colours = PALETTES[palette]
    size = {"listing": (1200, 800), "gallery": (1200, 800), "cover": (840, 1188)}.get(
        style, (480, 480)
    )
    image = _background(size, colours, rng)
    image = _shapes(image, colours, rng, 14 if style != "logo" else 4)
    if style == "gallery":
        image = _gathering(image, colours, rng)
    if style == "cover":
        draw = ImageDraw.Draw(image)
        draw.rectangle((60, 700, size[0] - 60, size[1] - 80), fill=_rgb(colours[4], 235))
        title_font = ImageFont.truetype(str(FONT_BOLD), 48)
        small_font = ImageFont.truetype(str(FONT_REGULAR), 28)
        y = 740
        for line in _wrap(draw, title, title_font, size[0] - 180)[:5]:
            draw.text((90, y), line, font=title_font, fill=_rgb(colours[0]))
            y += 60
        for line in _wrap(draw, subtitle, small_font, size[0] - 180)[:3]:
            draw.text((90, y + 20), line, font=small_font, fill=_rgb(colours[1]))
            y += 38
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=82)
    return buffer.getvalue()


class MediaLibrary:
    """Finds or creates the demo's images and documents, by title, in the Demo collection."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.collection = demo_collection()
        self.image_specs = {}
        self.document_specs = {}
        self._images = {}
        self._documents = {}

    def register_image(self, key, **spec):
        self.image_specs[key] = spec

    def register_document(self, key, title, build):
        """``build`` is called with no argument and returns (file name, bytes)."""
        self.document_specs[key] = (title, build)

    def image(self, key):
        if key in self._images:
            return self._images[key]
        if key not in self.image_specs:
            raise DemoContentError(f"No demo image registered as {key!r}.")
        Image = get_image_model()
        image = Image.objects.filter(collection=self.collection, title=key).first()
        self.ctx.count("images", image is None)
        if image is None:
            data = draw_illustration(key, **self.image_specs[key])
            image = Image(title=key, collection=self.collection)
            image.file = ImageFile(io.BytesIO(data), name=f"{key}.jpg")
            image._set_image_file_metadata()
            image.save()
        self._images[key] = image
        return image

    def document(self, key):
        if key in self._documents:
            return self._documents[key]
        if key not in self.document_specs:
            raise DemoContentError(f"No demo document registered as {key!r}.")
        title, build = self.document_specs[key]
        Document = get_document_model()
        document = Document.objects.filter(collection=self.collection, title=title).first()
        self.ctx.count("documents", document is None)
        if document is None:
            filename, data = build()
            document = Document(title=title, collection=self.collection)
            document.file = ContentFile(data, name=filename)
            document._set_document_file_metadata()
            document.save()
        self._documents[key] = document
        return document

    def report(self):
        created = {
            family: self.ctx.counts.get(family, {}).get("created", 0)
            for family in ("images", "documents")
        }
        images = get_image_model().objects.filter(collection=self.collection).count()
        documents = get_document_model().objects.filter(collection=self.collection).count()
        self.ctx.log(
            f"Media: {created['images']} images and {created['documents']} documents created; "
            f"the {COLLECTION_NAME} collection holds {images} images and {documents} documents"
        )
