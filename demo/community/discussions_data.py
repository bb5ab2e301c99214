"""The demo categories and conversations (trilingual categories; threads in one language each).

Situations are composites written for the demo: no real child, family or client.
"""

from demo.core import L

CATEGORIES = {
    "child-protection": {
        "name": L("Закрила на детето", "Child protection", "Protecția copilului"),
        "slug": L("zakrila-na-deteto", "child-protection", "protectia-copilului"),
        "description": L(
            "Оценка на риска, сигнали, мултидисциплинарна работа и трудни решения.",
            "Risk assessment, referrals, multidisciplinary work and hard decisions.",
            "Evaluarea riscului, sesizări, lucru multidisciplinar și decizii dificile.",
        ),
    },
    "foster-care": {
        "name": L("Приемна грижа", "Foster care", "Asistență maternală"),
        "slug": L("priemna-grizha", "foster-care", "asistenta-maternala"),
        "description": L(
            "Подбор, подкрепа и обучение на приемни семейства; контакт с родителите.",
            "Recruiting, supporting and training foster families; contact with birth parents.",
            "Recrutarea, sprijinirea și formarea asistenților maternali; contactul cu părinții.",
        ),
    },
    "families": {
        "name": L("Работа със семейства", "Working with families", "Lucrul cu familiile"),
        "slug": L("rabota-sus-semeystva", "working-with-families", "lucrul-cu-familiile"),
        "description": L(
            "Посещения в дома, подкрепа на родителите, превенция на изоставянето.",
            "Home visits, parenting support, preventing family separation.",
            "Vizite la domiciliu, sprijin parental, prevenirea separării copilului de familie.",
        ),
    },
    "methods": {
        "name": L("Методи и инструменти", "Methods and tools", "Metode și instrumente"),
        "slug": L("metodi-i-instrumenti", "methods-and-tools", "metode-si-instrumente"),
        "description": L(
            "Въпросници, техники за разговор, супервизия, документиране.",
            "Questionnaires, conversation techniques, supervision, record keeping.",
            "Chestionare, tehnici de conversație, supervizare, documentare.",
        ),
    },
    "cross-border": {
        "name": L(
            "Трансгранично сътрудничество",
            "Cross-border cooperation",
            "Cooperare transfrontalieră",
        ),
        "slug": L(
            "transgranichno-satrudnichestvo",
            "cross-border-cooperation",
            "cooperare-transfrontaliera",
        ),
        "description": L(
            "Случаи между България и Румъния, контакти с колеги, съвместни проекти.",
            "Cases between Bulgaria and Romania, contacts with colleagues, joint projects.",
            "Cazuri între Bulgaria și România, contacte cu colegii, proiecte comune.",
        ),
    },
}

# Each thread: category, language, author, days ago, flags and posts (author, hours after
# the start, body, optional index of the quoted post).
THREADS = [
    {
        "category": "methods",
        "language": "en",
        "title": "Community guidelines: please read before posting",
        "author": "elena",
        "days_ago": 40,
        "pinned": True,
        "posts": [
            (
                "elena",
                0,
                "Welcome to the discussions. A few rules keep this a safe place:\n\n"
                "1. **Never identify a child, family or client** – no names, towns, schools "
                "or dates that together could point to someone.\n"
                "2. Disagree with ideas, not with colleagues.\n"
                "3. Use *Report* when something worries you; three reports hide a post until "
                "a moderator looks at it.\n\n"
                "Write in Bulgarian, Romanian or English – whatever you think best in.",
            ),
        ],
    },
    {
        "category": "families",
        "language": "bg",
        "title": "Как подготвяте първото посещение в дома?",
        "author": "georgi",
        "days_ago": 12,
        "posts": [
            (
                "georgi",
                0,
                "Започнах работа в отдел „Закрила на детето“ преди месец. Първото ми "
                "самостоятелно посещение в дом е следващата седмица. Какво правите, за да "
                "не влезете като *проверяващ*, а като човек, който може да помогне?",
            ),
            (
                "maria",
                3,
                "Добър въпрос. Няколко неща, които ми помагат:\n\n"
                "- обаждам се предварително и казвам **защо** идвам, с прости думи;\n"
                "- сядам, когато ме поканят, и питам за детето по име, не за „случая“;\n"
                "- оставям бележка с телефона си и какво следва.\n\n"
                "И винаги записвам наблюденията още същия ден, докато са свежи.",
            ),
            (
                "georgi",
                5,
                "Благодаря! Това за бележката не бях чувал.",
                1,
            ),
            (
                "elena",
                26,
                "Adaug ceva din experiența noastră de la Craiova: mergeți în doi la prima "
                "vizită, dacă se poate. Unul vorbește, celălalt observă – și vă sprijiniți "
                "după aceea.",
            ),
        ],
    },
    {
        "category": "foster-care",
        "language": "ro",
        "title": "Contactul cu părinții biologici: cât de des?",
        "author": "ioana",
        "days_ago": 9,
        "posts": [
            (
                "ioana",
                0,
                "Avem un copil de șapte ani în plasament de trei luni. Instanța a stabilit "
                "întâlniri săptămânale cu mama, dar după fiecare vizită copilul doarme prost "
                "două-trei nopți. Cum ați gestionat situații asemănătoare?",
            ),
            (
                "maria",
                20,
                "При нас помогна да не намаляваме срещите, а да ги подготвим по-добре: "
                "едно и също място, един и същ час, кратък ритуал за довиждане. "
                "Нарушеният сън често е реакция на раздялата, не на самата среща.",
            ),
            (
                "ioana",
                30,
                "Mulțumesc, Maria. Vom încerca un ritual fix de despărțire și vom discuta "
                "cu asistentul maternal despre serile de după vizită.",
                1,
            ),
        ],
    },
    {
        "category": "child-protection",
        "language": "en",
        "title": "Sharing information with schools: where do you draw the line?",
        "author": "maria",
        "days_ago": 7,
        "posts": [
            (
                "maria",
                0,
                "Teachers often ask us what is happening at home. They want to help, but the "
                "family has a right to privacy. What do you tell a class teacher – and what "
                "do you put in writing?",
            ),
            (
                "ioana",
                4,
                "Our rule of thumb: share **what the school needs to keep the child safe and "
                "learning**, nothing more. Usually that is who may collect the child and "
                "whom to call if the child is upset – not the history.",
            ),
            (
                "georgi",
                6,
                "Is it better to ask the parents first, even when the information is needed?",
            ),
            (
                "ioana",
                7,
                "Yes, where it does not put the child at risk. Telling parents *what* you "
                "will share and *why* usually builds trust rather than breaking it.",
                2,
            ),
        ],
    },
    {
        "category": "cross-border",
        "language": "ro",
        "title": "Familii care se mută între Vidin și Calafat",
        "author": "elena",
        "days_ago": 5,
        "posts": [
            (
                "elena",
                0,
                "Avem tot mai multe familii care trăiesc o parte din an de o parte a "
                "Dunării și restul de cealaltă. Cum transmiteți dosarul unui caz peste "
                "graniță fără să pierdeți luni întregi?",
            ),
            (
                "maria",
                5,
                "Засега през централните органи – бавно е. Но неформален разговор между "
                "двете служби, със съгласието на семейството, пести много време. "
                "Може ли да направим списък с контакти тук, във форума?",
            ),
        ],
    },
    {
        "category": "methods",
        "language": "bg",
        "title": "Групова супервизия: кой модел работи при вас?",
        "author": "maria",
        "days_ago": 20,
        "locked": True,
        "posts": [
            (
                "maria",
                0,
                "Опитваме груповата супервизия веднъж месечно. Чудя се дали да ползваме "
                "структуриран модел (напр. *рефлексивни групи*) или свободен разговор.",
            ),
            (
                "ioana",
                8,
                "Noi folosim un model structurat: o persoană prezintă un caz în zece "
                "minute, grupul pune doar întrebări, apoi discută fără ca prezentatorul să "
                "intervină. Reduce mult tendința de a da sfaturi grăbite.",
            ),
            (
                "elena",
                30,
                "Am închis discuția: a continuat în grupul de lucru despre supervizare, iar "
                "materialele sunt în secțiunea de resurse.",
            ),
        ],
    },
    {
        "category": "child-protection",
        "language": "bg",
        "title": "Оценка на риска при пренебрегване: какви въпросници ползвате?",
        "author": "georgi",
        "days_ago": 2,
        "posts": [
            (
                "georgi",
                0,
                "Търся кратък, проверен инструмент за оценка на пренебрегването при деца "
                "до 6 години. Ползва ли някой нещо освен стандартния формуляр?",
            ),
            (
                "maria",
                2,
                "Стандартният формуляр е задължителен, но ние добавяме наблюдение на "
                "ежедневието – хранене, сън, игра – в две различни части на деня. "
                "Важно е да се запише и **какво работи** в семейството, не само рисковете.",
            ),
        ],
    },
]
