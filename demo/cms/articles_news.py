"""News items and the partnership story; the last item is in Bulgarian only (aliased in en/ro)."""

from demo.core import L, heading, paragraph, table
from demo.core import call_to_action as cta

TO_NETWORK = cta(
    L(
        "Всички дейности на проекта",
        "All the activities of the project",
        "Toate activitățile proiectului",
    ),
    L("Към проекта", "Go to the project", "Către proiect"),
    "project-regional-network",
)
WRITE_TO_US = L("Пишете ни", "Write to us", "Scrieți-ne")

NEWS = {
    "news-mapping": {
        "title": L(
            "Картографирахме социалните ресурси в 13 области и окръга",
            "Social resources mapped in 13 districts and counties",
            "Am cartografiat resursele sociale din 13 districte și județe",
        ),
        "slug": L(
            "kartografirane-13-oblasti-i-okraga",
            "mapping-13-districts-and-counties",
            "cartografiere-13-districte-si-judete",
        ),
        "lead": L(
            "През лятото на 2017 г. екипите от Видин и Крайова посетиха доставчици на социални "
            "услуги и институции в шест български области и седем румънски окръга по Дунав.",
            "In the summer of 2017 the teams from Vidin and Craiova visited social-service "
            "providers and institutions in six Bulgarian districts and seven Romanian counties "
            "along the Danube.",
            "În vara lui 2017, echipele din Vidin și Craiova au vizitat furnizori de servicii "
            "sociale și instituții din șase districte bulgărești și șapte județe românești de "
            "pe Dunăre.",
        ),
        "tags": L(
            ["картографиране", "социални услуги", "база данни"],
            ["mapping", "social services", "database"],
            ["cartografiere", "servicii sociale", "bază de date"],
        ),
        "body": [
            table(
                L(
                    "Картографираните области и окръзи",
                    "The districts and counties mapped",
                    "Districtele și județele cartografiate",
                ),
                [L("България", "Bulgaria", "Bulgaria"), L("Румъния", "Romania", "România")],
                [
                    [L("Враца", "Vratsa", "Vrața"), L("Мехединци", "Mehedinți", "Mehedinți")],
                    [L("Плевен", "Pleven", "Pleven"), L("Долж", "Dolj", "Dolj")],
                    [
                        L("Велико Търново", "Veliko Tarnovo", "Veliko Tărnovo"),
                        L("Олт", "Olt", "Olt"),
                    ],
                    [L("Русе", "Ruse", "Ruse"), L("Телеорман", "Teleorman", "Teleorman")],
                    [L("Силистра", "Silistra", "Silistra"), L("Гюргево", "Giurgiu", "Giurgiu")],
                    [L("Добрич", "Dobrich", "Dobrici"), L("Кълъраш", "Călărași", "Călărași")],
                    ["", L("Констанца", "Constanța", "Constanța")],
                ],
            ),
            paragraph(
                "<p>Видин и Монтана бяха картографирани в по-ранен проект. Събраните данни влизат в "
                "база данни на български, румънски и английски, която ще бъде показана на "
                "интерактивна карта; подготвят се и плакати и листовки.</p>",
                "<p>Vidin and Montana had been mapped in an earlier project. The data collected go "
                "into a database in Bulgarian, Romanian and English that will be shown on an "
                "interactive map; posters and leaflets are also being prepared.</p>",
                "<p>Vidin și Montana fuseseră cartografiate într-un proiect anterior. Datele "
                "colectate intră într-o bază de date în bulgară, română și engleză, care va fi "
                "afișată pe o hartă interactivă; se pregătesc și afișe și pliante.</p>",
            ),
            TO_NETWORK,
        ],
    },
    "news-community-launch": {
        "title": L(
            "Виртуалната общност на практиката отвори врати",
            "The virtual community of practice is open",
            "Comunitatea virtuală de practică și-a deschis porțile",
        ),
        "slug": L(
            "virtualnata-obshtnost-otvori-vrati",
            "virtual-community-of-practice-opens",
            "comunitatea-virtuala-de-practica",
        ),
        "lead": L(
            "Специалистите от двете страни на Дунав вече имат общо място онлайн: информация за "
            "двете социални системи, базата данни с интерактивна карта и възможност да споделят "
            "свои материали.",
            "Professionals from both sides of the Danube now have a shared place online: "
            "information on both social systems, the database with its interactive map, and a "
            "way to share their own materials.",
            "Specialiștii de pe ambele maluri ale Dunării au acum un loc comun online: informații "
            "despre cele două sisteme sociale, baza de date cu harta interactivă și posibilitatea "
            "de a-și împărtăși propriile materiale.",
        ),
        "tags": L(
            ["общност на практиката", "онлайн платформа"],
            ["community of practice", "online platform"],
            ["comunitate de practică", "platformă online"],
        ),
        "body": [
            heading("Какво можете да правите", "What you can do", "Ce puteți face"),
            paragraph(
                "<ul><li>да прочетете как е устроена социалната система на съседната страна</li>"
                "<li>да намерите услуга и контакт на интерактивната карта</li><li>да качите свой "
                "материал и да коментирате материалите на колегите</li></ul>",
                "<ul><li>read how the neighbouring country's social system is organised</li>"
                "<li>find a service and a contact on the interactive map</li><li>upload your own "
                "material and comment on your colleagues' materials</li></ul>",
                "<ul><li>să citiți cum este organizat sistemul social al țării vecine</li><li>să "
                "găsiți un serviciu și o persoană de contact pe harta interactivă</li><li>să "
                "încărcați propriul material și să comentați materialele colegilor</li></ul>",
            ),
            cta(
                L(
                    "Искате организацията ви да бъде на картата?",
                    "Would you like your organisation on the map?",
                    "Doriți ca organizația dumneavoastră să apară pe hartă?",
                ),
                WRITE_TO_US,
                "contact",
            ),
        ],
    },
    "news-exchange-call": {
        "title": L(
            "Покана за обменни посещения: търсим шест двойки организации",
            "Call for exchange visits: six pairs of organisations wanted",
            "Apel pentru vizite de schimb: căutăm șase perechi de organizații",
        ),
        "slug": L(
            "pokana-za-obmenni-poseshtenia",
            "call-for-exchange-visits",
            "apel-pentru-vizite-de-schimb",
        ),
        "lead": L(
            "През януари и февруари 2019 г. ще се проведат шест тридневни обменни посещения, три в "
            "България и три в Румъния. Каним доставчиците на социални услуги да кандидатстват "
            "по двойки.",
            "Six three-day exchange visits will take place in January and February 2019, three in "
            "Bulgaria and three in Romania. We invite social-service providers to apply in pairs.",
            "În ianuarie și februarie 2019 vor avea loc șase vizite de schimb de câte trei zile, "
            "trei în Bulgaria și trei în România. Invităm furnizorii de servicii sociale să "
            "candideze în perechi.",
        ),
        "tags": L(
            ["обменни посещения", "покана", "трансгранично сътрудничество"],
            ["exchange visits", "call", "cross-border cooperation"],
            ["vizite de schimb", "apel", "cooperare transfrontalieră"],
        ),
        "body": [
            heading("Условия", "Conditions", "Condiții"),
            paragraph(
                "<ul><li>Всяка двойка се състои от приемаща и изпращаща организация; общо ще бъдат "
                "избрани 12 организации.</li><li>От изпращащата организация пътуват трима души, а "
                "разходите им се покриват от проекта.</li><li>Преди посещението двойката "
                "представя програма и очаквани резултати, а след него – доклад.</li></ul>",
                "<ul><li>Each pair consists of a host and a sending organisation; 12 organisations "
                "will be selected in all.</li><li>Three people travel from the sending "
                "organisation, and the project covers their costs.</li><li>Before the visit the "
                "pair submits a programme and expected results, and after it a report.</li></ul>",
                "<ul><li>Fiecare pereche este formată dintr-o organizație gazdă și una de trimitere; "
                "în total vor fi selectate 12 organizații.</li><li>Din organizația de trimitere "
                "călătoresc trei persoane, iar costurile lor sunt acoperite de proiect.</li><li>Înainte "
                "de vizită, perechea prezintă un program și rezultatele așteptate, iar după vizită "
                "un raport.</li></ul>",
            ),
            cta(
                L(
                    "Имате въпроси за поканата?",
                    "Questions about the call?",
                    "Aveți întrebări despre apel?",
                ),
                WRITE_TO_US,
                "contact",
            ),
        ],
    },
    "news-publications": {
        "title": L(
            "Сборникът и брошурата вече могат да се изтеглят безплатно",
            "The compendium and the brochure are now free to download",
            "Compendiul și broșura pot fi descărcate gratuit",
        ),
        "slug": L(
            "sbornikat-i-broshurata", "compendium-and-brochure-published", "compendiul-si-brosura"
        ),
        "lead": L(
            "В последните седмици на проекта излязоха двете му издания: сборник за специалисти и "
            "популярна брошура със снимки, на български и румънски език.",
            "In the project's final weeks its two publications came out: a compendium for "
            "specialists and a popular brochure with photos, in Bulgarian and Romanian.",
            "În ultimele săptămâni ale proiectului au apărut cele două publicații ale sale: un "
            "compendiu pentru specialiști și o broșură de popularizare cu fotografii, în bulgară "
            "și română.",
        ),
        "tags": L(
            ["публикации", "сборник", "брошура"],
            ["publications", "compendium", "brochure"],
            ["publicații", "compendiu", "broșură"],
        ),
        "body": [
            paragraph(
                "<p>Сборникът е предназначен за специалистите, които работят по случаи от двете "
                "страни на границата. Брошурата разказва за мрежата на по-широка публика. И двете "
                "издания са безплатни, а сборникът е преведен и на английски.</p>",
                "<p>The compendium is meant for professionals working on cases on both sides of the "
                "border. The brochure tells a wider audience about the network. Both are free, and "
                "the compendium has also been translated into English.</p>",
                "<p>Compendiul se adresează specialiștilor care lucrează pe cazuri de o parte și de "
                "alta a graniței. Broșura prezintă rețeaua unui public mai larg. Ambele publicații "
                "sunt gratuite, iar compendiul a fost tradus și în engleză.</p>",
            ),
            cta(
                L("Изтеглете изданията", "Download the publications", "Descărcați publicațiile"),
                L("Към публикациите", "Go to publications", "Către publicații"),
                "publications",
            ),
        ],
    },
    # Bulgarian only: English and Romanian readers see an alias marked as not translated yet.
    "news-resource-centre-moves": {
        "title": "Ресурсният център вече е част от „Практика“",
        "slug": "resursniyat-tsentar-veche-e-chast-ot-praktika",
        "lead": (
            "Методите, наръчниците и добрите практики, събирани досега на сайтовете на отделни "
            "проекти, вече са на едно място: с търсене, с филтри по тема и метод и на три езика."
        ),
        # No tags: they would show, in Bulgarian, in the English and Romanian topic filters.
        "tags": [],
        "body": [
            (
                "paragraph",
                "<p>Преместихме в „Практика“ материалите за подхода „Устойчивост“, метода на "
                "генограмата и работата с родители в риск от изоставяне. Преводите на английски и "
                "румънски се подготвят и ще бъдат публикувани постепенно.</p>",
            ),
            cta("Разгледайте Ресурсния център", "Към Ресурсния център", "resources"),
        ],
    },
}
