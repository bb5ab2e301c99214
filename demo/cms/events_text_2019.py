"""Write-ups of the 2019 trainings on working with parents and the 2020 focus groups."""

from demo.core import DocumentRef, ImageRef, L, PageRef, heading, paragraph

TO_RESOURCES = (
    "call_to_action",
    {
        "text": L(
            "Методите от обучението са описани подробно в Ресурсния център",
            "The methods used in the training are described in detail in the Resource Centre",
            "Metodele folosite la formare sunt descrise pe larg în Centrul de resurse",
        ),
        "button_label": L(
            "Към Ресурсния център", "Go to the Resource Centre", "Către Centrul de resurse"
        ),
        "page": PageRef("resources"),
    },
)

TRAININGS = {
    "event-training-burgas": {
        "title": L(
            "Обучение „Работа с родители в риск от изоставяне“ в Бургас",
            "Training “Working with parents at risk of abandonment” in Burgas",
            "Formarea „Lucrul cu părinții expuși riscului de abandon” la Burgas",
        ),
        "slug": L(
            "obuchenie-roditeli-burgas-2019",
            "training-parents-burgas-2019",
            "formare-parinti-burgas-2019",
        ),
        "summary": L(
            "Двадесет и трима членове на областния координационен механизъм и специалисти от "
            "отделите за закрила на детето и от доставчиците на услуги в област Бургас се "
            "обучиха да работят с родители в риск да изоставят детето си. Обучението въведе "
            "метода на генограмата за работа по случай.",
            "Twenty-three members of the district coordination mechanism and specialists from "
            "child protection departments and service providers in Burgas district trained in "
            "working with parents at risk of abandoning their child. The training introduced the "
            "Genogram method for casework.",
            "Douăzeci și trei de membri ai mecanismului districtual de coordonare și specialiști "
            "din serviciile de protecție a copilului și de la furnizorii de servicii din "
            "districtul Burgas s-au format în lucrul cu părinții expuși riscului de a-și "
            "abandona copilul. Formarea a introdus metoda genogramei în lucrul pe caz.",
        ),
        "gallery": [
            L(
                "Работа в малки групи (илюстрация)",
                "Work in small groups (illustration)",
                "Lucru în grupuri mici (ilustrație)",
            ),
            L(
                "Генограма на флипчарт (илюстрация)",
                "A genogram on a flip chart (illustration)",
                "O genogramă pe flipchart (ilustrație)",
            ),
            L(
                "Обсъждане на случай (илюстрация)",
                "Discussing a case (illustration)",
                "Discutarea unui caz (ilustrație)",
            ),
        ],
        "write_up": [
            heading("Кой участва", "Who took part", "Cine a participat"),
            paragraph(
                "<p>Социални работници, педагози и психолози от отделите за закрила на детето и "
                "от доставчиците на услуги: център за обществена подкрепа, малки групови домове "
                "и център за деца на улицата. Обучението водиха национален консултант на "
                "организацията и регионалният координатор за Бургас.</p>",
                "<p>Social workers, pedagogues and psychologists from child protection "
                "departments and from service providers: a community support centre, small group "
                "homes and a centre for street children. The training was led by a national "
                "consultant of the charity and the Burgas regional coordinator.</p>",
                "<p>Asistenți sociali, pedagogi și psihologi din serviciile de protecție a "
                "copilului și de la furnizorii de servicii: un centru de sprijin comunitar, case "
                "de tip familial și un centru pentru copiii străzii. Formarea a fost condusă de "
                "un consultant național al organizației și de coordonatorul regional pentru "
                "Burgas.</p>",
            ),
            heading(
                "Генограмата в работата по случай",
                "The genogram in casework",
                "Genograma în lucrul pe caz",
            ),
            paragraph(
                "<p>Генограмата е схема на семейството в три поколения, която показва връзките, "
                "важните събития и хората, на които детето и родителят могат да разчитат. "
                "Участниците начертаха генограми по анонимизирани случаи от своята практика.</p>",
                "<p>A genogram is a three-generation map of a family that shows relationships, "
                "important events and the people the child and the parent can rely on. "
                "Participants drew genograms of anonymised cases from their own practice.</p>",
                "<p>Genograma este o schemă a familiei pe trei generații, care arată relațiile, "
                "evenimentele importante și persoanele pe care copilul și părintele se pot baza. "
                "Participanții au desenat genograme pentru cazuri anonimizate din propria "
                "practică.</p>",
            ),
            (
                "image",
                {
                    "image": ImageRef("event-training-burgas-gallery-1"),
                    "alt_text": L(
                        "Абстрактна илюстрация: цветни кръгове, свързани около маса",
                        "Abstract illustration: coloured circles gathered around a table",
                        "Ilustrație abstractă: cercuri colorate adunate în jurul unei mese",
                    ),
                    "caption": L(
                        "Генограма на флипчарт (илюстрация)",
                        "A genogram on a flip chart (illustration)",
                        "O genogramă pe flipchart (ilustrație)",
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": L(
                        "Семейството не е проблемът, който решаваме, а ресурсът, с който работим.",
                        "The family is not the problem we solve but the resource we work with.",
                        "Familia nu este problema pe care o rezolvăm, ci resursa cu care lucrăm.",
                    ),
                    "attribution": L(
                        "Из инструментариума за работа с родители",
                        "From the toolkit for working with parents",
                        "Din setul de instrumente pentru lucrul cu părinții",
                    ),
                },
            ),
            TO_RESOURCES,
        ],
    },
    "event-training-stara-zagora": {
        "title": L(
            "Обучение „Работа с родители в риск от изоставяне“ в Стара Загора",
            "Training “Working with parents at risk of abandonment” in Stara Zagora",
            "Formarea „Lucrul cu părinții expuși riscului de abandon” la Stara Zagora",
        ),
        "slug": L(
            "obuchenie-roditeli-stara-zagora-2019",
            "training-parents-stara-zagora-2019",
            "formare-parinti-stara-zagora-2019",
        ),
        "summary": L(
            "Същия ден в Стара Загора обучението събра 18 души от екипа на областния "
            "координационен механизъм, сред тях заместник областният управител, представители "
            "на общините и на отделите за закрила на детето и екипът по приемна грижа на областта.",
            "On the same day in Stara Zagora the training brought together 18 people from the "
            "district coordination mechanism, among them the Deputy Regional Governor, "
            "representatives of the municipalities and child protection departments, and the "
            "district foster-care team.",
            "În aceeași zi, la Stara Zagora, formarea a reunit 18 persoane din echipa "
            "mecanismului districtual de coordonare, printre care viceguvernatorul regional, "
            "reprezentanți ai municipalităților și ai serviciilor de protecție a copilului, "
            "precum și echipa de asistență maternală a districtului.",
        ),
        "write_up": [
            heading(
                "Ролеви игри вместо лекции",
                "Role plays instead of lectures",
                "Jocuri de rol în loc de prelegeri",
            ),
            paragraph(
                "<p>Голяма част от деня премина в ролеви игри. Участниците се редуваха в ролите на "
                "родител, специалист и наблюдател и упражняваха трудни разговори, например "
                "първата среща с майка, която обмисля да остави детето си.</p>",
                "<p>Much of the day was spent on role plays. Participants took turns as parent, "
                "professional and observer and practised difficult conversations, such as a first "
                "meeting with a mother who is thinking of leaving her child.</p>",
                "<p>O mare parte a zilei a fost dedicată jocurilor de rol. Participanții au "
                "alternat rolurile de părinte, specialist și observator și au exersat conversații "
                "dificile, de pildă prima întâlnire cu o mamă care se gândește să își lase "
                "copilul.</p>",
            ),
            heading(
                "Инструментариумът за работа с родители",
                "The toolkit for working with parents",
                "Setul de instrumente pentru lucrul cu părinții",
            ),
            paragraph(
                "<p>Екипът се запозна с инструментариума на организацията: карти за разговор, "
                "въпросник за нуждите на семейството и план за подкрепа, който родителят "
                "изготвя заедно със специалиста.</p>",
                "<p>The team was introduced to the charity's toolkit: conversation cards, a "
                "questionnaire on the family's needs and a support plan that the parent draws up "
                "together with the professional.</p>",
                "<p>Echipa a făcut cunoștință cu setul de instrumente al organizației: cartonașe "
                "de conversație, un chestionar despre nevoile familiei și un plan de sprijin pe "
                "care părintele îl întocmește împreună cu specialistul.</p>",
            ),
            TO_RESOURCES,
        ],
    },
}

FOCUS_GROUP_FINDINGS = L(
    "<ul><li><b>Повече участие на родителите.</b> Родителите да бъдат включени в плана за "
    "детето от самото начало, а не само да бъдат информирани за него.</li><li><b>Редовно "
    "опресняване на знанията.</b> Еднократното обучение не стига; нужни са кратки и редовни "
    "модули.</li><li><b>Задълбочена оценка на всеки случай.</b> Натоварването води до "
    "повърхностни оценки; нужни са време и инструменти за задълбочена оценка.</li><li><b>По-добра "
    "координация между звената.</b> Информацията между службите, които работят по един случай, "
    "трябва да се обменя по-бързо и по ясни правила.</li></ul>",
    "<ul><li><b>Involve parents more.</b> Parents should take part in the child's plan from "
    "the start, not just be informed of it.</li><li><b>Refresh knowledge regularly.</b> A "
    "one-off training is not enough; short, regular modules are needed.</li><li><b>Assess each "
    "case in depth.</b> Heavy caseloads lead to superficial assessments; time and tools for "
    "in-depth assessment are needed.</li><li><b>Better coordination between units.</b> "
    "Services working on the same case should exchange information faster and under clear "
    "rules.</li></ul>",
    "<ul><li><b>Implicarea mai mare a părinților.</b> Părinții trebuie să participe la planul "
    "copilului de la început, nu doar să fie informați despre el.</li><li><b>Actualizarea "
    "periodică a cunoștințelor.</b> O formare unică nu ajunge; sunt necesare module scurte și "
    "regulate.</li><li><b>Evaluarea aprofundată a fiecărui caz.</b> Volumul mare de muncă duce "
    "la evaluări superficiale; este nevoie de timp și de instrumente pentru o evaluare "
    "aprofundată.</li><li><b>O mai bună coordonare între structuri.</b> Serviciile care lucrează "
    "la același caz trebuie să facă schimb de informații mai rapid și după reguli "
    "clare.</li></ul>",
)

HOW_IT_WENT = [
    heading("Как протече срещата", "How the meeting went", "Cum s-a desfășurat întâlnirea"),
    paragraph(
        "<p>Модератор водеше разговора по предварително подготвени въпроси: кои случаи са "
        "най-трудни, какво знание липсва и как си сътрудничат институциите. Отговорите бяха "
        "записани анонимно.</p>",
        "<p>A moderator led the conversation through prepared questions: which cases are the "
        "hardest, what knowledge is missing and how institutions cooperate. Answers were "
        "recorded anonymously.</p>",
        "<p>Un moderator a condus discuția pe baza unor întrebări pregătite: care sunt cele mai "
        "dificile cazuri, ce cunoștințe lipsesc și cum cooperează instituțiile. Răspunsurile au "
        "fost consemnate anonim.</p>",
    ),
]


def _focus_group(title, slug, summary, extra=()):
    return {"title": title, "slug": slug, "summary": summary, "write_up": HOW_IT_WENT + list(extra)}


FOCUS_GROUPS = {
    "event-focus-group-stara-zagora": _focus_group(
        L(
            "Фокус група в Стара Загора",
            "Focus group in Stara Zagora",
            "Focus grup la Stara Zagora",
        ),
        L(
            "fokus-grupa-stara-zagora-2020",
            "focus-group-stara-zagora-2020",
            "focus-grup-stara-zagora-2020",
        ),
        L(
            "Тринадесет специалисти от област Стара Загора разказаха какво им помага и какво им "
            "пречи в работата по случаи на деца в риск. Срещата откри поредицата от три фокус "
            "групи за укрепване на системата за закрила на детето.",
            "Thirteen professionals from Stara Zagora district described what helps and what "
            "hinders them in casework with children at risk. The meeting opened a series of three "
            "focus groups on strengthening the child protection system.",
            "Treisprezece specialiști din districtul Stara Zagora au povestit ce îi ajută și ce îi "
            "împiedică în lucrul pe cazuri cu copii în situație de risc. Întâlnirea a deschis "
            "seria de trei focus grupuri despre consolidarea sistemului de protecție a copilului.",
        ),
    ),
    "event-focus-group-harmanli": _focus_group(
        L("Фокус група в Харманли", "Focus group in Harmanli", "Focus grup la Harmanli"),
        L("fokus-grupa-harmanli-2020", "focus-group-harmanli-2020", "focus-grup-harmanli-2020"),
        L(
            "В Харманли 21 участници, най-голямата от трите групи, обсъдиха работата с "
            "родителите и координацията между институциите в област Хасково.",
            "In Harmanli, 21 participants, the largest of the three groups, discussed work with "
            "parents and coordination between institutions in Haskovo district.",
            "La Harmanli, 21 de participanți, cel mai numeros dintre cele trei grupuri, au "
            "discutat despre lucrul cu părinții și despre coordonarea dintre instituții în "
            "districtul Haskovo.",
        ),
    ),
    "event-focus-group-sofia": _focus_group(
        L("Фокус група в София", "Focus group in Sofia", "Focus grup la Sofia"),
        L("fokus-grupa-sofia-2020", "focus-group-sofia-2020", "focus-grup-sofia-2020"),
        L(
            "Последната фокус група събра в София 20 участници, сред които представители на "
            "Държавната агенция за закрила на детето. Те обсъдиха изводите от Стара Загора и "
            "Харманли и как да се превърнат в програма за обучение.",
            "The last focus group brought together 20 participants in Sofia, including "
            "representatives of the State Agency for Child Protection. They discussed the "
            "conclusions from Stara Zagora and Harmanli and how to turn them into a training "
            "programme.",
            "Ultimul focus grup a reunit la Sofia 20 de participanți, printre care reprezentanți "
            "ai Agenției de Stat pentru Protecția Copilului. Aceștia au discutat concluziile de "
            "la Stara Zagora și Harmanli și modul în care pot deveni un program de formare.",
        ),
        extra=[
            (
                "document",
                {
                    "document": DocumentRef("focus-groups-summary-bg"),
                    "title": L(
                        "Обобщение на изводите (PDF)",
                        "Summary of the findings (PDF, in Bulgarian)",
                        "Rezumatul concluziilor (PDF, în bulgară)",
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "text": L(
                        "Как изводите се превърнаха в програма за обучение",
                        "How the findings became a training programme",
                        "Cum au devenit concluziile un program de formare",
                    ),
                    "button_label": L("Към проекта", "Go to the project", "Către proiect"),
                    "page": PageRef("project-strengthen"),
                },
            ),
        ],
    ),
    "pdf": {
        "lang": "bg",
        "title": "Фокус групи 2020: обобщение на изводите",
        "subtitle": "Укрепване на системата за закрила на детето в България (STRENGTHEN)",
        "author": "Фондация „Сигурно детство“",
        "meta_lines": ["Стара Загора, Харманли, София", "юни 2020 г."],
        "sections": [
            (
                "За фокус групите",
                [
                    "Проведени бяха три фокус групи: на 16 юни 2020 г. в Стара Загора с 13 "
                    "участници, на 17 юни 2020 г. в Харманли с 21 участници и на 25 юни 2020 г. "
                    "в София с 20 участници, сред които представители на Държавната агенция за "
                    "закрила на детето.",
                    "Разговорите следваха едни и същи въпроси, за да могат отговорите да се "
                    "сравняват. Всички отговори бяха записани анонимно.",
                ],
            ),
            (
                "Основни изводи",
                [
                    [
                        "Родителите да бъдат включени повече в плана за детето.",
                        "Знанията да се опресняват редовно с кратки модули.",
                        "Всеки случай да бъде оценен задълбочено.",
                        "Координацията между звената да бъде по-добра.",
                    ]
                ],
            ),
            (
                "Следващи стъпки",
                [
                    "Изводите са основата на програмата за обучение по проекта. Всеки от тях "
                    "съответства на отделен модул, който съчетава теория, работа по случаи и "
                    "упражнения между различните служби."
                ],
            ),
        ],
    },
}
