"""Old sites' HTML or Markdown turned into body blocks and rich text.

Markdown becomes HTML first. The HTML is sanitised with nh3 down to the structure a body can
hold (paragraphs, lists, links, bold and italic, headings, quotes, tables): scripts, styles,
attributes and everything else go. What is left is split into StreamField blocks, and each
paragraph goes through Wagtail's own rich text converter with the block's features, which
stores it in Wagtail's database format. Links must end up absolute to be kept (relative ones
are resolved against ``base_url`` when one is given); images become links to their URL, since
the file is on the old site, not in Wagtail's image library.
"""

import html
import re
from urllib.parse import urljoin, urlsplit

from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.rich_text import RichText

import markdown
import nh3
from bs4 import BeautifulSoup, NavigableString, Tag

from cms.blocks import BodyBlock

FORMATS = ("html", "markdown")
HTML_TAG = re.compile(
    r"<(p|div|br|h[1-6]|ul|ol|li|table|blockquote|a|strong|em|b|i|span|img|section)\b",
    re.IGNORECASE,
)
CONTAINERS = {"div", "section", "article", "main", "header", "footer"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
PARAGRAPH_PARTS = {"p", "ul", "ol"}
LINK_SCHEMES = {"http", "https", "mailto", "tel"}
# Where whitespace is only layout (Markdown puts a newline between list items).
BETWEEN_BLOCKS = {"ul", "ol", "blockquote", "table", "thead", "tbody", "tfoot", "tr"}

CLEANER = nh3.Cleaner(
    tags=CONTAINERS
    | HEADINGS
    | PARAGRAPH_PARTS
    | {"li", "br", "hr", "b", "strong", "i", "em", "a", "img", "blockquote"}
    | {"table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"},
    clean_content_tags={"script", "style"},
    attributes={"a": {"href"}, "img": {"src", "alt"}},
    url_schemes=LINK_SCHEMES,
    link_rel=None,
    strip_comments=True,
)


def paragraph_features():
    return BodyBlock.base_blocks["paragraph"].features


def to_html(text, body_format=None):
    """The text as HTML: Markdown is converted, HTML passed on; without a format, guess."""
    if body_format is None:
        body_format = "html" if HTML_TAG.search(text) else "markdown"
    if body_format == "markdown":
        return markdown.markdown(text, extensions=["tables", "sane_lists"])
    return text


def _absolute(url, base_url):
    url = (url or "").strip()
    if not url or url.startswith("#"):
        return None
    if urlsplit(url).scheme:
        return url if urlsplit(url).scheme.lower() in LINK_SCHEMES else None
    if base_url:
        return urljoin(base_url, url)
    return None


def sanitise(text, body_format=None, base_url=""):
    """Sanitised HTML as a BeautifulSoup tree, links absolute, images turned into links."""
    soup = BeautifulSoup(CLEANER.clean(to_html(text, body_format)), "html.parser")
    for string in soup.find_all(string=True):
        if not string.strip() and string.parent.name in BETWEEN_BLOCKS:
            string.extract()
    for link in soup.find_all("a"):
        href = _absolute(link.get("href"), base_url)
        if href:
            link.attrs = {"href": href}
        else:
            link.unwrap()
    for image in soup.find_all("img"):
        src = _absolute(image.get("src"), base_url)
        label = (image.get("alt") or "").strip()
        if src and urlsplit(src).scheme in ("http", "https") and not image.find_parent("a"):
            link = soup.new_tag("a", href=src)
            link.string = label or urlsplit(src).path.rsplit("/", 1)[-1] or src
            image.replace_with(link)
        elif label and image.find_parent("a"):
            image.replace_with(label)
        else:
            image.decompose()
    return soup


def _text(tag):
    return " ".join(tag.get_text(" ").split())


class _Blocks:
    """Collects blocks; consecutive paragraphs and lists share one paragraph block."""

    def __init__(self, features):
        self.converter = EditorHTMLConverter(features)
        self.blocks = []
        self.parts = []
        self.inline = []

    def flush_inline(self):
        content = "".join(self.inline).strip()
        while content.endswith("<br/>") or content.endswith("<br>"):
            content = content.rsplit("<br", 1)[0].strip()
        if BeautifulSoup(content, "html.parser").get_text().strip():
            self.parts.append(f"<p>{content}</p>")
        self.inline = []

    def flush(self):
        self.flush_inline()
        if self.parts:
            self.blocks.append(
                ("paragraph", RichText(self.converter.to_database_format("".join(self.parts))))
            )
        self.parts = []

    def add(self, node):
        if isinstance(node, NavigableString):
            self.inline.append(html.escape(str(node), quote=False))
        elif not isinstance(node, Tag):
            return
        elif node.name in CONTAINERS:
            self.flush_inline()
            for child in list(node.children):
                self.add(child)
            self.flush_inline()
        elif node.name in PARAGRAPH_PARTS:
            self.flush_inline()
            if _text(node):
                self.parts.append(str(node))
        elif node.name == "br":
            if self.inline and self.inline[-1] == "<br/>":
                self.inline.pop()
                self.flush_inline()
            else:
                self.inline.append("<br/>")
        elif node.name in HEADINGS:
            self.flush()
            if _text(node):
                level = "h2" if node.name in ("h1", "h2") else "h3"
                self.blocks.append(("heading", {"text": _text(node), "level": level}))
        elif node.name == "blockquote":
            self.flush()
            paragraphs = [_text(p) for p in node.find_all("p")] or [_text(node)]
            text = "\n\n".join(p for p in paragraphs if p)
            if text:
                self.blocks.append(("quote", {"text": text, "attribution": ""}))
        elif node.name == "table":
            table = _table(node)
            if table is None:  # no usable headings: keep the text as one paragraph a row
                self.flush_inline()
                self.parts.extend(_rows_as_paragraphs(node))
            else:
                self.flush()
                self.blocks.append(("table", table))
        elif node.name == "hr":
            self.flush()
        else:
            self.inline.append(str(node))


def _rows(table):
    rows = [[_text(cell) for cell in row.find_all(["th", "td"])] for row in table.find_all("tr")]
    return [cells for cells in rows if any(cells)]


def _table(table):
    """A table block; its first row gives the column headings (a table block needs them).

    None when the first row has an empty cell: made-up headings would mislead screen readers.
    """
    rows = _rows(table)
    if not rows or not all(rows[0]):
        return None
    caption = table.find("caption")
    return {
        "caption": _text(caption) if caption else "",
        "header": rows[0],
        "rows": [{"cells": cells} for cells in rows[1:]],
    }


def _rows_as_paragraphs(table):
    return [
        f"<p>{html.escape(' – '.join(cell for cell in cells if cell))}</p>"
        for cells in _rows(table)
    ]


def body_blocks(text, body_format=None, base_url=""):
    """StreamField content for a BodyBlock: a list of (block type, value)."""
    builder = _Blocks(paragraph_features())
    for node in list(sanitise(text, body_format, base_url).children):
        builder.add(node)
    builder.flush()
    return builder.blocks


def take_first_paragraph(blocks):
    """The plain text of the first paragraph, and the blocks without it.

    Used for a lead or summary the old site did not have separately.
    """
    for index, (block_type, value) in enumerate(blocks):
        if block_type != "paragraph":
            continue
        soup = BeautifulSoup(value.source, "html.parser")
        first = soup.find("p")
        if first is None:
            continue
        text = _text(first)
        first.decompose()
        rest = list(blocks)
        if soup.get_text().strip():
            rest[index] = ("paragraph", RichText(str(soup)))
        else:
            del rest[index]
        return text, rest
    return "", list(blocks)


def rich_text(text, features, body_format=None, base_url=""):
    """Database HTML for a RichTextField: headings become bold paragraphs, tables rows."""
    parts = []
    for block_type, value in body_blocks(text, body_format, base_url):
        if block_type == "paragraph":
            parts.append(value.source)
        elif block_type == "heading":
            parts.append(f"<p><b>{html.escape(value['text'])}</b></p>")
        elif block_type == "quote":
            parts.extend(f"<p>{html.escape(p)}</p>" for p in value["text"].split("\n\n"))
        elif block_type == "table":
            for cells in [value["header"]] + [row["cells"] for row in value["rows"]]:
                if cells:
                    parts.append(f"<p>{html.escape(' – '.join(cells))}</p>")
    return EditorHTMLConverter(features).to_database_format("".join(parts))
