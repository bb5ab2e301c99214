"""Language analysis shared by the index and the queries, for Bulgarian, Romanian and English.

Every term is plain ASCII ([a-z0-9]+) so that each search backend, whatever its own analyser,
sees the same tokens: Cyrillic words are stemmed and then transliterated, Latin words stemmed and
then stripped of diacritics. A query word expands to every term it may have been indexed as, in
any of the three languages and either script, so "Stara Zagora" finds "Стара Загора",
"cartile" finds "cărțile" and "обучения" finds "обучението".
"""

import re
import threading
import unicodedata
from functools import lru_cache
from itertools import islice

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

import snowballstemmer
from anyascii import anyascii

from search.stemmers import bulgarian_stems
from search.stopwords import STOPWORDS
from search.transliteration import from_romanian, to_cyrillic, to_latin, to_romanian_latin

__all__ = [
    "LANGUAGES",
    "MAX_QUERY_WORDS",
    "document_terms",
    "fold",
    "highlight",
    "highlight_title",
    "index_terms",
    "normalise",
    "prefix_terms",
    "query_terms",
    "to_cyrillic",
    "to_latin",
    "words",
]

LANGUAGES = ("bg", "ro", "en")
MAX_QUERY_WORDS = 12
# Longer "words" are hashes, base64 or run-together junk; PostgreSQL refuses lexemes over 2 KB.
_MAX_WORD = 64
_SCAN_WORDS = 4000
_SCAN_CHARS = 100_000

_CEDILLAS = str.maketrans("şţŞŢ", "șțȘȚ")
_APOSTROPHES = str.maketrans("", "", "'’ʼ")
_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f\u0483-\u0489]|['’ʼ](?=[^\W_]))*")
_NOT_TERM = re.compile(r"[^a-z0-9]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")
_TO_CYRILLIC_GLYPHS = str.maketrans("aceopxykmthb", "асеорхукмтнв")
_TO_LATIN_GLYPHS = str.maketrans("асеорхукмтнв", "aceopxykmthb")
_FOLD_EXTRA = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th"}


class _Stemmer:
    """Snowball stemmers keep state between calls, so threads take turns."""

    def __init__(self, language: str):
        self._stemmer = snowballstemmer.stemmer(language)
        self._lock = threading.Lock()

    def __call__(self, word: str) -> str:
        with self._lock:
            return self._stemmer.stemWord(word)


_STEMMERS = {"ro": _Stemmer("romanian"), "en": _Stemmer("english")}


def normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_CEDILLAS).casefold()


def _normalise_word(token: str) -> str:
    return token.translate(_CEDILLAS).casefold().translate(_APOSTROPHES)


def words(text: str) -> list[str]:
    return [_normalise_word(m.group()) for m in _WORD.finditer(unicodedata.normalize("NFC", text))]


@lru_cache(maxsize=131072)
def fold(word: str) -> str:
    """Latin letters lose their diacritics; Cyrillic letters (й, ё) stay, only stress marks go."""
    if word.isascii():
        return word
    out = []
    for char in unicodedata.normalize("NFC", word):
        if "\u0400" <= char <= "\u04ff" or char.isascii():
            out.append(char)
        elif char in _FOLD_EXTRA:
            out.append(_FOLD_EXTRA[char])
        elif not unicodedata.combining(char):
            decomposed = unicodedata.normalize("NFD", char)
            out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)


def _ascii_term(term: str) -> str:
    if not term.isascii():
        term = anyascii(term).lower()
    return _NOT_TERM.sub("", term)


def _terms(candidates) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for t in map(_ascii_term, candidates) if t))


@lru_cache(maxsize=131072)
def _script(word: str) -> tuple[bool, str]:
    """Whether a word is Cyrillic, and the word with look-alike letters of the other script
    (typed by mistake, or pasted) put into the script most of its letters use."""
    if not _CYRILLIC.search(word):
        return False, word
    word = fold(word)
    latin = len(_LATIN.findall(word))
    if not latin:
        return True, word
    if len(_CYRILLIC.findall(word)) >= latin:
        return True, word.translate(_TO_CYRILLIC_GLYPHS)
    return False, to_latin(word.translate(_TO_LATIN_GLYPHS))


@lru_cache(maxsize=131072)
def _bulgarian_terms(word: str) -> tuple[str, ...]:
    return _terms(to_latin(stem) for stem in bulgarian_stems(word))


@lru_cache(maxsize=131072)
def _latin_terms(word: str, language: str) -> tuple[str, ...]:
    stem = _STEMMERS[language]
    return _terms((fold(stem(word)), fold(stem(fold(word)))))


def _word_terms(word: str, language: str) -> tuple[str, ...]:
    if not 2 <= len(word) <= _MAX_WORD:
        return ()
    cyrillic, word = _script(word)
    if cyrillic:
        return _bulgarian_terms(word)
    return _latin_terms(word, "ro" if language == "ro" else "en")


def index_terms(text: str, language: str) -> list[str]:
    """Latin words in Bulgarian documents are taken as English: names, titles, quotations."""
    terms = []
    for word in words(text):
        if word not in STOPWORDS:
            terms.extend(_word_terms(word, language))
    return terms


def document_terms(text: str, language: str) -> str:
    return " ".join(index_terms(text, language))


@lru_cache(maxsize=65536)
def _query_word_terms(word: str) -> frozenset[str]:
    cyrillic, word = _script(word)
    if cyrillic:
        latin = to_latin(word)
        alternatives = _bulgarian_terms(word) + _word_terms(latin, "ro") + _word_terms(latin, "en")
        # Names Romanian texts spell their own way: Крайова is Craiova there, not Krayova.
        romanian = to_romanian_latin(word)
        if romanian != latin:
            alternatives += _word_terms(romanian, "ro") + _word_terms(romanian, "en")
    else:
        alternatives = _latin_terms(word, "ro") + _latin_terms(word, "en")
        folded = fold(word)
        if folded.isascii() and not folded.isdigit():
            alternatives += _bulgarian_terms(to_cyrillic(folded))
        if not folded.isdigit():
            alternatives += _bulgarian_terms(from_romanian(word))
    return frozenset(alternatives)


def query_terms(text: str) -> list[frozenset[str]]:
    """One set of alternatives per query word, for And(Or(...) per word)."""
    candidates = [word for word in words(text) if 2 <= len(word) <= _MAX_WORD]
    meaningful = [word for word in candidates if word not in STOPWORDS] or candidates
    result = []
    for word in dict.fromkeys(meaningful):
        terms = _query_word_terms(word)
        if terms and terms not in result:
            result.append(terms)
            if len(result) == MAX_QUERY_WORDS:
                break
    return result


def prefix_terms(text: str) -> list[str]:
    terms = []
    for word in words(text):
        if len(word) > _MAX_WORD:
            continue
        cyrillic, word = _script(word)
        term = _ascii_term(to_latin(word) if cyrillic else fold(word))
        if term:
            terms.append(term)
    return terms


# Highlighting --------------------------------------------------------------------------------


@lru_cache(maxsize=131072)
def _match_terms(token: str) -> frozenset[str]:
    """A text word's terms in every language, since a snippet does not know which one matched."""
    word = _normalise_word(token)
    return frozenset(term for language in LANGUAGES for term in _word_terms(word, language))


def _query_term_union(query: str) -> frozenset[str]:
    return frozenset().union(*query_terms(query))


def _matching(tokens: list[re.Match], wanted: frozenset[str]) -> list[int]:
    if not wanted:
        return []
    return [
        i
        for i, token in enumerate(tokens)
        if len(token.group()) <= _MAX_WORD and _match_terms(token.group()) & wanted
    ]


def _densest_window(positions: list[int], size: int, total: int) -> tuple[int, int]:
    best_first, best_last, best_count = 0, 0, 0
    first = 0
    for last, position in enumerate(positions):
        while position - positions[first] >= size:
            first += 1
        if last - first + 1 > best_count:
            best_first, best_last, best_count = first, last, last - first + 1
    cluster_start, cluster_end = positions[best_first], positions[best_last] + 1
    start = max(0, cluster_start - (size - (cluster_end - cluster_start)) // 2)
    end = min(total, start + size)
    return max(0, end - size), end


_EDGE_BEFORE = re.compile(r"[^\s\w]{1,3}$")
_EDGE_AFTER = re.compile(r"[^\s\w]{1,3}")
_SPACES = re.compile(r"\s+")
_MAX_SHOWN_WORD = 40
_MAX_SHOWN_GAP = 12
# A line break not after a sentence's end parts two fields (a town, an address, a licence).
_FIELD_BREAK = re.compile(r"(?<![.!?:;…])[ \t]*\n\s*")


def _gap(text):
    return _SPACES.sub(" ", _FIELD_BREAK.sub(" · ", text, count=1))


def _render(text, tokens, start, end, marked, *, trim: bool) -> str:
    parts = []
    open_mark = False
    for index in range(start, end):
        token = tokens[index]
        if index > start:
            gap = _gap(text[tokens[index - 1].end() : token.start()])
            if open_mark and (gap.strip() or index not in marked):
                parts.append("</mark>")
                open_mark = False
            if trim and len(gap) > _MAX_SHOWN_GAP:
                gap = gap[:_MAX_SHOWN_GAP].rstrip() + "… "
            parts.append(escape(gap))
        word = token.group()
        if trim and len(word) > _MAX_SHOWN_WORD:
            word = word[:_MAX_SHOWN_WORD] + "…"
        if index in marked and not open_mark:
            parts.append("<mark>")
            open_mark = True
        parts.append(escape(word))
    if open_mark:
        parts.append("</mark>")
    return "".join(parts)


def highlight(text: str, query: str, *, words_around: int = 30) -> SafeString:
    """An excerpt of `text` around the query's matches, HTML-escaped, matches in <mark>."""
    truncated = len(text) > _SCAN_CHARS
    text = unicodedata.normalize("NFC", text[:_SCAN_CHARS])
    tokens = list(islice(_WORD.finditer(text), _SCAN_WORDS + 1))
    if len(tokens) > _SCAN_WORDS:
        truncated = True
        tokens.pop()
    if not tokens:
        return mark_safe("")
    size = max(1, 2 * words_around)
    positions = _matching(tokens, _query_term_union(query))
    if positions:
        start, end = _densest_window(positions, size, len(tokens))
    else:
        start, end = 0, min(size, len(tokens))
    body = _render(text, tokens, start, end, set(positions), trim=True)
    first, last = tokens[start], tokens[end - 1]
    before = _EDGE_BEFORE.search(text, max(0, first.start() - 3), first.start())
    after = _EDGE_AFTER.match(text, last.end())
    if before:
        body = escape(before.group()) + body
    if after:
        body += escape(after.group())
    if start > 0:
        body = "… " + body
    if end < len(tokens) or truncated:
        body += " …"
    return mark_safe(body)


def highlight_title(title: str, query: str) -> SafeString:
    title = unicodedata.normalize("NFC", title)
    tokens = list(_WORD.finditer(title))
    if not tokens:
        return escape(title)
    marked = set(_matching(tokens, _query_term_union(query)))
    body = _render(title, tokens, 0, len(tokens), marked, trim=False)
    return mark_safe(escape(title[: tokens[0].start()]) + body + escape(title[tokens[-1].end() :]))
