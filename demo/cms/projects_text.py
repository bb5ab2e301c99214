"""Prose of the project pages, in Bulgarian, English and Romanian."""

from demo.core import L


def ul(*items):
    """The same list in three languages: items are (bg, en, ro) triples."""
    return L(
        *("<ul>" + "".join(f"<li>{item[i]}</li>" for item in items) + "</ul>" for i in range(3))
    )


TEXTS = {
    "project-regional-network": {
        "title": L(
            "Регионална мрежа за социално сближаване",
            "Regional Network for Social Cohesion",
            "Rețeaua regională pentru coeziune socială",
        ),
        "listing_summary": L(
            "Трансгранична мрежа на доставчиците на социални услуги от България и Румъния, 2017–2019.",
            "A cross-border network of social-service providers from Bulgaria and Romania, 2017–2019.",
            "O rețea transfrontalieră a furnizorilor de servicii sociale din Bulgaria și România, 2017–2019.",
        ),
        "summary": L(
            "Двугодишен трансграничен проект на Младежки център – Видин и сдружение от Крайова, който "
            "свързва доставчиците на социални услуги от двата бряга на Дунав. Партньорите "
            "картографираха социалните ресурси в 13 области и окръга, сравниха двете социални "
            "системи, създадоха виртуална общност на практиката и обучиха експерти от България и "
            "Румъния. Проектът е съфинансиран от Европейския фонд за регионално развитие и от "
            "държавните бюджети на двете страни.",
            "A two-year cross-border project of the Vidin Youth Centre and an association from "
            "Craiova that links social-service providers on both banks of the Danube. The partners "
            "mapped social resources in 13 districts and counties, compared the two social "
            "systems, created a virtual community of practice and trained experts from Bulgaria "
            "and Romania. The project was co-financed by the European Regional Development Fund "
            "and the state budgets of both countries.",
            "Un proiect transfrontalier de doi ani al Centrului de Tineret Vidin și al unei "
            "asociații din Craiova, care leagă furnizorii de servicii sociale de pe cele două "
            "maluri ale Dunării. Partenerii au cartografiat resursele sociale din 13 districte și "
            "județe, au comparat cele două sisteme sociale, au creat o comunitate virtuală de "
            "practică și au format experți din Bulgaria și România. Proiectul a fost cofinanțat "
            "din Fondul European de Dezvoltare Regională și din bugetele de stat ale celor două țări.",
        ),
        "goals": ul(
            (
                "съвместна оценка на социалните системи на двете страни в граничния регион",
                "a joint assessment of both countries' social systems in the border region",
                "o evaluare comună a sistemelor sociale ale celor două țări în regiunea de graniță",
            ),
            (
                "база данни за законодателството, политиките и доставчиците на услуги, показана на интерактивна карта",
                "a database of legislation, policies and service providers, shown on an interactive map",
                "o bază de date privind legislația, politicile și furnizorii de servicii, afișată pe o hartă interactivă",
            ),
            (
                "виртуална общност на практиката за обмен на опит",
                "a virtual community of practice for the exchange of experience",
                "o comunitate virtuală de practică pentru schimbul de experiență",
            ),
            (
                "съвместна квалификация на експерти от социалния сектор на двете страни",
                "joint qualification of social-sector experts from both countries",
                "calificarea comună a experților din sectorul social din ambele țări",
            ),
            (
                "трайна трансгранична мрежа на доставчиците на социални услуги",
                "a lasting cross-border network of social-service providers",
                "o rețea transfrontalieră durabilă a furnizorilor de servicii sociale",
            ),
        ),
        "target_groups": ul(
            (
                "доставчици на социални услуги в българо-румънския граничен регион",
                "social-service providers in the Bulgarian-Romanian border region",
                "furnizorii de servicii sociale din regiunea de graniță româno-bulgară",
            ),
            (
                "социални работници, педагози и психолози от общините по Дунав",
                "social workers, pedagogues and psychologists from the Danube municipalities",
                "asistenți sociali, pedagogi și psihologi din localitățile dunărene",
            ),
            (
                "местни и регионални власти, които планират социалните услуги",
                "local and regional authorities that plan social services",
                "autoritățile locale și regionale care planifică serviciile sociale",
            ),
        ),
    },
    "project-resilience": {
        "title": L(
            "Устойчивост без граници", "Resilience Without Borders", "Reziliență fără frontiere"
        ),
        "listing_summary": L(
            "Подходът „Устойчивост“ в подкрепа на специалистите, които работят с уязвими групи.",
            "The Resilience approach in support of professionals who work with vulnerable groups.",
            "Abordarea Reziliență în sprijinul specialiștilor care lucrează cu grupuri vulnerabile.",
        ),
        "summary": L(
            "Проект на Института за социална работа и практика, подкрепен от фондация „Оук“, който "
            "дава системна подкрепа на специалистите, работещи с уязвими групи в България и "
            "съседните страни, чрез подхода „Устойчивост“. Приоритет е насилието над деца: не само "
            "кризисната намеса, а превенцията и дългосрочната подкрепа след травма. Проектът "
            "надгражда предишна инициатива, в която обучени обучители подготвиха педагози и "
            "социални работници в десет града.",
            "A project of the Institute for Social Work and Practice, supported by the Oak "
            "Foundation, that gives systematic support through the Resilience approach to "
            "professionals working with vulnerable groups in Bulgaria and neighbouring countries. "
            "Its priority is violence against children: not only crisis intervention, but "
            "prevention and long-term support after trauma. It builds on an earlier initiative in "
            "which trained trainers prepared pedagogues and social workers in ten cities.",
            "Un proiect al Institutului pentru Asistență Socială și Practică, sprijinit de Fundația "
            "Oak, care oferă, prin abordarea Reziliență, sprijin sistematic specialiștilor care "
            "lucrează cu grupuri vulnerabile în Bulgaria și în țările vecine. Prioritatea sa este "
            "violența împotriva copiilor: nu doar intervenția în criză, ci prevenirea și sprijinul "
            "pe termen lung după traumă. Proiectul continuă o inițiativă anterioară în care "
            "formatori pregătiți au format pedagogi și asistenți sociali din zece orașe.",
        ),
        "goals": ul(
            (
                "системна подкрепа за специалистите, които работят с уязвими групи",
                "systematic support for professionals who work with vulnerable groups",
                "sprijin sistematic pentru specialiștii care lucrează cu grupuri vulnerabile",
            ),
            (
                "Ресурсен център, в който знанието се натрупва и споделя",
                "a Resource Centre where knowledge is gathered and shared",
                "un Centru de resurse în care cunoașterea se acumulează și se împărtășește",
            ),
            (
                "по-висока компетентност на мултидисциплинарните екипи",
                "greater competence of multidisciplinary teams",
                "competențe sporite ale echipelor multidisciplinare",
            ),
            (
                "програми, разработени и пилотирани в училища, институции и социални услуги",
                "programmes developed and piloted in schools, institutions and social services",
                "programe elaborate și testate în școli, instituții și servicii sociale",
            ),
            (
                "анализ и проследяване на приложението на подхода в практиката",
                "analysis and follow-up of how the approach is applied in practice",
                "analiza și urmărirea aplicării abordării în practică",
            ),
        ),
        "target_groups": ul(
            (
                "педагози и училищни психолози",
                "pedagogues and school psychologists",
                "pedagogi și psihologi școlari",
            ),
            (
                "социални работници в центровете за социални услуги и в отделите за закрила на детето",
                "social workers in social-service centres and child protection departments",
                "asistenți sociali din centrele de servicii sociale și din serviciile de protecție a copilului",
            ),
            (
                "мултидисциплинарни екипи, които работят по случаи на насилие над деца",
                "multidisciplinary teams working on cases of violence against children",
                "echipe multidisciplinare care lucrează la cazuri de violență împotriva copiilor",
            ),
        ),
    },
    "project-deinstitutionalisation": {
        "title": L(
            "Стратегическа деинституционализация: край на институционалната грижа за деца до 3 години",
            "Strategic Deinstitutionalisation: ending institutional care for children under three",
            "Dezinstituționalizare strategică: sfârșitul îngrijirii instituționale pentru copiii sub trei ani",
        ),
        "listing_summary": L(
            "Областни механизми за координация и подкрепа за родителите, за да растат малките деца в семейство.",
            "District coordination mechanisms and support for parents, so that young children grow up in a family.",
            "Mecanisme districtuale de coordonare și sprijin pentru părinți, pentru ca micii copii să crească într-o familie.",
        ),
        "summary": L(
            "Проект на международната организация „Детство без институции“, която работи в България "
            "от ноември 2011 г., за да не расте нито едно дете до тригодишна възраст в институция. "
            "От април 2015 г. действа моделът на областните координационни механизми за "
            "деинституционализация (ОКМД), които събират областната администрация, общините, "
            "отделите за закрила на детето и доставчиците на услуги. Проектът обучава членовете "
            "на механизмите и им дава практически инструменти за работа с родители в риск да "
            "изоставят детето си.",
            "A project of the international charity Childhood Without Institutions, which has "
            "worked in Bulgaria since November 2011 so that no child under three grows up in an "
            "institution. Since April 2015 the model of District Deinstitutionalisation "
            "Coordination Mechanisms (DDICM) has brought together the regional administration, "
            "municipalities, child protection departments and service providers. The project "
            "trains the members of the mechanisms and gives them practical tools for work with "
            "parents at risk of abandoning their child.",
            "Un proiect al organizației internaționale Copilărie fără Instituții, care lucrează în "
            "Bulgaria din noiembrie 2011 pentru ca niciun copil sub trei ani să nu crească într-o "
            "instituție. Din aprilie 2015 funcționează modelul mecanismelor districtuale de "
            "coordonare a dezinstituționalizării (DDICM), care reunesc administrația regională, "
            "municipalitățile, serviciile de protecție a copilului și furnizorii de servicii. "
            "Proiectul formează membrii mecanismelor și le oferă instrumente practice pentru "
            "lucrul cu părinții expuși riscului de a-și abandona copilul.",
        ),
        "goals": ul(
            (
                "предотвратяване на настаняването на деца до три години в институции",
                "preventing the placement of children under three in institutions",
                "prevenirea plasării copiilor sub trei ani în instituții",
            ),
            (
                "устойчива работа на областните координационни механизми",
                "lasting work of the district coordination mechanisms",
                "funcționarea durabilă a mecanismelor districtuale de coordonare",
            ),
            (
                "подкрепа за родителите в риск от изоставяне чрез практически инструменти",
                "support for parents at risk of abandonment through practical tools",
                "sprijin pentru părinții expuși riscului de abandon prin instrumente practice",
            ),
        ),
        "target_groups": ul(
            (
                "членове на областните координационни механизми",
                "members of the district coordination mechanisms",
                "membrii mecanismelor districtuale de coordonare",
            ),
            (
                "социални работници, педагози и психолози от отделите за закрила на детето и от доставчиците на услуги",
                "social workers, pedagogues and psychologists from child protection departments and service providers",
                "asistenți sociali, pedagogi și psihologi din serviciile de protecție a copilului și de la furnizorii de servicii",
            ),
            (
                "родители в риск да изоставят детето си",
                "parents at risk of abandoning their child",
                "părinți expuși riscului de a-și abandona copilul",
            ),
        ),
    },
    "project-strengthen": {
        "title": L(
            "STRENGTHEN: укрепване на системата за закрила на детето в България",
            "STRENGTHEN: strengthening the child protection system in Bulgaria",
            "STRENGTHEN: consolidarea sistemului de protecție a copilului din Bulgaria",
        ),
        "listing_summary": L(
            "Програма за обучение, изградена от онова, което специалистите казаха във фокус групи.",
            "A training programme built from what professionals said in focus groups.",
            "Un program de formare construit din ceea ce au spus specialiștii în focus grupuri.",
        ),
        "summary": L(
            "Проект на фондация „Сигурно детство“ и синдикат на работещите в образованието, "
            "съфинансиран от Европейския съюз. Вместо да започне с готова учебна програма, екипът "
            "първо попита специалистите: в три фокус групи в Стара Загора, Харманли и София те "
            "разказаха какво им липсва в ежедневната работа по случаи. От техните отговори е "
            "изградена програмата за обучение.",
            "A project of the Safe Childhood Foundation and an education workers' union, "
            "co-funded by the European Union. Instead of starting from a ready-made curriculum, "
            "the team first asked the professionals: in three focus groups in Stara Zagora, "
            "Harmanli and Sofia they described what they miss in their daily casework. The "
            "training programme was built from their answers.",
            "Un proiect al Fundației Copilărie în Siguranță și al unui sindicat al lucrătorilor din "
            "educație, cofinanțat de Uniunea Europeană. În loc să pornească de la o programă "
            "gata făcută, echipa i-a întrebat mai întâi pe specialiști: în trei focus grupuri la "
            "Stara Zagora, Harmanli și Sofia, aceștia au spus ce le lipsește în munca zilnică pe "
            "cazuri. Programul de formare a fost construit din răspunsurile lor.",
        ),
        "goals": ul(
            (
                "да се разберат нуждите на специалистите в системата за закрила на детето",
                "to understand the needs of professionals in the child protection system",
                "înțelegerea nevoilor specialiștilor din sistemul de protecție a copilului",
            ),
            (
                "да се изгради програма за обучение, основана на тези нужди",
                "to build a training programme based on those needs",
                "construirea unui program de formare bazat pe aceste nevoi",
            ),
            (
                "по-добра координация между институциите, които работят по един и същи случай",
                "better coordination between the institutions working on the same case",
                "o mai bună coordonare între instituțiile care lucrează la același caz",
            ),
        ),
        "target_groups": ul(
            (
                "служители на отделите за закрила на детето",
                "staff of child protection departments",
                "personalul serviciilor de protecție a copilului",
            ),
            (
                "педагози и училищни психолози",
                "pedagogues and school psychologists",
                "pedagogi și psihologi școlari",
            ),
            (
                "доставчици на социални услуги и общински служители",
                "social-service providers and municipal staff",
                "furnizori de servicii sociale și personal al primăriilor",
            ),
        ),
    },
}
