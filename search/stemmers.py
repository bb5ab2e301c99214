"""A light Bulgarian stemmer after Savoy's ("Searching strategies for the Bulgarian language",
Information Retrieval 10, 2007), reworked so that every form of a noun or adjective meets.

Savoy's rules strip one ending at a time and leave forms of one word apart (обучение/обучения,
родител/родители). Here the definite article goes first, then the plural -ове/-еве, then every
trailing vowel, and the consonant alternations left at the end of the stem are folded together
(fleeting е and ъ, ц/к and з/г). Stems are not words; they only have to agree.
"""

from functools import lru_cache

_VOWELS = frozenset("аъоуеиюяйь")
_TRAILING = frozenset("аяоеийю")
_MIN_STEM = 3

# Which letter may stand before each article: -та after а/я (жената, обученията) and after the
# т/щ of feminine nouns (дейността, помощта); -то after a neuter vowel; -те after a plural.
_ARTICLES = (
    ("ът", None),
    ("ят", None),
    ("та", frozenset("аятщ")),
    ("то", frozenset("оеиую")),
    ("те", frozenset("ие")),
)
_FINAL_CONSONANTS = {"ц": "к", "з": "г"}


def _strip_article(word: str) -> str:
    for ending, before in _ARTICLES:
        if not word.endswith(ending):
            continue
        rest = word[: -len(ending)]
        if len(rest) < _MIN_STEM:
            return word
        if before is None:
            # -ът follows a consonant (ученикът); -ят also a vowel (случаят, родителят).
            if ending == "ът" and rest[-1] in _VOWELS:
                return word
            return rest
        return rest if rest[-1] in before else word
    return word


def _stem_without_article(word: str) -> str:
    for plural in ("ове", "еве"):
        if word.endswith(plural) and len(word) - 3 >= _MIN_STEM:
            word = word[:-3]
            break
    while len(word) > _MIN_STEM and word[-1] in _TRAILING:
        word = word[:-1]
    if len(word) > 4 and word.endswith("ен"):
        word = word[:-2] + "н"
    if len(word) >= 5 and word[-2] == "ъ" and word[-1] not in _VOWELS:
        word = word[:-2] + word[-1]
    if len(word) > _MIN_STEM and word[-1] in _FINAL_CONSONANTS:
        word = word[:-1] + _FINAL_CONSONANTS[word[-1]]
    return word


@lru_cache(maxsize=65536)
def bulgarian_stems(word: str) -> tuple[str, ...]:
    """Every stem a word may have: one, or two when -ата is ambiguous.

    "заплатата" is заплата + article but "резултата" is резултат + short article -а; without a
    lexicon both readings are kept (the feminine one first), on the index side and the query side
    alike, so that either reading can match.
    """
    word = word.lower()
    if len(word) < 4:
        return (word,)
    without = _strip_article(word)
    stem = _stem_without_article(without)
    if without != word and word.endswith("ата"):
        other = _stem_without_article(word[:-1])
        if other != stem:
            return (stem, other)
    return (stem,)


def bulgarian_stem(word: str) -> str:
    return bulgarian_stems(word)[0]
