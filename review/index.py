"""The page to flip through the screenshots: one section per page type, languages side by side.

Plain HTML and CSS with relative links, so it opens from the file system (and from a copy of
the folder sent to someone else). No Django here: the unit test builds it from made-up shots.
"""

from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import unquote

INDEX_NAME = "index.html"
DEVICE_NAMES = {1366: "Desktop", 390: "Phone"}

STYLE = """
:root { font-family: system-ui, sans-serif; color: #1d2733; background: #f3f4f6; }
body { margin: 0 auto; padding: 1rem 1.5rem 4rem; max-width: 1500px; }
h1 { margin-bottom: 0.25rem; }
nav ol { columns: 4 14rem; padding-left: 1.5rem; }
section { margin-top: 2.5rem; border-top: 2px solid #c9ced6; }
h2 small { font-weight: normal; color: #52606d; font-size: 0.8em; }
h3 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
.row { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1rem; }
figure { margin: 0; }
figcaption { font-size: 0.85rem; margin-bottom: 0.25rem; overflow-wrap: anywhere; }
.frame { max-height: 80vh; overflow-y: auto; background: #fff; border: 1px solid #c9ced6; }
.row--phone .frame { max-width: 392px; }
.frame img { display: block; width: 100%; height: auto; }
.problem { color: #a4161a; font-weight: bold; }
.missing { padding: 2rem 1rem; color: #a4161a; }
"""


@dataclass(frozen=True)
class Shot:
    """One screenshot, or the reason there is none (`filename` empty, `error` set)."""

    kind: str
    title: str
    language: str
    width: int
    filename: str = ""
    path: str = ""
    status: int | None = None
    expected_status: int = 200
    error: str = ""
    note: str = ""

    @property
    def problem(self):
        if self.error:
            return self.error
        if self.status != self.expected_status:
            return f"HTTP {self.status}, expected {self.expected_status}"
        return ""


def shot_filename(kind, language, width):
    return f"{kind}-{language}-{width}.png"


def _by_kind(shots):
    kinds = {}
    for shot in shots:
        kinds.setdefault(shot.kind, []).append(shot)
    return kinds


def _figure(shot):
    label = f"{shot.title}, {shot.language}, {shot.width} px"
    caption = f"<strong>{escape(shot.language)}</strong> {escape(unquote(shot.path))}"
    if shot.status is not None:
        caption += f" · {shot.status}"
    if shot.problem:
        caption += f' <span class="problem">{escape(shot.problem)}</span>'
    if not shot.filename:
        body = f'<p class="missing">Not shot: {escape(shot.error or "no file")}</p>'
    else:
        href = escape(shot.filename)
        caption = f'<a href="{href}">{caption}</a>'
        body = (
            f'<div class="frame"><a href="{href}"><img src="{href}" alt="{escape(label)}"'
            ' loading="lazy"></a></div>'
        )
    return f"<figure><figcaption>{caption}</figcaption>{body}</figure>"


def _flag(shots):
    """What the table of contents says of a page type's problems, if any."""
    if not any(shot.filename for shot in shots):
        return f' <span class="problem">(not shot: {escape(shots[0].error)})</span>'
    problems = sum(1 for shot in shots if shot.problem)
    return f' <span class="problem">({problems} with problems)</span>' if problems else ""


def build_index(shots, *, summary=""):
    """The index page's HTML: page types in the order of `shots`, each width a row of languages."""
    kinds = _by_kind(shots)
    toc = []
    sections = []
    for kind, kind_shots in kinds.items():
        first = kind_shots[0]
        note = f" <small>{escape(first.note)}</small>" if first.note else ""
        toc.append(
            f'<li><a href="#{escape(kind)}">{escape(first.title)}</a>{note}{_flag(kind_shots)}</li>'
        )
        rows = []
        for width in sorted({shot.width for shot in kind_shots}, reverse=True):
            device = DEVICE_NAMES.get(width, "Width")
            modifier = "phone" if width < 600 else "desktop"
            figures = "".join(_figure(shot) for shot in kind_shots if shot.width == width)
            rows.append(
                f'<h3>{device}, {width} px</h3><div class="row row--{modifier}">{figures}</div>'
            )
        sections.append(
            f'<section id="{escape(kind)}"><h2>{escape(first.title)}{note}</h2>'
            f"{''.join(rows)}</section>"
        )
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Praktika screenshots</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>Praktika screenshots</h1><p>{escape(summary)}</p>"
        "<p>Each picture scrolls inside its frame; click it for the full-size PNG.</p>"
        f"<nav><ol>{''.join(toc)}</ol></nav></header>\n"
        f"<main>{''.join(sections)}</main>\n</body>\n</html>\n"
    )


def write_index(directory, shots, *, summary=""):
    path = Path(directory) / INDEX_NAME
    path.write_text(build_index(shots, summary=summary), encoding="utf-8")
    return path
