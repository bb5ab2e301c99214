"""Small, real PDFs in Bulgarian, English or Romanian, typeset with reportlab."""

import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from demo.media import FONT_BOLD, FONT_REGULAR, require_fonts

PAGE_LABEL = {"bg": "Страница", "en": "Page", "ro": "Pagina"}
CONTENTS_LABEL = {"bg": "Съдържание", "en": "Contents", "ro": "Cuprins"}

_registered = False


def _register_fonts():
    global _registered
    if not _registered:
        require_fonts()
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_REGULAR)))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_BOLD)))
        _registered = True


def _styles():
    base = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10.5, leading=15, spaceAfter=7)
    return {
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName="DejaVuSans-Bold",
            fontSize=24,
            leading=30,
            alignment=TA_CENTER,
            spaceAfter=14,
            textColor=colors.HexColor("#0f4c5c"),
        ),
        "subtitle": ParagraphStyle(
            "subtitle",
            parent=base,
            fontSize=13,
            leading=18,
            alignment=TA_CENTER,
            textColor=colors.HexColor("#1f7a8c"),
        ),
        "meta": ParagraphStyle("meta", parent=base, alignment=TA_CENTER, fontSize=10),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName="DejaVuSans-Bold",
            fontSize=15,
            leading=20,
            spaceBefore=10,
            spaceAfter=8,
            textColor=colors.HexColor("#0f4c5c"),
        ),
        "body": base,
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=4),
    }


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_pdf(*, lang, title, subtitle="", author="", meta_lines=(), sections=()):
    """PDF bytes: a title page, a contents page and one section per (heading, paragraphs).

    A paragraph given as a list is set as bullet points.
    """
    _register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title=title,
        author=author,
        subject=subtitle,
        creator="Praktika",
        lang=lang,
        invariant=1,
    )

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 8.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(22 * mm, 12 * mm, title[:90])
        canvas.drawRightString(A4[0] - 22 * mm, 12 * mm, f"{PAGE_LABEL[lang]} {doc.page}")
        canvas.restoreState()

    story = [Spacer(1, 60 * mm), Paragraph(_escape(title), styles["title"])]
    if subtitle:
        story.append(Paragraph(_escape(subtitle), styles["subtitle"]))
    story.append(Spacer(1, 30 * mm))
    story.extend(Paragraph(_escape(line), styles["meta"]) for line in meta_lines)
    story.append(PageBreak())

    story.append(Paragraph(CONTENTS_LABEL[lang], styles["h1"]))
    contents = [[f"{number}.", heading] for number, (heading, _) in enumerate(sections, 1)]
    if contents:
        table = Table(contents, colWidths=[12 * mm, 140 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"),
                    ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bfdbd0")),
                ]
            )
        )
        story.append(table)
    story.append(PageBreak())

    for number, (heading, paragraphs) in enumerate(sections, 1):
        story.append(Paragraph(f"{number}. {_escape(heading)}", styles["h1"]))
        for paragraph in paragraphs:
            if isinstance(paragraph, list | tuple):
                story.extend(
                    Paragraph(_escape(item), styles["bullet"], bulletText="•") for item in paragraph
                )
            else:
                story.append(Paragraph(_escape(paragraph), styles["body"]))
        if number % 2 == 0 and number != len(sections):
            story.append(PageBreak())

    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
