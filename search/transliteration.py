"""Bulgarian Cyrillic to Latin by the Streamlined System of the Transliteration Act (2009), and a
best-effort way back, so that "Stara Zagora" and "Стара Загора" can be the same search term.
"""

import re
from functools import lru_cache

_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht",
    "ъ": "a", "ь": "y", "ю": "yu", "я": "ya", "ѝ": "i",
    # Other Cyrillic alphabets, near enough for matching.
    "ы": "y", "э": "e", "ё": "yo", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dzh", "ѓ": "gj", "ќ": "kj",
    "ѕ": "dz", "ѣ": "ya", "ѫ": "a",
}  # fmt: skip
_TO_LATIN_TABLE = str.maketrans(_TO_LATIN)

# The Act writes a word-final -ия as -ia (България → Bulgaria, София → Sofia).
_FINAL_IA = re.compile(r"ия(?![^\W\d_])")

_TO_CYRILLIC = {
    "sht": "щ", "zh": "ж", "ch": "ч", "sh": "ш", "ts": "ц", "tz": "ц", "kh": "х", "yu": "ю",
    "ya": "я", "a": "а", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х",
    "i": "и", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к",
    "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "y": "й", "z": "з",
}  # fmt: skip
_LATIN_CHUNK = re.compile(
    r"ia(?![a-z])|" + "|".join(sorted(_TO_CYRILLIC, key=len, reverse=True)),
)


@lru_cache(maxsize=65536)
def to_latin(word: str) -> str:
    """Lower-cased Latin spelling; characters that are not Cyrillic letters are kept."""
    word = word.lower()
    return _FINAL_IA.sub("ia", word).translate(_TO_LATIN_TABLE)


def _cyrillic_chunk(match: re.Match) -> str:
    chunk = match.group()
    return "ия" if chunk == "ia" else _TO_CYRILLIC[chunk]


@lru_cache(maxsize=65536)
def to_cyrillic(word: str) -> str:
    """How a Bulgarian word typed in Latin letters was most likely spelt; used to widen queries.

    Ambiguous letters take the commoner reading (a → а, never ъ; y → й), which is enough because
    both spellings transliterate back to the same Latin term.
    """
    return _LATIN_CHUNK.sub(_cyrillic_chunk, word.lower())
