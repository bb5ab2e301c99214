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


# Romanian spelling, for names the two languages share (Крайова / Craiova, Долж / Dolj): the
# Streamlined System writes "krayova" and "dolzh", which no Romanian text contains.
_TO_ROMANIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "j", "з": "z", "и": "i",
    "й": "i", "к": "c", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ț", "ч": "ci", "ш": "ș", "щ": "șt",
    "ъ": "ă", "ь": "", "ю": "iu", "я": "ia", "ѝ": "i", "дж": "gi",
}  # fmt: skip
# Before e and i Romanian writes /k/ and /g/ as ch and gh, /tʃ/ and /dʒ/ as c and g.
_TO_ROMANIAN_SOFT = {"к": "ch", "г": "gh", "ч": "c", "дж": "g"}
_CYRILLIC_CHUNK = re.compile(r"дж|.", re.DOTALL)

_FROM_ROMANIAN = {
    "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и",
    "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р",
    "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "y": "й", "z": "з", "ă": "ъ",
    "â": "ъ", "î": "ъ", "ș": "ш", "ş": "ш", "ț": "ц", "ţ": "ц",
}  # fmt: skip
_ROMANIAN_VOWELS = frozenset("aeiouăâî")


@lru_cache(maxsize=65536)
def to_romanian_latin(word: str) -> str:
    """A Bulgarian (Cyrillic) word as Romanian would spell it; used to widen queries."""
    chunks = _CYRILLIC_CHUNK.findall(word.lower())
    out = []
    for index, chunk in enumerate(chunks):
        following = chunks[index + 1] if index + 1 < len(chunks) else ""
        if chunk in _TO_ROMANIAN_SOFT and following in ("е", "и"):
            out.append(_TO_ROMANIAN_SOFT[chunk])
        else:
            out.append(_TO_ROMANIAN.get(chunk, chunk))
    return "".join(out)


@lru_cache(maxsize=65536)
def from_romanian(word: str) -> str:
    """A word in Romanian spelling (Craiova, Giurgiu) in Bulgarian Cyrillic; widens queries."""
    word = word.lower()
    out, index = [], 0
    while index < len(word):
        char, following = word[index], word[index + 1 : index + 2]
        after = word[index + 2 : index + 3]
        if char in "cg" and following == "h" and after in ("e", "i"):
            out.append(_FROM_ROMANIAN[char])
            index += 2
            continue
        if char in "cg" and following in ("e", "i"):
            out.append("ч" if char == "c" else "дж")
            # The i of "cia", "giu" only marks the sound of the consonant.
            index += 2 if following == "i" and after in _ROMANIAN_VOWELS else 1
            continue
        previous = word[index - 1] if index else ""
        if char == "i" and (
            following in _ROMANIAN_VOWELS and (not previous or previous in _ROMANIAN_VOWELS)
        ):
            out.append("й")
        else:
            out.append(_FROM_ROMANIAN.get(char, char))
        index += 1
    return "".join(out)
