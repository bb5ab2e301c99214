"""Text from the word lists: what each page or thread is about, then its sentences per language.

Topics, places and audiences are drawn with Zipf-like weights, so a common word matches
thousands of entries and a rare term a few dozen. A plan is drawn once per page and written in
each of its languages, so translations say the same thing.
"""

import datetime
import random
import re
import uuid

from django.utils import timezone

from bench.search_corpus.words import (
    ACTIVITIES,
    AUDIENCES,
    CATEGORIES,
    EVENT_TITLE,
    PAGE_SENTENCES,
    PAGE_TITLES,
    PLACES,
    POST_SENTENCES,
    RARE,
    RARE_SENTENCES,
    THREAD_TITLES,
    TOPICS,
)

COLUMN = {"bg": 0, "ro": 1, "en": 2}

# Which languages a page exists in (its translations share a translation key), and how often.
LANGUAGE_SETS = (
    (("bg", "en", "ro"), 35),
    (("bg",), 30),
    (("bg", "en"), 10),
    (("ro",), 10),
    (("ro", "en"), 5),
    (("en",), 5),
    (("bg", "ro"), 5),
)
THREAD_LANGUAGES = (("bg", 55), ("ro", 30), ("en", 15))
ARTICLE_KINDS = (
    ("news", 50),
    ("methodology", 15),
    ("manual", 10),
    ("good_practice", 15),
    ("partnership", 10),
)
RESOURCE_KINDS = {"methodology", "manual", "good_practice"}
EVENT_SHARE = 0.2
RARE_IN_PAGE, RARE_IN_POST = 0.3, 0.05
HIDDEN_POSTS = 0.01
MEAN_POSTS_PER_THREAD = 10
# Bulgarian doubles these prepositions before a word starting with the same sound.
_BG_PREPOSITIONS = (
    (re.compile(r"\b([Вв]) ([ВвФф])"), r"\1ъв \2"),
    (re.compile(r"\b([Сс]) ([СсЗз])"), r"\1ъс \2"),
)
_NO_DIACRITICS = str.maketrans("ăâîșțşţĂÂÎȘȚŞŢ", "aaistst" + "AAISTST")


def _cumulative(count, exponent):
    """Cumulative Zipf weights: the first item is the most common, the last the rarest."""
    weights, total = [], 0.0
    for rank in range(count):
        total += 1 / (rank + 1) ** exponent
        weights.append(total)
    return weights


class Writer:
    """Sentences in one language from a document's plan, with the forms of each word varied."""

    def __init__(self, rng, language):
        self.rng, self.language, self.column = rng, language, COLUMN[language]

    def form(self, concept):
        return self.rng.choice(concept[self.column].split("|"))

    def fill(self, template, slots):
        values = {}
        for name, value in slots.items():
            text = self.form(value) if isinstance(value, tuple) else str(value)
            values[name] = text
            values[name.upper()] = text[:1].upper() + text[1:]
        sentence = template[self.column].format_map(values)
        if self.language == "bg":
            for pattern, replacement in _BG_PREPOSITIONS:
                sentence = pattern.sub(replacement, sentence)
        return sentence[:1].upper() + sentence[1:]

    def text(self, chosen):
        return " ".join(self.fill(template, slots) for template, slots in chosen)


class Generator:
    """Plans of pages and threads, drawn from one seeded random generator."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.weights = {
            "topic": _cumulative(len(TOPICS), 0.9),
            "audience": _cumulative(len(AUDIENCES), 0.8),
            "place": _cumulative(len(PLACES), 0.7),
        }

    def topic(self):
        return self.rng.choices(TOPICS, cum_weights=self.weights["topic"])[0]

    def weighted(self, pairs):
        return self.rng.choices([value for value, _w in pairs], [w for _v, w in pairs])[0]

    def plan(self):
        """What a document is about: its main topic, place, audience and activity."""
        rng = self.rng
        return {
            "topic": self.topic(),
            "place": rng.choices(PLACES, cum_weights=self.weights["place"])[0],
            "audience": rng.choices(AUDIENCES, cum_weights=self.weights["audience"])[0],
            "activity": rng.choice(ACTIVITIES),
        }

    def slots(self, plan):
        """Values for every placeholder of a sentence; about half are the document's own."""
        rng = self.rng
        other = self.plan()
        return {
            "t": plan["topic"] if rng.random() < 0.5 else other["topic"],
            "t2": self.topic(),
            "a": plan["audience"] if rng.random() < 0.5 else other["audience"],
            "p": plan["place"] if rng.random() < 0.6 else other["place"],
            "p2": other["place"],
            "v": plan["activity"],
            "r": rng.choice(RARE),
            "n": rng.randint(6, 140),
            "y": rng.randint(2012, 2026),
        }

    def sentences(self, plan, count, templates, rare_share=0.0):
        """(template, slots) pairs: one plan gives the same text in every language."""
        chosen = [(self.rng.choice(templates), self.slots(plan)) for _ in range(count)]
        if self.rng.random() < rare_share:
            rare = (self.rng.choice(RARE_SENTENCES), self.slots(plan))
            chosen.insert(self.rng.randrange(count + 1), rare)
        return chosen

    def page_group(self, number):
        """One page and its translations: what they say, in which languages, where they go."""
        rng = self.rng
        plan = self.plan()
        is_event = rng.random() < EVENT_SHARE
        title_slots = {**self.slots(plan), "t": plan["topic"], "a": plan["audience"]}
        title_slots["p"] = plan["place"]
        count = rng.randint(5, 14)
        return {
            "number": number,
            "languages": self.weighted(LANGUAGE_SETS),
            "key": uuid.UUID(int=rng.getrandbits(128), version=4),
            "event": is_event,
            "kind": None if is_event else self.weighted(ARTICLE_KINDS),
            "plan": plan,
            "title": (EVENT_TITLE if is_event else rng.choice(PAGE_TITLES), title_slots),
            "lead": self.sentences(plan, 1, PAGE_SENTENCES),
            "body": self.sentences(plan, count, PAGE_SENTENCES, RARE_IN_PAGE),
            "breaks": set(rng.sample(range(1, count), min(count - 1, rng.randint(1, 3)))),
            "date": datetime.date(2012, 1, 1) + datetime.timedelta(days=rng.randrange(5400)),
            "tags": [plan["topic"]] + [self.topic() for _ in range(rng.randint(0, 2))],
            "participants": rng.randint(8, 120),
        }

    def thread(self):
        rng = self.rng
        plan = self.plan()
        language = self.weighted(THREAD_LANGUAGES)
        title_slots = {**self.slots(plan), "t": plan["topic"], "a": plan["audience"]}
        writer = Writer(rng, language)
        return {
            "language": language,
            "category": rng.randrange(len(CATEGORIES)),
            "title": writer.fill(rng.choice(THREAD_TITLES), title_slots)[:160],
            "plan": plan,
            "writer": writer,
            "length": 1 + int(rng.expovariate(1 / (MEAN_POSTS_PER_THREAD - 1))),
            "started": timezone.now() - datetime.timedelta(hours=rng.randrange(24, 4 * 365 * 24)),
        }

    def post_body(self, thread):
        count = self.rng.randint(1, 4)
        chosen = self.sentences(thread["plan"], count, POST_SENTENCES, RARE_IN_POST)
        text = thread["writer"].text(chosen)
        if thread["language"] == "ro" and self.rng.random() < 0.4:
            text = text.translate(_NO_DIACRITICS)  # as many write on forums
        return text
