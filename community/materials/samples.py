"""Small real files of every accepted kind, built in memory (for the demo and the tests).

No office suite is needed: OOXML and ODF files are zip archives with a few XML parts.
"""

import io
import zipfile
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw


def pdf_bytes(title, paragraphs=()):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buffer = io.BytesIO()
    styles = getSampleStyleSheet()
    story = [Paragraph(escape(title), styles["Title"])]
    story += [Paragraph(escape(text), styles["BodyText"]) for text in paragraphs]
    SimpleDocTemplate(buffer, pagesize=A4, title=title).build(story)
    return buffer.getvalue()


def _zip(parts, first=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if first:
            name, data = first
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_STORED)
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="{target}"/></Relationships>'
)


def _content_types(part, content_type):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>'
    )


def docx_bytes(paragraphs):
    body = "".join(f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>" for text in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    return _zip(
        {
            "[Content_Types].xml": _content_types(
                "word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            ),
            "_rels/.rels": RELS.format(target="word/document.xml"),
            "word/document.xml": document,
        }
    )


def xlsx_bytes(rows):
    cells = "".join(
        "<row>"
        + "".join(f'<c t="inlineStr"><is><t>{escape(str(v))}</t></is></c>' for v in row)
        + "</row>"
        for row in rows
    )
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{cells}</sheetData></worksheet>"
    )
    return _zip(
        {
            "[Content_Types].xml": _content_types(
                "xl/workbook.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            ),
            "_rels/.rels": RELS.format(target="xl/workbook.xml"),
            "xl/workbook.xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                "<sheets/></workbook>"
            ),
            "xl/worksheets/sheet1.xml": sheet,
        }
    )


def pptx_bytes(title):
    return _zip(
        {
            "[Content_Types].xml": _content_types(
                "ppt/presentation.xml",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
            ),
            "_rels/.rels": RELS.format(target="ppt/presentation.xml"),
            "ppt/presentation.xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/'
                f'main"><!-- {escape(title)} --></p:presentation>'
            ),
        }
    )


def odt_bytes(paragraphs):
    body = "".join(f"<text:p>{escape(text)}</text:p>" for text in paragraphs)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    return _zip(
        {"content.xml": content, "META-INF/manifest.xml": manifest},
        first=("mimetype", "application/vnd.oasis.opendocument.text"),
    )


def chart_image(values, labels=(), size=(640, 400)):
    """A bar chart drawn with Pillow."""
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    width, height = size
    top = max(values) or 1
    bar = (width - 40) // max(1, len(values))
    for index, value in enumerate(values):
        x0 = 20 + index * bar + 8
        y0 = height - 40 - int((height - 80) * value / top)
        draw.rectangle([x0, y0, x0 + bar - 16, height - 40], fill=(31, 95, 140))
        if index < len(labels):
            draw.text((x0, height - 30), str(labels[index]), fill="black")
    return image


def png_bytes(values=(3, 5, 8, 6), labels=()):
    buffer = io.BytesIO()
    chart_image(values, labels).save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_bytes(size=(320, 240), gps=False):
    """A photo-like JPEG; with gps=True it carries an EXIF GPS position, as phones write."""
    image = Image.new("RGB", size, (120, 160, 200))
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    if gps:
        exif[0x8825] = {1: "N", 2: (42.0, 41.0, 48.0), 3: "E", 4: (23.0, 19.0, 19.0)}
    image.save(buffer, format="JPEG", exif=exif.tobytes())
    return buffer.getvalue()
