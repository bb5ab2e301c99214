"""Laws and policies of both countries, summarised for the demo in our own words.

Years and titles follow the real acts (see legislation_bg and legislation_ro); the summaries
are short orientations, not legal advice, and every one says it is a demonstration record.
Links go to the publishers' home pages, not to a particular text.
"""

from demo.core import LANGUAGES, L
from demo.directory.legislation_bg import BG_RECORDS
from demo.directory.legislation_ro import RO_RECORDS
from directory.models import LegislationPage

DEMO_NOTE = L(
    "Демонстрационен запис: резюмето е кратко и неофициално; вижте официалния текст.",
    "Demonstration record: the summary is short and unofficial; see the official text.",
    "Înregistrare demonstrativă: rezumatul este scurt și neoficial; consultați textul oficial.",
)


def legislation_specs():
    specs = []
    for key, slug, record_type, year, status, link, title, summary in BG_RECORDS + RO_RECORDS:
        specs.append(
            {
                "key": f"directory/legislation/{key}",
                "model": LegislationPage,
                "parent": "legislation",
                "fields": {
                    "title": title,
                    "slug": slug,
                    "record_key": key,
                    "is_demo": True,
                    "country": key[:2],
                    "record_type": record_type,
                    "year": year,
                    "status": status,
                    "link": link,
                    "summary": {lang: f"{summary[lang]} {DEMO_NOTE[lang]}" for lang in LANGUAGES},
                },
            }
        )
    return specs
