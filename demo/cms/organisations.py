"""Organisations named on project and event pages: NGOs, public bodies, universities, funders.

One file per organisation in demo/data/cms/organisations/. The NGOs are described, not named,
in the facts the platform is built around; they carry plausible descriptive names there.
"""

from cms.models import Organisation
from demo.cms import records
from demo.core import pick
from demo.data import read_records
from demo.pages import ensure_snippet

FOLDER = "cms/organisations"


def spec(path, record):
    """The organisation's fields, and the colours of its generated logo."""
    fields = records.fields(path, record, Organisation, skip=("key", "logo_palette"))
    return fields, records.palette(record, "logo_palette", path)


RECORDS = read_records(FOLDER, required=("key", "name", "kind", "country"))
SPECS = {record["key"]: spec(path, record) for path, record in RECORDS}
ORGANISATIONS = {key: fields for key, (fields, _palette) in SPECS.items()}
LOGO_PALETTES = {key: palette for key, (_fields, palette) in SPECS.items()}


def register_media(media):
    for key, palette in LOGO_PALETTES.items():
        media.register_image(f"logo-{key}", style="logo", palette=palette)


def load(ctx):
    ctx.log("Organisations...")
    for key, data in ORGANISATIONS.items():

        def build(lang, data=data, key=key):
            return Organisation(**pick(data, lang), logo=ctx.media.image(f"logo-{key}"))

        ensure_snippet(ctx, Organisation, f"organisation/{key}", build, "organisations")
    ctx.report("organisations")
