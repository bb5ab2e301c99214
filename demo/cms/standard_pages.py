"""The "about us" page; the privacy policy and the accessibility statement have their own modules."""

from cms.models import StandardPage
from demo.cms.accessibility import ACCESSIBILITY
from demo.cms.legal_pages import PRIVACY, TERMS
from demo.core import L, PageRef, heading, paragraph

ABOUT = {
    "key": "about",
    "model": StandardPage,
    "parent": "home",
    "fields": {
        "title": L("За нас", "About us", "Despre noi"),
        "slug": L("za-nas", "about", "despre-noi"),
        "introduction": L(
            "„Практика“ е онлайн общност за хората, които помагат: социални работници, "
            "педагози, психолози, служители в отделите за закрила на детето и екипите по "
            "приемна грижа в България и Румъния.",
            "Praktika is an online community for the people who help: social workers, "
            "pedagogues, psychologists, staff of child protection departments and foster-care "
            "teams in Bulgaria and Romania.",
            "Praktika este o comunitate online pentru oamenii care ajută: asistenți sociali, "
            "pedagogi, psihologi, personalul serviciilor de protecție a copilului și echipele "
            "de asistență maternală din Bulgaria și România.",
        ),
    },
    "streams": {
        "body": [
            heading("Защо съществува „Практика“", "Why Praktika exists", "De ce există Praktika"),
            paragraph(
                "<p>Знанието в помагащите професии често остава в папките на отделни проекти. "
                "Когато проектът приключи, сайтът му спира да се обновява, а методите, "
                "обученията и връзките между колегите се губят. „Практика“ събира това знание "
                "на едно място и го прави достъпно на три езика.</p>",
                "<p>Knowledge in the helping professions often stays in the folders of single "
                "projects. When a project ends, its website stops being updated, and the "
                "methods, the trainings and the links between colleagues are lost. Praktika "
                "gathers this knowledge in one place and makes it available in three "
                "languages.</p>",
                "<p>În profesiile de sprijin, cunoașterea rămâne adesea în dosarele unor "
                "proiecte izolate. Când proiectul se încheie, site-ul lui nu mai este "
                "actualizat, iar metodele, formările și legăturile dintre colegi se pierd. "
                "Praktika adună această cunoaștere într-un singur loc și o face accesibilă în "
                "trei limbi.</p>",
            ),
            paragraph(
                "<p>Опитът ни показва, че участието трябва да бъде <b>лесно</b>. Сайтът на "
                "един от предишните трансгранични проекти е отчел над 223 000 посещения, но "
                "едва 18 регистрирани потребители. Затова тук четенето не изисква регистрация, "
                "а споделянето на материал отнема няколко минути.</p>",
                "<p>Experience shows that taking part has to be <b>easy</b>. The website of an "
                "earlier cross-border project counted more than 223,000 visits but only 18 "
                "registered users. That is why reading here needs no account, and sharing a "
                "material takes a few minutes.</p>",
                "<p>Experiența arată că participarea trebuie să fie <b>simplă</b>. Site-ul unui "
                "proiect transfrontalier anterior a înregistrat peste 223.000 de vizite, dar "
                "doar 18 utilizatori înregistrați. De aceea, aici lectura nu necesită cont, iar "
                "publicarea unui material durează câteva minute.</p>",
            ),
            heading(
                "Кой стои зад платформата",
                "Who is behind the platform",
                "Cine se află în spatele platformei",
            ),
            paragraph(
                "<p>Платформата е създадена от неправителствени организации, които обучават "
                "специалисти и изпълняват проекти в социалната сфера, в сътрудничество с "
                "Държавната агенция за закрила на детето, областни администрации, общини и "
                "университети. Сред тях са институт, който разпространява подхода "
                "„Устойчивост“, международна организация, работеща за деинституционализация "
                "на грижата за деца в България от ноември 2011 г., и партньори от Видин и "
                "Крайова, изградили трансгранична мрежа на доставчиците на социални услуги.</p>",
                "<p>The platform was created by non-governmental organisations that train "
                "professionals and run projects in the social field, together with the State "
                "Agency for Child Protection, regional administrations, municipalities and "
                "universities. Among them are an institute that spreads the Resilience "
                "approach, an international charity that has worked on the "
                "deinstitutionalisation of childcare in Bulgaria since November 2011, and "
                "partners from Vidin and Craiova who built a cross-border network of "
                "social-service providers.</p>",
                "<p>Platforma a fost creată de organizații neguvernamentale care formează "
                "specialiști și derulează proiecte în domeniul social, în colaborare cu "
                "Agenția de Stat pentru Protecția Copilului din Bulgaria, administrații "
                "regionale, municipalități și universități. Printre ele se numără un institut "
                "care răspândește abordarea Reziliență, o organizație internațională care "
                "lucrează din noiembrie 2011 pentru dezinstituționalizarea îngrijirii copiilor "
                "în Bulgaria și parteneri din Vidin și Craiova care au construit o rețea "
                "transfrontalieră a furnizorilor de servicii sociale.</p>",
            ),
            (
                "table",
                {
                    "caption": L(
                        "Какво ще намерите в сайта", "What you will find here", "Ce găsiți aici"
                    ),
                    "header": [
                        L("Раздел", "Section", "Secțiune"),
                        L("Съдържание", "Content", "Conținut"),
                    ],
                    "rows": [
                        [
                            L("Ресурсен център", "Resource Centre", "Centrul de resurse"),
                            L(
                                "методи, наръчници и добри практики",
                                "methods, manuals and good practice",
                                "metode, manuale și bune practici",
                            ),
                        ],
                        [
                            L("Събития", "Events", "Evenimente"),
                            L(
                                "обучения, фокус групи, форуми и конференции с техните изводи",
                                "trainings, focus groups, forums and conferences with their conclusions",
                                "formări, focus grupuri, forumuri și conferințe, cu concluziile lor",
                            ),
                        ],
                        [
                            L("Публикации", "Publications", "Publicații"),
                            L(
                                "сборници, брошури и изследвания за свободно изтегляне",
                                "compendiums, brochures and studies, free to download",
                                "compendii, broșuri și studii, descărcabile gratuit",
                            ),
                        ],
                        [
                            L("Проекти", "Projects", "Proiecte"),
                            L(
                                "партньори, финансиране, дейности и целеви стойности",
                                "partners, funding, activities and targets",
                                "parteneri, finanțare, activități și ținte",
                            ),
                        ],
                    ],
                },
            ),
            heading("Как да се включите", "How to take part", "Cum vă puteți implica"),
            paragraph(
                "<ul><li>Прочетете материалите в Ресурсния център и ги използвайте в работата "
                "си.</li><li>Разкажете ни за практика, която е помогнала на децата и "
                "семействата, с които работите.</li><li>Поканете колеги от другата страна на "
                "границата в общ проект или обмен.</li></ul>",
                "<ul><li>Read the materials in the Resource Centre and use them in your "
                "work.</li><li>Tell us about a practice that has helped the children and "
                "families you work with.</li><li>Invite colleagues from across the border to a "
                "joint project or an exchange.</li></ul>",
                "<ul><li>Citiți materialele din Centrul de resurse și folosiți-le în munca "
                "dumneavoastră.</li><li>Povestiți-ne despre o practică ce i-a ajutat pe copiii "
                "și familiile cu care lucrați.</li><li>Invitați colegi de peste graniță într-un "
                "proiect comun sau într-un schimb de experiență.</li></ul>",
            ),
            (
                "call_to_action",
                {
                    "text": L(
                        "Имате предложение за материал или партньорство?",
                        "Do you have a material or a partnership to propose?",
                        "Aveți un material sau un parteneriat de propus?",
                    ),
                    "button_label": L("Пишете ни", "Write to us", "Scrieți-ne"),
                    "page": PageRef("contact"),
                },
            ),
        ]
    },
}

STANDARD_PAGES = [ABOUT, PRIVACY, TERMS, ACCESSIBILITY]
