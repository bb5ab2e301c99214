"""Shared plumbing for the demo loader: stable keys, per-language values, references, streams.

Demo data is written once with a value per language wherever text differs, for example
``{"bg": "Новини", "en": "News", "ro": "Știri"}``. The same data builds the Bulgarian source
object and the in-memory English and Romanian versions the translations are made from, so
their structure (block ids, child objects) always matches.
"""

from dataclasses import dataclass

from wagtail import blocks
from wagtail.models import Locale, Page

from core.translation import named_translation_key

LANGUAGES = ("bg", "en", "ro")
SOURCE_LANGUAGE = "bg"
TARGET_LANGUAGES = ("en", "ro")


class DemoContentError(Exception):
    """The demo data is inconsistent (a missing reference, mismatched translation structure)."""


def demo_uuid(key):
    """Every demo object's translation key and block id: a second run finds the first's."""
    return named_translation_key(key)


def is_per_language(value):
    return isinstance(value, dict) and value.keys() == set(LANGUAGES)


def pick(value, lang):
    """The value for one language, looked up recursively in per-language dicts."""
    if is_per_language(value):
        return pick(value[lang], lang)
    if isinstance(value, dict):
        return {key: pick(item, lang) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(pick(item, lang) for item in value)
    return value


@dataclass(frozen=True)
class PageRef:
    """A demo page by key: resolved to the page of the language being built."""

    key: str


@dataclass(frozen=True)
class ImageRef:
    key: str


@dataclass(frozen=True)
class DocumentRef:
    key: str


@dataclass(frozen=True)
class OrganisationRef:
    key: str


class DemoContext:
    """State of one run: locales, the output stream and caches of what has been created."""

    def __init__(self, stdout=None, style=None):
        self.stdout = stdout
        self.style = style
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        missing = [code for code in LANGUAGES if code not in self.locales]
        if missing:
            raise DemoContentError(
                f"Locales missing: {', '.join(missing)}. Run `manage.py migrate` first."
            )
        self.media = None  # set by the loader: demo.media.MediaLibrary
        self.counts = {}

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message + "\n")

    def count(self, family, created):
        done = self.counts.setdefault(family, {"created": 0, "existing": 0})
        done["created" if created else "existing"] += 1

    def report(self, family):
        done = self.counts.get(family, {"created": 0, "existing": 0})
        self.log(f"  {family}: {done['created']} created, {done['existing']} already there")

    def locale(self, lang):
        return self.locales[lang]

    def page(self, key, lang):
        """The demo page with this key in a language, or in Bulgarian if not translated yet."""
        translation_key = demo_uuid(key)
        for code in (lang, SOURCE_LANGUAGE):
            page = (
                Page.objects.filter(translation_key=translation_key, locale=self.locales[code])
                .specific()
                .first()
            )
            if page is not None:
                return page
        raise DemoContentError(f"Demo page {key!r} does not exist yet.")

    def organisation(self, key, lang):
        from cms.models import Organisation

        try:
            return Organisation.objects.get(
                translation_key=demo_uuid(f"organisation/{key}"), locale=self.locales[lang]
            )
        except Organisation.DoesNotExist:
            raise DemoContentError(f"Organisation {key!r} is not loaded in {lang}.") from None

    def resolve(self, value, lang):
        """Replace references by model instances, for model fields."""
        if isinstance(value, PageRef):
            return self.page(value.key, lang)
        if isinstance(value, ImageRef):
            return self.media.image(value.key)
        if isinstance(value, DocumentRef):
            return self.media.document(value.key)
        if isinstance(value, OrganisationRef):
            return self.organisation(value.key, lang)
        return value

    def stream(self, stream_block, seed, items, lang):
        """Raw StreamField data with block ids derived from ``seed`` (the same in every language)."""
        return self._raw(stream_block, pick(items, lang), seed, lang)

    def _raw(self, block, value, seed, lang):
        if isinstance(block, blocks.StreamBlock):
            return [
                {
                    "type": block_type,
                    "value": self._raw(block.child_blocks[block_type], item, f"{seed}/{i}", lang),
                    "id": str(demo_uuid(f"{seed}/{i}")),
                }
                for i, (block_type, item) in enumerate(value)
            ]
        if isinstance(block, blocks.ListBlock):
            return [
                {
                    "type": "item",
                    "value": self._raw(block.child_block, item, f"{seed}/{j}", lang),
                    "id": str(demo_uuid(f"{seed}/{j}")),
                }
                for j, item in enumerate(value or [])
            ]
        if isinstance(block, blocks.StructBlock):
            if isinstance(value, list | tuple) and len(block.child_blocks) == 1:
                # A struct with a single child (a table row and its cells) given as that child.
                value = {next(iter(block.child_blocks)): value}
            raw = {}
            for name, child in block.child_blocks.items():
                if name in value:
                    raw[name] = self._raw(child, value[name], f"{seed}/{name}", lang)
                elif isinstance(child, blocks.ListBlock):
                    raw[name] = []
                elif isinstance(child, blocks.ChooserBlock):
                    raw[name] = None
                else:
                    raw[name] = child.get_prep_value(child.get_default())
            return raw
        if isinstance(block, blocks.ChooserBlock):
            instance = self.resolve(value, lang)
            return instance.pk if instance is not None else None
        return value


def L(bg, en, ro):  # noqa: N802 (reads like a literal in the data modules)
    """A value in Bulgarian, English and Romanian."""
    return {"bg": bg, "en": en, "ro": ro}


def heading(bg, en, ro, level="h2"):
    """A heading block for a body StreamField."""
    return ("heading", {"text": L(bg, en, ro), "level": level})


def paragraph(bg, en, ro):
    """A rich-text paragraph block; the three HTML versions must share their tag structure."""
    return ("paragraph", L(bg, en, ro))


def table(caption, header, rows):
    """A table block: ``rows`` is a list of rows, each a list of cells."""
    return ("table", {"caption": caption, "header": header, "rows": rows})


def call_to_action(text, button_label, page_key):
    return (
        "call_to_action",
        {"text": text, "button_label": button_label, "page": PageRef(page_key)},
    )


def image_block(image_key, alt_text, caption):
    return ("image", {"image": ImageRef(image_key), "alt_text": alt_text, "caption": caption})
