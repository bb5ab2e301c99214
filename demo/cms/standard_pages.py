"""The standard pages: about us, the privacy policy, the terms of use, the accessibility statement.

One file per page in demo/data/cms/pages/; their texts may name the axe-core version as
``{axe_version}`` (demo.cms.accessibility).
"""

from cms.models import StandardPage
from demo.cms import accessibility, records
from demo.data import read_records

FOLDER = "cms/pages"


def spec(path, record):
    return records.page(path, accessibility.fill_in(record), StandardPage)


STANDARD_PAGES = [
    spec(path, record)
    for path, record in read_records(FOLDER, required=("key", "parent", "title", "slug"))
]
