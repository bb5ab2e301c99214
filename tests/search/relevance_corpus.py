"""The fixed corpus and queries of the search relevance benchmark (tests/search/test_relevance.py).

Data only. The facts come from the project's seed documents; the prose is written for the
benchmark. Every document has a stable key; a page's translations are one document. A query
lists every document a good engine must return in its first ten results for it.

Words that appear in exactly one place on purpose (so that a query can only be answered by
it): "ecomap", "интервизия", "anchetă" (the compendium's files), "омбудсман" / "Avocatul
Poporului" (the comparative study's file), "motivational interviewing" / "мотивационно
интервюиране" (the toolkit's files), "smoke detectors", "пунктирна", "plasat" (materials' files),
"екокарта", "mentori", "call-out", "синя стая" (replies in discussions).
"""

import datetime
from typing import NamedTuple

D = datetime.date

# Pages ---------------------------------------------------------------------------------------
# type: article | event | project | publication. section (articles only): news | resources.
# "source" is the language the page is written in; the other languages are its translations.

PAGES = (
    # Projects
    {
        "key": "project-network",
        "type": "project",
        "source": "bg",
        "shared": {
            "status": "completed",
            "start_date": D(2017, 4, 26),
            "end_date": D(2019, 4, 25),
        },
        "bg": {
            "title": "Регионална мрежа за социално сближаване",
            "summary": "Трансграничен проект на Младежки център – Видин и Асоциацията за социални "
            "услуги от Крайова, който свързва доставчиците на социални услуги от двата бряга на "
            "Дунав.",
            "goals": "Съвместна оценка на социалните системи на България и Румъния, виртуална "
            "общност на практиката, база данни с 200 записа и 300 обучени експерти.",
            "target_groups": "Социални работници, експерти от общините и доставчици на социални "
            "услуги в граничния регион.",
        },
        "en": {
            "title": "Regional Network for Social Cohesion",
            "summary": "A cross-border project of the Youth Centre Vidin and the Social Services "
            "Association of Craiova that connects social-service providers on both banks of the "
            "Danube.",
            "goals": "A joint assessment of the social systems of Bulgaria and Romania, a virtual "
            "community of practice, a database of 200 records and 300 trained experts.",
            "target_groups": "Social workers, municipal experts and social-service providers in "
            "the border region.",
        },
        "ro": {
            "title": "Rețea regională pentru coeziune socială",
            "summary": "Proiect transfrontalier al Centrului de Tineret Vidin și al Asociației "
            "pentru Servicii Sociale din Craiova, care leagă furnizorii de servicii sociale de pe "
            "ambele maluri ale Dunării.",
            "goals": "O evaluare comună a sistemelor sociale din Bulgaria și România, o comunitate "
            "virtuală de practică, o bază de date cu 200 de înregistrări și 300 de experți "
            "instruiți.",
            "target_groups": "Asistenți sociali, experți din primării și furnizori de servicii "
            "sociale din regiunea de graniță.",
        },
    },
    {
        "key": "project-resilience",
        "type": "project",
        "source": "bg",
        "shared": {"status": "ongoing", "start_date": D(2018, 1, 1), "end_date": None},
        "bg": {
            "title": "Устойчивост без граници",
            "summary": "Системна подкрепа чрез подхода „Устойчивост“ за професионалистите, които "
            "работят с уязвими групи в България и съседните страни. Финансира фондация ОАК.",
            "goals": "Ресурсен център за натрупване и обмен на знания; по-силни мултидисциплинарни "
            "екипи; пилотни програми в училища, специализирани институции и центрове за социални "
            "услуги.",
            "target_groups": "Педагози, социални работници и психолози, които работят с деца, "
            "преживели насилие.",
        },
        "en": {
            "title": "Resilience Without Borders",
            "summary": "Systematic support, through the Resilience approach, for professionals "
            "who work with vulnerable groups in Bulgaria and neighbouring countries. Funded by "
            "the OAK Foundation.",
            "goals": "A Resource Centre to gather and exchange knowledge; stronger "
            "multidisciplinary teams; pilot programmes in schools, specialised institutions and "
            "social-service centres.",
            "target_groups": "Teachers, social workers and psychologists who work with children "
            "who have lived through violence.",
        },
    },
    {
        "key": "project-di",
        "type": "project",
        "source": "bg",
        "shared": {"status": "ongoing", "start_date": D(2015, 4, 1), "end_date": None},
        "bg": {
            "title": "Стратегическа деинституционализация на грижата за деца до 3 години",
            "summary": "Проектът на международната детска организация цели закриването на "
            "институционалната грижа за най-малките деца. От април 2015 г. в областите работи "
            "областен координационен механизъм за деинституционализация.",
            "goals": "Всяко дете до три години да расте в семейство: своето, на близките си или "
            "приемно.",
            "target_groups": "Екипите по закрила на детето, доставчиците на услуги и общините.",
        },
        "en": {
            "title": "Strategic deinstitutionalisation of care for children under 3",
            "summary": "The international children's charity's project to end institutional care "
            "for the youngest children. Since April 2015 a district deinstitutionalisation "
            "coordination mechanism has been at work in the districts.",
            "goals": "Every child under three grows up in a family: their own, their relatives' "
            "or a foster family.",
            "target_groups": "Child-protection teams, service providers and municipalities.",
        },
    },
    {
        "key": "project-strengthen",
        "type": "project",
        "source": "bg",
        "shared": {
            "acronym": "STRENGTHEN",
            "status": "completed",
            "start_date": D(2020, 1, 15),
            "end_date": D(2021, 12, 31),
        },
        "bg": {
            "title": "Укрепване на системата за закрила на детето в България",
            "summary": "Проект, съфинансиран от Европейския съюз. Фокус групи с професионалисти от "
            "Стара Загора, Харманли и София показаха какво трябва да съдържа новата обучителна "
            "програма.",
            "goals": "Обучителна програма, изградена от препоръките на практиците, и по-добра "
            "координация между отделите за закрила на детето.",
            "target_groups": "Социални работници от отделите „Закрила на детето“, полиция и "
            "общини.",
        },
        "en": {
            "title": "Strengthening the child-protection system in Bulgaria",
            "summary": "An EU co-funded project. Focus groups with professionals from Stara "
            "Zagora, Harmanli and Sofia showed what the new training programme has to contain.",
            "goals": "A training programme built on practitioners' recommendations, and better "
            "coordination between child-protection departments.",
            "target_groups": "Social workers of the child-protection departments, police and "
            "municipalities.",
        },
    },
    # Events
    {
        "key": "training-burgas",
        "type": "event",
        "source": "bg",
        "shared": {
            "event_type": "training",
            "start_date": D(2019, 9, 26),
            "region": "bg-burgas",
            "country": "BG",
            "participants_total": 23,
            "audience": ["social_worker", "pedagogue", "psychologist"],
        },
        "bg": {
            "title": "Обучение за работа с родители в риск от изоставяне",
            "venue": "Областна администрация Бургас",
            "city": "Бургас",
            "organisers": "Международна детска организация",
            "trainers": "Национален консултант и регионалният координатор за Бургас",
            "summary": "Еднодневно обучение за членовете на областния координационен механизъм и "
            "специалистите от отделите за закрила на детето.",
            "write_up": [
                "Двадесет и трима социални работници, педагози и психолози от отделите за закрила "
                "на детето, център за обществена подкрепа, малки групови домове и център за деца "
                "на улицата обсъдиха как да подкрепят родителите, които обмислят да изоставят "
                "детето си.",
                "Участниците се запознаха с метода „Генограма“ и го приложиха върху случаи от "
                "собствената си практика.",
            ],
        },
        "en": {
            "title": "Working with parents at risk of abandonment",
            "venue": "Burgas Regional Administration",
            "city": "Burgas",
            "organisers": "An international children's charity",
            "trainers": "A national consultant and the Burgas regional coordinator",
            "summary": "A one-day training for members of the district coordination mechanism and "
            "child-protection specialists.",
            "write_up": [
                "Twenty-three social workers, teachers and psychologists from child-protection "
                "departments, a community support centre, small group homes and a centre for "
                "street children discussed how to support parents who are thinking of giving up "
                "their child.",
                "The participants learned the Genogram method and tried it on cases from their "
                "own practice.",
            ],
        },
        "ro": {
            "title": "Lucrul cu părinții în risc de abandon",
            "venue": "Administrația Regională Burgas",
            "city": "Burgas",
            "organisers": "O organizație internațională pentru copii",
            "trainers": "Un consultant național și coordonatorul regional din Burgas",
            "summary": "O instruire de o zi pentru membrii mecanismului district de coordonare și "
            "specialiștii în protecția copilului.",
            "write_up": [
                "Douăzeci și trei de asistenți sociali, pedagogi și psihologi din departamentele de "
                "protecție a copilului, un centru de sprijin comunitar, case de tip familial și un "
                "centru pentru copiii străzii au discutat cum pot fi sprijiniți părinții care se "
                "gândesc să își abandoneze copilul.",
                "Participanții au învățat metoda genogramei și au aplicat-o pe cazuri din propria "
                "practică.",
            ],
        },
    },
    {
        "key": "training-stara-zagora",
        "type": "event",
        "source": "bg",
        "shared": {
            "event_type": "training",
            "start_date": D(2019, 9, 26),
            "region": "bg-stara-zagora",
            "country": "BG",
            "participants_total": 18,
            "audience": ["social_worker", "foster_care", "municipal"],
        },
        "bg": {
            "title": "Обучение за работа с родители в риск от изоставяне – Стара Загора",
            "venue": "Областна администрация Стара Загора",
            "city": "Стара Загора",
            "organisers": "Международна детска организация",
            "trainers": "Национален консултант",
            "summary": "Обучение за екипа на областния механизъм за деинституционализация с "
            "участието на заместник областния управител.",
            "write_up": [
                "Осемнадесет участници от общините, отделите за закрила на детето и областния екип "
                "по приемна грижа работиха с ролеви игри.",
                "Всеки получи инструментариума на организацията за работа с родители.",
            ],
        },
        "en": {
            "title": "Working with parents at risk of abandonment – Stara Zagora",
            "venue": "Stara Zagora Regional Administration",
            "city": "Stara Zagora",
            "organisers": "An international children's charity",
            "trainers": "A national consultant",
            "summary": "A training for the district deinstitutionalisation team, joined by the "
            "Deputy Regional Governor.",
            "write_up": [
                "Eighteen participants from municipalities, child-protection departments and the "
                "district foster-care team worked through role plays.",
                "Each of them received the charity's toolkit for working with parents.",
            ],
        },
    },
    {
        "key": "focus-stara-zagora",
        "type": "event",
        "source": "bg",
        "shared": {
            "event_type": "focus_group",
            "start_date": D(2020, 6, 16),
            "region": "bg-stara-zagora",
            "country": "BG",
            "participants_total": 13,
            "audience": ["social_worker", "child_protection"],
        },
        "bg": {
            "title": "Фокус група за укрепване на системата за закрила на детето – Стара Загора",
            "city": "Стара Загора",
            "summary": "Тринадесет професионалисти обсъдиха какво им липсва в ежедневната работа "
            "по случаи на деца в риск.",
            "write_up": [
                "Социалните работници настояха за по-задълбочена оценка на всеки случай и за "
                "редовно опресняване на знанията."
            ],
            "findings": "Родителите трябва да бъдат включвани по-активно; нужна е по-добра "
            "координация между звената.",
        },
    },
    {
        "key": "focus-harmanli",
        "type": "event",
        "source": "bg",
        "shared": {
            "event_type": "focus_group",
            "start_date": D(2020, 6, 17),
            "region": "bg-haskovo",
            "country": "BG",
            "participants_total": 21,
            "audience": ["social_worker", "police", "municipal"],
        },
        "bg": {
            "title": "Фокус група в Харманли: закрилата на детето на местно ниво",
            "city": "Харманли",
            "summary": "Двадесет и един участници от Хасковска област разказаха как работят с "
            "бежанските семейства и с децата, настанени в приемни семейства.",
            "write_up": [
                "Разговорът показа, че малките общини разчитат на неформални връзки повече, "
                "отколкото на процедури."
            ],
            "findings": "Препоръка: общо обучение за полицията и отделите за закрила на детето.",
        },
        "en": {
            "title": "Focus group in Harmanli: child protection at local level",
            "city": "Harmanli",
            "summary": "Twenty-one participants from Haskovo district described how they work "
            "with refugee families and with children placed in foster families.",
            "write_up": [
                "The discussion showed that small municipalities rely on informal contacts more "
                "than on procedures."
            ],
            "findings": "Recommendation: joint training for the police and the child-protection "
            "departments.",
        },
    },
    {
        "key": "focus-sofia",
        "type": "event",
        "source": "bg",
        "shared": {
            "event_type": "focus_group",
            "start_date": D(2020, 6, 25),
            "region": "bg-sofia-city",
            "country": "BG",
            "participants_total": 20,
            "audience": ["child_protection"],
        },
        "bg": {
            "title": "Фокус група в София с Държавната агенция за закрила на детето",
            "city": "София",
            "summary": "Двадесет експерти, сред тях представители на Държавната агенция за "
            "закрила на детето, обсъдиха бъдещата обучителна програма.",
            "write_up": [
                "Участниците предложиха модули за оценка на риска, за разговор с детето и за "
                "работа с училищата."
            ],
        },
    },
    {
        "key": "expert-meeting-ruse",
        "type": "event",
        "source": "bg",
        "shared": {
            "event_type": "expert_meeting",
            "start_date": D(2017, 10, 19),
            "end_date": D(2017, 10, 20),
            "region": "bg-ruse",
            "country": "BG",
            "participants_total": 20,
            "participants_bg": 10,
            "participants_ro": 10,
        },
        "bg": {
            "title": "Международна среща на експерти в Русе",
            "city": "Русе",
            "summary": "Двадесет експерти, по десет от България и Румъния, сравниха как двете "
            "държави организират социалните услуги за деца и семейства.",
            "write_up": [
                "Двудневната среща постави началото на сравнителното изследване на двете "
                "социални системи."
            ],
        },
        "ro": {
            "title": "Întâlnirea internațională a experților de la Ruse",
            "city": "Ruse",
            "summary": "Douăzeci de experți, câte zece din Bulgaria și România, au comparat modul "
            "în care cele două țări organizează serviciile sociale pentru copii și familii.",
            "write_up": [
                "Întâlnirea de două zile a deschis studiul comparativ al celor două sisteme sociale."
            ],
        },
        "en": {
            "title": "International expert meeting in Ruse",
            "city": "Ruse",
            "summary": "Twenty experts, ten from Bulgaria and ten from Romania, compared how the "
            "two countries organise social services for children and families.",
            "write_up": [
                "The two-day meeting opened the comparative study of the two social systems."
            ],
        },
    },
    {
        "key": "forum-craiova",
        "type": "event",
        "source": "ro",
        "shared": {
            "event_type": "thematic_forum",
            "start_date": D(2017, 11, 23),
            "end_date": D(2017, 11, 24),
            "region": "ro-dolj",
            "country": "RO",
            "participants_total": 20,
            "participants_bg": 10,
            "participants_ro": 10,
        },
        "ro": {
            "title": "Forum tematic la Craiova: servicii sociale pentru copiii din familii "
            "vulnerabile",
            "venue": "Asociația pentru Servicii Sociale Craiova",
            "city": "Craiova",
            "summary": "Primul din cele zece forumuri tematice a reunit douăzeci de experți din "
            "județul Dolj și din districtul Vidin.",
            "write_up": [
                "Participanții au prezentat cazuri de copii lăsați în grija bunicilor după ce "
                "părinții au plecat la muncă în străinătate.",
                "Forumul a propus o fișă comună de evaluare a nevoilor familiei.",
            ],
        },
        "bg": {
            "title": "Тематичен форум в Крайова: социални услуги за деца от уязвими семейства",
            "venue": "Асоциация за социални услуги – Крайова",
            "city": "Крайова",
            "summary": "Първият от десетте тематични форума събра двадесет експерти от окръг Долж "
            "и от област Видин.",
            "write_up": [
                "Участниците представиха случаи на деца, оставени на грижите на бабите и "
                "дядовците, след като родителите им заминали да работят в чужбина.",
                "Форумът предложи обща карта за оценка на нуждите на семейството.",
            ],
        },
    },
    {
        "key": "forum-vidin",
        "type": "event",
        "source": "bg",
        "shared": {
            "event_type": "thematic_forum",
            "start_date": D(2018, 2, 15),
            "end_date": D(2018, 2, 16),
            "region": "bg-vidin",
            "country": "BG",
            "participants_total": 20,
            "participants_bg": 10,
            "participants_ro": 10,
            "audience": ["foster_care", "social_worker"],
        },
        "bg": {
            "title": "Тематичен форум във Видин: приемната грижа от двете страни на Дунав",
            "city": "Видин",
            "summary": "Приемни родители и социални работници от Видин и Долж сравниха как се "
            "подбират, обучават и подкрепят приемните семейства.",
            "write_up": [
                "В България приемните семейства се одобряват от комисия към дирекцията за "
                "социално подпомагане, а в Румъния професионалните приемни родители са служители "
                "на генералната дирекция."
            ],
        },
        "ro": {
            "title": "Forum tematic la Vidin: asistența maternală pe ambele maluri ale Dunării",
            "city": "Vidin",
            "summary": "Asistenți maternali și asistenți sociali din Vidin și Dolj au comparat "
            "cum sunt selectate, instruite și sprijinite familiile de plasament.",
            "write_up": [
                "În Bulgaria, familiile de plasament sunt aprobate de o comisie a direcției de "
                "asistență socială, iar în România asistenții maternali profesioniști sunt "
                "angajați ai direcției generale."
            ],
        },
    },
    {
        "key": "qualification-calafat",
        "type": "event",
        "source": "ro",
        "shared": {
            "event_type": "qualification_session",
            "start_date": D(2018, 9, 11),
            "end_date": D(2018, 9, 13),
            "region": "ro-dolj",
            "country": "RO",
            "participants_total": 20,
            "participants_bg": 10,
            "participants_ro": 10,
        },
        "ro": {
            "title": "Sesiune comună de calificare la Calafat: managementul de caz",
            "city": "Calafat",
            "summary": "Trei zile de instruire pentru douăzeci de specialiști din Dolj și Vidin "
            "despre planificarea și monitorizarea intervenției în familie.",
            "write_up": [
                "Formatorii au lucrat cu studii de caz despre copii cu dizabilități și despre "
                "familii monoparentale.",
                "La final, fiecare participant a întocmit un plan de intervenție pentru un caz "
                "real, fără date de identificare.",
            ],
        },
    },
    {
        "key": "exchange-visit-giurgiu",
        "type": "event",
        "source": "ro",
        "shared": {
            "event_type": "exchange_visit",
            "start_date": D(2019, 1, 22),
            "end_date": D(2019, 1, 24),
            "region": "ro-giurgiu",
            "country": "RO",
            "participants_total": 3,
            "participants_bg": 3,
        },
        "ro": {
            "title": "Vizită de schimb de experiență la Giurgiu",
            "city": "Giurgiu",
            "summary": "Trei specialiști ai unei organizații din Ruse au vizitat centrul de zi "
            "pentru copii al organizației gazdă din Giurgiu.",
            "write_up": [
                "Vizita a făcut parte din cele șase schimburi de experiență dintre organizații "
                "pereche din Bulgaria și România.",
                "Echipele au comparat programele de sprijin școlar și consilierea părinților.",
            ],
        },
    },
    {
        "key": "final-conference",
        "type": "event",
        "source": "ro",
        "shared": {
            "event_type": "conference",
            "start_date": D(2019, 3, 28),
            "end_date": D(2019, 3, 29),
            "region": "ro-dolj",
            "country": "RO",
            "participants_total": 40,
            "participants_bg": 20,
            "participants_ro": 20,
        },
        "ro": {
            "title": "Conferința finală a rețelei transfrontaliere",
            "city": "Craiova",
            "summary": "Patruzeci de participanți, câte douăzeci din fiecare țară, au adoptat "
            "statutul rețelei transfrontaliere a furnizorilor de servicii sociale.",
            "write_up": [
                "Conferința a încheiat doi ani de cartografiere, forumuri, sesiuni de calificare "
                "și vizite de schimb."
            ],
        },
        "bg": {
            "title": "Заключителна конференция на трансграничната мрежа",
            "city": "Крайова",
            "summary": "Четиридесет участници, по двадесет от всяка страна, приеха устава на "
            "трансграничната мрежа на доставчиците на социални услуги.",
            "write_up": [
                "Конференцията завърши две години на картографиране, форуми, съвместни обучения и "
                "посещения за обмяна на опит."
            ],
        },
        "en": {
            "title": "Final conference of the cross-border network",
            "city": "Craiova",
            "summary": "Forty participants, twenty from each country, adopted the statute of the "
            "cross-border network of social-service providers.",
            "write_up": [
                "The conference closed two years of mapping, forums, qualification sessions and "
                "exchange visits."
            ],
        },
    },
    {
        "key": "training-sliven",
        "type": "event",
        "source": "en",
        "shared": {
            "event_type": "training",
            "start_date": D(2016, 5, 12),
            "region": "bg-sliven",
            "country": "BG",
            "participants_total": 24,
            "audience": ["pedagogue"],
        },
        "en": {
            "title": "Resilience training for teachers in Sliven",
            "city": "Sliven",
            "summary": "Trainers prepared in the earlier project passed the Resilience approach on "
            "to twenty-four teachers and school counsellors.",
            "write_up": [
                "The teachers practised how to notice signs of violence at home and how to talk "
                "to a child after a traumatic event."
            ],
        },
    },
    # Articles
    {
        "key": "mapping-13-districts",
        "type": "article",
        "section": "news",
        "source": "bg",
        "shared": {"kind": "news", "date": D(2017, 6, 1)},
        "bg": {
            "title": "Стартира картографирането на социалните ресурси в 13 области",
            "lead": "Екипът на проекта събира данни за социалните услуги и структури по двата "
            "бряга на Дунав.",
            "body": [
                "В България картографирането обхваща Враца, Плевен, Велико Търново, Русе, Силистра "
                "и Добрич, а в Румъния – окръзите Мехединци, Долж, Олт, Телеорман, Гюргево, "
                "Кълъраш и Констанца. Видин и Монтана бяха картографирани по-рано.",
                "Резултатът ще бъде база данни на български, румънски и английски език, показана "
                "на интерактивна карта.",
            ],
            "tags": ["картографиране", "социални услуги"],
        },
        "en": {
            "title": "Mapping of social resources starts in 13 districts",
            "lead": "The project team is collecting data on social services and structures on both "
            "banks of the Danube.",
            "body": [
                "In Bulgaria the mapping covers Vratsa, Pleven, Veliko Tarnovo, Ruse, Silistra and "
                "Dobrich; in Romania the counties of Mehedinți, Dolj, Olt, Teleorman, Giurgiu, "
                "Călărași and Constanța. Vidin and Montana were mapped earlier.",
                "The result will be a database in Bulgarian, Romanian and English, shown on an "
                "interactive map.",
            ],
            "tags": ["mapping", "social services"],
        },
        "ro": {
            "title": "Începe cartografierea resurselor sociale în 13 districte",
            "lead": "Echipa proiectului adună date despre serviciile și structurile sociale de pe "
            "ambele maluri ale Dunării.",
            "body": [
                "În Bulgaria, cartografierea acoperă Vrața, Pleven, Veliko Tărnovo, Ruse, Silistra "
                "și Dobrici, iar în România județele Mehedinți, Dolj, Olt, Teleorman, Giurgiu, "
                "Călărași și Constanța. Vidin și Montana au fost cartografiate anterior.",
                "Rezultatul va fi o bază de date în bulgară, română și engleză, afișată pe o "
                "hartă interactivă.",
            ],
            "tags": ["cartografiere", "servicii sociale"],
        },
    },
    {
        "key": "genogram-method",
        "type": "article",
        "section": "resources",
        "source": "bg",
        "shared": {"kind": "methodology", "date": D(2019, 9, 30)},
        "bg": {
            "title": "Методът „Генограма“ в работата по случай",
            "lead": "Как генограмата помага да се видят връзките в семейството с един поглед.",
            "body": [
                "Генограмата е семейно дърво с поне три поколения, върху което социалният работник "
                "отбелязва близките, конфликтните и прекъснатите връзки.",
                "Когато я чертаем заедно с родителите, те сами забелязват кой може да им помогне.",
            ],
            "tags": ["генограма", "работа по случай"],
        },
        "en": {
            "title": "The Genogram method in case work",
            "lead": "How a genogram shows a family's relationships at a glance.",
            "body": [
                "A genogram is a family tree of at least three generations on which the social "
                "worker marks close, conflictual and broken relationships.",
                "When we draw it together with the parents, they notice for themselves who could "
                "help them.",
            ],
            "tags": ["genogram", "case work"],
        },
        "ro": {
            "title": "Metoda genogramei în lucrul pe caz",
            "lead": "Cum ajută genograma la înțelegerea dintr-o privire a relațiilor din familie.",
            "body": [
                "Genograma este un arbore genealogic de cel puțin trei generații, pe care "
                "asistentul social marchează relațiile apropiate, conflictuale și întrerupte.",
                "Când o desenăm împreună cu părinții, aceștia observă singuri cine îi poate ajuta.",
            ],
            "tags": ["genogramă", "lucrul pe caz"],
        },
    },
    {
        "key": "resilience-approach",
        "type": "article",
        "section": "resources",
        "source": "bg",
        "shared": {"kind": "methodology", "date": D(2018, 3, 12)},
        "bg": {
            "title": "Подходът „Устойчивост“: как децата се възстановяват след травма",
            "lead": "Подходът търси силните страни на детето и на хората около него, а не само "
            "рисковете.",
            "body": [
                "Устойчивостта не е черта на характера, а резултат от отношения: поне един "
                "грижовен възрастен, училище, в което детето се чувства прието, и възможност да "
                "помага на другите.",
                "Затова подкрепата не свършва с кризисната интервенция, а продължава месеци след "
                "преживяното насилие.",
            ],
            "tags": ["устойчивост", "насилие над деца", "травма"],
        },
        "en": {
            "title": "The Resilience approach: how children recover after trauma",
            "lead": "The approach looks for the strengths of a child and of the people around "
            "them, not only for risks.",
            "body": [
                "Resilience is not a character trait but the result of relationships: at least one "
                "caring adult, a school where the child feels accepted and a chance to help others.",
                "That is why support does not end with crisis intervention but goes on for months "
                "after the violence.",
            ],
            "tags": ["resilience", "violence against children", "trauma"],
        },
    },
    {
        "key": "foster-care-guide",
        "type": "article",
        "section": "resources",
        "source": "bg",
        "shared": {"kind": "manual", "date": D(2020, 2, 10)},
        "bg": {
            "title": "Приемната грижа: какво трябва да знае всяко приемно семейство",
            "lead": "Кратко ръководство за кандидатите за приемни родители и за социалните "
            "работници, които ги подкрепят.",
            "body": [
                "Приемното семейство осигурява временна грижа за дете, докато то се върне при "
                "родителите си или бъде осиновено.",
                "Кандидатите преминават обучение, а след настаняването на детето социалният "
                "работник ги посещава редовно и ги включва в групи за взаимопомощ.",
            ],
            "tags": ["приемна грижа"],
        },
    },
    {
        "key": "foster-care-ro",
        "type": "article",
        "section": "resources",
        "source": "ro",
        "shared": {"kind": "manual", "date": D(2020, 3, 2)},
        "ro": {
            "title": "Asistența maternală în România: ghid pentru specialiști",
            "lead": "Cum sunt evaluați, formați și sprijiniți asistenții maternali profesioniști.",
            "body": [
                "Asistentul maternal profesionist este angajatul direcției generale de asistență "
                "socială și protecția copilului și îngrijește la domiciliul său unul sau mai mulți "
                "copii separați de familie.",
                "Ghidul descrie evaluarea inițială, formarea obligatorie și supervizarea lunară.",
            ],
            "tags": ["asistență maternală", "protecția copilului"],
        },
    },
    {
        "key": "children-participation",
        "type": "article",
        "section": "resources",
        "source": "bg",
        "shared": {"kind": "good_practice", "date": D(2019, 11, 20)},
        "bg": {
            "title": "Програма за участие на децата и младежите",
            "lead": "Децата имат право да бъдат чути за решенията, които ги засягат.",
            "body": [
                "Учениците от пет училища създадоха детски съвети, които обсъждат с директорите "
                "правилата и извънкласните дейности.",
                "Младежите сами водят срещите, а възрастните само ги подкрепят.",
            ],
            "tags": ["детско участие"],
        },
        "en": {
            "title": "Children's and youth participation programme",
            "lead": "Children have the right to be heard on decisions that affect them.",
            "body": [
                "Pupils of five schools set up children's councils that discuss rules and "
                "after-school activities with their head teachers.",
                "The young people chair the meetings themselves; adults only support them.",
            ],
            "tags": ["child participation"],
        },
    },
    {
        "key": "violence-prevention-schools",
        "type": "article",
        "section": "news",
        "source": "bg",
        "shared": {"kind": "news", "date": D(2018, 10, 4)},
        "bg": {
            "title": "Превенция на насилието над деца в училище",
            "lead": "Учители, психолози и социални работници от десет града се обучиха да "
            "разпознават ранните признаци на насилие.",
            "body": [
                "Обучителите, подготвени в предишния проект, предадоха подхода „Устойчивост“ на "
                "педагозите в своите градове.",
                "Всяко училище изготви план за действие при съмнение за насилие над ученик.",
            ],
            "tags": ["насилие над деца", "училище"],
        },
        "ro": {
            "title": "Prevenirea violenței asupra copiilor în școală",
            "lead": "Profesori, psihologi și asistenți sociali din zece orașe au învățat să "
            "recunoască semnele timpurii ale violenței.",
            "body": [
                "Formatorii pregătiți în proiectul anterior au transmis abordarea „Reziliență” "
                "cadrelor didactice din orașele lor.",
                "Fiecare școală a întocmit un plan de acțiune pentru situațiile în care se "
                "suspectează violența asupra unui elev.",
            ],
            "tags": ["violență asupra copiilor", "școală"],
        },
    },
    {
        "key": "community-centre-vidin",
        "type": "article",
        "section": "news",
        "source": "bg",
        "shared": {"kind": "news", "date": D(2018, 5, 15)},
        "bg": {
            "title": "Център за обществена подкрепа във Видин разширява услугите си",
            "lead": "Центърът вече предлага консултации за родители и подкрепа за деца с "
            "трудности в ученето.",
            "body": [
                "Социалните услуги в общността помагат на семействата, преди проблемите да доведат "
                "до раздяла с детето.",
                "Екипът на центъра включва социален работник, психолог и логопед. Миналата "
                "година той посети подобен център в Крайова.",
            ],
            "tags": ["социални услуги"],
        },
    },
    {
        "key": "families-at-risk-dolj",
        "type": "article",
        "section": "news",
        "source": "ro",
        "shared": {"kind": "good_practice", "date": D(2018, 6, 20)},
        "ro": {
            "title": "Sprijin pentru familiile în situație de risc din Dolj",
            "lead": "Un program pilot oferă consiliere și ajutor material familiilor care riscă "
            "separarea de copii.",
            "body": [
                "Asistenții sociali din primăriile județului Dolj vizitează familiile la domiciliu "
                "și stabilesc împreună cu părinții un plan de sprijin.",
                "În primul an, 46 de copii au rămas în familie datorită intervenției timpurii.",
            ],
            "tags": ["familii vulnerabile"],
        },
    },
    {
        "key": "online-community",
        "type": "article",
        "section": "news",
        "source": "bg",
        "shared": {"kind": "news", "date": D(2017, 10, 30)},
        "bg": {
            "title": "Стартира виртуалната общност на практиката",
            "lead": "Нов уебсайт събира информация за социалните системи на двете страни и база "
            "данни на доставчиците на социални услуги.",
            "body": [
                "Членовете могат да качват материали, да обменят опит и да търсят партньори от "
                "другата страна на границата."
            ],
            "tags": ["общност на практиката"],
        },
        "ro": {
            "title": "Se lansează comunitatea virtuală de practică",
            "lead": "Un nou site reunește informații despre sistemele sociale ale celor două țări "
            "și o bază de date a furnizorilor de servicii sociale.",
            "body": [
                "Membrii pot încărca materiale, pot face schimb de experiență și pot căuta "
                "parteneri de cealaltă parte a graniței."
            ],
            "tags": ["comunitate de practică"],
        },
        "en": {
            "title": "The virtual community of practice goes live",
            "lead": "A new website brings together information on both countries' social systems "
            "and a database of social-service providers.",
            "body": [
                "Members can upload materials, exchange experience and look for partners across "
                "the border."
            ],
            "tags": ["community of practice"],
        },
    },
    {
        "key": "parents-rights-ro",
        "type": "article",
        "section": "resources",
        "source": "ro",
        "shared": {"kind": "methodology", "date": D(2019, 4, 18)},
        "ro": {
            "title": "Drepturile părinților în procesul de protecție a copilului",
            "lead": "Ce trebuie să afle părinții atunci când copilul lor intră în atenția "
            "serviciului de protecție.",
            "body": [
                "Părinții au dreptul să fie informați, să participe la întocmirea planului "
                "individualizat de protecție și să conteste măsura în instanță.",
                "Specialiștii explică aceste drepturi într-un limbaj simplu și verifică dacă au "
                "fost înțelese.",
            ],
            "tags": ["drepturile părinților"],
        },
    },
    {
        "key": "social-assistance-ro",
        "type": "article",
        "section": "resources",
        "source": "ro",
        "shared": {"kind": "methodology", "date": D(2018, 1, 25)},
        "ro": {
            "title": "Asistența socială la nivel local: rolul primăriilor",
            "lead": "Cum colaborează serviciile publice de asistență socială din comune cu "
            "direcția generală județeană.",
            "body": [
                "În județul Dolj, direcția generală de asistență socială și protecția copilului "
                "are sediul la Craiova, iar primăriile mici au adesea un singur asistent social.",
                "Articolul prezintă un model de colaborare pentru evaluarea rapidă a cazurilor "
                "semnalate.",
            ],
            "tags": ["asistență socială"],
        },
    },
    {
        "key": "care-under-3",
        "type": "article",
        "section": "resources",
        "source": "ro",
        "shared": {"kind": "good_practice", "date": D(2019, 6, 5)},
        "ro": {
            "title": "Îngrijirea copiilor sub 3 ani în servicii de tip familial",
            "lead": "De ce copiii mici nu trebuie să crească în instituții și ce alternative "
            "funcționează.",
            "body": [
                "Primii trei ani sunt decisivi pentru dezvoltarea creierului și a atașamentului.",
                "Plasamentul la asistenți maternali și sprijinul pentru familia extinsă au "
                "înlocuit treptat centrele de plasament pentru sugari.",
            ],
            "tags": ["dezinstituționalizare", "copilăria timpurie"],
        },
        "en": {
            "title": "Caring for children under 3 in family-type services",
            "lead": "Why young children must not grow up in institutions, and which alternatives "
            "work.",
            "body": [
                "The first three years are decisive for the development of the brain and of "
                "attachment.",
                "Placement with foster carers and support for the extended family have gradually "
                "replaced residential centres for infants.",
            ],
            "tags": ["deinstitutionalisation", "early childhood"],
        },
    },
    {
        "key": "story-books-ro",
        "type": "article",
        "section": "resources",
        "source": "ro",
        "shared": {"kind": "good_practice", "date": D(2020, 11, 3)},
        "ro": {
            "title": "Cărțile cu povești în lucrul cu copiii care au trecut printr-o traumă",
            "lead": "Poveștile îi ajută pe copii să vorbească despre ce au trăit fără să se simtă "
            "expuși.",
            "body": [
                "Psihologii unui centru de zi din Craiova citesc împreună cu copiii o poveste "
                "aleasă pentru vârsta lor și îi întreabă ce ar fi făcut în locul personajului.",
                "Bibliotecile școlare pot împrumuta cărțile recomandate pentru fiecare temă.",
            ],
            "tags": ["traumă", "terapie prin joc"],
        },
    },
    {
        "key": "joint-trainings-lessons",
        "type": "article",
        "section": "news",
        "source": "en",
        "shared": {"kind": "news", "date": D(2019, 1, 15)},
        "en": {
            "title": "Five lessons from our joint trainings",
            "lead": "Ten three-day trainings brought together 200 Bulgarian and Romanian "
            "specialists.",
            "body": [
                "Mixed groups learned more from each other than from the trainers.",
                "Interpreters were needed less often than we expected, and case studies worked "
                "better than lectures.",
            ],
            "tags": ["trainings"],
        },
    },
    {
        "key": "cross-border-vidin-calafat",
        "type": "article",
        "section": "news",
        "source": "en",
        "shared": {"kind": "partnership", "date": D(2018, 9, 20)},
        "en": {
            "title": "Across the Danube: Vidin and Calafat social workers meet",
            "lead": "The bridge between Vidin and Calafat has made joint case work possible.",
            "body": [
                "Social workers from both towns now meet every month to discuss families who live "
                "on one bank and work on the other.",
                "They have agreed on a shared referral form in Bulgarian and Romanian.",
            ],
            "tags": ["cross-border cooperation"],
        },
    },
    {
        "key": "burnout",
        "type": "article",
        "section": "resources",
        "source": "en",
        "shared": {"kind": "good_practice", "date": D(2020, 9, 14)},
        "en": {
            "title": "Preventing burnout among social workers",
            "lead": "Supervision, peer support and a manageable caseload protect the people who "
            "protect children.",
            "body": [
                "Social workers in child protection often carry more than fifty cases.",
                "Regular supervision and short team debriefs after difficult visits reduce sick "
                "leave and staff turnover.",
            ],
            "tags": ["burnout", "supervision"],
        },
        "bg": {
            "title": "Как да предпазим социалните работници от прегаряне",
            "lead": "Супервизия, подкрепа от колегите и разумен брой случаи пазят хората, които "
            "пазят децата.",
            "body": [
                "Социалните работници в закрилата на детето често водят повече от петдесет случая.",
                "Редовната супервизия и кратките екипни разговори след трудни посещения намаляват "
                "отсъствията по болест и текучеството.",
            ],
            "tags": ["прегаряне", "супервизия"],
        },
    },
    {
        "key": "small-group-homes",
        "type": "article",
        "section": "news",
        "source": "bg",
        "shared": {"kind": "news", "date": D(2016, 11, 8)},
        "bg": {
            "title": "Малките групови домове: от институции към грижа в общността",
            "lead": "Последните деца напуснаха дома за медико-социални грижи в Сливен и се "
            "преместиха в малки групови домове и приемни семейства.",
            "body": [
                "Деинституционализацията не е само затваряне на сгради: всяко дете има нужда от "
                "индивидуален план и от постоянен възрастен до себе си.",
                "Служителите на бившия дом бяха преквалифицирани и работят в новите услуги.",
            ],
            "tags": ["деинституционализация"],
        },
    },
    {
        "key": "street-children",
        "type": "article",
        "section": "news",
        "source": "bg",
        "shared": {"kind": "news", "date": D(2019, 7, 2)},
        "bg": {
            "title": "Център за деца на улицата отваря врати в Бургас",
            "lead": "Денонощната услуга предлага подслон, храна и придружаване до училище.",
            "body": [
                "Екипът работи с децата и техните родители, за да се върнат децата в семейна среда.",
                "Центърът си партнира с полицията и с отдела за закрила на детето.",
            ],
            "tags": ["деца на улицата"],
        },
        "en": {
            "title": "A centre for street children opens in Burgas",
            "lead": "The round-the-clock service offers shelter, meals and someone to walk the "
            "children to school.",
            "body": [
                "The team works with the children and their parents so that the children can "
                "return to a family setting.",
                "The centre cooperates with the police and the child-protection department.",
            ],
            "tags": ["street children"],
        },
    },
    {
        "key": "children-court",
        "type": "article",
        "section": "resources",
        "source": "bg",
        "shared": {"kind": "methodology", "date": D(2021, 3, 1)},
        "bg": {
            "title": "Изслушването на детето в съда: насоки за социалните работници",
            "lead": "Как да подготвим детето за разговора със съдията и какво да включим в "
            "доклада.",
            "body": [
                "Детето се изслушва в щадяща среда, в присъствието на социален работник.",
                "Докладът описва желанията на детето с неговите собствени думи.",
            ],
            "tags": ["правосъдие за деца"],
        },
    },
    # Publications (their files hold words found nowhere else: see the module docstring)
    {
        "key": "compendium",
        "type": "publication",
        "source": "bg",
        "shared": {"publication_type": "compendium", "year": 2019},
        "files": (
            {
                "language": "bg",
                "format": "docx",
                "paragraphs": (
                    "Сборник за специалисти от социалната сфера",
                    "Интервизията е среща на колеги без външен ръководител: всеки представя "
                    "труден случай, а групата търси решения.",
                ),
            },
            {
                "language": "en",
                "format": "pdf",
                "paragraphs": (
                    "Compendium for social-sector specialists",
                    "The ecomap complements the genogram: it shows the links of a family with "
                    "schools, doctors, neighbours and services.",
                ),
            },
            {
                "language": "ro",
                "format": "odt",
                "paragraphs": (
                    "Compendiu pentru specialiștii din domeniul social",
                    "Ancheta socială se face la domiciliul familiei și se încheie cu un raport "
                    "semnat de asistentul social.",
                ),
            },
        ),
        "bg": {
            "title": "Сборник за специалисти от социалната сфера",
            "abstract": "Опитът от тематичните форуми и съвместните обучения, събран от експерти "
            "от двете страни на границата.",
            "authors": "Експерти от България и Румъния",
            "publisher": "Младежки център – Видин",
        },
        "en": {
            "title": "Compendium for social-sector specialists",
            "abstract": "What the thematic forums and joint trainings taught experts on both sides "
            "of the border.",
            "authors": "Experts from Bulgaria and Romania",
            "publisher": "Youth Centre Vidin",
        },
        "ro": {
            "title": "Compendiu pentru specialiștii din domeniul social",
            "abstract": "Ce au învățat experții din ambele țări din forumurile tematice și "
            "instruirile comune.",
            "authors": "Experți din Bulgaria și România",
            "publisher": "Centrul de Tineret Vidin",
        },
    },
    {
        "key": "comparative-study",
        "type": "publication",
        "source": "bg",
        "shared": {"publication_type": "study", "year": 2017},
        "files": (
            {
                "language": "bg",
                "format": "docx",
                "paragraphs": (
                    "Сравнително изследване на социалните системи",
                    "Омбудсманът на Република България и Avocatul Poporului в Румъния приемат "
                    "жалби на деца и родители срещу решенията на социалните служби.",
                ),
            },
        ),
        "bg": {
            "title": "Сравнително изследване на социалните системи на България и Румъния",
            "abstract": "Консолидиран доклад за законодателството, институциите и услугите, с "
            "преводи на ключови национални документи.",
            "authors": "Изследователски екип на проекта",
            "publisher": "Младежки център – Видин",
        },
        "ro": {
            "title": "Studiu comparativ al sistemelor sociale din Bulgaria și România",
            "abstract": "Un raport consolidat despre legislație, instituții și servicii, cu "
            "traduceri ale documentelor naționale esențiale.",
            "authors": "Echipa de cercetare a proiectului",
            "publisher": "Centrul de Tineret Vidin",
        },
    },
    {
        "key": "parents-toolkit",
        "type": "publication",
        "source": "bg",
        "shared": {"publication_type": "toolkit", "year": 2018},
        "files": (
            {
                "language": "bg",
                "format": "docx",
                "paragraphs": (
                    "Инструментариум за работа с родители",
                    "Мотивационното интервюиране помага на майка, която се колебае дали да "
                    "задържи бебето си, сама да назове причините да остане с него.",
                ),
            },
            {
                "language": "en",
                "format": "pdf",
                "paragraphs": (
                    "Toolkit for working with parents",
                    "Motivational interviewing helps a mother who is unsure whether to keep her "
                    "baby to name her own reasons for staying with it.",
                ),
            },
        ),
        "bg": {
            "title": "Инструментариум за работа с родители в риск от изоставяне на детето",
            "abstract": "Упражнения, въпросници и примерни разговори за социални работници в "
            "родилни отделения и общностни центрове.",
            "authors": "Международна детска организация",
            "publisher": "Международна детска организация",
        },
        "en": {
            "title": "Toolkit for working with parents at risk of abandoning their child",
            "abstract": "Exercises, questionnaires and sample conversations for social workers in "
            "maternity wards and community centres.",
            "authors": "An international children's charity",
            "publisher": "An international children's charity",
        },
    },
    {
        "key": "brochure",
        "type": "publication",
        "source": "ro",
        "shared": {"publication_type": "brochure", "year": 2019},
        "files": (
            {
                "language": "ro",
                "format": "docx",
                "paragraphs": (
                    "Rețeaua în imagini",
                    "Douăsprezece organizații gazdă și partenere își spun povestea în fotografii.",
                ),
            },
        ),
        "ro": {
            "title": "Broșura rețelei transfrontaliere: oameni și locuri",
            "abstract": "O broșură cu fotografii despre organizațiile care au făcut schimb de "
            "experiență de-a lungul Dunării.",
            "authors": "Echipa proiectului",
            "publisher": "Asociația pentru Servicii Sociale Craiova",
        },
        "bg": {
            "title": "Брошура на трансграничната мрежа: хора и места",
            "abstract": "Брошура със снимки на организациите, които обмениха опит по поречието на "
            "Дунав.",
            "authors": "Екипът на проекта",
            "publisher": "Асоциация за социални услуги – Крайова",
        },
    },
)

# Members' practice materials: public ones are found by everyone, the others by members only.

MATERIALS = (
    {
        "key": "material-home-visit",
        "language": "en",
        "public": True,
        "topic": "family_support",
        "title": "Checklist for a first home visit",
        "description": "Questions to ask and things to notice when you visit a family for the "
        "first time.",
        "tags": ["home visit", "assessment"],
        "file": {
            "format": "pdf",
            "paragraphs": (
                "Checklist for a first home visit",
                "Check that the child has a safe place to sleep, regular meals and someone who "
                "takes them to school. Note smoke detectors, heating and medicines out of reach.",
            ),
        },
    },
    {
        "key": "material-genogram-template",
        "language": "bg",
        "public": True,
        "topic": "family_support",
        "title": "Шаблон за генограма",
        "description": "Празен шаблон с условните знаци за мъж, жена, брак, развод и конфликт.",
        "tags": ["генограма"],
        "file": {
            "format": "docx",
            "paragraphs": (
                "Шаблон за генограма",
                "Използвайте квадрат за мъж и кръг за жена. Пунктирната линия означава "
                "отчуждени отношения.",
            ),
        },
    },
    {
        "key": "material-foster-assessment-ro",
        "language": "ro",
        "public": True,
        "topic": "foster_care",
        "title": "Fișă de evaluare a asistentului maternal",
        "description": "Criterii pentru evaluarea anuală a asistenților maternali profesioniști.",
        "tags": ["asistență maternală", "evaluare"],
        "file": {
            "format": "odt",
            "paragraphs": (
                "Fișă de evaluare",
                "Se evaluează relația cu copilul plasat, colaborarea cu echipa și respectarea "
                "programului de somn și de masă.",
            ),
        },
    },
    {
        "key": "material-case-conference",
        "language": "bg",
        "public": False,
        "topic": "child_protection",
        "title": "Протокол от случай-конференция",
        "description": "Образец на протокол от среща на екипа по случая с родителите и детето.",
        "tags": ["работа по случай"],
        "file": {
            "format": "docx",
            "paragraphs": (
                "Протокол",
                "Присъстващи, решения, отговорници и срокове.",
            ),
        },
    },
)

# Discussions (members only). The first post of a thread is searched as the thread itself.

CATEGORY = {
    "bg": "Въпроси от практиката",
    "en": "Questions from practice",
    "ro": "Întrebări din practică",
}

THREADS = (
    {
        "key": "thread-first-visit",
        "language": "bg",
        "title": "Как подготвяте първото посещение в дома на семейството?",
        "body": "Скоро поемам първия си случай на дете в риск. Какво проверявате при първото "
        "посещение и как печелите доверието на родителите?",
        "replies": (
            {
                "key": "post-first-visit-ecomap",
                "body": "Винаги нося празна екокарта и я попълваме заедно. Родителите се "
                "отпускат, докато рисуват.",
            },
        ),
    },
    {
        "key": "thread-foster-support-ro",
        "language": "ro",
        "title": "Cum îi sprijiniți pe asistenții maternali după plasament?",
        "body": "În primele săptămâni după plasament, asistenții maternali noi se simt adesea "
        "singuri. Ce ați încercat în județul vostru?",
        "replies": (
            {
                "key": "post-foster-group-ro",
                "body": "La noi funcționează un grup de sprijin lunar, condus de un psiholog. "
                "Asistenții maternali cu experiență devin mentori pentru cei noi.",
            },
        ),
    },
    {
        "key": "thread-burnout-en",
        "language": "en",
        "title": "How do you cope with burnout in a child-protection team?",
        "body": "Our team has lost three colleagues this year. What actually helps people stay?",
        "replies": (
            {
                "key": "post-burnout-call-out",
                "body": "External supervision once a month changed a lot for us, and so did a "
                "rule that nobody does a night call-out alone.",
            },
        ),
    },
    {
        "key": "thread-court-hearing",
        "language": "bg",
        "title": "Изслушване на дете в съда – кой го подготвя?",
        "body": "Съдията поиска доклад и присъствие при изслушването на десетгодишно момче. "
        "Как подготвяте детето?",
        "replies": (
            {
                "key": "post-court-blue-room",
                "body": "В Сливен съдът има синя стая за изслушване на деца. Поискайте я "
                "предварително.",
            },
        ),
    },
)

# Queries ---------------------------------------------------------------------------------------


class Query(NamedTuple):
    text: str
    language: str  # the reader's language
    expected: tuple  # every document a good engine must return in its first ten results
    category: str
    member: bool = False  # the reader is a logged-in member (sees members' content)


INFLECTION_BG = "inflection-bg"
INFLECTION_RO = "inflection-ro"
INFLECTION_EN = "inflection-en"
DIACRITICS = "no-diacritics"
CEDILLA = "cedilla"
TRANSLITERATION = "transliteration"
CROSS_LANGUAGE = "cross-language"
FILE_TEXT = "file-text"
COMMUNITY = "community"
TYPOS = "typos"

# Reported, but not part of the pass mark where the backend does no fuzzy matching.
FUZZY_CATEGORIES = (TYPOS,)

QUERIES = (
    # Bulgarian: inflected forms, plurals and definite articles
    Query(
        "обучения за работа с родители",
        "bg",
        ("training-burgas", "training-stara-zagora"),
        INFLECTION_BG,
    ),
    Query(
        "родителите в риск",
        "bg",
        ("training-burgas", "training-stara-zagora", "parents-toolkit"),
        INFLECTION_BG,
    ),
    Query("участието на децата", "bg", ("children-participation",), INFLECTION_BG),
    Query("децата на улицата", "bg", ("street-children",), INFLECTION_BG),
    Query("социалните услуги във Видин", "bg", ("community-centre-vidin",), INFLECTION_BG),
    Query("приемни семейства", "bg", ("foster-care-guide", "forum-vidin"), INFLECTION_BG),
    Query("грижата за децата до 3 години", "bg", ("project-di",), INFLECTION_BG),
    Query("устава на мрежата", "bg", ("final-conference",), INFLECTION_BG),
    Query("обучителната програма", "bg", ("project-strengthen", "focus-sofia"), INFLECTION_BG),
    Query(
        "фокус групите",
        "bg",
        ("focus-stara-zagora", "focus-harmanli", "focus-sofia", "project-strengthen"),
        INFLECTION_BG,
    ),
    Query(
        "насилието над децата",
        "bg",
        ("violence-prevention-schools", "resilience-approach", "project-resilience"),
        INFLECTION_BG,
    ),
    Query("малките групови домове", "bg", ("small-group-homes", "training-burgas"), INFLECTION_BG),
    Query("изслушване на детето", "bg", ("children-court",), INFLECTION_BG),
    Query("генограмата", "bg", ("genogram-method", "material-genogram-template"), INFLECTION_BG),
    # Romanian: inflected forms
    Query("copii din familiile vulnerabile", "ro", ("forum-craiova",), INFLECTION_RO),
    Query("îngrijirea copilului sub 3 ani", "ro", ("care-under-3",), INFLECTION_RO),
    Query("familiile în risc", "ro", ("families-at-risk-dolj",), INFLECTION_RO),
    Query("drepturile părintelui", "ro", ("parents-rights-ro",), INFLECTION_RO),
    Query("informarea părinților", "ro", ("parents-rights-ro",), INFLECTION_RO),
    Query(
        "asistenții maternali",
        "ro",
        ("foster-care-ro", "forum-vidin", "material-foster-assessment-ro"),
        INFLECTION_RO,
    ),
    Query("cartografierea districtelor", "ro", ("mapping-13-districts",), INFLECTION_RO),
    Query(
        "sesiunile de calificare",
        "ro",
        ("qualification-calafat", "final-conference"),
        INFLECTION_RO,
    ),
    Query(
        "vizitele de schimb",
        "ro",
        ("exchange-visit-giurgiu", "final-conference"),
        INFLECTION_RO,
    ),
    Query("forumurile tematice", "ro", ("forum-craiova", "compendium"), INFLECTION_RO),
    # English: plurals and other inflections
    Query(
        "trainings for parents",
        "en",
        ("training-burgas", "training-stara-zagora"),
        INFLECTION_EN,
    ),
    Query("foster families", "en", ("focus-harmanli",), INFLECTION_EN),
    Query("council of children", "en", ("children-participation",), INFLECTION_EN),
    Query("shelters for street children", "en", ("street-children",), INFLECTION_EN),
    Query("lesson from a joint training", "en", ("joint-trainings-lessons",), INFLECTION_EN),
    Query("case study", "en", ("joint-trainings-lessons",), INFLECTION_EN),
    Query("family relationship", "en", ("genogram-method",), INFLECTION_EN),
    # Romanian typed without diacritics
    Query("cartile cu povesti", "ro", ("story-books-ro",), DIACRITICS),
    Query("asistenta sociala", "ro", ("social-assistance-ro",), DIACRITICS),
    Query("drepturile parintilor", "ro", ("parents-rights-ro",), DIACRITICS),
    Query("ingrijire", "ro", ("care-under-3",), DIACRITICS),
    Query("interventia timpurie", "ro", ("families-at-risk-dolj",), DIACRITICS),
    Query(
        "fisa de evaluare",
        "ro",
        ("material-foster-assessment-ro", "forum-craiova"),
        DIACRITICS,
    ),
    Query("violenta in scoala", "ro", ("violence-prevention-schools",), DIACRITICS),
    # Romanian typed with the cedilla letters ş and ţ
    Query(
        "fişă de evaluare",
        "ro",
        ("material-foster-assessment-ro", "forum-craiova"),
        CEDILLA,
    ),
    Query(
        "asistenţă maternală",
        "ro",
        ("foster-care-ro", "forum-vidin", "material-foster-assessment-ro"),
        CEDILLA,
    ),
    Query("violenţa în şcoală", "ro", ("violence-prevention-schools",), CEDILLA),
    Query("copiii în instituţii", "ro", ("care-under-3",), CEDILLA),
    # One script for a name written in the other
    Query(
        "Stara Zagora",
        "en",
        ("training-stara-zagora", "focus-stara-zagora", "project-strengthen"),
        TRANSLITERATION,
    ),
    Query("Sliven", "en", ("training-sliven", "small-group-homes"), TRANSLITERATION),
    Query(
        "Vidin",
        "en",
        ("community-centre-vidin", "forum-vidin", "cross-border-vidin-calafat"),
        TRANSLITERATION,
    ),
    Query("Sofia", "en", ("focus-sofia",), TRANSLITERATION),
    Query("Сливен", "bg", ("small-group-homes", "training-sliven"), TRANSLITERATION),
    Query(
        "Крайова",
        "bg",
        ("forum-craiova", "social-assistance-ro", "story-books-ro"),
        TRANSLITERATION,
    ),
    Query("Craiova", "en", ("community-centre-vidin", "forum-craiova"), TRANSLITERATION),
    Query(
        "Калафат",
        "bg",
        ("qualification-calafat", "cross-border-vidin-calafat"),
        TRANSLITERATION,
    ),
    # Documents only in another language than the reader's, found through a shared name
    Query("Русе", "bg", ("expert-meeting-ruse", "exchange-visit-giurgiu"), CROSS_LANGUAGE),
    Query(
        "Видин",
        "bg",
        ("forum-vidin", "community-centre-vidin", "cross-border-vidin-calafat"),
        CROSS_LANGUAGE,
    ),
    Query(
        "Долж",
        "bg",
        ("families-at-risk-dolj", "qualification-calafat"),
        CROSS_LANGUAGE,
    ),
    Query("Giurgiu", "bg", ("exchange-visit-giurgiu",), CROSS_LANGUAGE),
    Query(
        "Calafat",
        "en",
        ("qualification-calafat", "cross-border-vidin-calafat"),
        CROSS_LANGUAGE,
    ),
    Query("Craiova forum", "en", ("forum-craiova",), CROSS_LANGUAGE),
    Query("Harmanli", "ro", ("focus-harmanli",), CROSS_LANGUAGE),
    Query(
        "Stara Zagora",
        "ro",
        ("training-stara-zagora", "focus-stara-zagora"),
        CROSS_LANGUAGE,
    ),
    # Words found only inside a publication's or a material's file
    Query("ecomap", "en", ("compendium",), FILE_TEXT),
    Query("интервизия", "bg", ("compendium",), FILE_TEXT),
    Query("ancheta sociala", "ro", ("compendium",), FILE_TEXT),
    Query("омбудсман", "bg", ("comparative-study",), FILE_TEXT),
    Query("Avocatul Poporului", "ro", ("comparative-study",), FILE_TEXT),
    Query("motivational interviewing", "en", ("parents-toolkit",), FILE_TEXT),
    Query("мотивационно интервюиране", "bg", ("parents-toolkit",), FILE_TEXT),
    Query("smoke detectors", "en", ("material-home-visit",), FILE_TEXT),
    Query("пунктирна линия", "bg", ("material-genogram-template",), FILE_TEXT),
    Query("copilul plasat", "ro", ("material-foster-assessment-ro",), FILE_TEXT),
    # Members' discussions and members-only materials, searched by a member
    Query("първото посещение в дома", "bg", ("thread-first-visit",), COMMUNITY, member=True),
    Query("екокарта", "bg", ("post-first-visit-ecomap",), COMMUNITY, member=True),
    Query(
        "grup de sprijin pentru asistenții maternali",
        "ro",
        ("post-foster-group-ro",),
        COMMUNITY,
        member=True,
    ),
    Query("mentori", "ro", ("post-foster-group-ro",), COMMUNITY, member=True),
    Query(
        "burnout in child protection teams",
        "en",
        ("thread-burnout-en", "burnout"),
        COMMUNITY,
        member=True,
    ),
    Query("night call-out", "en", ("post-burnout-call-out",), COMMUNITY, member=True),
    Query("синя стая", "bg", ("post-court-blue-room",), COMMUNITY, member=True),
    Query(
        "изслушване на дете в съда",
        "bg",
        ("thread-court-hearing", "children-court"),
        COMMUNITY,
        member=True,
    ),
    Query(
        "протокол от случай-конференция",
        "bg",
        ("material-case-conference",),
        COMMUNITY,
        member=True,
    ),
    # Typing mistakes
    Query("генограмма", "bg", ("genogram-method",), TYPOS),
    Query("Stara Zagra", "en", ("training-stara-zagora", "focus-stara-zagora"), TYPOS),
    Query("deinstitutionalisaton", "en", ("project-di", "care-under-3"), TYPOS),
    Query("asistenta maternla", "ro", ("foster-care-ro",), TYPOS),
    Query("приемна грижя", "bg", ("foster-care-guide",), TYPOS),
    Query("resilence approach", "en", ("resilience-approach",), TYPOS),
)
