"""Laws and policies of both countries, summarised for the demo in our own words.

The records are in demo/data/directory/legislation/: years and titles follow the real acts;
the summaries are short orientations, not legal advice. Each page says it is a demonstration
record (``is_demo``), so the summaries carry no note of their own and search never quotes
one. Links go to the publishers' home pages, not to a particular text.
"""

from demo.directory.records import legislation
from directory.models import LegislationPage


def legislation_specs():
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
                    # The page says it is a demonstration (is_demo); search quotes the summary.
                    "summary": record["summary"],
                },
            }
        )
    return specs
