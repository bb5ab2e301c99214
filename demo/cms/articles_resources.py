"""Resource Centre articles: the Resilience approach, the Genogram, the parents' toolkit, participation."""

from demo.core import L, heading, image_block, paragraph, table
from demo.core import call_to_action as cta


def image(key, alt, caption):
    return image_block(f"{key}-listing", alt, caption)


# The pictures are abstract: their alt text says so and what they look like, in each language.
ALT_RESILIENCE = L(
    "Абстрактна илюстрация: тюркоазени кръгове и заоблени правоъгълници на преливащ фон",
    "Abstract illustration: teal circles and rounded rectangles on a shaded background",
    "Ilustrație abstractă: cercuri și dreptunghiuri rotunjite turcoaz pe un fundal în degrade",
)
ALT_GENOGRAM = L(
    "Абстрактна илюстрация: застъпващи се кръгове в охра, кафяво и кремаво",
    "Abstract illustration: overlapping circles in ochre, brown and cream",
    "Ilustrație abstractă: cercuri suprapuse în ocru, maro și crem",
)
ALT_PARTICIPATION = L(
    "Абстрактна илюстрация: светлозелени кръгове, пръстени и заоблени форми върху тъмнозелено",
    "Abstract illustration: pale green circles, rings and rounded shapes on dark green",
    "Ilustrație abstractă: cercuri, inele și forme rotunjite verde deschis pe verde închis",
)

RESOURCES = {
    "article-resilience": {
        "title": L(
            "Подходът „Устойчивост“: как да подкрепим детето след трудни преживявания",
            "The Resilience approach: supporting a child after adversity",
            "Abordarea Reziliență: cum sprijinim copilul după experiențe dificile",
        ),
        "slug": L("podhodat-ustoychivost", "resilience-approach", "abordarea-rezilienta"),
        "lead": L(
            "Устойчивостта не е качество, с което детето се ражда или не. Тя се изгражда в "
            "отношенията с възрастните около него и точно затова педагозите и социалните "
            "работници могат да направят толкова много за нея.",
            "Resilience is not a trait a child is simply born with or without. It is built in "
            "relationships with the adults around the child, which is exactly why pedagogues and "
            "social workers can do so much for it.",
            "Reziliența nu este o trăsătură cu care copilul se naște sau nu. Ea se construiește în "
            "relațiile cu adulții din jurul lui și tocmai de aceea pedagogii și asistenții sociali "
            "pot face atât de mult pentru ea.",
        ),
        "tags": L(
            ["устойчивост", "насилие над деца", "травма", "превенция"],
            ["resilience", "violence against children", "trauma", "prevention"],
            ["reziliență", "violența asupra copiilor", "traumă", "prevenire"],
        ),
        "body": [
            heading(
                "Какво означава устойчивост", "What resilience means", "Ce înseamnă reziliența"
            ),
            paragraph(
                "<p>В социалната работа под устойчивост разбираме способността на детето да се "
                "справя и да се развива добре въпреки трудни обстоятелства: бедност, насилие, "
                "раздяла със семейството. Подходът насочва вниманието от дефицитите към "
                "<b>силните страни</b>: какво вече помага на детето и кой може да го подкрепи.</p>",
                "<p>In social work, resilience means a child's capacity to cope and to develop well "
                "despite hard circumstances: poverty, violence, separation from the family. The "
                "approach shifts attention from deficits to <b>strengths</b>: what already helps "
                "the child and who can support them.</p>",
                "<p>În asistența socială, prin reziliență înțelegem capacitatea copilului de a face "
                "față și de a se dezvolta bine în ciuda unor împrejurări grele: sărăcie, violență, "
                "despărțirea de familie. Abordarea mută atenția de la deficite la <b>punctele "
                "forte</b>: ce îl ajută deja pe copil și cine îl poate sprijini.</p>",
            ),
            (
                "quote",
                {
                    "text": L(
                        "Не питаме само какво се е случило с детето, а и какво му е помогнало да издържи.",
                        "We do not only ask what happened to the child, but also what helped them hold on.",
                        "Nu întrebăm doar ce i s-a întâmplat copilului, ci și ce l-a ajutat să reziste.",
                    ),
                    "attribution": L(
                        "Принцип на подхода „Устойчивост“",
                        "A principle of the Resilience approach",
                        "Un principiu al abordării Reziliență",
                    ),
                },
            ),
            heading("Къде търсим ресурси", "Where we look for resources", "Unde căutăm resurse"),
            table(
                L(
                    "Пет области и въпросите към екипа",
                    "Five areas and the questions for the team",
                    "Cinci domenii și întrebările pentru echipă",
                ),
                [
                    L("Област", "Area", "Domeniu"),
                    L("Въпрос към екипа", "Question for the team", "Întrebare pentru echipă"),
                ],
                [
                    [
                        L("Сигурна база", "A secure base", "O bază sigură"),
                        L(
                            "Има ли поне един възрастен, на когото детето вярва?",
                            "Is there at least one adult the child trusts?",
                            "Există cel puțin un adult în care copilul are încredere?",
                        ),
                    ],
                    [
                        L("Учене", "Learning", "Învățare"),
                        L(
                            "Какво върви добре в училище и кой го забелязва?",
                            "What goes well at school, and who notices it?",
                            "Ce merge bine la școală și cine observă asta?",
                        ),
                    ],
                    [
                        L("Принадлежност", "Belonging", "Apartenență"),
                        L(
                            "Къде детето е прието и се чувства част от общност?",
                            "Where is the child accepted and part of a community?",
                            "Unde este copilul acceptat și parte dintr-o comunitate?",
                        ),
                    ],
                    [
                        L("Умения за справяне", "Coping skills", "Abilități de a face față"),
                        L(
                            "Какво прави детето, когато му е трудно?",
                            "What does the child do when things are hard?",
                            "Ce face copilul atunci când îi este greu?",
                        ),
                    ],
                    [
                        L("Образ за себе си", "Sense of self", "Imaginea de sine"),
                        L(
                            "Какво мисли детето за себе си и за бъдещето си?",
                            "What does the child think of themselves and their future?",
                            "Ce crede copilul despre sine și despre viitorul său?",
                        ),
                    ],
                ],
            ),
            heading(
                "Насилието над деца: не само кризисна намеса",
                "Violence against children: more than crisis intervention",
                "Violența asupra copiilor: mai mult decât intervenția în criză",
            ),
            paragraph(
                "<p>Кризисната намеса е необходима, но не е достатъчна. Детето има нужда от "
                "подкрепа месеци и години след травмата, а училището и услугите в общността са "
                "местата, където тази подкрепа може да бъде постоянна.</p>",
                "<p>Crisis intervention is necessary but not enough. A child needs support for "
                "months and years after trauma, and the school and community services are the "
                "places where that support can be constant.</p>",
                "<p>Intervenția în criză este necesară, dar nu suficientă. Copilul are nevoie de "
                "sprijin luni și ani după traumă, iar școala și serviciile din comunitate sunt "
                "locurile în care acest sprijin poate fi constant.</p>",
            ),
            image(
                "article-resilience",
                ALT_RESILIENCE,
                L(
                    "Подходът „Устойчивост“ (илюстрация)",
                    "The Resilience approach (illustration)",
                    "Abordarea Reziliență (ilustrație)",
                ),
            ),
            paragraph(
                "<p>В по-ранен проект обучени обучители подготвиха педагози и социални работници в "
                "десет града. Сега подходът се пилотира в училища, специализирани институции и "
                "центрове за социални услуги, а опитът се събира тук, в Ресурсния център.</p>",
                "<p>In an earlier project, trained trainers prepared pedagogues and social workers "
                "in ten cities. The approach is now being piloted in schools, specialised "
                "institutions and social-service centres, and the experience is gathered here, in "
                "the Resource Centre.</p>",
                "<p>Într-un proiect anterior, formatori pregătiți au format pedagogi și asistenți "
                "sociali din zece orașe. Acum abordarea este testată în școli, instituții "
                "specializate și centre de servicii sociale, iar experiența este adunată aici, în "
                "Centrul de resurse.</p>",
            ),
            cta(
                L(
                    "Научете повече за проекта „Устойчивост без граници“",
                    "Learn more about the Resilience Without Borders project",
                    "Aflați mai multe despre proiectul Reziliență fără frontiere",
                ),
                L("Към проекта", "Go to the project", "Către proiect"),
                "project-resilience",
            ),
        ],
    },
    "article-genogram": {
        "title": L(
            "Методът на генограмата: семейната история на един лист",
            "The Genogram method: a family's story on one sheet",
            "Metoda genogramei: povestea unei familii pe o singură foaie",
        ),
        "slug": L("metodat-na-genogramata", "genogram-method", "metoda-genogramei"),
        "lead": L(
            "Генограмата помага на специалиста и на семейството да видят заедно връзките, "
            "повтарящите се събития и скритите ресурси в три поколения.",
            "A genogram helps the professional and the family to see together the relationships, "
            "recurring events and hidden resources across three generations.",
            "Genograma îi ajută pe specialist și pe familie să vadă împreună relațiile, "
            "evenimentele care se repetă și resursele ascunse de-a lungul a trei generații.",
        ),
        "tags": L(
            ["генограма", "работа по случай", "семейство"],
            ["genogram", "casework", "family"],
            ["genogramă", "lucrul pe caz", "familie"],
        ),
        "body": [
            heading("Какво е генограма", "What a genogram is", "Ce este genograma"),
            paragraph(
                "<p>Генограмата прилича на родословно дърво, но казва повече: освен кой кой е, тя "
                "показва какви са отношенията, важните събития като раждания, раздели и загуби и "
                "откъде идва подкрепата.</p>",
                "<p>A genogram looks like a family tree but says more: besides who is who, it shows "
                "what the relationships are like, important events such as births, separations and "
                "losses, and where support comes from.</p>",
                "<p>Genograma seamănă cu un arbore genealogic, dar spune mai mult: pe lângă cine "
                "este fiecare, arată cum sunt relațiile, evenimentele importante precum nașteri, "
                "despărțiri și pierderi și de unde vine sprijinul.</p>",
            ),
            table(
                L("Основни символи", "Basic symbols", "Simboluri de bază"),
                [L("Символ", "Symbol", "Simbol"), L("Значение", "Meaning", "Semnificație")],
                [
                    [
                        L("квадрат", "square", "pătrat"),
                        L("мъж или момче", "man or boy", "bărbat sau băiat"),
                    ],
                    [
                        L("кръг", "circle", "cerc"),
                        L("жена или момиче", "woman or girl", "femeie sau fată"),
                    ],
                    [
                        L("двойна рамка", "double outline", "contur dublu"),
                        L(
                            "лицето, за което е случаят",
                            "the person the case is about",
                            "persoana care face obiectul cazului",
                        ),
                    ],
                    [
                        L("хоризонтална линия", "horizontal line", "linie orizontală"),
                        L(
                            "брак или съжителство",
                            "marriage or living together",
                            "căsătorie sau conviețuire",
                        ),
                    ],
                    [
                        L(
                            "наклонена черта през линията",
                            "slash across the line",
                            "bară oblică peste linie",
                        ),
                        L("раздяла", "separation", "despărțire"),
                    ],
                    [
                        L("назъбена линия", "zigzag line", "linie în zigzag"),
                        L("конфликтна връзка", "conflictual relationship", "relație conflictuală"),
                    ],
                ],
            ),
            heading(
                "Как я използваме в работата по случай",
                "How we use it in casework",
                "Cum o folosim în lucrul pe caz",
            ),
            paragraph(
                "<ol><li>Чертаем генограмата заедно с родителя, а не вместо него.</li><li>Започваме "
                "от детето и вървим към родителите, бабите и дядовците.</li><li>Отбелязваме "
                "хората, които могат да помогнат; често това са роднини, за които службите не "
                "знаят.</li><li>Връщаме се към схемата на всяка следваща среща.</li></ol>",
                "<ol><li>We draw the genogram together with the parent, not instead of "
                "them.</li><li>We start from the child and move to the parents and "
                "grandparents.</li><li>We mark the people who can help; often these are relatives "
                "the services do not know about.</li><li>We come back to the map at every "
                "following meeting.</li></ol>",
                "<ol><li>Desenăm genograma împreună cu părintele, nu în locul lui.</li><li>Pornim "
                "de la copil și mergem spre părinți și bunici.</li><li>Marcăm persoanele care pot "
                "ajuta; adesea sunt rude despre care serviciile nu știu.</li><li>Revenim la schemă "
                "la fiecare întâlnire următoare.</li></ol>",
            ),
            (
                "quote",
                {
                    "text": L(
                        "Когато родителят види семейството си на хартия, разговорът престава да бъде разпит и става общо търсене на решения.",
                        "When parents see their family on paper, the conversation stops being an interrogation and becomes a joint search for solutions.",
                        "Când părintele își vede familia pe hârtie, discuția încetează să fie un interogatoriu și devine o căutare comună de soluții.",
                    ),
                    "attribution": L(
                        "Из инструментариума за работа с родители",
                        "From the toolkit for working with parents",
                        "Din setul de instrumente pentru lucrul cu părinții",
                    ),
                },
            ),
            image(
                "article-genogram",
                ALT_GENOGRAM,
                L(
                    "Семейство в три поколения (илюстрация)",
                    "A family across three generations (illustration)",
                    "O familie pe trei generații (ilustrație)",
                ),
            ),
            cta(
                L(
                    "Как методът беше представен на обучението в Бургас",
                    "How the method was presented at the Burgas training",
                    "Cum a fost prezentată metoda la formarea de la Burgas",
                ),
                L("Към събитието", "Go to the event", "Către eveniment"),
                "event-training-burgas",
            ),
        ],
    },
}
