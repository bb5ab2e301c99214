"""The demo's prose, read from YAML files in demo/data/: one file per page or record.

Texts that differ by language are written side by side, as a mapping with exactly the keys
`bg`, `en` and `ro`; everything else is written once. References to other demo objects and
exact numbers use tags: `!page key`, `!image key`, `!document key`, `!organisation key`,
`!decimal "1234.50"`. A file that does not follow this stops `load_demo` with the file's
name, the place in it and what is wrong, before anything is written.
"""

from decimal import Decimal, InvalidOperation
from pathlib import Path

from wagtail import blocks as wagtail_blocks
from wagtail.models import Page

import yaml

from demo.core import (
    LANGUAGES,
    DemoContentError,
    DocumentRef,
    ImageRef,
    OrganisationRef,
    PageRef,
    call_to_action,
    heading,
    image_block,
    is_per_language,
    paragraph,
    table,
)

DATA_DIR = Path(__file__).resolve().parent / "data"


class DemoDataError(DemoContentError):
    def __init__(self, path, where, problem):
        self.path, self.where, self.problem = path, where, problem
        place = f" at {where}" if where else ""
        super().__init__(f"{_shown(path)}{place}: {problem}")


def _shown(path):
    try:
        return str(Path(path).relative_to(DATA_DIR.parent.parent))
    except ValueError:
        return str(path)


class _Loader(yaml.SafeLoader):
    """Safe YAML with the demo's tags; nothing else can be constructed from a file."""


def _scalar_tag(ref_class):
    def construct(loader, node):
        value = loader.construct_scalar(node)
        if not value:
            raise yaml.constructor.ConstructorError(
                None, None, f"{node.tag} needs a key", node.start_mark
            )
        return ref_class(str(value))

    return construct


def _decimal(loader, node):
    value = loader.construct_scalar(node)
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise yaml.constructor.ConstructorError(
            None, None, f"{value!r} is not a number", node.start_mark
        ) from None


for _tag, _class in (
    ("!page", PageRef),
    ("!image", ImageRef),
    ("!document", DocumentRef),
    ("!organisation", OrganisationRef),
):
    _Loader.add_constructor(_tag, _scalar_tag(_class))
_Loader.add_constructor("!decimal", _decimal)

LANGUAGE_KEYS = set(LANGUAGES)


def check_languages(value, path, where=""):
    """A mapping that names one language must name all three, and nothing else."""
    if isinstance(value, dict):
        named = LANGUAGE_KEYS & set(value)
        if named and set(value) != LANGUAGE_KEYS:
            missing = sorted(LANGUAGE_KEYS - set(value))
            extra = sorted(set(value) - LANGUAGE_KEYS)
            problems = []
            if missing:
                problems.append("no " + ", ".join(missing))
            if extra:
                problems.append("unexpected " + ", ".join(map(str, extra)))
            raise DemoDataError(
                path, where, "texts in three languages need bg, en and ro: " + "; ".join(problems)
            )
        for key, item in value.items():
            check_languages(item, path, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            check_languages(item, path, f"{where}[{index}]")


def read(path, required=()):
    """One record from a YAML file, checked: a mapping, with the `required` keys, languages."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as handle:
            record = yaml.load(handle, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except OSError as error:
        raise DemoDataError(path, "", f"cannot be read ({error.strerror})") from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise DemoDataError(path, where, error.problem or str(error)) from None
    except yaml.YAMLError as error:
        raise DemoDataError(path, "", str(error)) from None
    if not isinstance(record, dict):
        raise DemoDataError(path, "", "must hold one record (a mapping of names to values)")
    missing = [name for name in required if name not in record]
    if missing:
        raise DemoDataError(path, "", "missing " + ", ".join(missing))
    check_languages(record, path)
    return record


def read_all(folder, required=()):
    """Every record in demo/data/<folder>/, in file-name order (prefix names to order them)."""
    return [record for _path, record in read_records(folder, required)]


def read_records(folder, required=()):
    """``read_all`` with each record's file: ``[(path, record)]``, for errors found later."""
    directory = DATA_DIR / folder
    paths = sorted(directory.glob("*.yaml"))
    if not paths:
        raise DemoDataError(directory, "", "holds no .yaml files")
    records = [read(path, required) for path in paths]
    keys = {}
    for path, record in zip(paths, records, strict=True):
        key = record.get("key")
        if key is not None and key in keys:
            raise DemoDataError(path, "key", f"{key!r} is also the key of {keys[key].name}")
        keys[key] = path
    return list(zip(paths, records, strict=True))


def blocks(items, stream_block, path, where):
    """A block list as written in a file, as the ``(type, value)`` pairs ``DemoContext.stream`` takes.

    Each item is ``- type: value``. ``heading`` (or just its text), ``paragraph``, ``table``,
    ``call_to_action`` and ``image`` are written with the arguments of the helpers of the same
    names in ``demo.core``, and made with them; any other block is written as its value, a
    struct block as a mapping of its own field names.
    """
    if not isinstance(items, list):
        raise DemoDataError(path, where, "must be a list of blocks, each written `- type: value`")
    pairs = []
    for index, item in enumerate(items):
        place = f"{where}[{index}]"
        if not isinstance(item, dict) or len(item) != 1:
            raise DemoDataError(path, place, "a block is written `- type: value`, one per item")
        ((block_type, value),) = item.items()
        block = stream_block.child_blocks.get(block_type)
        if block is None:
            known = ", ".join(stream_block.child_blocks)
            raise DemoDataError(path, place, f"unknown block type {block_type!r} (known: {known})")
        pairs.append(_block(block_type, block, value, path, f"{place}.{block_type}"))
    return pairs


def _block(block_type, block, value, path, where):
    if block_type == "heading" and (is_per_language(value) or isinstance(value, str)):
        value = {"text": value}
    if not isinstance(block, wagtail_blocks.StructBlock):
        if block_type == "paragraph" and is_per_language(value):
            return paragraph(value["bg"], value["en"], value["ro"])
        return (block_type, value)
    if not isinstance(value, dict) or is_per_language(value):
        raise DemoDataError(path, where, f"must be a mapping of {', '.join(block.child_blocks)}")
    unknown = [str(name) for name in value if name not in block.child_blocks]
    if unknown:
        expected = ", ".join(block.child_blocks)
        raise DemoDataError(path, where, f"unknown {', '.join(unknown)} (expected {expected})")
    for name, child in block.child_blocks.items():
        if isinstance(child, wagtail_blocks.ChooserBlock) and value.get(name) is not None:
            check_reference(value[name], child.model_class, path, f"{where}.{name}")
    names = set(value)
    if block_type == "heading" and is_per_language(value["text"]):
        text = value["text"]
        return heading(text["bg"], text["en"], text["ro"], level=value.get("level", "h2"))
    if block_type == "table" and names == {"caption", "header", "rows"}:
        return table(value["caption"], value["header"], value["rows"])
    if block_type == "call_to_action" and names == {"text", "button_label", "page"}:
        return call_to_action(value["text"], value["button_label"], value["page"].key)
    if block_type == "image" and names == {"image", "alt_text", "caption"}:
        return image_block(value["image"].key, value["alt_text"], value["caption"])
    return (block_type, value)


def check_reference(value, model, path, where):
    """A reference to a ``model`` instance is written with its tag, in each language if they differ."""
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage

    if is_per_language(value):
        for lang, item in value.items():
            check_reference(item, model, path, f"{where}.{lang}")
        return
    for base, ref_class, tag in (
        (Page, PageRef, "!page"),
        (AbstractImage, ImageRef, "!image"),
        (AbstractDocument, DocumentRef, "!document"),
    ):
        if issubclass(model, base):
            if not isinstance(value, ref_class):
                raise DemoDataError(path, where, f"must be written `{tag} key`, not {value!r}")
            return
    if model._meta.label == "cms.Organisation" and not isinstance(value, OrganisationRef):
        raise DemoDataError(path, where, f"must be written `!organisation key`, not {value!r}")
