"""The design tokens as data: read from static/css/tokens.css, the one place they are set.

The style guide shows them and the tests check the colour pairs the design promises against
WCAG 2.2's contrast thresholds, so a token changed in the CSS is checked without anyone
remembering to.
"""

import re
from functools import cache

from django.conf import settings

TOKENS_CSS = settings.BASE_DIR / "static" / "css" / "tokens.css"
DECLARATION = re.compile(r"^\s*--([a-z0-9-]+):\s*([^;]+);", re.MULTILINE)

# (text, background, minimum ratio): 4.5 for text, 3 for large text and interface parts.
PROMISED_PAIRS = [
    ("colour-text", "colour-background", 4.5),
    ("colour-text", "colour-paper", 4.5),
    ("colour-text", "colour-surface", 4.5),
    ("colour-muted", "colour-background", 4.5),
    ("colour-muted", "colour-surface", 4.5),
    ("colour-muted", "colour-paper", 4.5),
    ("colour-primary", "colour-background", 4.5),
    ("colour-primary", "colour-surface", 4.5),
    ("colour-primary", "colour-primary-light", 4.5),
    ("colour-primary-dark", "colour-primary-light", 4.5),
    ("colour-accent", "colour-background", 4.5),
    ("colour-accent", "colour-accent-light", 4.5),
    ("colour-on-dark", "colour-primary", 4.5),
    ("colour-on-dark", "colour-primary-dark", 4.5),
    ("colour-on-dark", "colour-primary-deep", 4.5),
    ("colour-on-dark", "colour-accent", 4.5),
    ("colour-on-dark-muted", "colour-primary-deep", 4.5),
    ("colour-primary-deep", "colour-sun", 4.5),
    ("colour-text", "colour-info", 4.5),
    ("colour-text", "colour-warning", 4.5),
    ("colour-text", "colour-error-background", 4.5),
    ("colour-text", "colour-success-background", 4.5),
    ("colour-text", "colour-highlight", 4.5),
    ("colour-error", "colour-background", 4.5),
    ("colour-error", "colour-error-background", 4.5),
    ("colour-success", "colour-background", 4.5),
    ("colour-border-strong", "colour-background", 3),
    ("colour-focus", "colour-background", 3),
    ("colour-focus-on-dark", "colour-primary-deep", 3),
]


@cache
def tokens():
    """{name: value} in the order tokens.css declares them."""
    return dict(DECLARATION.findall(TOKENS_CSS.read_text(encoding="utf-8")))


def _channel(value):
    value /= 255
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    if len(hex_colour) == 3:
        hex_colour = "".join(c * 2 for c in hex_colour)
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast(first, second):
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def colours():
    return {name: value for name, value in tokens().items() if name.startswith("colour-")}


def pairs():
    """The promised pairs with their values and measured ratios."""
    values = colours()
    return [
        {
            "text": text,
            "background": background,
            "text_value": values[text],
            "background_value": values[background],
            "ratio": round(contrast(values[text], values[background]), 2),
            "minimum": minimum,
        }
        for text, background, minimum in PROMISED_PAIRS
    ]
