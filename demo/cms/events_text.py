"""Write-ups of the cross-border meetings of the Regional Network for Social Cohesion, 2017–2019."""

from demo.core import ImageRef, L, PageRef, heading, paragraph

TO_PROJECT = (
    "call_to_action",
    {
        "text": L(
            "Вижте всички дейности на проекта",
            "See all the activities of the project",
            "Vedeți toate activitățile proiectului",
        ),
        "button_label": L("Към проекта", "Go to the project", "Către proiect"),
        "page": PageRef("project-regional-network"),
    },
)

CROSS_BORDER = {
    "event-expert-meeting-ruse": {
        "title": L(
            "Международна експертна среща в Русе",
            "International expert meeting in Ruse",
            "Întâlnire internațională de experți la Ruse",
        ),
        "slug": L(
            "ekspertna-sreshta-ruse-2017", "expert-meeting-ruse-2017", "intalnire-experti-ruse-2017"
        ),
        "summary": L(
            "Двадесет експерти, по десет от България и Румъния, работиха два дни в област Русе "
            "върху резултатите от картографирането на социалните ресурси и от сравнителното "
            "изследване на двете социални системи.",
            "Twenty experts, ten from Bulgaria and ten from Romania, spent two days in Ruse "
            "district working on the results of the social-resource mapping and of the "
            "comparative study of the two social systems.",
            "Douăzeci de experți, câte zece din Bulgaria și din România, au lucrat două zile în "
            "districtul Ruse pe rezultatele cartografierii resurselor sociale și ale studiului "
            "comparativ al celor două sisteme sociale.",
        ),
        "write_up": [
            heading("Програма на срещата", "Programme", "Programul întâlnirii"),
            (
                "table",
                {
                    "caption": L(
                        "Двата дни на срещата",
                        "The two days of the meeting",
                        "Cele două zile ale întâlnirii",
                    ),
                    "header": [L("Ден", "Day", "Ziua"), L("Теми", "Topics", "Teme")],
                    "rows": [
                        [
                            L("Първи ден", "Day one", "Prima zi"),
                            L(
                                "резултати от картографирането в 13 области и окръга; първи преглед на базата данни",
                                "results of the mapping in 13 districts and counties; a first look at the database",
                                "rezultatele cartografierii din 13 districte și județe; o primă privire asupra bazei de date",
                            ),
                        ],
                        [
                            L("Втори ден", "Day two", "A doua zi"),
                            L(
                                "изводи от сравнителното изследване; теми и правила за подбор за тематичните форуми",
                                "conclusions of the comparative study; topics and selection rules for the thematic forums",
                                "concluziile studiului comparativ; teme și reguli de selecție pentru forumurile tematice",
                            ),
                        ],
                    ],
                },
            ),
            paragraph(
                "<p>Срещата беше първата, на която специалисти от двата бряга на Дунав работиха "
                "заедно по общ план. Участниците сравниха как са организирани социалните услуги в "
                "двете страни и набелязаха темите, по които съседите могат да си помагат.</p>",
                "<p>This was the first meeting at which professionals from both banks of the "
                "Danube worked together on a joint plan. Participants compared how social services "
                "are organised in the two countries and identified the topics on which neighbours "
                "can help each other.</p>",
                "<p>A fost prima întâlnire la care specialiști de pe cele două maluri ale Dunării "
                "au lucrat împreună la un plan comun. Participanții au comparat modul în care sunt "
                "organizate serviciile sociale în cele două țări și au identificat temele la care "
                "vecinii se pot ajuta reciproc.</p>",
            ),
            TO_PROJECT,
        ],
    },
    "event-forum-vidin": {
        "title": L(
            "Тематичен форум във Видин: услугите за деца и семейства",
            "Thematic forum in Vidin: services for children and families",
            "Forum tematic la Vidin: serviciile pentru copii și familii",
        ),
        "slug": L(
            "tematichen-forum-vidin-2017", "thematic-forum-vidin-2017", "forum-tematic-vidin-2017"
        ),
        "summary": L(
            "Първият от десетте тематични форума събра във Видин 20 експерти от двете страни за "
            "два дни разговор за услугите за деца и семейства в граничния регион.",
            "The first of ten thematic forums brought 20 experts from both countries to Vidin "
            "for two days of discussion on services for children and families in the border region.",
            "Primul dintre cele zece forumuri tematice a reunit la Vidin 20 de experți din cele "
            "două țări pentru două zile de discuții despre serviciile pentru copii și familii "
            "din regiunea de graniță.",
        ),
        "write_up": [
            heading(
                "Как бяха избрани участниците",
                "How participants were chosen",
                "Cum au fost aleși participanții",
            ),
            paragraph(
                "<p>Всяка страна покани по десет експерти. Те бяха подбрани според мотивацията, "
                "постиженията и препоръките си, като се следеше за равномерно представяне на "
                "областите и окръзите по поречието на Дунав.</p>",
                "<p>Each country invited ten experts. They were selected for their motivation, "
                "achievements and recommendations, with care for a balanced representation of the "
                "districts and counties along the Danube.</p>",
                "<p>Fiecare țară a invitat câte zece experți. Aceștia au fost selectați după "
                "motivație, realizări și recomandări, cu grijă pentru o reprezentare echilibrată a "
                "districtelor și județelor de-a lungul Dunării.</p>",
            ),
            heading("Формат", "Format", "Format"),
            paragraph(
                "<p>Кратките представяния на практики от двете страни се редуваха с работа в "
                "смесени българо-румънски групи. Всяка група завърши с предложения за "
                "виртуалната общност на практиката.</p>",
                "<p>Short presentations of practice from both countries alternated with work in "
                "mixed Bulgarian-Romanian groups. Each group ended with proposals for the virtual "
                "community of practice.</p>",
                "<p>Prezentările scurte ale unor practici din cele două țări au alternat cu lucrul "
                "în grupuri mixte româno-bulgare. Fiecare grup a încheiat cu propuneri pentru "
                "comunitatea virtuală de practică.</p>",
            ),
            (
                "image",
                {
                    "image": ImageRef("event-forum-vidin-listing"),
                    "alt_text": L(
                        "Абстрактна илюстрация в сини тонове",
                        "Abstract illustration in shades of blue",
                        "Ilustrație abstractă în nuanțe de albastru",
                    ),
                    "caption": L(
                        "Форумът във Видин (илюстрация)",
                        "The forum in Vidin (illustration)",
                        "Forumul de la Vidin (ilustrație)",
                    ),
                },
            ),
            TO_PROJECT,
        ],
    },
    "event-session-craiova": {
        "title": L(
            "Съвместна квалификационна сесия в Крайова",
            "Joint qualification session in Craiova",
            "Sesiune comună de calificare la Craiova",
        ),
        "slug": L(
            "kvalifikatsionna-sesiya-krayova-2018",
            "qualification-session-craiova-2018",
            "sesiune-calificare-craiova-2018",
        ),
        "summary": L(
            "Три дни съвместно обучение за 20 експерти, по десет от България и Румъния, като част "
            "от десетте квалификационни сесии на проекта.",
            "Three days of joint training for 20 experts, ten from Bulgaria and ten from Romania, "
            "as one of the project's ten qualification sessions.",
            "Trei zile de formare comună pentru 20 de experți, câte zece din Bulgaria și din "
            "România, în cadrul celor zece sesiuni de calificare ale proiectului.",
        ),
        "write_up": [
            heading("Съдържание на обучението", "What the training covered", "Conținutul formării"),
            paragraph(
                "<ul><li>работа по случай, когато семейството живее от едната страна на границата, "
                "а услугата е от другата</li><li>базата данни и интерактивната карта като "
                "инструмент за насочване към услуги</li><li>как членовете на виртуалната общност "
                "споделят материали и опит</li></ul>",
                "<ul><li>casework when the family lives on one side of the border and the service "
                "is on the other</li><li>the database and the interactive map as a tool for "
                "referral to services</li><li>how members of the virtual community share "
                "materials and experience</li></ul>",
                "<ul><li>lucrul pe caz atunci când familia locuiește de o parte a graniței, iar "
                "serviciul se află de cealaltă parte</li><li>baza de date și harta interactivă ca "
                "instrument de îndrumare către servicii</li><li>cum împărtășesc membrii "
                "comunității virtuale materiale și experiență</li></ul>",
            ),
            TO_PROJECT,
        ],
    },
    "event-final-conference": {
        "title": L(
            "Заключителна конференция на Регионалната мрежа за социално сближаване",
            "Final conference of the Regional Network for Social Cohesion",
            "Conferința finală a Rețelei regionale pentru coeziune socială",
        ),
        "slug": L(
            "zaklyuchitelna-konferentsiya-2019", "final-conference-2019", "conferinta-finala-2019"
        ),
        "summary": L(
            "Четиридесет участници, по двадесет от всяка страна, обсъдиха в Крайова резултатите "
            "от двете години работа и основите на постоянна трансгранична мрежа на "
            "доставчиците на социални услуги.",
            "Forty participants, twenty from each country, met in Craiova to discuss the results "
            "of two years of work and the foundations of a permanent cross-border network of "
            "social-service providers.",
            "Patruzeci de participanți, câte douăzeci din fiecare țară, au discutat la Craiova "
            "rezultatele celor doi ani de muncă și bazele unei rețele transfrontaliere permanente "
            "a furnizorilor de servicii sociale.",
        ),
        "gallery": [
            L(
                "Пленарна сесия (илюстрация)",
                "Plenary session (illustration)",
                "Sesiunea plenară (ilustrație)",
            ),
            L(
                "Работа в смесени групи (илюстрация)",
                "Work in mixed groups (illustration)",
                "Lucru în grupuri mixte (ilustrație)",
            ),
            L(
                "Обсъждане на устава на мрежата (илюстрация)",
                "Discussing the network's statute (illustration)",
                "Discuția despre statutul rețelei (ilustrație)",
            ),
        ],
        "write_up": [
            heading("Заложените цели", "The targets set", "Țintele stabilite"),
            (
                "table",
                {
                    "caption": L(
                        "Очаквани резултати на проекта",
                        "Expected results of the project",
                        "Rezultatele așteptate ale proiectului",
                    ),
                    "header": [L("Резултат", "Result", "Rezultat"), L("Цел", "Target", "Țintă")],
                    "rows": [
                        [
                            L(
                                "Записи в базата данни",
                                "Database records",
                                "Înregistrări în baza de date",
                            ),
                            "200",
                        ],
                        [L("Обучени експерти", "Experts trained", "Experți formați"), "300"],
                        [
                            L(
                                "Организации, обменили опит",
                                "Organisations sharing experience",
                                "Organizații care au făcut schimb de experiență",
                            ),
                            "12",
                        ],
                    ],
                },
            ),
            heading(
                "Към постоянна мрежа", "Towards a permanent network", "Spre o rețea permanentă"
            ),
            paragraph(
                "<p>Вторият ден беше посветен на бъдещето: участниците обсъдиха учредителен устав и "
                "стратегия на трансграничната мрежа, така че сътрудничеството да продължи и след "
                "края на проекта.</p>",
                "<p>The second day was about the future: participants discussed a founding statute "
                "and a strategy for the cross-border network, so that cooperation continues after "
                "the project ends.</p>",
                "<p>A doua zi a fost dedicată viitorului: participanții au discutat un statut de "
                "constituire și o strategie a rețelei transfrontaliere, pentru ca cooperarea să "
                "continue și după încheierea proiectului.</p>",
            ),
            (
                "image",
                {
                    "image": ImageRef("event-final-conference-gallery-0"),
                    "alt_text": L(
                        "Абстрактна илюстрация: кръгове около кръгла маса",
                        "Abstract illustration: circles around a round table",
                        "Ilustrație abstractă: cercuri în jurul unei mese rotunde",
                    ),
                    "caption": L(
                        "Пленарна сесия (илюстрация)",
                        "Plenary session (illustration)",
                        "Sesiunea plenară (ilustrație)",
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "text": L(
                        "Сборникът и брошурата на проекта са безплатни за изтегляне",
                        "The project's compendium and brochure are free to download",
                        "Compendiul și broșura proiectului pot fi descărcate gratuit",
                    ),
                    "button_label": L("Към публикациите", "Go to publications", "Către publicații"),
                    "page": PageRef("publications"),
                },
            ),
        ],
    },
}
