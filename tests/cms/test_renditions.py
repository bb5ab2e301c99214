"""Crops keep what an editor marked as important: every `fill-` rendition honours the focal point.

An editor sets a focal point on a photograph (the people in it); cards, galleries, covers and
link previews crop it to their own shape, and the marked part must stay in view at every size.
The photographs here are blue with one red corner, and the focal point is on that corner.
"""

import io
import re
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings
from django.core.files.images import ImageFile
from django.template.loader import render_to_string

from wagtail.images import get_image_model
from wagtail.images.rect import Rect

import pytest
from bs4 import BeautifulSoup
from PIL import Image as PILImage

from cms.templatetags.praktika_meta import SHARE_IMAGE

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
RED, BLUE = (210, 30, 30), (30, 60, 200)
# (width, height) and the red corner (left, top, right, bottom) of each photograph.
PORTRAIT = ((450, 900), (0, 765, 135, 900))  # bottom left
LANDSCAPE = ((1080, 450), (945, 0, 1080, 135))  # top right


def photograph(shape, focal=True):
    (width, height), corner = shape
    picture = PILImage.new("RGB", (width, height), BLUE)
    picture.paste(RED, corner)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    image = get_image_model()(title="Photograph")
    image.file = ImageFile(buffer, name="photograph.png")
    if focal:
        image.set_focal_point(Rect(*corner))
    image.save()
    return image


def open_rendition(url):
    assert url.startswith(settings.MEDIA_URL), url
    return PILImage.open(Path(settings.MEDIA_ROOT) / url[len(settings.MEDIA_URL) :]).convert("RGB")


def red_share(picture):
    """How much of the picture is the red corner (JPEG blurs edges, so colours are ranges)."""
    data = picture.resize((64, 64)).tobytes()
    pixels = zip(data[0::3], data[1::3], data[2::3], strict=True)
    red = sum(1 for r, g, b in pixels if r > 150 and g < 90 and b < 110)
    return red / (64 * 64)


def card_picture(image, layout=""):
    """The listing card's <img>, rendered by the template every card includes."""
    html = render_to_string(
        "includes/cards/listing_image.html",
        {"item": SimpleNamespace(listing_image=image), "layout": layout},
    )
    return BeautifulSoup(html, "html.parser").find("img")


@pytest.mark.parametrize("layout", ["", "feature", "row"])
@pytest.mark.parametrize("shape", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
def test_listing_cards_keep_the_focal_point_in_the_crop(shape, layout):
    img = card_picture(photograph(shape), layout)
    assert "fill-" in img["src"]
    for url in [img["src"]] + [item.split()[0] for item in img["srcset"].split(", ")]:
        picture = open_rendition(url)
        assert picture.width / picture.height == pytest.approx(16 / 9, rel=0.02)
        assert red_share(picture) > 0.02, url


@pytest.mark.parametrize("shape", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
def test_without_a_focal_point_the_same_crop_loses_the_corner(shape):
    """The control: the crop is centred, so the assertions above can fail."""
    img = card_picture(photograph(shape, focal=False))
    assert red_share(open_rendition(img["src"])) == 0


def template_crops():
    """Every `fill-` size a template asks for, with where: {spec: "template field"}."""
    crops = {}
    for path in sorted(TEMPLATES.rglob("*.html")):
        tags = re.finditer(r"{% (?:picture|image|srcset_image) (\S+) ([^%]*)%}", path.read_text())
        for tag in tags:
            for sizes in re.findall(r"fill-{?([\dx,]+)}?", tag.group(2)):
                for size in sizes.split(","):
                    crops.setdefault(f"fill-{size}", f"{path.relative_to(TEMPLATES)} {tag[1]}")
    return crops


CROPS = {**template_crops(), SHARE_IMAGE: "link previews"}


def test_the_crops_tested_include_cards_galleries_and_covers():
    assert {"fill-640x360", "fill-600x400", "fill-300x420"} <= set(CROPS)


@pytest.mark.parametrize("spec", sorted(CROPS), ids=lambda spec: f"{spec} ({CROPS[spec]})")
@pytest.mark.parametrize("shape", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
def test_every_crop_a_template_asks_for_keeps_the_focal_point(shape, spec):
    image = photograph(shape)
    assert red_share(open_rendition(image.get_rendition(spec).url)) > 0.02
