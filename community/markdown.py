"""Markdown that members write, turned into HTML that cannot run script or load anything.

Two layers: Python-Markdown never passes raw HTML through (its HTML block and inline HTML
processors are removed, so `<script>` in a post is shown as text), and nh3 then keeps only an
explicit allow-list of tags, `href`/`title` on links and http(s)/mailto URLs. Headings are
shifted down two levels so a post's `# Title` never competes with the page's own h1/h2.
"""

import html
import re
import xml.etree.ElementTree as etree

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow ugc noopener"
# Tags whose content is dropped with them instead of being kept as text.
DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "noscript"}

MAX_HEADING = 6
HEADING_SHIFT = 2


class _ShiftHeadings(Treeprocessor):
    """Demote headings; show images as links (members' posts load nothing from elsewhere)."""

    def run(self, root: etree.Element):
        for element in root.iter():
            match = re.fullmatch(r"h([1-6])", element.tag)
            if match:
                element.tag = f"h{min(MAX_HEADING, int(match.group(1)) + HEADING_SHIFT)}"
            elif element.tag == "img":
                src, alt = element.get("src", ""), element.get("alt", "")
                element.attrib.clear()
                element.tag = "a"
                element.set("href", src)
                element.text = alt or src


class _NoRawHtml(Extension):
    """Treat raw HTML as text and demote headings."""

    def extendMarkdown(self, md):
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_ShiftHeadings(md), "shift_headings", 5)


def _converter():
    return markdown.Markdown(
        extensions=["fenced_code", "tables", "sane_lists", "nl2br", _NoRawHtml()],
        output_format="html",
    )


def clean_html(html):
    """Sanitise HTML with the members' allow-list (for HTML produced by render_markdown)."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROP_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
    )


def render_markdown(text) -> SafeString:
    """The member's Markdown source as safe HTML for templates."""
    if not text:
        return mark_safe("")
    html = _converter().convert(str(text))
    return mark_safe(clean_html(html))  # noqa: S308 - cleaned by nh3 just above


def markdown_to_text(text, limit=None):
    """Plain text of a post (emails, excerpts): the rendered HTML without tags."""
    html = _converter().convert(str(text or ""))
    plain = nh3.clean(html, tags=set(), clean_content_tags=DROP_WITH_CONTENT)
    plain = re.sub(r"[ \t]+", " ", _unescape(plain))
    plain = re.sub(r"\n{3,}", "\n\n", plain).strip()
    if limit and len(plain) > limit:
        plain = plain[: limit - 1].rstrip() + "…"
    return plain


def _unescape(text):
    return html.unescape(text)


def quote_markdown(name, body):
    """The Markdown a reply starts with when it quotes a post: `> @Name wrote:` and the lines."""
    lines = []
    if name:
        lines.append("> " + gettext("@%(name)s wrote:") % {"name": name})
    lines += [f"> {line}".rstrip() for line in str(body or "").strip().splitlines()]
    return "\n".join(lines) + "\n\n"


LEADING_QUOTE = re.compile(r"\A(?:>[^\n]*(?:\n|\Z))+(?:\r?\n)*")


def without_leading_quote(text):
    """A reply without the quote it starts with (what `quote_markdown` put there)."""
    return LEADING_QUOTE.sub("", str(text or ""), count=1)
