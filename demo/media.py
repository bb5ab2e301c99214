"""Images and documents the demo generates itself: illustrations of people at work, real PDFs.

The pictures are the site's own hand-drawn illustrations (static/img/illustrations/, the ones
its empty states show), rendered to PNG with resvg on the background of the record's palette.
Each image gets the focal point of its scene, the people in it, as an editor would set one on
a photograph, so every crop the templates ask for keeps them. Covers add the title in their
language with Pillow in DejaVu Sans, which covers Cyrillic and Romanian diacritics; so do the
PDFs, typeset with reportlab. Nothing is random: a key always draws the same picture.
"""

import functools
import io
import re
import zlib
from pathlib import Path
from typing import NamedTuple

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.rect import Rect
from wagtail.models import Collection

import resvg_py
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from demo.core import DemoContentError

COLLECTION_NAME = "Demo"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_REGULAR = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
ILLUSTRATIONS = Path(settings.BASE_DIR) / "static" / "img" / "illustrations"


class Palette(NamedTuple):
    background: str
    ink: str


PALETTES = {
    "teal": Palette("#e3f0f2", "#073b45"),
    "plum": Palette("#f1e6ef", "#4a2850"),
    "ochre": Palette("#f2e8cf", "#5b3a1a"),
    "forest": Palette("#e3eee6", "#1f4d3a"),
    "navy": Palette("#e3e9f3", "#1b2f4f"),
    "rust": Palette("#f8e5d8", "#6b2a0e"),
}

# Each scene's people, as (left, top, right, bottom) in its drawing's units (every scene's
# viewBox is 1200 x 800): the focal point of every picture drawn from it.
DRAWING_WIDTH = 1200
SCENES = {
    "home-visit": (290, 240, 930, 600),
    "workshop": (140, 160, 1100, 640),
    "bridge": (380, 150, 820, 545),
    "reading": (400, 220, 800, 720),
    "focus-group": (260, 150, 960, 800),
    "sharing": (300, 120, 1000, 740),
    "map": (180, 110, 1070, 745),
    "calendar": (150, 100, 1050, 745),
    "conference": (160, 100, 1080, 800),
    "welcome": (150, 110, 1060, 745),
}
SIZES = {"listing": (1200, 800), "gallery": (1200, 800), "cover": (840, 1188), "logo": (480, 480)}
COVER_PICTURE_TOP = 60


class Picture(NamedTuple):
    data: bytes
    focal: tuple | None  # (left, top, right, bottom) in pixels


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


def is_mirrored(key):
    """Half the pictures face the other way, so that two of one scene side by side differ."""
    return zlib.crc32(key.encode()) % 2 == 1


def _scene_svg(scene, mirrored):
    svg = (ILLUSTRATIONS / f"{scene}.svg").read_text()
    if mirrored:
        width = float(re.search(r'viewBox="[\d.]+ [\d.]+ ([\d.]+)', svg).group(1))
        head, body = svg.split(">", 1)
        body = body.replace("</svg>", "</g></svg>")
        svg = f'{head}><g transform="matrix(-1 0 0 1 {width:g} 0)">{body}'
    return svg


@functools.cache
def _render(scene, size, background, mirrored):
    width, height = size
    return resvg_py.svg_to_bytes(
        svg_string=_scene_svg(scene, mirrored),
        width=width,
        height=height,
        background=background,
        skip_system_fonts=True,
    )


def render_scene(scene, size, background, mirrored=False):
    """The scene drawn at ``size`` on ``background``, and where its people are, in pixels."""
    if scene not in SCENES:
        raise DemoContentError(f"No illustration called {scene!r} in {ILLUSTRATIONS}.")
    width, _height = size
    png = _render(scene, size, background, mirrored)
    left, top, right, bottom = SCENES[scene]
    if mirrored:
        left, right = DRAWING_WIDTH - right, DRAWING_WIDTH - left
    scale = width / DRAWING_WIDTH
    focal = tuple(round(value * scale) for value in (left, top, right, bottom))
    return PILImage.open(io.BytesIO(png)).convert("RGB"), focal


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


def _cover(scene, palette, mirrored, title, subtitle):
    """A publication's cover: the scene above its title, in the cover's language."""
    width, height = SIZES["cover"]
    image = PILImage.new("RGB", (width, height), palette.background)
    picture, (left, top, right, bottom) = render_scene(
        scene, (width, width * 2 // 3), palette.background, mirrored
    )
    image.paste(picture, (0, COVER_PICTURE_TOP))
    panel = COVER_PICTURE_TOP + picture.height + 40
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, panel, width, height), fill=palette.ink)
    draw.rectangle((72, panel + 64, 152, panel + 72), fill="#e0a458")
    title_font = ImageFont.truetype(str(FONT_BOLD), 54)
    small_font = ImageFont.truetype(str(FONT_REGULAR), 28)
    y = panel + 104
    for line in _wrap(draw, title, title_font, width - 144)[:4]:
        draw.text((72, y), line, font=title_font, fill="#ffffff")
        y += 68
    # The publisher and year at the foot of the cover, as printed covers have them.
    lines = _wrap(draw, subtitle, small_font, width - 144)[:2]
    y = max(y + 24, height - 72 - 40 * len(lines))
    for line in lines:
        draw.text((72, y), line, font=small_font, fill=palette.background)
        y += 40
    return image, (left, top + COVER_PICTURE_TOP, right, bottom + COVER_PICTURE_TOP)


def _logo(palette):
    """A plain mark of two rings: the organisations' real logos are theirs to upload."""
    size = SIZES["logo"][0]
    image = PILImage.new("RGB", (size, size), palette.background)
    draw = ImageDraw.Draw(image)
    draw.ellipse((80, 130, 300, 350), outline=palette.ink, width=44)
    draw.ellipse((180, 130, 400, 350), outline="#e0a458", width=44)
    return image


def draw_picture(key, style="listing", palette="teal", scene="", title="", subtitle=""):
    """The PNG of a demo picture, and its focal point (the people in it), if it has one."""
    colours = PALETTES[palette]
    # A publication's covers in its languages show the same picture.
    mirrored = style != "cover" and is_mirrored(key)
    focal = None
    if style == "logo":
        image = _logo(colours)
    elif style == "cover":
        image, focal = _cover(scene, colours, mirrored, title, subtitle)
    else:
        image, focal = render_scene(scene, SIZES[style], colours.background, mirrored)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return Picture(buffer.getvalue(), focal)


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
            image = Image(title=key, collection=self.collection)
            self._draw(image, key)
        self._images[key] = image
        return image

    def redraw_outdated(self):
        """Draw again, in place, the pictures an older loader drew (abstract JPEGs).

        Pages that show them keep them; their renditions go, and are made again when asked.
        """
        outdated = (
            get_image_model()
            .objects.filter(collection=self.collection, title__in=list(self.image_specs))
            .exclude(file__endswith=".png")
        )
        redrawn = 0
        for image in outdated:
            image.renditions.all().delete()
            image.file.delete(save=False)
            self._draw(image, image.title)
            redrawn += 1
        if redrawn:
            self.ctx.log(f"Media: pictures drawn by an older version, redrawn: {redrawn}")

    def _draw(self, image, key):
        picture = draw_picture(key, **self.image_specs[key])
        image.file = ImageFile(io.BytesIO(picture.data), name=f"{key}.png")
        image._set_image_file_metadata()
        image.set_focal_point(None if picture.focal is None else Rect(*picture.focal))
        image.save()

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
