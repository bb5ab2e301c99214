"""Publications with generated covers (one per language) and PDF files in their languages.

One file per publication in demo/data/cms/publications/: the page, and under ``pdf`` what
only its PDF files say. ``files`` lists the languages it is published in.
"""

from cms.models import PublicationPage
from demo.cms import records
from demo.core import LANGUAGES, DocumentRef, ImageRef, pick
from demo.data import DemoDataError, read_records
from demo.pages import ensure_pages
from demo.pdf import build_pdf

FOLDER = "cms/publications"

# How a file is listed: its title, and its language as that language names itself.
FILE_LABEL = "{title} ({language}, PDF)"
LANGUAGE_NAMES = {"bg": "на български", "en": "English", "ro": "română"}
PDF_FIELDS = {"subtitle", "licence_name", "sections"}


def document_key(key, lang):
    return f"{key}-{lang}"


def spec(path, record):
    key = record["key"]
    languages = record.get("files", [])
    if not isinstance(languages, list) or not set(languages) <= set(LANGUAGES):
        raise DemoDataError(path, "files", f"must be a list of languages: {', '.join(LANGUAGES)}")
    files = [
        {"language": lang, "document": DocumentRef(document_key(key, lang))} for lang in languages
    ]
    page = records.page(
        path,
        {**record, "files": files},
        PublicationPage,
        parent="publications",
        extra=("short_title", "cover_palette", "cover_illustration", "pdf"),
    )
    page["fields"]["cover"] = {lang: ImageRef(f"cover-{key}-{lang}") for lang in LANGUAGES}
    records.palette(record, "cover_palette", path)
    records.illustration(record, "cover_illustration", path)
    records.check_names(record["pdf"], PDF_FIELDS, path, "pdf")
    records.pdf_sections(record["pdf"].get("sections", []), path, "pdf.sections")
    return page


RECORDS = read_records(FOLDER, required=("key", "title", "short_title", "slug", "year", "pdf"))
PUBLICATIONS = [spec(path, record) for path, record in RECORDS]


def _pdf_builder(path, record, lang):
    pdf = record["pdf"]
    sections = records.pdf_sections(pdf.get("sections", []), path, "pdf.sections")

    def build():
        data = build_pdf(
            lang=lang,
            title=pick(record["title"], lang),
            subtitle=pick(pdf.get("subtitle", ""), lang),
            author=pick(record.get("authors", ""), lang),
            meta_lines=[
                pick(record.get("publisher", ""), lang),
                str(record["year"]),
                pick(pdf.get("licence_name", ""), lang),
            ],
            sections=pick(sections, lang),
        )
        return f"{pick(record['slug'], 'en')}-{lang}.pdf", data

    return build


def register_media(media):
    for path, record in RECORDS:
        key = record["key"]
        for lang in LANGUAGES:
            media.register_image(
                f"cover-{key}-{lang}",
                style="cover",
                palette=record["cover_palette"],
                scene=record["cover_illustration"],
                title=pick(record["short_title"], lang),
                subtitle=f"{pick(record.get('publisher', ''), lang)} · {record['year']}",
            )
        for lang in record.get("files", []):
            title = FILE_LABEL.format(
                title=pick(record["short_title"], lang), language=LANGUAGE_NAMES[lang]
            )
            media.register_document(
                document_key(key, lang), title, _pdf_builder(path, record, lang)
            )


def load(ctx):
    ensure_pages(ctx, PUBLICATIONS, "Publications")
