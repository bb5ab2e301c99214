"""The partnership story and the focus-group findings, in the news section."""

from demo.cms.articles_news import TO_NETWORK
from demo.core import L, heading, image_block, paragraph, table
from demo.core import call_to_action as cta

STORIES = {
    "article-partnership": {
        "title": L(
            "Мрежа през Дунав: как се изгражда трансгранично партньорство",
            "A network across the Danube: how a cross-border partnership is built",
            "O rețea peste Dunăre: cum se construiește un parteneriat transfrontalier",
        ),
        "slug": L("mrezha-prez-dunav", "network-across-the-danube", "retea-peste-dunare"),
        "lead": L(
            "Две организации, две държави, два езика и една река между тях. Какво научиха "
            "партньорите от Видин и Крайова за двете години обща работа.",
            "Two organisations, two countries, two languages and a river between them. What the "
            "partners from Vidin and Craiova learned in two years of working together.",
            "Două organizații, două țări, două limbi și un fluviu între ele. Ce au învățat "
            "partenerii din Vidin și Craiova în cei doi ani de lucru împreună.",
        ),
        "tags": L(
            ["партньорство", "трансгранично сътрудничество", "Румъния", "България"],
            ["partnership", "cross-border cooperation", "Romania", "Bulgaria"],
            ["parteneriat", "cooperare transfrontalieră", "România", "Bulgaria"],
        ),
        "body": [
            heading(
                "Първо общо разбиране",
                "Common understanding first",
                "Mai întâi, o înțelegere comună",
            ),
            paragraph(
                "<p>Преди първите общи събития партньорите сравниха двете социални системи и "
                "преведоха ключови национални документи. Така всеки знаеше какво означават "
                "понятията на съседа и кой за какво отговаря.</p>",
                "<p>Before the first joint events the partners compared the two social systems and "
                "translated key national documents. That way everyone knew what their neighbour's "
                "terms meant and who was responsible for what.</p>",
                "<p>Înaintea primelor evenimente comune, partenerii au comparat cele două sisteme "
                "sociale și au tradus documente naționale esențiale. Astfel, fiecare știa ce "
                "înseamnă termenii vecinului și cine răspunde de ce.</p>",
            ),
            (
                "quote",
                {
                    "text": L(
                        "Най-трудното не беше преводът на думите, а преводът на системите.",
                        "The hardest part was not translating the words but translating the systems.",
                        "Cel mai greu nu a fost să traducem cuvintele, ci sistemele.",
                    ),
                    "attribution": L(
                        "Поука от двете години работа",
                        "A lesson from two years of work",
                        "O lecție din cei doi ani de lucru",
                    ),
                },
            ),
            table(
                L("Партньорите", "The partners", "Partenerii"),
                [L("Организация", "Organisation", "Organizație"), L("Роля", "Role", "Rol")],
                [
                    [
                        L(
                            "Младежки център – Видин",
                            "Vidin Youth Centre",
                            "Centrul de Tineret Vidin",
                        ),
                        L(
                            "водещ партньор; дейности в България",
                            "lead partner; activities in Bulgaria",
                            "partener principal; activități în Bulgaria",
                        ),
                    ],
                    [
                        L(
                            "Сдружение „Олтения“, Крайова",
                            "Oltenia association, Craiova",
                            "Asociația Oltenia, Craiova",
                        ),
                        L(
                            "партньор; дейности в Румъния",
                            "partner; activities in Romania",
                            "partener; activități în România",
                        ),
                    ],
                ],
            ),
            heading(
                "Три правила, които помогнаха",
                "Three rules that helped",
                "Trei reguli care au ajutat",
            ),
            paragraph(
                "<ol><li>Общ календар и редовни онлайн срещи.</li><li>Смесени екипи на всяко "
                "събитие.</li><li>Решенията се записват и на двата езика.</li></ol>",
                "<ol><li>A shared calendar and regular online meetings.</li><li>Mixed teams at "
                "every event.</li><li>Decisions are written down in both languages.</li></ol>",
                "<ol><li>Un calendar comun și întâlniri online regulate.</li><li>Echipe mixte la "
                "fiecare eveniment.</li><li>Deciziile se consemnează în ambele limbi.</li></ol>",
            ),
            image_block(
                "article-partnership-listing",
                L(
                    "Абстрактна илюстрация: синьо-зелени кръгове и дъги върху тъмен тюркоазен фон",
                    "Abstract illustration: blue-green circles and arcs on a dark teal background",
                    "Ilustrație abstractă: cercuri și arcuri albastru-verzui pe un fundal turcoaz închis",
                ),
                L(
                    "Два бряга, една мрежа (илюстрация)",
                    "Two banks, one network (illustration)",
                    "Două maluri, o rețea (ilustrație)",
                ),
            ),
            TO_NETWORK,
        ],
    },
    "news-focus-groups": {
        "title": L(
            "Какво казаха специалистите: изводите от фокус групите",
            "What professionals told us: the focus-group findings",
            "Ce ne-au spus specialiștii: concluziile focus grupurilor",
        ),
        "slug": L(
            "izvodite-ot-fokus-grupite", "focus-group-findings", "concluziile-focus-grupurilor"
        ),
        "lead": L(
            "През юни 2020 г. 54 специалисти от Стара Загора, Харманли и София участваха в три "
            "фокус групи. Четири извода ще определят програмата за обучение на проекта STRENGTHEN.",
            "In June 2020, 54 professionals from Stara Zagora, Harmanli and Sofia took part in "
            "three focus groups. Four findings will shape the training programme of the "
            "STRENGTHEN project.",
            "În iunie 2020, 54 de specialiști din Stara Zagora, Harmanli și Sofia au participat la "
            "trei focus grupuri. Patru concluzii vor da forma programului de formare al "
            "proiectului STRENGTHEN.",
        ),
        "tags": L(
            ["фокус групи", "закрила на детето", "обучение"],
            ["focus groups", "child protection", "training"],
            ["focus grupuri", "protecția copilului", "formare"],
        ),
        "body": [
            table(
                L("Трите срещи", "The three meetings", "Cele trei întâlniri"),
                [
                    L("Град", "Town", "Oraș"),
                    L("Дата", "Date", "Data"),
                    L("Участници", "Participants", "Participanți"),
                ],
                [
                    [
                        L("Стара Загора", "Stara Zagora", "Stara Zagora"),
                        L("16 юни 2020 г.", "16 June 2020", "16 iunie 2020"),
                        "13",
                    ],
                    [
                        L("Харманли", "Harmanli", "Harmanli"),
                        L("17 юни 2020 г.", "17 June 2020", "17 iunie 2020"),
                        "21",
                    ],
                    [
                        L("София", "Sofia", "Sofia"),
                        L("25 юни 2020 г.", "25 June 2020", "25 iunie 2020"),
                        "20",
                    ],
                ],
            ),
            heading("Четирите извода", "The four findings", "Cele patru concluzii"),
            paragraph(
                "<ul><li>Родителите да участват повече в плана за детето.</li><li>Знанията да се "
                "опресняват редовно.</li><li>Всеки случай да се оценява задълбочено.</li><li>Звената "
                "да се координират по-добре.</li></ul>",
                "<ul><li>Involve parents more in the child's plan.</li><li>Refresh knowledge "
                "regularly.</li><li>Assess every case in depth.</li><li>Coordinate better between "
                "units.</li></ul>",
                "<ul><li>Părinții să fie implicați mai mult în planul copilului.</li><li>Cunoștințele "
                "să fie actualizate periodic.</li><li>Fiecare caz să fie evaluat în "
                "profunzime.</li><li>Structurile să se coordoneze mai bine.</li></ul>",
            ),
            cta(
                L(
                    "Прочетете обобщението от срещата в София",
                    "Read the summary from the Sofia meeting",
                    "Citiți rezumatul întâlnirii de la Sofia",
                ),
                L("Към събитието", "Go to the event", "Către eveniment"),
                "event-focus-group-sofia",
            ),
        ],
    },
}
