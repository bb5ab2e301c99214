"""The text of uploaded PDF, DOCX and ODT files, as search reads it (search.extraction).

The files are built here, byte by byte where it matters: a hostile file must cost little and
give no text, and a good one must give its words, each one separate.
"""

import io
import re
import struct
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from django.core.files.base import ContentFile

import pytest

from community.materials.search_sources import material_file_text as material_text
from search import extraction
from search.extraction import document_text, extract_text, stored_file_text
from search.models import FileText
from search.services import SearchParams, search
from tests.factories import PdfDocumentFactory, PracticeMaterialFactory

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_TYPE = "application/vnd.oasis.opendocument.text"


# Files --------------------------------------------------------------------------------------


def pdf(*pages, font=None):
    """A PDF with one page per argument, each a list of lines (Cyrillic needs `font`)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if font is not None:
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer, pagesize=A4)
    for lines in pages:
        document.setFont("DejaVuSans" if font else "Helvetica", 12)
        for number, line in enumerate(lines):
            document.drawString(72, 770 - 20 * number, line)
        document.showPage()
    document.save()
    return buffer.getvalue()


def zipped(parts, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def docx_xml(body, prolog=""):
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    )


def docx(body, prolog=""):
    """A Word document whose w:body is `body` (paragraphs as WordprocessingML)."""
    return zipped(
        {
            "[Content_Types].xml": (
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Override PartName="/word/document.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
            ),
            "word/document.xml": docx_xml(body, prolog),
        }
    )


def paragraphs(*texts):
    return "".join(f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>" for text in texts)


def odt(body):
    """An OpenDocument text whose office:text is `body`."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), ODT_TYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def text_of(data, name):
    return extract_text(io.BytesIO(data), name)


@pytest.fixture
def bytes_read(monkeypatch):
    """How many bytes were read out of zip members, in total."""
    counter = {"bytes": 0}
    original = zipfile.ZipExtFile.read

    def counting_read(self, n=-1):
        data = original(self, n)
        counter["bytes"] += len(data)
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting_read)
    return counter


# PDF ----------------------------------------------------------------------------------------


def test_pdf_text_is_read_line_by_line():
    data = pdf(["Foster care in Vidin", "Home visit checklist"])
    text = text_of(data, "checklist.pdf")
    assert text.splitlines() == ["Foster care in Vidin", "Home visit checklist"]


@pytest.mark.skipif(not DEJAVU.exists(), reason="needs the DejaVu Sans font")
def test_pdf_text_in_cyrillic_and_with_romanian_diacritics():
    data = pdf(["Обучение за работа с родители в риск", "Părinți și copii în Craiova"], font=DEJAVU)
    text = text_of(data, "обучение.pdf")
    assert "Обучение за работа с родители в риск" in text
    assert "Părinți și copii în Craiova" in text


def test_pdf_pages_after_the_limit_are_not_read(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_PDF_PAGES", 2)
    text = text_of(pdf(["first page"], ["second page"], ["third page"]), "three.pdf")
    assert "second page" in text
    assert "third" not in text


def test_pdf_text_stops_near_the_character_limit(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_CHARS", 30)
    text = text_of(pdf(["a" * 25], ["b" * 25], ["c" * 25]), "long.pdf")
    assert len(text) <= 30
    assert text.startswith("a" * 25)
    assert "c" not in text


def test_the_suffix_decides_whatever_its_case():
    assert "Foster care" in text_of(pdf(["Foster care"]), "SCAN.PDF")


def test_encrypted_pdf_gives_no_text():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf(["Confidential case notes"]))))
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert PdfReader(io.BytesIO(buffer.getvalue())).is_encrypted
    assert text_of(buffer.getvalue(), "notes.pdf") == ""


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n this is not a PDF at all \x00\xff",
        pdf(["Cut short"])[:200],
        b"",
        b"PK\x03\x04 a zip pretending",
    ],
    ids=["garbage", "truncated", "empty", "zip-named-pdf"],
)
def test_corrupt_pdf_gives_no_text(data):
    assert text_of(data, "broken.pdf") == ""


def test_the_file_can_be_read_again_afterwards():
    handle = io.BytesIO(pdf(["Foster care"]))
    extract_text(handle, "a.pdf")
    assert handle.read(5) == b"%PDF-"


# DOCX and ODT -------------------------------------------------------------------------------


def test_docx_paragraphs_one_per_line_with_runs_joined():
    body = (
        paragraphs("Приемна грижа във Видин")
        + "<w:p><w:r><w:t>Fost</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>er care</w:t></w:r></w:p>"
        + "<w:tbl><w:tr><w:tc>"
        + paragraphs("Asistență socială")
        + "</w:tc></w:tr></w:tbl>"
    )
    text = text_of(docx(body), "plan.docx")
    assert text.splitlines() == ["Приемна грижа във Видин", "Foster care", "Asistență socială"]


def test_docx_line_breaks_and_tabs_keep_words_apart():
    body = (
        "<w:p><w:r><w:t>Genogram</w:t></w:r><w:r><w:br/><w:t>ecomap</w:t></w:r>"
        "<w:r><w:tab/><w:t>timeline</w:t></w:r></w:p>"
    )
    words = text_of(docx(body), "methods.docx").split()
    assert words == ["Genogram", "ecomap", "timeline"]


def test_docx_deleted_text_and_field_codes_are_not_read():
    """Tracked deletions are words the author took out; field codes are Word's, not theirs."""
    body = (
        "<w:p><w:r><w:t>Meet the family</w:t></w:r>"
        "<w:del><w:r><w:delText>Ivanov</w:delText></w:r></w:del>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText> HYPERLINK "https://example.test/zorblax" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t> at home</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    assert text_of(docx(body), "visit.docx") == "Meet the family at home"


def test_odt_paragraphs_and_headings():
    body = (
        "<text:h>Обучение на приемни родители</text:h>"
        "<text:p>Formare pentru <text:span>asistenți</text:span> maternali</text:p>"
        "<text:list><text:list-item><text:p>Home visits</text:p></text:list-item></text:list>"
    )
    text = text_of(odt(body), "programme.odt")
    assert text.splitlines() == [
        "Обучение на приемни родители",
        "Formare pentru asistenți maternali",
        "Home visits",
    ]


def test_odt_line_breaks_and_tabs_keep_words_apart():
    body = "<text:p>Genogram<text:line-break/>ecomap<text:tab/>timeline</text:p>"
    assert text_of(odt(body), "methods.odt").split() == ["Genogram", "ecomap", "timeline"]


@pytest.mark.parametrize("name", ["plan.docx", "plan.odt"])
def test_not_a_zip_gives_no_text(name):
    assert text_of(b"<w:p>plain bytes</w:p>", name) == ""


def test_docx_without_its_document_part_gives_no_text():
    assert text_of(zipped({"word/other.xml": docx_xml(paragraphs("Hidden"))}), "a.docx") == ""


def test_zip_member_declared_larger_than_the_limit_is_not_read(bytes_read):
    paragraph = paragraphs("Foster care")
    filler = paragraph * (extraction.MAX_XML_BYTES // len(paragraph) + 1)
    data = docx(filler)
    assert len(data) < extraction.MAX_XML_BYTES // 100  # a bomb: small file, huge member
    assert text_of(data, "bomb.docx") == ""
    assert bytes_read["bytes"] == 0


def test_zip_member_lying_about_its_size_is_not_read_past_the_limit(monkeypatch, bytes_read):
    limit = 10_000
    monkeypatch.setattr(extraction, "MAX_XML_BYTES", limit)
    real = docx_xml(paragraphs("Foster care") * 20_000).encode()
    assert len(real) > 50 * limit
    data = bytearray(zipped({"word/document.xml": real}))
    # Both headers claim a member well under the limit.
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 22, 500)
    struct.pack_into("<I", data, central + 24, 500)
    assert zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml").file_size == 500
    assert text_of(bytes(data), "liar.docx") == ""
    assert bytes_read["bytes"] <= limit + 1


def test_zip_member_under_the_limit_is_read(monkeypatch, bytes_read):
    data = docx(paragraphs("Foster care") * 10)
    size = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml").file_size
    monkeypatch.setattr(extraction, "MAX_XML_BYTES", size)
    assert text_of(data, "small.docx").splitlines() == ["Foster care"] * 10
    assert bytes_read["bytes"] == size


BILLION_LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(2, 10)).replace(
        "&lol1;", "&lol;"
    )
    + "]>"
)


def test_entity_expansion_attack_gives_no_text():
    body = paragraphs("Visible words") + "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
    assert "&lol8;" in BILLION_LAUGHS
    assert text_of(docx(body, prolog=BILLION_LAUGHS), "laughs.docx") == ""


def test_external_entity_is_not_fetched():
    prolog = '<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    body = "<w:p><w:r><w:t>&secret;</w:t></w:r></w:p>"
    assert text_of(docx(body, prolog=prolog), "xxe.docx") == ""


@pytest.mark.parametrize("name", ["notes.txt", "chart.png", "slides.pptx", "no-extension", ""])
def test_unknown_extension_gives_no_text(name):
    assert text_of(pdf(["Foster care"]), name) == ""


# Stored files and the FileText cache --------------------------------------------------------


@pytest.fixture
def author(db):
    from tests.community.conftest import make_member

    return make_member("author")


def test_material_text_is_read_once_and_kept(author, monkeypatch):
    material = PracticeMaterialFactory(
        author=author, file__data=pdf(["Mapping social resources"]), public=True
    )
    # Saving the material indexed it, which read the file.
    record = FileText.objects.get(key=f"materials:{material.file.name}")
    assert record.text == "Mapping social resources"

    material.file.storage.delete(material.file.name)
    calls = []
    monkeypatch.setattr(extraction, "extract_text", lambda *args: calls.append(args) or "x")
    assert material_text(material) == "Mapping social resources"
    assert calls == []


def test_a_replaced_file_is_read_again(author):
    material = PracticeMaterialFactory(author=author, file__data=pdf(["First version"]))
    first_name = material.file.name
    material.file.save("checklist.pdf", ContentFile(pdf(["Second version"])), save=True)
    assert material.file.name != first_name
    assert material_text(material) == "Second version"
    assert FileText.objects.get(key=f"materials:{first_name}").text == "First version"


def test_material_file_type_comes_from_its_original_name(author):
    material = PracticeMaterialFactory(
        author=author,
        file__data=docx(paragraphs("Checklist for a first home visit")),
        file__filename="upload.docx",
        original_filename="Checklist.DOCX",
        content_type=DOCX_TYPE,
    )
    assert material_text(material) == "Checklist for a first home visit"


def test_missing_stored_file_gives_no_text_and_is_not_kept(author):
    material = PracticeMaterialFactory(author=author)
    material = type(material).objects.get(pk=material.pk)
    material.file.name = "materials/2020/01/gone.pdf"
    assert material_text(material) == ""
    assert not FileText.objects.filter(key="materials:materials/2020/01/gone.pdf").exists()


def test_no_file_gives_no_text(db):
    from community.materials.models import PracticeMaterial

    assert stored_file_text(PracticeMaterial().file, "materials") == ""


def test_document_text_is_kept_under_its_own_key(db):
    document = PdfDocumentFactory(file__data=pdf(["Compendium of good practice"]))
    assert document_text(document) == "Compendium of good practice"
    assert FileText.objects.filter(key=f"documents:{document.file.name}").exists()


# Found through the search -------------------------------------------------------------------


def found_paths(q, user):
    """Addresses found, without the language prefix (test_indexing checks which one it is)."""
    outcome = search(SearchParams(q=q), language="en", user=user)
    return [re.sub(r"^/(bg|en|ro)/", "/", hit.url) for hit in outcome.hits], outcome


def path_of(material):
    return re.sub(r"^/(bg|en|ro)/", "/", material.get_absolute_url())


def test_words_inside_a_public_materials_pdf_are_found(author):
    material = PracticeMaterialFactory(
        author=author,
        title="Checklist",
        description="For colleagues.",
        file__data=pdf(["The quillfrost method for family conferences"]),
        public=True,
    )
    paths, outcome = found_paths("quillfrost", None)
    assert paths == [path_of(material)]
    assert "<mark>quillfrost</mark>" in outcome.hits[0].snippet.lower()


def test_words_inside_a_materials_docx_are_found_by_members(author):
    material = PracticeMaterialFactory(
        author=author,
        title="Plan",
        file__data=docx(paragraphs("Брамбълфорд метод за семейни срещи")),
        original_filename="plan.docx",
        content_type=DOCX_TYPE,
    )
    assert found_paths("брамбълфорд", author)[0] == [path_of(material)]
    # Members-only: not for the public.
    assert found_paths("брамбълфорд", None)[0] == []
