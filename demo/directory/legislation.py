"""Laws and policies of both countries, summarised for the demo in our own words.

The records are in demo/data/directory/legislation/: years and titles follow the real acts;
the summaries are short orientations, not legal advice, and every one ends with the note in
demo/data/directory/legislation.yaml. Links go to the publishers' home pages, not to a
particular text.
"""

from demo.core import LANGUAGES
from demo.directory.records import legislation, legislation_note
from directory.models import LegislationPage


def legislation_specs():
    note = legislation_note()
    specs = []
    for record in legislation():
        key = record["key"]
        specs.append(
            {
                "key": f"directory/legislation/{key}",
                "model": LegislationPage,
                "parent": "legislation",
                "fields": {
                    "title": record["title"],
                    "slug": record["slug"],
                    "record_key": key,
                    "is_demo": True,
                    "country": key[:2],
                    "record_type": record["type"],
                    "year": record["year"],
                    "status": record["status"],
                    "link": record["link"],
                    "summary": {
                        lang: f"{record['summary'][lang]} {note[lang]}" for lang in LANGUAGES
                    },
                },
            }
        )
    return specs
