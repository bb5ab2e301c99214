"""Text that people write, made safe to show beside other people's text.

Bidirectional control characters (embeddings, overrides, isolates and the direction marks)
change the order in which the text around them is displayed: a name or a title can show as
something other than it is ("invoice" + U+202E + "fdp.exe" reads as "invoiceexe.pdf"), and
an unclosed override runs on into the rest of the page. The site's languages need none of
them, so they are removed wherever text is saved.
"""

import math
import re

from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from anyascii import anyascii

# U+200E–U+200F marks, U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates,
# U+061C the Arabic letter mark.
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def remove_bidi_controls(text):
    """The text without bidirectional control characters (anything else is returned as is)."""
    if not isinstance(text, str):
        return text
    return BIDI_CONTROLS.sub("", text)


class BidiFreeFieldsMixin:
    """A model mixin that removes bidirectional controls from `bidi_free_fields`.

    In `full_clean()`, so that forms validate (and Wagtail's revisions store) the text that
    will be saved, and in `save()`, so that imports, the shell and every other path that
    saves without validating are covered too. `QuerySet.update()` is not.
    """

    bidi_free_fields = ()

    def remove_bidi_controls(self):
        for name in self.bidi_free_fields:
            setattr(self, name, remove_bidi_controls(getattr(self, name)))

    def full_clean(self, *args, **kwargs):
        self.remove_bidi_controls()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.remove_bidi_controls()
        super().save(*args, **kwargs)


WORDS_PER_MINUTE = 200


def reading_time_minutes(*texts):
    words = sum(len(strip_tags(str(text or "")).split()) for text in texts)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def ascii_slug(title):
    """Slugs are ASCII on this site: Cyrillic and Romanian titles are transliterated."""
    return slugify(anyascii(title))[:80] or "page"


# The basic Cyrillic letters, and dashes (anyascii makes hyphens of them; Wagtail drops them).
CYRILLIC_LETTERS = [chr(code) for code in range(0x0400, 0x0460) if chr(code).isalpha()]
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015"


def slug_input_formatters():
    """(regex, replacement) pairs that make Wagtail's slug field transliterate as `ascii_slug`.

    The editor makes a page's slug from its title in the browser, with the character maps of
    Django's old URLify: the Russian ones for Cyrillic, so "Социално" became "socialno" where
    the site's own slugs say "sotsialno". Wagtail's SlugInput runs these replacements on the
    title before its own maps (cms/wagtail_hooks.py), leaving them only Latin letters; each
    letter becomes what anyascii makes of it, in lower case as slugs are.
    """
    letters = {}
    for letter in CYRILLIC_LETTERS:
        latin = re.sub(r"[^a-z0-9]", "", anyascii(letter).lower())
        letters.setdefault(latin, []).append(letter)
    formatters = [(f"[{''.join(chars)}]", latin) for latin, chars in sorted(letters.items())]
    formatters.append((f"[{DASHES}]", "-"))
    return formatters


CYRILLIC = re.compile("[\u0400-\u04ff]")


def name_lang_attr(name):
    """` lang="bg"` for a name (a person's, an organisation's) in Cyrillic on a page in another
    language, else "".

    A screen reader reads everything in the page's language unless told otherwise (WCAG
    3.1.2): "Мария Георгиева" on an English page is spelt out or skipped. The script tells a
    Bulgarian name from the others on this site; a name in Latin letters may be Romanian or
    English, and is left in the page's language rather than guessed.
    """
    if CYRILLIC.search(str(name or "")) and translation.get_language() != "bg":
        return mark_safe(' lang="bg"')
    return ""


def place_text(*parts):
    """The parts of a place, joined: "Vidin, Vidin, Bulgaria" reads "Vidin, Bulgaria".

    A town named like its district or county is named once; empty parts are left out.
    """
    seen, shown = set(), []
    for part in parts:
        text = str(part or "").strip()
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            shown.append(text)
    return ", ".join(shown)


def language_name_in_text(code):
    """The name of a language in the reader's language, as written inside a sentence.

    Django's names are capitalised for menus ("Română"); Bulgarian and Romanian write them in
    lower case in running text ("на английски", "în română").
    """
    name = translation.gettext(translation.get_language_info(code)["name"])
    if translation.get_language() in ("bg", "ro"):
        return name[:1].lower() + name[1:]
    return name
