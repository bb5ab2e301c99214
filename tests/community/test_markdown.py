"""The shared Markdown renderer: formatting works, nothing can run script or load content."""

from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from community.markdown import markdown_to_text, quote_markdown, render_markdown

ATTACKS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](&#x6A;avascript&#58;alert(1))",
    "[click]( javascript:alert(1))",
    '<a href="javascript:alert(1)">click</a>',
    "<img src=x onerror=alert(1)>",
    "![x](javascript:alert(1))",
    '<p onclick="alert(1)">hi</p>',
    "<iframe src=https://evil.example></iframe>",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<svg onload=alert(1)>",
    '<a href="#" onmouseover="alert(1)">x</a>',
    "[x](vbscript:msgbox(1))",
    "<style>body{display:none}</style>",
]


def soup(html):
    return BeautifulSoup(str(html), "html.parser")


@pytest.mark.parametrize("source", ATTACKS)
def test_nothing_active_survives(source):
    html = render_markdown(source)
    tree = soup(html)
    allowed = {"p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "code", "pre"}
    for element in tree.find_all(True):
        assert element.name in allowed | {"h3", "h4", "h5", "h6", "table", "hr"}
        for attribute in element.attrs:
            assert attribute in {"href", "title", "rel"}, (attribute, html)
        href = element.get("href")
        if href is not None:
            assert href.split(":", 1)[0].lower() in {"http", "https", "mailto"}, html
    for tag in ("script", "iframe", "img", "svg", "style"):
        assert tree.find(tag) is None


def test_raw_html_is_shown_as_text():
    html = str(render_markdown("Use <b>bold</b> & <script>x()</script>"))
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "&lt;script&gt;" in html
    assert "<b>" not in html and "<script" not in html


def test_formatting_is_kept():
    source = (
        "# Title\n\n**bold** *it* `code`\n\n> quoted\n\n- one\n- two\n\n1. first\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nfenced <tag>\n```\n\nline\nbreak\n\n---"
    )
    tree = soup(render_markdown(source))
    assert tree.find("h3").text == "Title"
    assert tree.find("h1") is None
    assert tree.find("strong").text == "bold"
    assert tree.find("em").text == "it"
    assert tree.find("blockquote").text.strip() == "quoted"
    assert [li.text for li in tree.find("ul").find_all("li")] == ["one", "two"]
    assert tree.find("ol") is not None
    assert tree.find("td").text == "1"
    assert tree.find("pre").text == "fenced <tag>\n"
    assert tree.find("br") is not None
    assert tree.find("hr") is not None


def test_links_get_rel_and_keep_safe_urls():
    tree = soup(render_markdown('[site](https://example.org "T") and <mailto:a@example.org>'))
    link = tree.find("a")
    assert link["href"] == "https://example.org"
    assert link["title"] == "T"
    assert set(link["rel"]) == {"nofollow", "ugc", "noopener"}


def test_images_become_links():
    tree = soup(render_markdown("![diagram](https://example.org/d.png)"))
    assert tree.find("img") is None
    assert tree.find("a")["href"] == "https://example.org/d.png"


def test_empty_text():
    assert render_markdown("") == ""
    assert render_markdown(None) == ""


def test_plain_text_and_quote():
    assert markdown_to_text("**Hi** <b> &amp; you") == "Hi <b> & you"
    assert markdown_to_text("word " * 100, limit=20).endswith("…")
    with translation.override("en"):
        assert quote_markdown("Maria", "one\ntwo") == "> @Maria wrote:\n> one\n> two\n\n"
