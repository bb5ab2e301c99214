"""Publication pages and the text of their PDF files, in Bulgarian, English and Romanian."""

from demo.core import L

TEXTS = {
    "publication-compendium": {
        "title": L(
            "Сборник за специалисти: социалните системи и услуги в българо-румънския граничен регион",
            "Compendium for specialists: social systems and services in the Bulgarian-Romanian border region",
            "Compendiu pentru specialiști: sistemele și serviciile sociale din regiunea de graniță româno-bulgară",
        ),
        "short_title": L(
            "Сборник за специалисти", "Compendium for specialists", "Compendiu pentru specialiști"
        ),
        "subtitle": L(
            "Регионална мрежа за социално сближаване, 2017–2019",
            "Regional Network for Social Cohesion, 2017–2019",
            "Rețeaua regională pentru coeziune socială, 2017–2019",
        ),
        "listing_summary": L(
            "Практическо ръководство за работа по случаи и насочване към услуги от двете страни на Дунав.",
            "A practical guide to casework and referral to services on both sides of the Danube.",
            "Un ghid practic pentru lucrul pe caz și îndrumarea către servicii de pe ambele maluri ale Dunării.",
        ),
        "abstract": L(
            "<p>Сборникът обобщава двете години работа на Регионалната мрежа за социално "
            "сближаване. Той представя накратко социалните системи на България и Румъния, "
            "картата на социалните услуги в граничния регион и практически съвети за съвместна "
            "работа по случаи.</p><p>Предназначен е за социални работници, педагози, психолози и "
            "ръководители на услуги. Издаден е на български, румънски и английски език.</p>",
            "<p>The compendium sums up two years of work of the Regional Network for Social "
            "Cohesion. It gives a short overview of the social systems of Bulgaria and Romania, "
            "the map of social services in the border region and practical advice on joint "
            "casework.</p><p>It is written for social workers, pedagogues, psychologists and "
            "service managers, and published in Bulgarian, Romanian and English.</p>",
            "<p>Compendiul sintetizează cei doi ani de activitate ai Rețelei regionale pentru "
            "coeziune socială. Prezintă pe scurt sistemele sociale din Bulgaria și România, harta "
            "serviciilor sociale din regiunea de graniță și sfaturi practice pentru lucrul comun "
            "pe caz.</p><p>Se adresează asistenților sociali, pedagogilor, psihologilor și "
            "managerilor de servicii și este publicat în bulgară, română și engleză.</p>",
        ),
        "sections": L(
            [
                (
                    "Защо този сборник",
                    [
                        "Сборникът е за социалните работници, педагозите, психолозите и ръководителите на услуги от двата бряга на Дунав, които искат да работят заедно по случаи, да насочват хора към услуги в съседната страна или просто да обменят опит.",
                        "В него е събрано наученото през двете години на проекта: на експертната среща, на тематичните форуми, на квалификационните сесии и при обменните посещения.",
                    ],
                ),
                (
                    "Двете социални системи накратко",
                    [
                        "В България политиката за закрила на детето се координира от Държавната агенция за закрила на детето, а по конкретните случаи работят отделите „Закрила на детето“ към дирекциите „Социално подпомагане“.",
                        "В Румъния тази роля имат генералните дирекции за социално подпомагане и закрила на детето във всеки окръг, а в общините – местните служби за социално подпомагане. И в двете страни все повече услуги се предоставят от общини и неправителствени организации.",
                    ],
                ),
                (
                    "Картата на услугите",
                    [
                        "През 2017 г. партньорите картографираха социалните ресурси в 13 области и окръга: Враца, Плевен, Велико Търново, Русе, Силистра и Добрич в България и Мехединци, Долж, Олт, Телеорман, Гюргево, Кълъраш и Констанца в Румъния.",
                        "Базата данни е на български, румънски и английски език и е достъпна като интерактивна карта.",
                    ],
                ),
                (
                    "Съвети за работа през границата",
                    [
                        [
                            "Започнете с кратко обаждане, преди да изпратите официално писмо.",
                            "Потърсете услугата и контакт в съседната страна в базата данни.",
                            "Договорете още в началото общ език на работа и нужда от превод.",
                            "Споделете във виртуалната общност на практиката какво е проработило.",
                        ]
                    ],
                ),
            ],
            [
                (
                    "Why this compendium",
                    [
                        "This compendium is for social workers, pedagogues, psychologists and service managers on both banks of the Danube who want to work together on cases, refer people to services in the neighbouring country or simply exchange experience.",
                        "It gathers what was learned during the two years of the project: at the expert meeting, the thematic forums, the qualification sessions and the exchange visits.",
                    ],
                ),
                (
                    "The two social systems in brief",
                    [
                        "In Bulgaria, child protection policy is coordinated by the State Agency for Child Protection, while the child protection departments of the social assistance directorates work on individual cases.",
                        "In Romania, this role belongs to the general directorates for social assistance and child protection in each county, and to local public social assistance services in the municipalities. In both countries more and more services are provided by municipalities and non-governmental organisations.",
                    ],
                ),
                (
                    "The map of services",
                    [
                        "In 2017 the partners mapped social resources in 13 districts and counties: Vratsa, Pleven, Veliko Tarnovo, Ruse, Silistra and Dobrich in Bulgaria, and Mehedinți, Dolj, Olt, Teleorman, Giurgiu, Călărași and Constanța in Romania.",
                        "The database is available in Bulgarian, Romanian and English as an interactive map.",
                    ],
                ),
                (
                    "Advice for working across the border",
                    [
                        [
                            "Start with a short phone call before sending an official letter.",
                            "Look up the service and a contact person in the neighbouring country in the database.",
                            "Agree at the start on a working language and whether you need interpreting.",
                            "Share what worked in the virtual community of practice.",
                        ]
                    ],
                ),
            ],
            [
                (
                    "De ce acest compendiu",
                    [
                        "Compendiul se adresează asistenților sociali, pedagogilor, psihologilor și managerilor de servicii de pe cele două maluri ale Dunării care vor să lucreze împreună pe cazuri, să îndrume persoane către servicii din țara vecină sau pur și simplu să facă schimb de experiență.",
                        "El reunește ceea ce s-a învățat în cei doi ani ai proiectului: la întâlnirea experților, la forumurile tematice, la sesiunile de calificare și în vizitele de schimb.",
                    ],
                ),
                (
                    "Cele două sisteme sociale pe scurt",
                    [
                        "În Bulgaria, politica de protecție a copilului este coordonată de Agenția de Stat pentru Protecția Copilului, iar pe cazurile concrete lucrează departamentele de protecție a copilului din cadrul direcțiilor de asistență socială.",
                        "În România, acest rol revine direcțiilor generale de asistență socială și protecția copilului din fiecare județ și serviciilor publice de asistență socială din localități. În ambele țări, tot mai multe servicii sunt furnizate de autoritățile locale și de organizații neguvernamentale.",
                    ],
                ),
                (
                    "Harta serviciilor",
                    [
                        "În 2017, partenerii au cartografiat resursele sociale din 13 districte și județe: Vrața, Pleven, Veliko Tărnovo, Ruse, Silistra și Dobrici în Bulgaria și Mehedinți, Dolj, Olt, Teleorman, Giurgiu, Călărași și Constanța în România.",
                        "Baza de date este disponibilă în bulgară, română și engleză, sub forma unei hărți interactive.",
                    ],
                ),
                (
                    "Sfaturi pentru lucrul peste graniță",
                    [
                        [
                            "Începeți cu un scurt telefon înainte de a trimite o adresă oficială.",
                            "Căutați în baza de date serviciul și o persoană de contact din țara vecină.",
                            "Stabiliți de la început limba de lucru și dacă aveți nevoie de interpret.",
                            "Împărtășiți în comunitatea virtuală de practică ceea ce a funcționat.",
                        ]
                    ],
                ),
            ],
        ),
    },
    "publication-brochure": {
        "title": L(
            "Заедно през Дунав: брошура за мрежата на социалните услуги",
            "Together across the Danube: a brochure on the social-services network",
            "Împreună peste Dunăre: broșură despre rețeaua serviciilor sociale",
        ),
        "short_title": L(
            "Заедно през Дунав", "Together across the Danube", "Împreună peste Dunăre"
        ),
        "subtitle": L(
            "Регионална мрежа за социално сближаване",
            "Regional Network for Social Cohesion",
            "Rețeaua regională pentru coeziune socială",
        ),
        "listing_summary": L(
            "Кратък разказ в снимки за хората и организациите от трансграничната мрежа.",
            "A short story in pictures of the people and organisations of the cross-border network.",
            "O scurtă poveste în imagini despre oamenii și organizațiile rețelei transfrontaliere.",
        ),
        "abstract": L(
            "<p>Популярна брошура със снимки, която разказва на широката публика какво "
            "представлява трансграничната мрежа на доставчиците на социални услуги и как "
            "гражданите и организациите могат да се включат. Издадена е на български и "
            "румънски език.</p>",
            "<p>A popular brochure with photos that tells the general public what the "
            "cross-border network of social-service providers is and how citizens and "
            "organisations can join in. It is published in Bulgarian and Romanian.</p>",
            "<p>O broșură de popularizare cu fotografii, care explică publicului larg ce este "
            "rețeaua transfrontalieră a furnizorilor de servicii sociale și cum se pot implica "
            "cetățenii și organizațiile. Este publicată în bulgară și română.</p>",
        ),
        "sections": L(
            [
                (
                    "Какво е мрежата",
                    [
                        "Мрежата свързва организации, които предоставят социални услуги от двете страни на Дунав. Те си помагат да намерят подходяща подкрепа за деца, семейства и възрастни, споделят добри практики и обучават заедно своите служители.",
                    ],
                ),
                (
                    "Какво направихме",
                    [
                        [
                            "Картографирахме социалните ресурси в 13 области и окръга.",
                            "Създадохме база данни на три езика и интерактивна карта.",
                            "Организирахме тематични форуми, квалификационни сесии и обменни посещения.",
                            "Събрахме 40 участници от двете страни на заключителна конференция.",
                        ]
                    ],
                ),
                (
                    "Как да се включите",
                    [
                        "Ако работите в социална услуга в граничния регион, регистрирайте организацията си във виртуалната общност на практиката. Членството е безплатно.",
                    ],
                ),
            ],
            [
                (
                    "What the network is",
                    [
                        "The network links organisations that provide social services on both sides of the Danube. They help each other find the right support for children, families and adults, share good practice and train their staff together.",
                    ],
                ),
                (
                    "What we did",
                    [
                        [
                            "We mapped social resources in 13 districts and counties.",
                            "We created a database in three languages and an interactive map.",
                            "We held thematic forums, qualification sessions and exchange visits.",
                            "We brought together 40 participants from both countries at a final conference.",
                        ]
                    ],
                ),
                (
                    "How to join",
                    [
                        "If you work in a social service in the border region, register your organisation in the virtual community of practice. Membership is free.",
                    ],
                ),
            ],
            [
                (
                    "Ce este rețeaua",
                    [
                        "Rețeaua leagă organizații care furnizează servicii sociale pe ambele maluri ale Dunării. Acestea se ajută reciproc să găsească sprijinul potrivit pentru copii, familii și adulți, împărtășesc bune practici și își formează împreună personalul.",
                    ],
                ),
                (
                    "Ce am făcut",
                    [
                        [
                            "Am cartografiat resursele sociale din 13 districte și județe.",
                            "Am creat o bază de date în trei limbi și o hartă interactivă.",
                            "Am organizat forumuri tematice, sesiuni de calificare și vizite de schimb.",
                            "Am reunit 40 de participanți din ambele țări la o conferință finală.",
                        ]
                    ],
                ),
                (
                    "Cum vă puteți implica",
                    [
                        "Dacă lucrați într-un serviciu social din regiunea de graniță, înregistrați-vă organizația în comunitatea virtuală de practică. Calitatea de membru este gratuită.",
                    ],
                ),
            ],
        ),
    },
    "publication-study": {
        "title": L(
            "Сравнително изследване на социалните системи на България и Румъния",
            "Comparative study of the social systems of Bulgaria and Romania",
            "Studiu comparativ al sistemelor sociale din Bulgaria și România",
        ),
        "short_title": L("Сравнително изследване", "Comparative study", "Studiu comparativ"),
        "subtitle": L(
            "Обобщен доклад и преводи на ключови национални документи, 2017",
            "Consolidated report and translations of key national documents, 2017",
            "Raport consolidat și traduceri ale unor documente naționale esențiale, 2017",
        ),
        "listing_summary": L(
            "Как са устроени социалните системи на двете страни и къде се срещат.",
            "How the two countries' social systems are organised and where they meet.",
            "Cum sunt organizate sistemele sociale ale celor două țări și unde se întâlnesc.",
        ),
        "abstract": L(
            "<p>Изследването, изготвено между юни и септември 2017 г., сравнява законодателството, "
            "институциите и услугите в социалната сфера на България и Румъния. Към обобщения "
            "доклад са приложени преводи на ключови национални документи, за да могат "
            "специалистите да четат правилата на съседите на собствения си език.</p>",
            "<p>Prepared between June and September 2017, the study compares legislation, "
            "institutions and services in the social field in Bulgaria and Romania. The "
            "consolidated report comes with translations of key national documents, so that "
            "professionals can read their neighbours' rules in their own language.</p>",
            "<p>Realizat între iunie și septembrie 2017, studiul compară legislația, instituțiile "
            "și serviciile din domeniul social din Bulgaria și România. Raportul consolidat este "
            "însoțit de traduceri ale unor documente naționale esențiale, pentru ca specialiștii "
            "să poată citi regulile vecinilor în propria limbă.</p>",
        ),
        "sections": L(
            [
                (
                    "Цел и метод",
                    [
                        "Изследването е изготвено между юни и септември 2017 г. Екипът анализира закони, стратегии и отчети на двете страни и ги сравни по едни и същи въпроси: кой отговаря, кой финансира и кой предоставя услугите.",
                    ],
                ),
                (
                    "Правна рамка",
                    [
                        "В България основните закони са Законът за закрила на детето и Законът за социалното подпомагане. В Румъния това са Законът № 272/2004 за защита и насърчаване на правата на детето и Законът за социалното подпомагане № 292/2011.",
                    ],
                ),
                (
                    "Организация на услугите",
                    [
                        "В България социалното подпомагане се управлява централно чрез Агенцията за социално подпомагане и нейните местни дирекции, а общините предоставят много от услугите. В Румъния окръжните генерални дирекции и общинските служби за социално подпомагане имат по-голяма самостоятелност.",
                    ],
                ),
                (
                    "Изводи",
                    [
                        [
                            "И двете системи изпитват недостиг на специалисти в малките гранични общини.",
                            "Нужен е общ речник на понятията, за да се разбират колегите от двете страни.",
                            "Насочването на хора към услуги през границата все още няма ясни процедури.",
                        ]
                    ],
                ),
            ],
            [
                (
                    "Purpose and method",
                    [
                        "The study was prepared between June and September 2017. The team analysed laws, strategies and reports of both countries and compared them on the same questions: who is responsible, who pays and who provides the services.",
                    ],
                ),
                (
                    "Legal framework",
                    [
                        "In Bulgaria the main laws are the Child Protection Act and the Social Assistance Act. In Romania they are Law No 272/2004 on the protection and promotion of the rights of the child and Social Assistance Law No 292/2011.",
                    ],
                ),
                (
                    "How services are organised",
                    [
                        "In Bulgaria social assistance is run centrally through the Social Assistance Agency and its local directorates, while municipalities provide many of the services. In Romania the county general directorates and the municipal social assistance services have more autonomy.",
                    ],
                ),
                (
                    "Conclusions",
                    [
                        [
                            "Both systems lack professionals in small border municipalities.",
                            "A shared glossary is needed so that colleagues from both countries understand each other.",
                            "Referral of people to services across the border still has no clear procedures.",
                        ]
                    ],
                ),
            ],
            [
                (
                    "Scop și metodă",
                    [
                        "Studiul a fost realizat între iunie și septembrie 2017. Echipa a analizat legi, strategii și rapoarte din cele două țări și le-a comparat pe baza acelorași întrebări: cine răspunde, cine finanțează și cine furnizează serviciile.",
                    ],
                ),
                (
                    "Cadrul legal",
                    [
                        "În Bulgaria, principalele legi sunt Legea privind protecția copilului și Legea asistenței sociale. În România, acestea sunt Legea nr. 272/2004 privind protecția și promovarea drepturilor copilului și Legea asistenței sociale nr. 292/2011.",
                    ],
                ),
                (
                    "Organizarea serviciilor",
                    [
                        "În Bulgaria, asistența socială este administrată centralizat prin Agenția de Asistență Socială și direcțiile ei locale, iar multe servicii sunt furnizate de municipalități. În România, direcțiile generale județene și serviciile publice de asistență socială din localități au o autonomie mai mare.",
                    ],
                ),
                (
                    "Concluzii",
                    [
                        [
                            "Ambele sisteme duc lipsă de specialiști în localitățile mici de graniță.",
                            "Este nevoie de un glosar comun, pentru ca specialiștii din cele două țări să se înțeleagă.",
                            "Îndrumarea persoanelor către servicii de peste graniță nu are încă proceduri clare.",
                        ]
                    ],
                ),
            ],
        ),
    },
}
