"""Every file in demo/data/directory/ and demo/data/community/ reads through its loader.

No database and no ``load_demo``: a misspelt field, a value outside a model's choices, an
unknown member or a translated ``{placeholder}`` fails here, with the file and the place.
"""

import shutil
import textwrap
from collections import Counter

import pytest

from demo import data
from demo.community import records as community
from demo.directory import record_specs
from demo.directory import records as directory


@pytest.fixture
def fresh_records():
    """Readers that read the files again, and forget what they read afterwards."""
    yield
    for reader in directory.READERS + community.READERS:
        reader.cache_clear()


def test_every_file_is_read_and_checked(fresh_records, monkeypatch):
    read = set()
    original = data.read

    def reading(path, required=()):
        read.add(path)
        return original(path, required)

    monkeypatch.setattr(data, "read", reading)
    legislation, _note, patterns, regions, _texts = directory.read_everything(again=True)
    people, categories, materials, threads, comments = community.read_everything(again=True)

    files = set(data.DATA_DIR.glob("directory/**/*.yaml")) | set(
        data.DATA_DIR.glob("community/**/*.yaml")
    )
    assert files and read == files
    assert (len(legislation), len(patterns), len(regions)) == (24, 14, 15)
    assert (len(people), len(categories), len(materials), len(threads)) == (4, 5, 7, 7)
    assert len(comments) == 7
    assert sum(len(spec.get("reports", ())) for _page, spec in comments) == 1


def test_the_directory_records_are_built_from_them(fresh_records):
    specs = record_specs()

    assert Counter(spec["parent"] for spec in specs) == {"directory": 200, "legislation": 24}
    for parent in ("directory", "legislation"):
        slugs = [spec["fields"]["slug"] for spec in specs if spec["parent"] == parent]
        assert len(set(slugs)) == len(slugs)
    assert len({spec["key"] for spec in specs}) == len(specs)
    provider = specs[0]["fields"]
    assert "{" not in "".join([*provider["summary"].values(), *provider["address"].values()])


@pytest.fixture
def data_copy(tmp_path, monkeypatch, fresh_records):
    """The real files in a temporary folder, to break one of them."""
    for folder in ("directory", "community"):
        shutil.copytree(data.DATA_DIR / folder, tmp_path / folder)
    monkeypatch.setattr(data, "DATA_DIR", tmp_path)
    return tmp_path


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    "file, old, new, message",
    [
        (
            "directory/patterns/01-community-support.yaml",
            "kind: public",
            "kind: publik",
            r"01-community-support\.yaml at kind: 'publik' is not one of",
        ),
        (
            "directory/patterns/01-community-support.yaml",
            "в {town}",
            "в {град}",
            r"at summary\.bg: \{град\}: the text may use \{town\}, unchanged",
        ),
        (
            "directory/legislation/01-BG-LAW-001.yaml",
            "year: 2019",
            "yaer: 2019",
            r"01-BG-LAW-001\.yaml: unknown yaer",
        ),
        (
            "directory/places/01-bg-vidin.yaml",
            "latitude: 43.9962",
            "latitude: north",
            r"at towns\[0\]\.latitude: 'north' is not a number",
        ),
        (
            "directory/providers.yaml",
            "\n      ro: Str. Vasil Levski nr. {n}",
            "",
            r"providers\.yaml at streets\.BG\[0\]: .*no ro",
        ),
        (
            "community/members/01-maria.yaml",
            "trusted: true",
            "trusted: 'maybe'",
            r"01-maria\.yaml at trusted: 'maybe' is not true or false",
        ),
        (
            "community/threads/02-first-home-visit.yaml",
            "    quotes: 2",
            "    quotes: 4",
            r"at posts\[2\]\.quotes: must be the number of an earlier post",
        ),
        (
            "community/comments/03-publication.yaml",
            "reporter: maria",
            "reporter: mariya",
            r"at comments\[1\]\.reports\[0\]\.reporter: 'mariya' is not one of maria, ioana",
        ),
        (
            "community/materials/07-igri-ranno-razvitie.yaml",
            "file: igri-ranno-razvitie.xlsx",
            "file: igri-ranno-razvitie.pdf",
            r"at file: a \.pdf file is made from body",
        ),
    ],
)
def test_a_broken_file_is_refused_with_its_name_and_the_place(data_copy, file, old, new, message):
    edit(data_copy / file, old, new)
    records = directory if file.startswith("directory/") else community

    with pytest.raises(data.DemoDataError, match=message):
        records.read_everything(again=True)


def test_a_file_that_is_not_yaml_says_where(data_copy):
    path = data_copy / "community/categories/01-child-protection.yaml"
    path.write_text(textwrap.dedent("key: child-protection\nname: {bg: [\n"), encoding="utf-8")

    with pytest.raises(data.DemoDataError, match=r"01-child-protection\.yaml at line \d+"):
        community.read_everything(again=True)
