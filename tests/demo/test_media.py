"""The demo's pictures are the site's illustrations of people, with the people as focal point.

The drawings in static/img/illustrations/ are shown as they are by the empty states and
rendered to PNG by the demo loader (demo.media); both need them small and self-contained.
"""

import io
import re
from pathlib import Path

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

import pytest
from defusedxml import ElementTree
from PIL import Image as PILImage

from demo import media
from demo.cms import articles, events, organisations, projects, publications

ILLUSTRATIONS = Path(__file__).resolve().parents[2] / "static" / "img" / "illustrations"
DRAWINGS = sorted(ILLUSTRATIONS.glob("*.svg"))
SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize("path", DRAWINGS, ids=lambda path: path.stem)
def test_each_illustration_is_a_small_self_contained_drawing(path):
    text = path.read_text()
    assert len(text.encode()) < 12_000
    root = ElementTree.fromstring(text)
    assert root.tag == f"{SVG}svg"
    assert re.fullmatch(r"0 0 \d+ \d+", root.get("viewBox"))
    # Nothing to run, load or style: the CSP stays strict and the files work anywhere.
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert not tags & {"script", "style", "image", "use", "foreignObject", "a", "text"}
    assert not re.search(r"href|url\(|style=|on\w+=|role=", text)


def test_every_scene_of_the_demo_is_a_drawing_of_the_same_size():
    names = {path.stem for path in DRAWINGS}
    assert set(media.SCENES) <= names
    assert "empty" in names  # the empty states' default
    for scene, (left, top, right, bottom) in media.SCENES.items():
        root = ElementTree.fromstring((ILLUSTRATIONS / f"{scene}.svg").read_text())
        assert root.get("viewBox") == "0 0 1200 800", scene
        assert 0 <= left < right <= 1200 and 0 <= top < bottom <= 800, scene


def test_the_demo_draws_its_pictures_from_several_scenes():
    """Listing images, gallery images and covers are people at work, not one picture for all."""
    registered = {}

    class Registry:
        def register_image(self, key, **spec):
            registered[key] = spec

        def register_document(self, key, title, build):
            pass

    for module in (organisations, projects, events, publications, articles):
        module.register_media(Registry())
    scenes = {spec["scene"] for spec in registered.values() if spec.get("style") != "logo"}
    assert scenes == set(media.SCENES)
    gallery = [key for key, spec in registered.items() if spec["style"] == "gallery"]
    for event in {key.rsplit("-gallery-", 1)[0] for key in gallery}:
        shown = [registered[key]["scene"] for key in gallery if key.startswith(f"{event}-gallery")]
        assert len(set(shown)) == len(shown), f"{event}'s gallery repeats a scene"


def people_in(picture, focal, background):
    """The share of the focal area that is not the background: the people and their things."""
    colour = tuple(int(background[i : i + 2], 16) for i in (1, 3, 5))
    data = picture.crop(focal).resize((60, 40)).convert("RGB").tobytes()
    pixels = list(zip(data[0::3], data[1::3], data[2::3], strict=True))
    return sum(1 for pixel in pixels if pixel != colour) / len(pixels)


@pytest.mark.parametrize("style", ["listing", "gallery", "cover"])
def test_a_picture_is_drawn_the_same_every_time_with_its_people_in_focus(style):
    title = "Сборник за специалисти" if style == "cover" else ""
    first = media.draw_picture("event-x-listing", style, "ochre", "bridge", title=title)
    assert first == media.draw_picture("event-x-listing", style, "ochre", "bridge", title=title)
    picture = PILImage.open(io.BytesIO(first.data))
    assert picture.format == "PNG"
    assert picture.size == media.SIZES[style]
    left, top, right, bottom = first.focal
    assert 0 <= left < right <= picture.width and 0 <= top < bottom <= picture.height
    assert people_in(picture, first.focal, media.PALETTES["ochre"].background) > 0.3


def test_a_mirrored_picture_has_its_focal_point_mirrored():
    keys = [f"article-{n}-listing" for n in range(8)]
    mirrored = next(key for key in keys if media.is_mirrored(key))
    plain = next(key for key in keys if not media.is_mirrored(key))
    left, top, right, bottom = media.draw_picture(plain, "listing", "teal", "bridge").focal
    assert media.draw_picture(mirrored, "listing", "teal", "bridge").focal == (
        1200 - right,
        top,
        1200 - left,
        bottom,
    )


class Context:
    def __init__(self):
        self.messages = []

    def count(self, family, created):
        pass

    def log(self, message):
        self.messages.append(message)


@pytest.mark.django_db
def test_demo_images_carry_the_focal_point_and_old_pictures_are_redrawn_in_place():
    ctx = Context()
    library = media.MediaLibrary(ctx)
    library.register_image("event-x-listing", style="listing", palette="teal", scene="workshop")
    library.register_image("logo-x", style="logo", palette="plum")
    # A picture an older loader drew: a JPEG with no focal point, already used by pages.
    old = get_image_model()(title="event-x-listing", collection=library.collection)
    jpeg = io.BytesIO()
    PILImage.new("RGB", (40, 30), "grey").save(jpeg, "JPEG")
    old.file = ImageFile(jpeg, name="event-x-listing.jpg")
    old.save()

    library.redraw_outdated()
    assert ctx.messages == ["Media: pictures drawn by an older version, redrawn: 1"]
    image = library.image("event-x-listing")
    assert image.pk == old.pk
    assert image.file.name.endswith(".png")
    assert (image.width, image.height) == (1200, 800)
    focal = image.get_focal_point()
    left, top, right, bottom = media.SCENES["workshop"]
    if media.is_mirrored("event-x-listing"):
        left, right = 1200 - right, 1200 - left
    assert (focal.left, focal.top, focal.right, focal.bottom) == (left, top, right, bottom)

    logo = library.image("logo-x")
    assert logo.file.name.endswith(".png")
    assert logo.get_focal_point() is None
