"""Every interface string is translated into Bulgarian and Romanian, and the catalogues compile.

The catalogues are extracted afresh from a copy of the source (makemessages, merged with the
translations in locale/), so a string added to a template or a model without a translation
fails here, as does a fuzzy entry makemessages guessed.
"""

import shutil
import subprocess

from django.utils import translation

import polib
import pytest

from cms.choices import EventType, PublicationType
from core.choices import Country
from tests.conftest import LOCALE_DIR

LANGUAGES_TO_TRANSLATE = ("bg", "ro")


def catalogue(locale_dir, language_code):
    path = locale_dir / language_code / "LC_MESSAGES" / "django.po"
    assert path.is_file(), f"{path} is missing"
    return polib.pofile(str(path))


def describe(entries):
    return "\n".join(
        f"  {entry.msgctxt + ' | ' if entry.msgctxt else ''}{entry.msgid!r}" for entry in entries
    )


def test_extraction_finds_the_interface_strings(extracted_catalogues):
    """The check below would see a new string: labels from cms.choices are all extracted."""
    msgids = {entry.msgid for entry in catalogue(extracted_catalogues, "bg")}
    with translation.override(None):
        expected = {
            str(label)
            for choices in (Country, EventType, PublicationType)
            for label in choices.labels
        }
    assert expected <= msgids, sorted(expected - msgids)


@pytest.mark.translations
@pytest.mark.parametrize("language_code", LANGUAGES_TO_TRANSLATE)
def test_every_interface_string_is_translated(extracted_catalogues, language_code):
    po = catalogue(extracted_catalogues, language_code)
    untranslated = [entry for entry in po.untranslated_entries() if not entry.obsolete]
    fuzzy = [entry for entry in po.fuzzy_entries() if not entry.obsolete]

    assert not untranslated and not fuzzy, (
        f"locale/{language_code}/LC_MESSAGES/django.po: {len(untranslated)} untranslated, "
        f"{len(fuzzy)} fuzzy of {len(po)} strings (run makemessages, then translate):\n"
        + (f"untranslated:\n{describe(untranslated)}\n" if untranslated else "")
        + (f"fuzzy:\n{describe(fuzzy)}\n" if fuzzy else "")
    )


@pytest.mark.translations
@pytest.mark.parametrize("language_code", ("bg", "en", "ro"))
def test_the_catalogue_in_the_repository_compiles(language_code, tmp_path):
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "msgfmt (GNU gettext) is needed to compile the catalogues"
    po_file = LOCALE_DIR / language_code / "LC_MESSAGES" / "django.po"
    assert po_file.is_file(), f"{po_file} is missing"

    result = subprocess.run(
        [msgfmt, "--check", "-o", str(tmp_path / "django.mo"), str(po_file)],
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stderr


@pytest.mark.translations
@pytest.mark.parametrize("language_code", LANGUAGES_TO_TRANSLATE)
def test_the_catalogue_in_the_repository_is_up_to_date(extracted_catalogues, language_code):
    """Strings in the code are in the committed catalogue (makemessages has been run)."""
    committed = {
        (entry.msgctxt, entry.msgid)
        for entry in catalogue(LOCALE_DIR, language_code)
        if not entry.obsolete
    }
    extracted = [
        entry
        for entry in catalogue(extracted_catalogues, language_code)
        if not entry.obsolete and (entry.msgctxt, entry.msgid) not in committed
    ]
    assert not extracted, (
        f"strings missing from locale/{language_code}/LC_MESSAGES/django.po:\n"
        + describe(extracted)
    )
