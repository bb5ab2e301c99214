"""The demo's data files are checked before anything is written, with the file and the place."""

import textwrap
from decimal import Decimal

import pytest

from demo import data
from demo.core import OrganisationRef, PageRef


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_record_reads_with_its_languages_and_tags(tmp_path):
    path = write(
        tmp_path,
        "01-visit.yaml",
        """\
        key: event-visit
        title: {bg: Посещение, en: A visit, ro: O vizită}
        start: 2019-05-12
        budget: !decimal "1234.50"
        project: !page project-regional-network
        body:
          - paragraph: {bg: Текст, en: Text, ro: Text}
          - organiser: !organisation vidin
        """,
    )

    record = data.read(path, required=("key", "title"))

    assert record["title"] == {"bg": "Посещение", "en": "A visit", "ro": "O vizită"}
    assert record["budget"] == Decimal("1234.50")
    assert record["project"] == PageRef("project-regional-network")
    assert record["body"][1]["organiser"] == OrganisationRef("vidin")
    assert str(record["start"]) == "2019-05-12"


@pytest.mark.parametrize(
    "text, message",
    [
        ("key: a\ntitle: {bg: Б, en: E}\n", r"at title: .*need bg, en and ro: no ro"),
        (
            "key: a\nbody:\n  - paragraph: {bg: Б, en: E, ro: R, de: D}\n",
            r"at body\[0\]\.paragraph: .*unexpected de",
        ),
        ("title: {bg: Б, en: E, ro: R}\n", r"missing key"),
        ("key: a\ntitle: [unclosed\n", r"at line \d+, column \d+"),
        ("- just\n- a list\n", r"must hold one record"),
        ("key: a\nproject: !page\n", r"!page needs a key"),
        ("key: a\nbudget: !decimal many\n", r"'many' is not a number"),
        ("key: a\nthing: !!python/object:os.system ls\n", r"could not determine a constructor"),
    ],
)
def test_a_bad_file_is_refused_with_its_name_and_the_place(tmp_path, text, message):
    path = write(tmp_path, "broken.yaml", text)

    with pytest.raises(data.DemoDataError, match=message) as refused:
        data.read(path, required=("key",))

    assert "broken.yaml" in str(refused.value)


def test_a_folder_is_read_in_file_order_and_keys_are_unique(tmp_path, monkeypatch):
    monkeypatch.setattr(data, "DATA_DIR", tmp_path)
    (tmp_path / "things").mkdir()
    write(tmp_path / "things", "02-second.yaml", "key: second\n")
    write(tmp_path / "things", "01-first.yaml", "key: first\n")
    assert [record["key"] for record in data.read_all("things")] == ["first", "second"]

    write(tmp_path / "things", "03-again.yaml", "key: first\n")
    with pytest.raises(data.DemoDataError, match="'first' is also the key of 01-first.yaml"):
        data.read_all("things")
    with pytest.raises(data.DemoDataError, match="holds no .yaml files"):
        data.read_all("nothing-here")
