"""Responsive images: WebP with a JPEG fallback in several widths, sized, lazy below the fold."""

import re
from pathlib import Path

from wagtail.images.models import Filter

import pytest
from bs4 import BeautifulSoup

from cms.models import EventGalleryImage
from core.pages import CARD_IMAGE, COVER_IMAGE
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ImageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
)
from tests.site_tree import make_home_site

pytestmark = pytest.mark.django_db

CARDS = Path(__file__).resolve().parents[2] / "templates" / "includes" / "cards"
PICTURE_TAG = re.compile(r"{% picture item\.(\w+) ([^%]*?) (?:sizes|alt)=")


@pytest.fixture
def photo():
    return ImageFactory(
        title="Обучение в Бургас", file__width=1600, file__height=1000, file__color="green"
    )


@pytest.fixture
def home():
    home, _site = make_home_site()
    return home


def pictures(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find_all("picture")


def assert_responsive(picture, widths, *, lazy=True):
    """WebP first for the browsers that take it, JPEG in the <img>; widths for both."""
    webp = picture.find("source", type="image/webp")
    assert webp is not None, picture
    webp_widths = sorted(int(item.split()[1][:-1]) for item in webp["srcset"].split(", "))
    assert webp_widths == sorted(widths)
    assert all(".webp " in item for item in webp["srcset"].split(", "))
    assert webp["sizes"]

    img = picture.find("img")
    assert img["src"].endswith(".jpg")
    assert sorted(int(item.split()[1][:-1]) for item in img["srcset"].split(", ")) == sorted(widths)
    assert img["sizes"] == webp["sizes"]
    assert int(img["width"]) == widths[0] and int(img["height"]) > 0
    if lazy:
        assert img["loading"] == "lazy"
    else:
        assert img.get("loading") != "lazy"
        assert img["fetchpriority"] == "high"
    return img


def test_article_cards_offer_webp_and_jpeg_in_three_widths(client, home, photo):
    index = ArticleIndexPageFactory(parent=home)
    ArticlePageFactory(parent=index, listing_image=photo)

    (picture,) = pictures(client.get(index.url))

    img = assert_responsive(picture, [640, 320, 960])
    assert (img["width"], img["height"]) == ("640", "360")
    assert img["alt"] == ""  # the card's title says it all


def test_event_cards_and_the_gallery_are_responsive(client, home, photo):
    index = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=index, listing_image=photo)
    EventGalleryImage.objects.create(page=event, image=photo, caption="Участниците")

    (card,) = pictures(client.get(index.url))
    assert_responsive(card, [640, 320, 960])
    (gallery,) = pictures(client.get(event.url))
    img = assert_responsive(gallery, [600, 300, 900])
    assert img["alt"] == ""  # the caption below says what it is


def test_publication_cover_is_loaded_first_on_its_page_and_lazily_on_cards(client, home, photo):
    index = PublicationIndexPageFactory(parent=home)
    publication = PublicationPageFactory(parent=index, cover=photo)

    (card,) = pictures(client.get(index.url))
    assert_responsive(card, [300, 150])
    (cover,) = pictures(client.get(publication.url))
    assert_responsive(cover, [400, 800], lazy=False)


def test_image_blocks_keep_their_alt_text(client, home, photo):
    index = ArticleIndexPageFactory(parent=home)
    article = ArticlePageFactory(
        parent=index,
        body=[
            (
                "image",
                {"image": photo, "alt_text": "Участници в обучението", "caption": "Бургас"},
            )
        ],
    )

    (picture,) = pictures(client.get(article.url))

    img = assert_responsive(picture, [800, 480, 1200])
    assert img["alt"] == "Участници в обучението"


@pytest.mark.parametrize("card", sorted(path.name for path in CARDS.glob("*.html")))
def test_card_templates_ask_for_the_renditions_that_lists_prefetch(card):
    """Otherwise every card would cost a query (tests/cms/test_queries.py counts them)."""
    prefetched = {CARD_IMAGE[0]: CARD_IMAGE[1], COVER_IMAGE[0]: COVER_IMAGE[1]}
    text = (CARDS / card).read_text()
    tags = PICTURE_TAG.findall(text)
    assert "{% image " not in text
    for field, specs in tags:
        assert Filter.expand_spec(specs) == prefetched[field], card
