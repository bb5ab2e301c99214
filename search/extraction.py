"""The text inside PDF, DOCX and ODT files, for the search index.

Extraction is bounded (pages, characters, bytes read from a zip member) so that a large or
hostile file costs little; a file that can't be read gives no text rather than an error, since
search is a convenience for a file that is otherwise valid and downloadable.
"""

import logging
import zipfile
from pathlib import PurePosixPath

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

logger = logging.getLogger(__name__)

MAX_CHARS = 100_000
MAX_PDF_PAGES = 300
MAX_XML_BYTES = 20 * 1024 * 1024

ZIP_TEXT_PARTS = {
    ".docx": ("word/document.xml",),
    ".odt": ("content.xml",),
}
PARAGRAPH_TAGS = {"p", "h"}
# Line breaks, tabs and runs of spaces inside a paragraph (DOCX w:br, w:cr, w:tab; ODF
# text:line-break, text:tab, text:s) separate words even though they hold no text.
SPACE_TAGS = {"br", "cr", "tab", "line-break", "s"}
# Text a reader never sees: tracked deletions and field codes (DOCX w:delText, w:instrText).
UNSEEN_TAGS = {"delText", "instrText"}


def extract_text(file, name):
    """Plain text of the file (an open binary file object) named `name`; "" when unknown."""
    suffix = PurePosixPath(str(name).lower()).suffix
    try:
        file.seek(0)
        if suffix == ".pdf":
            return _pdf_text(file)
        if suffix in ZIP_TEXT_PARTS:
            return _zip_xml_text(file, ZIP_TEXT_PARTS[suffix])
    except Exception:  # noqa: BLE001 - any malformed file just has no searchable text
        logger.warning("Could not extract text from %s", name, exc_info=True)
    finally:
        try:
            file.seek(0)
        except (OSError, ValueError):
            pass
    return ""


def _pdf_text(file):
    from pypdf import PdfReader

    reader = PdfReader(file)
    if reader.is_encrypted:
        return ""
    parts, length = [], 0
    for number, page in enumerate(reader.pages):
        if number >= MAX_PDF_PAGES or length >= MAX_CHARS:
            break
        text = page.extract_text() or ""
        parts.append(text)
        length += len(text)
    return _tidy("\n".join(parts))


def _zip_xml_text(file, members):
    with zipfile.ZipFile(file) as archive:
        parts = []
        for member in members:
            try:
                info = archive.getinfo(member)
            except KeyError:
                continue
            if info.file_size > MAX_XML_BYTES:
                continue
            with archive.open(info) as handle:
                data = handle.read(MAX_XML_BYTES + 1)
            parts.append(_xml_text(data))
    return _tidy("\n".join(parts))


def _xml_text(data):
    """The paragraphs (DOCX w:p, ODF text:p and text:h) of an XML part, one per line."""
    try:
        root = ElementTree.fromstring(data)
    except (ElementTree.ParseError, DefusedXmlException):
        return ""
    paragraphs = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = element.tag.rsplit("}", 1)[-1]
        if name in SPACE_TAGS:
            element.text = " "
        elif name in UNSEEN_TAGS:
            element.text = ""
        elif name in PARAGRAPH_TAGS:
            paragraphs.append(element)
    return "\n".join("".join(paragraph.itertext()) for paragraph in paragraphs)


def _tidy(text):
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)[:MAX_CHARS]


def stored_file_text(field_file, key_prefix, name=None):
    """The text of a stored file, extracted the first time it is asked for and kept."""
    from search.models import FileText

    if not field_file or not field_file.name:
        return ""
    key = f"{key_prefix}:{field_file.name}"[:300]
    record = FileText.objects.filter(key=key).only("text").first()
    if record is not None:
        return record.text
    try:
        with field_file.open("rb") as handle:
            text = extract_text(handle, name or field_file.name)
    except (OSError, ValueError):
        logger.warning("No readable file at %s", key)
        return ""
    FileText.objects.update_or_create(key=key, defaults={"text": text})
    return text


def document_text(document):
    return stored_file_text(document.file, "documents")
