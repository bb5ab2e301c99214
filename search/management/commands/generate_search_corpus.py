"""A large trilingual corpus for the search benchmark (bench/search.py): pages, threads, posts.

The content is built from word lists about social work in the Bulgarian-Romanian border region
with a seeded random generator, so the same seed gives the same corpus and queries have a
realistic selectivity: topics, places and audiences follow a Zipf-like distribution (common words
match thousands of entries) and each rare term turns up in a few dozen.

Everything generated is marked so that --reset removes exactly it: page and category slugs start
with "generated-", and threads sit in the generated categories. Pages go straight into the tree
(paths computed as treebeard would, rows inserted in bulk) and their search entries come from the
real builder (`search.sources.page_entry`), threads' from `thread_entry`; posts build theirs in
the same shape directly, which saves the queries `post_entry` makes for a post's position.
"""

import datetime
import random
import re
import time
import uuid

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import CharField, F, Q
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

from anyascii import anyascii
from taggit.models import Tag
from tqdm import tqdm

from cms.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticlePageTag,
    EventIndexPage,
    EventPage,
    ResourceCentrePage,
)
from community.discussions.models import Category, Post, Thread
from community.discussions.models.threads import POSTS_PER_PAGE
from community.moderation.models import Status
from community.discussions.search_sources import thread_entry
from search import indexing
from search.models import Audience, SearchEntry
from search.pages import page_entry

PREFIX = "generated-"
MEMBER = "generated-bench-member"
COLUMN = {"bg": 0, "ro": 1, "en": 2}
BATCH = 1000

# Word lists, one row a line: Bulgarian / Romanian / English, where "|" separates the forms a
# word takes in text (the first also names a tag); places add their region code and activities
# their event type. Templates are blocks of three lines: Bulgarian, Romanian, English.


def _table(text):
    return [tuple(cell.strip() for cell in line.split(" / ")) for line in text.strip().splitlines()]


def _templates(text):
    return [tuple(block.strip().splitlines()) for block in text.strip().split("\n\n")]


TOPICS = _table(
    """
приемна грижа|приемната грижа / asistență maternală|asistența maternală / foster care
закрила на детето|закрилата на детето / protecția copilului / child protection
социална работа|социалната работа / asistență socială|asistența socială / social work
социални услуги|социалните услуги|социална услуга / servicii sociale|serviciile sociale|serviciu social / social services|social service
деинституционализация / dezinstituționalizare|dezinstituționalizarea / deinstitutionalisation
подкрепа за семейството|подкрепата за семействата / sprijin pentru familie / family support
работа по случай|работата по случая / managementul de caz / case management
осиновяване|осиновяването / adopție|adopția / adoption
ранно детско развитие / dezvoltarea timpurie a copilului / early childhood development
превенция на изоставянето / prevenirea abandonului / prevention of child abandonment
приобщаващо образование / educație incluzivă|educația incluzivă / inclusive education
психично здраве|психичното здраве / sănătate mintală|sănătatea mintală / mental health
домашно насилие|домашното насилие / violență domestică|violența domestică / domestic violence
хора с увреждания|хората с увреждания / persoane cu dizabilități / people with disabilities
младежи, напускащи грижа / tineri care părăsesc sistemul de protecție / care leavers
ромски общности|ромските общности / comunități de romi|comunitățile de romi / Roma communities
трансгранично сътрудничество / cooperare transfrontalieră / cross-border cooperation
оценка на потребностите|оценката на потребностите / evaluarea nevoilor / needs assessment
центрове от семеен тип / case de tip familial|casele de tip familial / family-type homes
родителски умения|родителските умения / abilități parentale / parenting skills
детско участие|участието на децата / participarea copiilor / child participation
детска бедност|бедността / sărăcia copiilor|sărăcie / child poverty|poverty
доброволчество|доброволчеството / voluntariat|voluntariatul / volunteering
професионално прегаряне|прегарянето / epuizare profesională / burnout
интердисциплинарни екипи / echipe multidisciplinare / multidisciplinary teams
качество на услугите|качеството на услугите / calitatea serviciilor / quality of services
реинтеграция в семейството / reintegrarea în familie / family reintegration
насилие над деца|насилието над деца / abuzul asupra copiilor / child abuse
ранна интервенция|ранната интервенция / intervenție timpurie|intervenția timpurie / early intervention
дневни центрове|дневния център / centre de zi|centrul de zi / day centres|day centre
кризисен център|кризисните центрове / centru de criză|centrele de criză / crisis centres
здравна медиация|здравните медиатори / mediere sanitară|mediatorii sanitari / health mediation
деца в конфликт със закона / copii în conflict cu legea / children in conflict with the law
наставничество|наставничеството / mentorat|mentoratul / mentoring
социално включване|социалното включване / incluziune socială|incluziunea socială / social inclusion
самостоятелен живот|самостоятелния живот / viață independentă / independent living
"""
)
AUDIENCES = _table(
    """
социални работници|социалните работници / asistenți sociali|asistenții sociali / social workers
приемни родители|приемните родители / asistenți maternali|asistenții maternali / foster carers
родители|родителите / părinți|părinții / parents
деца|децата / copii|copiii / children
семейства|семействата / familii|familiile / families
младежи|младежите / tineri|tinerii / young people
психолози|психолозите / psihologi|psihologii / psychologists
учители|учителите / profesori|cadre didactice / teachers
служители по закрила на детето / specialiști din DGASPC / child protection staff
общински служители|общинските служители / angajați ai primăriilor / municipal staff
доброволци|доброволците / voluntari|voluntarii / volunteers
студенти по социална работа / studenți la asistență socială / social work students
медицински специалисти / cadre medicale|personalul medical / health professionals
съдии и прокурори / judecători și procurori / judges and prosecutors
полицейски служители / polițiști|polițiștii / police officers
осиновители|осиновителите / părinți adoptivi|părinții adoptivi / adoptive parents
"""
)
PLACES = _table(
    """
Видин / Vidin / Vidin / bg-vidin
Крайова / Craiova / Craiova / ro-dolj
Русе / Ruse / Ruse / bg-ruse
Гюргево / Giurgiu / Giurgiu / ro-giurgiu
Стара Загора / Stara Zagora / Stara Zagora / bg-stara-zagora
Калафат / Calafat / Calafat / ro-dolj
Плевен / Pleven / Pleven / bg-pleven
Враца / Vrața / Vratsa / bg-vratsa
Монтана / Montana / Montana / bg-montana
Силистра / Silistra / Silistra / bg-silistra
Кълъраш / Călărași / Calarasi / ro-calarasi
Турну Мъгуреле / Turnu Măgurele / Turnu Magurele / ro-teleorman
Александрия / Alexandria / Alexandria / ro-teleorman
Дробета-Турну Северин / Drobeta-Turnu Severin / Drobeta-Turnu Severin / ro-mehedinti
Сливен / Sliven / Sliven / bg-sliven
Шумен / Shumen / Shumen / bg-shumen
Бургас / Burgas / Burgas / bg-burgas
Варна / Varna / Varna / bg-varna
Пловдив / Plovdiv / Plovdiv / bg-plovdiv
София / Sofia / Sofia / bg-sofia-city
Букурещ / București / Bucharest / ro-bucharest
Констанца / Constanța / Constanta / ro-constanta
Добрич / Dobrich / Dobrich / bg-dobrich
Ловеч / Loveci / Lovech / bg-lovech
"""
)
ACTIVITIES = _table(
    """
обучение|обучението / sesiune de formare|sesiunea de formare / training / training
фокус група|фокус групата / focus grup|focus grupul / focus group / focus_group
тематичен форум|тематичния форум / forum tematic|forumul tematic / thematic forum / thematic_forum
експертна среща|експертната среща / întâlnire de experți / expert meeting / expert_meeting
обменно посещение / vizită de schimb|vizita de schimb / exchange visit / exchange_visit
конференция|конференцията / conferință|conferința / conference / conference
квалификационна сесия / sesiune de calificare / qualification session / qualification_session
"""
)
RARE = _table(
    """
генограма|генограмата / genogramă|genograma / genogram
екокарта|екокартата / ecomapă|ecomapa / ecomap
резилиентност|резилиентността / reziliență|reziliența / resilience
медиация|медиацията / mediere|medierea / mediation
арт терапия|арт терапията / terapie prin artă / art therapy
игрова терапия|игровата терапия / terapie prin joc / play therapy
теорията на привързаността / teoria atașamentului / attachment theory
метода Монтесори / metoda Montessori / the Montessori method
аутизъм|аутизма / autism|autismul / autism
синдрома на Даун / sindromul Down / Down syndrome
хипотерапия|хипотерапията / hipoterapie|hipoterapia / hippotherapy
книгата на живота / cartea vieții / life story books
семейни групови конференции / conferința grupului familial / family group conferences
мултисензорна стая|мултисензорната стая / camera multisenzorială / multisensory rooms
телефонната линия за деца / telefonul copilului / the child helpline
спешно настаняване / plasamentul în regim de urgență / emergency placement
социално предприятие|социалното предприятие / întreprinderea socială / social enterprise
супервизия|супервизията / supervizare|supervizarea / supervision
ресоциализация|ресоциализацията / resocializare|resocializarea / resocialisation
дислексия|дислексията / dislexie|dislexia / dyslexia
епилепсия|епилепсията / epilepsie|epilepsia / epilepsy
зависимости|зависимостите / dependențe|adicții / addiction
непридружени деца|непридружените непълнолетни / minori neînsoțiți / unaccompanied minors
трафик на хора|трафика на хора / traficul de persoane / human trafficking
ранни бракове|ранните бракове / căsătorii timpurii / early marriage
кибертормоз|кибертормоза / hărțuire online|cyberbullying / cyberbullying
жестов език|жестовия език / limbajul semnelor / sign language
правна помощ|правната помощ / asistență juridică / legal aid
заместваща грижа|заместващата грижа / îngrijire de tip respiro / respite care
житейски умения|житейските умения / abilități de viață / life skills
лични асистенти|личния асистент / asistenți personali / personal assistants
хранителни банки|хранителната банка / banca de alimente / food banks
бежанци|бежанците / refugiați|refugiații / refugees
ромски медиатори|ромските медиатори / mediatori romi / Roma mediators
дистанционно консултиране / consiliere la distanță / remote counselling
детска психиатрия|детската психиатрия / psihiatrie pediatrică / child psychiatry
хранителни разстройства / tulburări de alimentație / eating disorders
училищно отпадане|отпадането от училище / abandonul școlar / school dropout
сестри и братя|сиблингите / frați|frații / siblings
видеоконсултации / videoconsultații / video consultations
"""
)
CATEGORIES = _table(
    """
Приемна грижа / Asistență maternală / Foster care
Закрила на детето / Protecția copilului / Child protection
Обучения и супервизия / Formare și supervizare / Training and supervision
"""
)
EVENT_TITLE = ("{V} в {p}: {t}", "{V} la {p}: {t}", "{V} in {p}: {t}")
PAGE_TITLES = _templates(
    """
{V} за {a} в {p}
{V} pentru {a} din {p}
{V} for {a} in {p}

{T}: опитът на {p}
{T}: experiența din {p}
{T}: what {p} has learnt

Нов наръчник за {t}
Un nou manual despre {t}
A new handbook on {t}

{T} и {t2} в трансграничния регион
{T} și {t2} în regiunea transfrontalieră
{T} and {t2} across the border

Как да подкрепим {a}: {t}
Cum îi sprijinim pe {a}: {t}
How to support {a}: {t}

{A} от {p} за {t}
{A} din {p} despre {t}
{A} from {p} on {t}

Добри практики: {t} в {p}
Bune practici: {t} în {p}
Good practice: {t} in {p}
"""
)
PAGE_SENTENCES = _templates(
    """
{V} за {a} в {p} събра {n} участници.
{V} pentru {a} din {p} a reunit {n} participanți.
The {v} for {a} in {p} brought together {n} participants.

Екипът обсъди {t} с {a} от {p}.
Echipa a discutat despre {t} cu {a} din {p}.
The team discussed {t} with {a} from {p}.

В {p} продължава работата по {t}.
La {p} continuă activitatea privind {t}.
Work on {t} continues in {p}.

{A} споделиха опита си с {t}.
{A} și-au împărtășit experiența privind {t}.
{A} shared their experience of {t}.

Специалистите представиха нови подходи към {t} и {t2}.
Specialiștii au prezentat abordări noi privind {t} și {t2}.
Specialists presented new approaches to {t} and {t2}.

Общината в {p} подкрепя {t} за {a}.
Primăria din {p} sprijină {t} pentru {a}.
The municipality of {p} supports {t} for {a}.

Участниците получиха материали за {t}.
Participanții au primit materiale despre {t}.
Participants received materials on {t}.

Докладът описва {t} в {p} и ролята на {a}.
Raportul descrie {t} în {p} și rolul pe care îl au {a}.
The report describes {t} in {p} and the part {a} play.

Срещата в {p} беше посветена на {t}.
Întâlnirea de la {p} a fost dedicată temei {t}.
The meeting in {p} was devoted to {t}.

{A} имат нужда от повече подкрепа в областта на {t}.
{A} au nevoie de mai mult sprijin în domeniul {t}.
{A} need more support with {t}.

През {y} г. по {t} бяха обучени {n} специалисти.
În {y} au fost instruiți {n} specialiști în {t}.
In {y}, {n} professionals were trained in {t}.

Партньорите от {p} и {p2} обмениха добри практики за {t}.
Partenerii din {p} și {p2} au făcut schimb de bune practici privind {t}.
Partners from {p} and {p2} exchanged good practice on {t}.

Наръчникът дава практически съвети за работа с {a}.
Manualul oferă sfaturi practice pentru lucrul cu {a}.
The handbook gives practical advice on working with {a}.

Проектът се финансира по програма за {t}.
Proiectul este finanțat printr-un program pentru {t}.
The project is funded by a programme for {t}.

{A} смятат, че най-трудна е координацията между институциите.
{A} consideră că cea mai dificilă este coordonarea între instituții.
{A} find coordination between institutions the hardest part.
"""
)
RARE_SENTENCES = _templates(
    """
Обсъдена беше и темата за {r}.
A fost discutată și tema {r}.
The subject of {r} was also discussed.

Отделен модул беше посветен на {r}.
Un modul separat a fost dedicat temei {r}.
A separate module was devoted to {r}.

Имаме добър опит с {r}.
Avem o experiență bună cu {r}.
We have had good experience with {r}.
"""
)
THREAD_TITLES = _templates(
    """
Въпрос за {t} в {p}
Întrebare despre {t} în {p}
A question about {t} in {p}

{T}: как работите с {a}?
{T}: cum lucrați cu {a}?
{T}: how do you work with {a}?

Търсим опит с {t}
Căutăm experiență cu {t}
Looking for experience with {t}

{V} за {a}: впечатления
{V} pentru {a}: impresii
{V} for {a}: impressions
"""
)
POST_SENTENCES = _templates(
    """
Здравейте, някой има ли опит с {t} в {p}?
Bună ziua, are cineva experiență cu {t} în {p}?
Hello, does anyone have experience with {t} in {p}?

Благодаря за темата, при нас {a} също търсят помощ за {t}.
Mulțumesc pentru subiect, la noi și {a} caută ajutor pentru {t}.
Thanks for raising this; our {a} are also looking for help with {t}.

Можете да се обърнете към отдела за закрила на детето в {p}.
Vă puteți adresa DGASPC din {p}.
You could contact the child protection department in {p}.

Миналата година организирахме {v} за {a}.
Anul trecut am organizat {v} pentru {a}.
Last year we organised a {v} for {a}.

Съгласна съм, {t} е трудна тема за {a}.
Sunt de acord, {t} este un subiect dificil pentru {a}.
I agree, {t} is a hard subject for {a}.

Препоръчвам наръчника за {t}, има полезни примери.
Recomand manualul despre {t}, are exemple utile.
I recommend the handbook on {t}; it has useful examples.

При нас в {p} работим с {n} семейства.
La noi în {p} lucrăm cu {n} familii.
In {p} we work with {n} families.

Важно е {a} да бъдат включени от самото начало.
Este important ca {a} să fie implicați de la început.
It matters that {a} are involved from the start.

Ще споделя материалите от {v} в {p}.
Voi trimite materialele de la {v} din {p}.
I will share the materials from the {v} in {p}.

Според нашия опит {t} изисква търпение.
Din experiența noastră, {t} cere răbdare.
In our experience, {t} takes patience.
"""
)

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


class Command(BaseCommand):
    help = (
        "Generate a large trilingual corpus (pages, threads, posts) with its search entries, for "
        "the search benchmark. The generated content is marked; --reset removes exactly it."
    )

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=10_000, help="Pages to add.")
        parser.add_argument("--posts", type=int, default=50_000, help="Posts to add.")
        parser.add_argument("--seed", type=int, default=1, help="The random generator's seed.")
        parser.add_argument(
            "--reset", action="store_true", help="Delete what an earlier run generated first."
        )
        parser.add_argument("--no-progress", action="store_true", help="No progress bars.")

    def handle(self, *args, pages, posts, seed, reset, no_progress, verbosity, **options):
        self.show = not no_progress and verbosity > 0
        self.verbosity = verbosity
        started = time.monotonic()
        if reset:
            self.phase("reset", delete_generated)
        elif generated_pages().exists() or generated_threads().exists():
            raise CommandError("Generated content is there already: add --reset to replace it.")
        with transaction.atomic():
            self.generate(Generator(seed), pages, posts)
        self.log(f"Done in {time.monotonic() - started:.1f} s.")

    def generate(self, generator, pages, posts):
        entries = []
        if pages > 0:
            page_ids = self.phase("pages", lambda: self.make_pages(generator, pages))
            entries += self.phase("page entries", lambda: self.page_entries(page_ids))
        if posts > 0:
            threads = self.phase("threads and posts", lambda: self.make_posts(generator, posts))
            entries += self.phase("thread and post entries", lambda: self.post_entries(threads))
        if entries:
            self.phase("search index", lambda: self.index(entries))

    def log(self, message):
        if self.verbosity > 0:
            self.stdout.write(message)

    def progress(self, iterable, total, name):
        return tqdm(iterable, total=total, desc=f"{name:>14}", unit=" rows", disable=not self.show)

    def phase(self, name, work):
        started = time.monotonic()
        result = work()
        if isinstance(result, dict):
            counts = ", ".join(f"{count:,} {key}" for key, count in result.items())
        else:
            counts = f"{len(result):,}"
        self.log(f"{name}: {counts} in {time.monotonic() - started:.1f} s")
        return result

    # Pages -------------------------------------------------------------------------------------

    def make_pages(self, generator, count):
        """Page rows in bulk (tree paths computed), then each one's own row; returns their ids."""
        parents = {code: section_parents(code) for code in COLUMN}
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        planned = []  # (specific page, parent, tag names)
        while len(planned) < count:
            group = generator.page_group(len(planned))
            for language in group["languages"][: count - len(planned)]:
                writer = Writer(generator.rng, language)
                page, section, names = build_page(writer, group, locales[language])
                planned.append((page, parents[language][section], names))
        by_parent = {}
        for page, parent, _names in planned:
            by_parent.setdefault(parent.pk, (parent, []))[1].append(page)
        for parent, children in by_parent.values():
            place_in_tree(parent, children)
        bases = Page.objects.bulk_create(
            [base_page(page) for page, _parent, _names in planned], batch_size=BATCH
        )
        tags, page_tags = {}, []
        rows = zip(planned, bases, strict=True)
        for (page, _parent, names), base in self.progress(rows, len(bases), "pages"):
            page.pk = base.pk
            # Only the page type's own table: the Page row is in already.
            page.save_base(raw=True, force_insert=True)
            for name in names:
                if name not in tags:
                    tags[name] = Tag.objects.get_or_create(name=name)[0]
                page_tags.append(ArticlePageTag(content_object_id=base.pk, tag=tags[name]))
        ArticlePageTag.objects.bulk_create(page_tags, batch_size=BATCH)
        Site.clear_site_root_paths_cache()
        return [base.pk for base in bases]

    def page_entries(self, page_ids):
        entries = []
        for model in (ArticlePage, EventPage):
            pages = model.objects.filter(pk__in=page_ids).select_related("locale")
            if model is ArticlePage:
                pages = pages.prefetch_related("tags")
            total = pages.count()
            for page in self.progress(pages.iterator(chunk_size=500), total, model.__name__):
                fields = page_entry(page)
                if fields is not None:
                    entries.append(entry_for("page", page.pk, fields))
        return entries

    # Threads and posts ---------------------------------------------------------------------------

    def make_posts(self, generator, count):
        """Threads of a few to a few dozen posts in the generated categories; returns the threads."""
        member = generated_member()
        categories = generated_categories()
        threads, posts = [], []
        while len(posts) < count:
            spec = generator.thread()
            length = min(spec["length"], count - len(posts))
            start = spec["started"]
            hours = [0] + sorted(generator.rng.randrange(1, 24 * 60) for _ in range(length - 1))
            thread = Thread(
                category=categories[spec["language"]][spec["category"]],
                title=spec["title"],
                slug=(PREFIX + slugify(anyascii(spec["title"])))[:80],
                author=member,
                language=spec["language"],
                created_at=start,
                last_post_at=start + datetime.timedelta(hours=hours[-1]),
            )
            threads.append(thread)
            for position, offset in enumerate(hours):
                hidden = position > 0 and generator.rng.random() < HIDDEN_POSTS
                posts.append(
                    Post(
                        thread=thread,
                        author=member,
                        body=generator.post_body(spec),
                        created_at=start + datetime.timedelta(hours=offset),
                        status=Status.HIDDEN if hidden else Status.PUBLISHED,
                    )
                )
                thread.post_count += not hidden
        Thread.objects.bulk_create(threads, batch_size=BATCH)
        for start in self.progress(range(0, len(posts), BATCH), -(-len(posts) // BATCH), "posts"):
            Post.objects.bulk_create(posts[start : start + BATCH])
        return threads

    def post_entries(self, threads):
        ids = [thread.pk for thread in threads]
        by_thread = {}
        posts = Post.objects.filter(thread__in=ids).order_by("thread", "created_at", "pk")
        for post in posts.only(
            "pk", "thread_id", "body", "created_at", "status", "hidden_by_flags"
        ):
            by_thread.setdefault(post.thread_id, []).append(post)
        entries = []
        loaded = Thread.objects.filter(pk__in=ids).select_related("category").order_by("pk")
        for thread in self.progress(loaded, len(ids), "threads"):
            fields = thread_entry(thread)
            if fields is not None:
                entries.append(entry_for("thread", thread.pk, fields))
            url = thread.get_absolute_url()
            # The opening post is searched as its thread; hidden posts keep their place.
            for position, post in enumerate(by_thread.get(thread.pk, [])):
                if position > 0 and post.status == Status.PUBLISHED:
                    page = position // POSTS_PER_PAGE + 1
                    entries.append(entry_for("post", post.pk, post_fields(thread, post, url, page)))
        return entries

    # The index -----------------------------------------------------------------------------------

    def index(self, entries):
        """The entries in the database, then in the backend's index a chunk at a time."""
        SearchEntry.objects.bulk_create(entries, batch_size=BATCH)
        index = get_search_backend().get_index_for_model(SearchEntry)
        chunks = [entries[start : start + BATCH] for start in range(0, len(entries), BATCH)]
        for chunk in self.progress(chunks, len(chunks), "index chunks"):
            index.add_items(SearchEntry, chunk)
        return entries


def section_parents(language):
    """{section: page} of a language: news, resource centre and events, made when missing."""
    locale = Locale.objects.get(language_code=language)
    found = {}
    for key, model in (("news", ArticleIndexPage), ("events", EventIndexPage)):
        existing = model.objects.filter(locale=locale, alias_of__isnull=True).order_by("path")
        found[key] = existing.first() or make_section(model, locale, key)
    resources = ResourceCentrePage.objects.filter(locale=locale, alias_of__isnull=True)
    found["resources"] = resources.order_by("path").first() or found["news"]
    return found


def make_section(model, locale, key):
    home = Page.objects.filter(depth=2, locale=locale).order_by("path").first()
    if home is None:
        raise CommandError(f"No home page in {locale.language_code}: load the demo content first.")
    section = model(title=key.title(), slug=PREFIX + key, locale=locale)
    home.add_child(instance=section)
    section.save_revision().publish()
    return model.objects.get(pk=section.pk)


def build_page(writer, group, locale):
    """(unsaved specific page, section key, tag names) of one language version."""
    title = writer.fill(*group["title"])[:255]
    paragraphs, current = [], []
    for position, (template, slots) in enumerate(group["body"]):
        if position in group["breaks"] and current:
            paragraphs.append(" ".join(current))
            current = []
        current.append(writer.fill(template, slots))
    paragraphs.append(" ".join(current))
    blocks = [
        {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}
        for text in paragraphs
    ]
    common = {
        "title": title,
        "slug": f"{PREFIX}{group['number']:05d}-{slugify(anyascii(title))[:50]}".rstrip("-"),
        "locale": locale,
        "translation_key": group["key"],
    }
    lead = writer.text(group["lead"])
    if group["event"]:
        place = group["plan"]["place"]
        page = EventPage(
            **common,
            event_type=group["plan"]["activity"][3],
            start_date=group["date"],
            city=place[writer.column],
            region=place[3],
            country=place[3][:2].upper(),
            participants_total=group["participants"],
            summary=lead,
            write_up=blocks,
        )
        return page, "events", []
    kind = group["kind"]
    page = ArticlePage(**common, kind=kind, date=group["date"], lead=lead, body=blocks)
    names = dict.fromkeys(topic[writer.column].split("|")[0][:100] for topic in group["tags"])
    return page, "resources" if kind in RESOURCE_KINDS else "news", list(names)


def place_in_tree(parent, children):
    """Paths after the parent's last child, as treebeard's add_child would give them."""
    last = parent.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    published = timezone.now()
    for offset, page in enumerate(children):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step + offset)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.first_published_at = page.last_published_at = published
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(children))


def base_page(page):
    return Page(
        title=page.title,
        draft_title=page.title,
        slug=page.slug,
        content_type=ContentType.objects.get_for_model(page),
        path=page.path,
        depth=page.depth,
        numchild=0,
        url_path=page.url_path,
        live=True,
        has_unpublished_changes=False,
        first_published_at=page.first_published_at,
        last_published_at=page.last_published_at,
        locale=page.locale,
        translation_key=page.translation_key,
    )


def post_fields(thread, post, thread_url, page):
    """What `search.sources.post_entry` gives a reply, its position known without a query."""
    date = timezone.localtime(post.created_at).date()
    query = f"?page={page}" if page > 1 else ""
    return {
        "kind": "post",
        "language": thread.language,
        "group_key": f"post:{post.pk}",
        "audience": Audience.MEMBERS,
        "url": f"{thread_url}{query}#post-{post.pk}",
        "heading": thread.title,
        "text": post.body,
        "date": date,
        "year": date.year,
        "region": "",
        "tag_keys": "",
        "tag_names": "",
    }


def entry_for(source, pk, fields):
    return SearchEntry(source=source, source_pk=pk, **indexing.analysed(fields))


def generated_member():
    user, _created = get_user_model().objects.get_or_create(
        username=MEMBER, defaults={"email": f"{MEMBER}@praktika.invalid"}
    )
    return user


def generated_categories():
    """{language: [Category, ...]}: the generated categories, translations of each other."""
    made = {code: [] for code in COLUMN}
    for number, names in enumerate(CATEGORIES):
        key = uuid.uuid5(uuid.NAMESPACE_URL, f"praktika:{PREFIX}category:{number}")
        for code, column in COLUMN.items():
            category, _created = Category.objects.get_or_create(
                locale=Locale.objects.get(language_code=code),
                slug=f"{PREFIX}{number + 1}",
                defaults={"name": names[column], "translation_key": key, "sort_order": 900},
            )
            made[code].append(category)
    return made


def generated_pages():
    return Page.objects.filter(slug__startswith=PREFIX)


def generated_threads():
    return Thread.objects.filter(category__slug__startswith=PREFIX)


@transaction.atomic
def delete_generated():
    """Every generated page, thread, post and category, the member, and their search entries."""
    pages, threads = generated_pages(), generated_threads()
    posts = Post.objects.filter(thread__in=threads)
    counts = {"pages": pages.count(), "threads": threads.count(), "posts": posts.count()}
    counts["entries"] = unindex(
        SearchEntry.objects.filter(
            Q(source="page", source_pk__in=pages.values("pk"))
            | Q(source="thread", source_pk__in=threads.values("pk"))
            | Q(source="post", source_pk__in=posts.values("pk"))
        )
    )
    threads.delete()
    Category.objects.filter(slug__startswith=PREFIX).delete()
    delete_untouched_pages(pages)
    # Wagtail unpublishes each live page it deletes, with all its signals: not needed here.
    pages.update(live=False)
    pages.delete()  # treebeard's delete: descendants too, and the parents' child counts
    get_user_model().objects.filter(username=MEMBER).delete()
    return counts


def delete_untouched_pages(pages):
    """Delete the generated pages nobody has edited since, a table at a time.

    Deleting pages one by one through Wagtail costs some 25 queries each (unpublishing,
    translations, references). A generated page never saved since has no revision and nothing
    of its own in other tables; should anything point at one all the same, the database refuses
    the delete and the reset is rolled back.
    """
    untouched = pages.filter(depth__gt=3, numchild=0, latest_revision__isnull=True)
    parents = {path[: -Page.steplen] for path in untouched.values_list("path", flat=True)}
    ArticlePageTag.objects.filter(content_object__in=untouched.values("pk")).delete()
    for model in (ArticlePage, EventPage):
        specific = model.objects.filter(pk__in=untouched.values("pk"))
        specific._raw_delete(specific.db)
    untouched._raw_delete(untouched.db)
    for path in parents:
        children = Page.objects.filter(path__startswith=path, depth=len(path) // Page.steplen + 1)
        Page.objects.filter(path=path).update(numchild=children.count())


def unindex(entries):
    """Delete entries and their rows in the backend's index, in bulk where the backend allows."""
    count = entries.count()
    index = get_search_backend().get_index_for_model(SearchEntry)
    if hasattr(index, "entries"):
        # The database backends keep one IndexEntry per object, keyed by its id as text.
        index.entries.filter(
            content_type=ContentType.objects.get_for_model(SearchEntry),
            object_id__in=entries.annotate(text_id=Cast("pk", CharField())).values("text_id"),
        ).delete()
    else:
        for entry in entries.iterator():
            index.delete_item(entry)
    # Out of the index already: a plain delete, without the per-row signal that would unindex it.
    entries._raw_delete(entries.db)
    return count
