"""Which entries read the same: records made from one template, told apart only by names.

A directory holds many records written from the same few texts (a kind of service, the same
licence wording, the same list of services), each with its own town, address and numbers.
In a list of results they read as one result repeated. An entry's `similar_key` is a hash of
its text without what tells such records apart, so the service can show them as one result
("and 14 similar") with a plain comparison, at no cost per query beyond reading the key.

What is left out: the words of the entry's title (the record's name, its town), capitalised
words (names of people, places, streets and bodies), anything with a digit (house numbers,
licence numbers, record keys), and the short lines these leave nearly empty (an address, a
municipality). What is left is the prose; a text with too little of it has no key, since a
short note is no evidence of a template.
"""

import hashlib
import re
import unicodedata

_WORD = re.compile(r"\w+")
# A line with fewer words left than this was a name, a place or an address.
MIN_LINE_WORDS = 4
# Texts with fewer words left than this are never grouped.
MIN_WORDS = 12
# Hexadecimal digits in a key.
KEY_LENGTH = 16


def _words(text):
    return _WORD.findall(unicodedata.normalize("NFC", text))


def _prose(word):
    return word.isalpha() and not word[:1].isupper()


def similar_key(kind, heading, text):
    """The key entries of one kind share when their text reads the same, or ""."""
    named = {word.casefold() for word in _words(heading)}
    kept = []
    for line in text.splitlines():
        words = [
            word.casefold()
            for word in _words(line)
            if _prose(word) and word.casefold() not in named
        ]
        if len(words) >= MIN_LINE_WORDS:
            kept.extend(words)
    if len(kept) < MIN_WORDS:
        return ""
    digest = hashlib.blake2b(f"{kind}\n{' '.join(kept)}".encode(), digest_size=KEY_LENGTH // 2)
    return digest.hexdigest()
