"""Project activities and expected results, in Bulgarian, English and Romanian."""

from demo.core import L


def text(title, unit=None, description=None):
    values = {"title": title}
    if unit:
        values["unit"] = unit
    if description:
        values["description"] = description
    return values


PARTICIPANTS = L("участници", "participants", "participanți")

ACTIVITIES = {
    # Regional Network for Social Cohesion
    "mapping": text(
        L(
            "Картографиране на социалните ресурси",
            "Mapping of social resources",
            "Cartografierea resurselor sociale",
        ),
        L("области и окръга", "districts and counties", "districte și județe"),
        L(
            "Враца, Плевен, Велико Търново, Русе, Силистра и Добрич в България; Мехединци, Долж, "
            "Олт, Телеорман, Гюргево, Кълъраш и Констанца в Румъния. Видин и Монтана бяха "
            "картографирани по-рано. Резултатът е база данни на структурите и услугите на "
            "български, румънски и английски, показана на интерактивна карта, и плакати и листовки.",
            "Vratsa, Pleven, Veliko Tarnovo, Ruse, Silistra and Dobrich in Bulgaria; Mehedinți, "
            "Dolj, Olt, Teleorman, Giurgiu, Călărași and Constanța in Romania. Vidin and Montana "
            "had been mapped before. The result is a database of structures and services in "
            "Bulgarian, Romanian and English, shown on an interactive map, plus posters and leaflets.",
            "Vrața, Pleven, Veliko Tărnovo, Ruse, Silistra și Dobrici în Bulgaria; Mehedinți, Dolj, "
            "Olt, Teleorman, Giurgiu, Călărași și Constanța în România. Vidin și Montana fuseseră "
            "cartografiate anterior. Rezultatul este o bază de date a structurilor și serviciilor, "
            "în bulgară, română și engleză, afișată pe o hartă interactivă, plus afișe și pliante.",
        ),
    ),
    "study": text(
        L(
            "Сравнително изследване на двете социални системи",
            "Comparative study of the two social systems",
            "Studiu comparativ al celor două sisteme sociale",
        ),
        L("обобщен доклад", "consolidated report", "raport consolidat"),
        L(
            "Обобщен доклад и преводи на ключови национални документи.",
            "A consolidated report and translations of key national documents.",
            "Un raport consolidat și traduceri ale unor documente naționale esențiale.",
        ),
    ),
    "community": text(
        L(
            "Виртуална общност на практиката",
            "Virtual community of practice",
            "Comunitatea virtuală de practică",
        ),
        L("уебсайт", "website", "site web"),
        L(
            "Информация за националните социални системи, достъп до базата данни чрез "
            "интерактивната карта и място, където членовете качват материали и обменят опит.",
            "Information on the national social systems, access to the database through the "
            "interactive map, and a place where members upload materials and exchange experience.",
            "Informații despre sistemele sociale naționale, acces la baza de date prin harta "
            "interactivă și un loc în care membrii încarcă materiale și fac schimb de experiență.",
        ),
    ),
    "expert_meeting": text(
        L(
            "Международна експертна среща",
            "International expert meeting",
            "Întâlnire internațională de experți",
        ),
        L("експерти", "experts", "experți"),
        L(
            "Двудневна среща в област Русе, по 10 експерти от всяка страна.",
            "A two-day meeting in Ruse district, with 10 experts from each country.",
            "O întâlnire de două zile în districtul Ruse, cu câte 10 experți din fiecare țară.",
        ),
    ),
    "forums": text(
        L("Тематични форуми", "Thematic forums", "Forumuri tematice"),
        L("двудневни срещи", "two-day meetings", "întâlniri de două zile"),
        L(
            "Пет форума в България и пет в Румъния, всеки с 20 експерти (по 10 от страна), "
            "избрани според мотивацията, постиженията и препоръките си, с баланс между областите.",
            "Five forums in Bulgaria and five in Romania, each with 20 experts (10 per country) "
            "chosen for their motivation, achievements and recommendations, with a territorial balance.",
            "Cinci forumuri în Bulgaria și cinci în România, fiecare cu 20 de experți (câte 10 din "
            "fiecare țară), aleși după motivație, realizări și recomandări, cu echilibru teritorial.",
        ),
    ),
    "sessions": text(
        L(
            "Съвместни квалификационни сесии",
            "Joint qualification sessions",
            "Sesiuni comune de calificare",
        ),
        L("тридневни обучения", "three-day trainings", "formări de trei zile"),
        L(
            "Пет сесии в България и пет в Румъния, всяка за 20 експерти (по 10 от страна).",
            "Five sessions in Bulgaria and five in Romania, each for 20 experts (10 per country).",
            "Cinci sesiuni în Bulgaria și cinci în România, fiecare pentru 20 de experți (câte 10 din fiecare țară).",
        ),
    ),
    "visits": text(
        L("Обменни посещения", "Exchange visits", "Vizite de schimb"),
        L("тридневни посещения", "three-day visits", "vizite de trei zile"),
        L(
            "Три посещения в България и три в Румъния. Открита покана избира шест двойки от "
            "приемаща и изпращаща организация (12 организации); от изпращащата пътуват трима "
            "души с покрити разходи. Всяка двойка представя програма преди посещението и доклад след него.",
            "Three visits in Bulgaria and three in Romania. An open call selects six pairs of a "
            "host and a sending organisation (12 organisations); three people from the sending "
            "one travel with their costs covered. Each pair submits a programme before the visit "
            "and a report after it.",
            "Trei vizite în Bulgaria și trei în România. Un apel deschis selectează șase perechi "
            "formate dintr-o organizație gazdă și una de trimitere (12 organizații); trei persoane "
            "din organizația de trimitere călătoresc cu costurile acoperite. Fiecare pereche "
            "prezintă un program înainte de vizită și un raport după aceasta.",
        ),
    ),
    "conference": text(
        L("Заключителна конференция", "Final conference", "Conferința finală"),
        PARTICIPANTS,
        L(
            "Двудневна конференция в Румъния, по 20 участници от всяка страна; приема се устав "
            "или стратегия на трансграничната мрежа.",
            "A two-day conference in Romania with 20 participants from each country, which adopts "
            "a founding statute or strategy for the cross-border network.",
            "O conferință de două zile în România, cu câte 20 de participanți din fiecare țară, "
            "care adoptă un statut de constituire sau o strategie a rețelei transfrontaliere.",
        ),
    ),
    "publications": text(
        L("Публикации", "Publications", "Publicații"),
        L("издания", "publications", "publicații"),
        L(
            "Сборник за специалисти и популярна брошура със снимки, на румънски и български, за "
            "безплатно изтегляне.",
            "A compendium for specialists and a popular brochure with photos, in Romanian and "
            "Bulgarian, free to download.",
            "Un compendiu pentru specialiști și o broșură de popularizare cu fotografii, în română "
            "și bulgară, care pot fi descărcate gratuit.",
        ),
    ),
    # Resilience Without Borders
    "resource_centre": text(
        L(
            "Ресурсен център за подхода „Устойчивост“",
            "Resource Centre for the Resilience approach",
            "Centrul de resurse pentru abordarea Reziliență",
        ),
        description=L(
            "Събиране, подреждане и споделяне на методи, случаи и материали.",
            "Gathering, organising and sharing methods, cases and materials.",
            "Colectarea, organizarea și împărtășirea metodelor, cazurilor și materialelor.",
        ),
    ),
    "team_training": text(
        L(
            "Обучения за мултидисциплинарни екипи",
            "Training for multidisciplinary teams",
            "Formări pentru echipe multidisciplinare",
        ),
    ),
    "pilots": text(
        L("Пилотни програми", "Pilot programmes", "Programe-pilot"),
        description=L(
            "В училища, специализирани институции и центрове за социални услуги.",
            "In schools, specialised institutions and social-service centres.",
            "În școli, instituții specializate și centre de servicii sociale.",
        ),
    ),
    "violence": text(
        L(
            "Превенция на насилието над деца",
            "Preventing violence against children",
            "Prevenirea violenței împotriva copiilor",
        ),
        description=L(
            "Превенция и дългосрочна подкрепа след травма, не само кризисна намеса.",
            "Prevention and long-term support after trauma, not only crisis intervention.",
            "Prevenire și sprijin pe termen lung după traumă, nu doar intervenție în criză.",
        ),
    ),
    "tracking": text(
        L(
            "Анализ и проследяване на приложението",
            "Analysis and follow-up of practice",
            "Analiza și urmărirea aplicării",
        )
    ),
    # Strategic Deinstitutionalisation
    "ddicm": text(
        L(
            "Областни координационни механизми за деинституционализация",
            "District Deinstitutionalisation Coordination Mechanisms",
            "Mecanismele districtuale de coordonare a dezinstituționalizării",
        ),
    ),
    "parents_training": text(
        L(
            "Обучения „Работа с родители в риск от изоставяне“",
            "Trainings “Working with parents at risk of abandonment”",
            "Formări „Lucrul cu părinții expuși riscului de abandon”",
        ),
        L("обучения", "trainings", "formări"),
        L(
            "Еднодневни обучения за членовете на механизмите в Бургас и Стара Загора.",
            "One-day trainings for the members of the mechanisms in Burgas and Stara Zagora.",
            "Formări de o zi pentru membrii mecanismelor din Burgas și Stara Zagora.",
        ),
    ),
    "toolkit": text(
        L(
            "Инструментариум за работа с родители",
            "Toolkit for working with parents",
            "Set de instrumente pentru lucrul cu părinții",
        )
    ),
    # STRENGTHEN
    "focus_groups": text(
        L(
            "Фокус групи със специалисти",
            "Focus groups with professionals",
            "Focus grupuri cu specialiști",
        ),
        L("фокус групи", "focus groups", "focus grupuri"),
        L(
            "Стара Загора, Харманли и София.",
            "Stara Zagora, Harmanli and Sofia.",
            "Stara Zagora, Harmanli și Sofia.",
        ),
    ),
    "programme": text(
        L(
            "Програма за обучение от изводите на фокус групите",
            "Training programme built from the focus-group findings",
            "Program de formare construit din concluziile focus grupurilor",
        )
    ),
}

RESULTS = {
    "assessment": text(
        L(
            "Съвместна оценка на двете социални системи",
            "Joint assessment of both social systems",
            "Evaluare comună a celor două sisteme sociale",
        ),
        L("оценка", "assessment", "evaluare"),
    ),
    "community": text(
        L(
            "Действаща виртуална общност на практиката",
            "A working virtual community of practice",
            "O comunitate virtuală de practică funcțională",
        ),
        L("платформа", "platform", "platformă"),
    ),
    "database": text(
        L(
            "Записи в базата данни: законодателство, политики и профили на доставчиците на услуги",
            "Database records: legislation, policies and profiles of service providers",
            "Înregistrări în baza de date: legislație, politici și profiluri ale furnizorilor de servicii",
        ),
        L("записа", "records", "înregistrări"),
    ),
    "experts": text(
        L(
            "Обучени експерти от социалния сектор",
            "Social-sector experts trained",
            "Experți din sectorul social formați",
        ),
        L("експерти", "experts", "experți"),
    ),
    "organisations": text(
        L(
            "Организации, обменили опит",
            "Organisations that shared experience",
            "Organizații care au făcut schimb de experiență",
        ),
        L("организации", "organisations", "organizații"),
    ),
    "network": text(
        L(
            "Трансгранична мрежа на доставчиците на социални услуги",
            "Cross-border network of social-service providers",
            "Rețea transfrontalieră a furnizorilor de servicii sociale",
        ),
        L("мрежа", "network", "rețea"),
    ),
    "resource_centre": text(
        L(
            "Ресурсен център, достъпен за специалистите в региона",
            "A Resource Centre open to professionals across the region",
            "Un Centru de resurse deschis specialiștilor din regiune",
        )
    ),
    "pilots": text(
        L(
            "Програми, пилотирани в училища и социални услуги",
            "Programmes piloted in schools and social services",
            "Programe testate în școli și servicii sociale",
        )
    ),
    "parents_training": text(
        L(
            "Специалисти, обучени за работа с родители в риск от изоставяне",
            "Professionals trained to work with parents at risk of abandonment",
            "Specialiști formați pentru lucrul cu părinții expuși riscului de abandon",
        ),
        PARTICIPANTS,
    ),
    "focus_group_participants": text(
        L(
            "Специалисти, участвали във фокус групите",
            "Professionals who took part in the focus groups",
            "Specialiști care au participat la focus grupuri",
        ),
        PARTICIPANTS,
    ),
    "programme": text(
        L(
            "Програма за обучение, основана на нуждите на специалистите",
            "A training programme based on professionals' needs",
            "Un program de formare bazat pe nevoile specialiștilor",
        )
    ),
}
