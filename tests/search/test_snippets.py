"""What a search snippet may quote from a page's body: what readers read, not the labels and
alternative texts around it."""

import pytest

from search.models import SearchEntry
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_block_labels_alt_text_and_column_headings_stay_out_of_the_entry(site_tree):
    page = site_tree.page("en", "article")
    image = ImageFactory()
    page.body = [
        ("heading", {"text": "Why supervision matters", "level": "h2"}),
        ("paragraph", "<p>Supervision keeps caseworkers steady.</p>"),
        (
            "image",
            {
                "image": image,
                "alt_text": "Two colleagues talk at a table",
                "decorative": False,
                "caption": "A supervision session in Ruse",
            },
        ),
        (
            "table",
            {
                "caption": "Sessions per year",
                "header": ["Year", "Sessions"],
                "rows": [{"cells": ["2019", "14"]}],
            },
        ),
    ]
    page.save_revision().publish()

    text = SearchEntry.objects.get(source="page", source_pk=page.pk).text

    for shown in ("Why supervision matters", "caseworkers steady", "session in Ruse", "2019"):
        assert shown in text
    for hidden in ("Section heading", "Two colleagues talk", "Year"):
        assert hidden not in text
