"""Cell values to the codes records store: a code, or a label in Bulgarian, English or Romanian.

Editors type labels the way they read them (“Дневен център”, “centru de zi”, “Day centre”)
and spreadsheets lose diacritics and case, so labels are compared without either.
"""

import unicodedata

from django.utils import translation

from core.choices import BULGARIAN_DISTRICTS, ROMANIAN_COUNTIES
from directory.choices import (
    DirectoryCountry,
    Funding,
    LegalStatus,
    LegislationStatus,
    LegislationType,
    ProviderKind,
    ServiceType,
    SpokenLanguage,
    TargetGroup,
)

LANGUAGE_CODES = ("bg", "en", "ro")
TRUE_WORDS = {"1", "yes", "y", "true", "x", "да", "da", "oui"}
FALSE_WORDS = {"", "0", "no", "n", "false", "не", "nu"}


def normalise(text):
    """Lower case, no diacritics, spaces for - and _: “Ștefan-Vodă” and “stefan voda” match."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.casefold().replace("_", " ").replace("-", " ").split())


class Vocabulary:
    """The codes of a list of choices, found by code or by label in any content language."""

    def __init__(self, choices):
        self.choices = list(choices)
        self.lookup = {}
        for code, _label in self.choices:
            self.lookup[normalise(code)] = code
        for language_code in LANGUAGE_CODES:
            with translation.override(language_code):
                for code, label in self.choices:
                    self.lookup.setdefault(normalise(label), code)

    def code(self, value):
        """The code for a cell value, or None if it names nothing in the list."""
        return self.lookup.get(normalise(value))


class Vocabularies:
    """Built once per import run: labels are translated in three languages on creation."""

    def __init__(self):
        self.kind = Vocabulary(ProviderKind.choices)
        self.legal_status = Vocabulary(LegalStatus.choices)
        self.service_type = Vocabulary(ServiceType.choices)
        self.target_group = Vocabulary(TargetGroup.choices)
        self.language = Vocabulary(SpokenLanguage.choices)
        self.funding = Vocabulary(Funding.choices)
        self.country = Vocabulary(DirectoryCountry.choices)
        self.law_type = Vocabulary(LegislationType.choices)
        self.law_status = Vocabulary(LegislationStatus.choices)
        regions = BULGARIAN_DISTRICTS + ROMANIAN_COUNTIES
        self.region = Vocabulary(regions)
        # "dolj" and "vidin" as well as "ro-dolj" and "bg-vidin".
        for code, _label in regions:
            self.region.lookup.setdefault(normalise(code.split("-", 1)[1]), code)


def is_true(value):
    """Yes/no in any of the three languages; None if the value is neither."""
    word = normalise(value)
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None
