"""Accessibility rules enforced on the server: alt text, table headings, input purposes, pagination.

The browser checks (axe-core, keyboard, reflow) are in tests/browser/test_accessibility.py.
"""

from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.blocks import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

import pytest
from bs4 import BeautifulSoup

from cms.blocks import BodyBlock, CaptionedImageBlock, TableBlock
from cms.models import EventGalleryImage
from tests.factories import ContactFormFieldFactory, ContactPageFactory, ImageFactory
from tests.site_tree import make_home_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    return ImageFactory(title="workshop-photo.jpg")


def image_value(image, **fields):
    return CaptionedImageBlock().to_python({"image": image.pk, "caption": "", **fields})


def rendered_alt(value):
    html = CaptionedImageBlock().render(value)
    return BeautifulSoup(html, "html.parser").find("img")["alt"]


@pytest.mark.parametrize("alt_text", ["", "   "])
def test_an_image_needs_alt_text(image, alt_text):
    with pytest.raises(StructBlockValidationError) as error:
        CaptionedImageBlock().clean(image_value(image, alt_text=alt_text))
    assert list(error.value.block_errors) == ["alt_text"]


def test_a_decorative_image_needs_no_alt_text(image):
    cleaned = CaptionedImageBlock().clean(image_value(image, alt_text="", decorative=True))
    assert cleaned["decorative"] is True


def test_an_image_with_alt_text_is_valid(image):
    cleaned = CaptionedImageBlock().clean(image_value(image, alt_text="Two people at a table"))
    assert cleaned["alt_text"] == "Two people at a table"


def test_a_draft_may_leave_the_alt_text_for_later(image):
    body = BodyBlock()
    stream = body.to_python(
        [{"type": "image", "value": {"image": image.pk, "alt_text": "", "caption": ""}}]
    )
    with pytest.raises(StreamBlockValidationError):
        body.clean(stream)
    body.clean_deferred(stream)  # saving a draft


def test_alt_text_is_rendered(image):
    assert rendered_alt(image_value(image, alt_text="Two people at a table")) == (
        "Two people at a table"
    )


def test_a_decorative_image_has_an_empty_alt_even_with_text(image):
    value = image_value(image, alt_text="left over", decorative=True)
    assert rendered_alt(value) == ""


def test_an_image_saved_before_alt_text_was_required_falls_back_to_the_image(image):
    # Stored data from before the "decorative" choice existed.
    value = image_value(image, alt_text="")
    assert value["decorative"] is False
    assert rendered_alt(value) == image.default_alt_text == "workshop-photo.jpg"


def test_a_captioned_gallery_photo_is_not_described_twice(image):
    assert EventGalleryImage(image=image, caption="The plenary session").alt == ""
    assert EventGalleryImage(image=image, caption="").alt == image.default_alt_text


def test_a_table_needs_a_column_heading():
    block = TableBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"caption": "", "header": [], "rows": []}))
    assert "header" in error.value.block_errors


def test_contact_fields_for_the_readers_details_name_their_purpose():
    home, _site = make_home_site()
    page = ContactPageFactory(parent=home)
    for label, field_type in (
        ("Name", "singleline"),
        ("Имейл", "email"),
        ("Съобщение", "multiline"),
    ):
        ContactFormFieldFactory(page=page, label=label, field_type=field_type)

    form = page.get_form()
    widgets = {type(field.widget).__name__: field.widget for field in form.fields.values()}

    assert form.fields["name"].widget.attrs["autocomplete"] == "name"
    assert widgets["EmailInput"].attrs["autocomplete"] == "email"  # a Bulgarian label
    assert "autocomplete" not in widgets["Textarea"].attrs
    assert form.fields["website"].widget.attrs["autocomplete"] == "off"  # the robots' trap


def test_pagination_is_a_labelled_nav_marking_the_current_page(rf):
    page_obj = Paginator(range(100), 10).page(4)
    request = rf.get("/en/news/", {"page": 4, "kind": "news"})
    with translation.override("en"):
        html = render_to_string("includes/pagination.html", {"page_obj": page_obj}, request=request)
    nav = BeautifulSoup(html, "html.parser").find("nav")

    assert nav["aria-label"] == "Pagination"
    current = nav.find_all("a", attrs={"aria-current": True})
    assert len(current) == 1
    assert current[0]["aria-current"] == "page"
    assert " ".join(current[0].get_text().split()) == "Page 4"
    assert "kind=news" in current[0]["href"]
    assert nav.find("a", rel="prev") and nav.find("a", rel="next")
