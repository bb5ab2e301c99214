"""The privacy policy and the terms of use (accessibility: demo.cms.accessibility)."""

from cms.models import StandardPage
from demo.core import L, heading, paragraph

PRIVACY = {
    "key": "privacy",
    "model": StandardPage,
    "parent": "home",
    "fields": {
        "title": L("Политика за поверителност", "Privacy policy", "Politica de confidențialitate"),
        "slug": L("poveritelnost", "privacy-policy", "politica-de-confidentialitate"),
        "introduction": L(
            "Как „Практика“ събира, използва и пази личните ви данни и какви права имате.",
            "How Praktika collects, uses and protects your personal data, and what your rights "
            "are.",
            "Cum colectează, folosește și protejează Praktika datele dumneavoastră personale și "
            "ce drepturi aveți.",
        ),
    },
    "streams": {
        "body": [
            heading(
                "Кой обработва данните ви", "Who processes your data", "Cine vă prelucrează datele"
            ),
            paragraph(
                "<p>Администратор на личните данни е сдружението, което поддържа платформата "
                "от името на партньорските организации. За всеки въпрос, свързан с личните "
                "данни, пишете на privacy@praktika.local или използвайте формата за "
                "контакт.</p>",
                "<p>The controller of your personal data is the association that runs the "
                "platform on behalf of the partner organisations. For any question about "
                "personal data, write to privacy@praktika.local or use the contact form.</p>",
                "<p>Operatorul datelor dumneavoastră personale este asociația care "
                "administrează platforma în numele organizațiilor partenere. Pentru orice "
                "întrebare legată de datele personale, scrieți la privacy@praktika.local sau "
                "folosiți formularul de contact.</p>",
            ),
            heading("Какви данни събираме", "What data we collect", "Ce date colectăm"),
            paragraph(
                "<ul><li>От формата за контакт: име, имейл адрес и текста на "
                "съобщението.</li><li>Ако се регистрирате: име, имейл адрес, професия, "
                "организация и материалите и коментарите, които публикувате.</li><li>Технически "
                "записи на сървъра: IP адрес, час и поискана страница, само за защита на "
                "сайта.</li></ul>",
                "<ul><li>From the contact form: your name, email address and the text of your "
                "message.</li><li>If you register: your name, email address, profession, "
                "organisation, and the materials and comments you publish.</li><li>Technical "
                "server logs: IP address, time and requested page, only to protect the "
                "site.</li></ul>",
                "<ul><li>Din formularul de contact: numele, adresa de e-mail și textul "
                "mesajului.</li><li>Dacă vă înregistrați: numele, adresa de e-mail, profesia, "
                "organizația, precum și materialele și comentariile pe care le "
                "publicați.</li><li>Jurnalele tehnice ale serverului: adresa IP, ora și pagina "
                "solicitată, doar pentru protecția site-ului.</li></ul>",
            ),
            heading(
                "Защо и на какво основание", "Why, and on what legal basis", "De ce și în ce temei"
            ),
            paragraph(
                "<p>Отговаряме на съобщенията ви въз основа на легитимния ни интерес (чл. 6, "
                "пар. 1, буква „е“ от Общия регламент относно защитата на данните), поддържаме "
                "профила ви, защото сте поискали да го създадете (буква „б“), и пазим "
                "техническите записи, за да защитим сайта (буква „е“). Не използваме данните "
                "ви за реклама, не изготвяме профили и не ги предоставяме на трети лица.</p>",
                "<p>We answer your messages on the basis of our legitimate interest (Article "
                "6(1)(f) of the General Data Protection Regulation), keep your account because "
                "you asked us to create it (point (b)), and keep technical logs to protect the "
                "site (point (f)). We do not use your data for advertising, we do not profile "
                "you, and we do not pass your data on to third parties.</p>",
                "<p>Răspundem mesajelor dumneavoastră în temeiul interesului nostru legitim "
                "(articolul 6 alineatul (1) litera (f) din Regulamentul general privind "
                "protecția datelor), vă administrăm contul pentru că ne-ați cerut să îl creăm "
                "(litera (b)) și păstrăm jurnalele tehnice pentru a proteja site-ul (litera "
                "(f)). Nu folosim datele dumneavoastră pentru publicitate, nu creăm profiluri și "
                "nu le transmitem terților.</p>",
            ),
            (
                "table",
                {
                    "caption": L(
                        "Срокове за съхранение", "How long we keep data", "Cât timp păstrăm datele"
                    ),
                    "header": [L("Данни", "Data", "Date"), L("Срок", "Period", "Durată")],
                    "rows": [
                        [
                            L(
                                "Съобщения от формата за контакт",
                                "Contact-form messages",
                                "Mesaje din formularul de contact",
                            ),
                            L(
                                "12 месеца след последния ни отговор",
                                "12 months after our last reply",
                                "12 luni după ultimul nostru răspuns",
                            ),
                        ],
                        [
                            L("Профил на член", "Member account", "Cont de membru"),
                            L(
                                "докато не го изтриете; заличаваме го до 30 дни след това",
                                "until you delete it; we erase it within 30 days after that",
                                "până când îl ștergeți; îl eliminăm în cel mult 30 de zile după aceea",
                            ),
                        ],
                        [
                            L("Технически записи", "Technical logs", "Jurnale tehnice"),
                            L("30 дни", "30 days", "30 de zile"),
                        ],
                    ],
                },
            ),
            heading("Бисквитки", "Cookies", "Cookie-uri"),
            paragraph(
                "<p>Използваме само необходимите бисквитки: за сесията, за защита на формите и "
                "за избрания език. Не използваме бисквитки за анализ или реклама.</p>",
                "<p>We use only strictly necessary cookies: for your session, to protect forms "
                "and to remember your language. We use no analytics or advertising "
                "cookies.</p>",
                "<p>Folosim doar cookie-uri strict necesare: pentru sesiune, pentru protecția "
                "formularelor și pentru limba aleasă. Nu folosim cookie-uri de analiză sau de "
                "publicitate.</p>",
            ),
            heading("Вашите права", "Your rights", "Drepturile dumneavoastră"),
            paragraph(
                "<p>Имате право на достъп до данните си, на коригиране, изтриване и "
                "ограничаване на обработването, на преносимост (можете да изтеглите данните си "
                "от профила) и на възражение. Ако смятате, че правата ви са нарушени, можете да "
                "подадете жалба до Комисията за защита на личните данни в България или до "
                "Националния орган за надзор на обработването на лични данни в Румъния.</p>",
                "<p>You have the right to access your data, to have it corrected or erased, to "
                "restrict its processing, to data portability (you can download your data from "
                "your profile) and to object. If you believe your rights have been infringed, "
                "you can complain to the Commission for Personal Data Protection in Bulgaria or "
                "to the National Supervisory Authority for Personal Data Processing in "
                "Romania.</p>",
                "<p>Aveți dreptul de acces la date, de rectificare, de ștergere și de "
                "restricționare a prelucrării, dreptul la portabilitate (vă puteți descărca "
                "datele din profil) și dreptul la opoziție. Dacă considerați că v-au fost "
                "încălcate drepturile, puteți depune o plângere la Comisia pentru protecția "
                "datelor personale din Bulgaria sau la Autoritatea Națională de Supraveghere a "
                "Prelucrării Datelor cu Caracter Personal din România.</p>",
            ),
            paragraph(
                "<p><i>Последна актуализация: 16 ноември 2026 г.</i></p>",
                "<p><i>Last updated: 16 November 2026.</i></p>",
                "<p><i>Ultima actualizare: 16 noiembrie 2026.</i></p>",
            ),
        ]
    },
}

TERMS = {
    "key": "terms",
    "model": StandardPage,
    "parent": "home",
    "fields": {
        "title": L("Условия за ползване", "Terms of use", "Condiții de utilizare"),
        "slug": L("usloviya-za-polzvane", "terms-of-use", "conditii-de-utilizare"),
        "introduction": L(
            "Правилата, които приемате, когато създавате профил в общността „Практика“.",
            "The rules you accept when you create an account in the Praktika community.",
            "Regulile pe care le acceptați atunci când vă creați un cont în comunitatea Praktika.",
        ),
    },
    "streams": {
        "body": [
            heading("Кой може да участва", "Who can take part", "Cine poate participa"),
            paragraph(
                "<p>Общността е за хора, които работят или се обучават в помагащите професии, "
                "и за родители и приемни родители. Регистрацията е безплатна. Един човек има "
                "един профил и се представя с истинското си име.</p>",
                "<p>The community is for people who work or train in the helping professions, "
                "and for parents and foster carers. Membership is free. One person has one "
                "account and uses their real name.</p>",
                "<p>Comunitatea este pentru persoanele care lucrează sau se formează în "
                "profesiile de sprijin, precum și pentru părinți și asistenți maternali. "
                "Înregistrarea este gratuită. O persoană are un singur cont și își folosește "
                "numele real.</p>",
            ),
            heading(
                "Поверителност на хората, с които работите",
                "Confidentiality of the people you work with",
                "Confidențialitatea persoanelor cu care lucrați",
            ),
            paragraph(
                "<p>Никога не публикувайте имена, снимки или подробности, по които може да "
                "бъде разпознато дете, семейство или клиент. Описвайте случаи само "
                "обобщено и анонимно.</p>",
                "<p>Never publish names, photos or details by which a child, a family or a "
                "client could be recognised. Describe cases only in general and anonymous "
                "terms.</p>",
                "<p>Nu publicați niciodată nume, fotografii sau detalii după care ar putea fi "
                "recunoscut un copil, o familie sau un beneficiar. Descrieți cazurile doar în "
                "mod general și anonim.</p>",
            ),
            heading("Какво споделяте", "What you share", "Ce distribuiți"),
            paragraph(
                "<p>Споделяйте само материали, които сте създали или имате право да "
                "разпространявате. Материалите се публикуват под избрания от вас лиценз. "
                "Първите материали на новите членове се преглеждат от модератор.</p>",
                "<p>Share only materials you made or have the right to distribute. Materials "
                "are published under the licence you choose. A moderator reviews the first "
                "materials of new members.</p>",
                "<p>Distribuiți doar materiale create de dumneavoastră sau pe care aveți "
                "dreptul să le distribuiți. Materialele sunt publicate sub licența aleasă de "
                "dumneavoastră. Primele materiale ale membrilor noi sunt verificate de un "
                "moderator.</p>",
            ),
            heading("Добро отношение", "Respect", "Respect"),
            paragraph(
                "<p>Пишете с уважение към колегите. Обиди, реклама и повтарящи се съобщения се "
                "премахват. Модераторите могат да предупредят, временно да заглушат или да "
                "блокират профил, който нарушава правилата; всяко такова действие се "
                "записва.</p>",
                "<p>Write with respect for your colleagues. Insults, advertising and repeated "
                "messages are removed. Moderators may warn, temporarily silence or ban an "
                "account that breaks the rules; every such action is recorded.</p>",
                "<p>Scrieți cu respect față de colegi. Insultele, publicitatea și mesajele "
                "repetate sunt eliminate. Moderatorii pot avertiza, reduce temporar la tăcere "
                "sau bloca un cont care încalcă regulile; fiecare astfel de acțiune este "
                "înregistrată.</p>",
            ),
            heading("Вашите данни", "Your data", "Datele dumneavoastră"),
            paragraph(
                "<p>Можете по всяко време да изтеглите данните си или да изтриете профила си "
                "от страницата „Моите данни“. Публикациите ви в дискусиите остават, но се "
                "показват като написани от „Бивш член“. Подробности има в политиката за "
                "поверителност.</p>",
                "<p>You can download your data or delete your account at any time from the "
                "“My data” page. Your discussion posts stay, shown as written by “Former "
                "member”. The privacy policy has the details.</p>",
                "<p>Vă puteți descărca datele sau șterge contul oricând, din pagina „Datele "
                "mele”. Mesajele dumneavoastră din discuții rămân, afișate ca scrise de „Fost "
                "membru”. Detaliile se află în politica de confidențialitate.</p>",
            ),
            paragraph(
                "<p><i>Версия 2026-11. Последна актуализация: 20 ноември 2026 г.</i></p>",
                "<p><i>Version 2026-11. Last updated: 20 November 2026.</i></p>",
                "<p><i>Versiunea 2026-11. Ultima actualizare: 20 noiembrie 2026.</i></p>",
            ),
        ]
    },
}
