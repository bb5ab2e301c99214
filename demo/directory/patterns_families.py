"""Providers for children and families: the patterns most districts and counties need."""

from demo.core import L
from demo.directory.patterns import Pattern
from directory.choices import Funding, LegalStatus, ProviderKind, ServiceType, TargetGroup

FAMILY_PATTERNS = [
    Pattern(
        "community-support",
        {
            "BG": L(
                "Център за обществена подкрепа",
                "Community Support Centre",
                "Centrul de sprijin comunitar",
            ),
            "RO": L(
                "Център за консултиране и подкрепа за родители и деца",
                "Counselling and Support Centre for Parents and Children",
                "Centrul de consiliere și sprijin pentru părinți și copii",
            ),
        },
        ProviderKind.PUBLIC,
        LegalStatus.MUNICIPAL,
        Funding.STATE_DELEGATED,
        (TargetGroup.CHILDREN, TargetGroup.FAMILIES),
        60,
        L(
            "Работи с деца и семейства в {town}, за да остане детето у дома: консултации, "
            "подкрепа на родителите и превенция на изоставянето.",
            "Works with children and families in {town} so that children can stay at home: "
            "counselling, support for parents and prevention of abandonment.",
            "Lucrează cu copiii și familiile din {town} pentru ca fiecare copil să poată rămâne "
            "acasă: consiliere, sprijin pentru părinți și prevenirea abandonului.",
        ),
        (
            (
                ServiceType.COMMUNITY_SUPPORT,
                L(
                    "Оценка на случая и план за подкрепа заедно с отдела за закрила на детето.",
                    "Case assessment and a support plan agreed with the child protection "
                    "department.",
                    "Evaluarea cazului și un plan de sprijin stabilit împreună cu serviciul de "
                    "protecție a copilului.",
                ),
                1,
            ),
            (
                ServiceType.FAMILY_COUNSELLING,
                L(
                    "Индивидуални и групови консултации за родители, включително по метода на "
                    "генограмата.",
                    "Individual and group counselling for parents, including the Genogram method.",
                    "Consiliere individuală și de grup pentru părinți, inclusiv prin metoda "
                    "genogramei.",
                ),
                2,
            ),
        ),
    ),
    Pattern(
        "day-centre-disabilities",
        {
            "BG": L(
                "Дневен център за деца с увреждания",
                "Day Centre for Children with Disabilities",
                "Centrul de zi pentru copii cu dizabilități",
            ),
            "RO": L(
                "Дневен център за деца",
                "Day Centre for Children",
                "Centrul de zi pentru copii",
            ),
        },
        ProviderKind.PUBLIC,
        LegalStatus.MUNICIPAL,
        Funding.STATE_DELEGATED,
        (TargetGroup.CHILDREN, TargetGroup.DISABILITIES, TargetGroup.FAMILIES),
        30,
        L(
            "Дневна грижа, рехабилитация и занимания за деца от {town} и околните села, "
            "докато родителите им са на работа.",
            "Day care, therapy and activities for children from {town} and the surrounding "
            "villages while their parents are at work.",
            "Îngrijire de zi, terapie și activități pentru copiii din {town} și din satele din "
            "jur, cât timp părinții lor sunt la serviciu.",
        ),
        (
            (
                ServiceType.DAY_CENTRE,
                L(
                    "Целодневни занимания, обяд и транспорт от дома до центъра.",
                    "Full-day activities, lunch and transport between home and the centre.",
                    "Activități pe toată ziua, prânz și transport între casă și centru.",
                ),
                1,
            ),
            (
                ServiceType.REHABILITATION,
                L(
                    "Логопед, кинезитерапевт и психолог по индивидуален план.",
                    "A speech therapist, a physiotherapist and a psychologist, following an "
                    "individual plan.",
                    "Logoped, kinetoterapeut și psiholog, după un plan individual.",
                ),
                2,
            ),
        ),
    ),
    Pattern(
        "family-placement",
        {
            "BG": L(
                "Център за настаняване от семеен тип за деца",
                "Family-Type Placement Centre for Children",
                "Centrul de plasament de tip familial pentru copii",
            ),
            "RO": L(
                "Къща от семеен тип",
                "Family-Type Home",
                "Casa de tip familial",
            ),
        },
        ProviderKind.PUBLIC,
        LegalStatus.STATE,
        Funding.STATE_DELEGATED,
        (TargetGroup.CHILDREN, TargetGroup.YOUNG_PEOPLE),
        12,
        L(
            "Малка жилищна услуга в {town} за деца, които не могат да живеят със семейството "
            "си, докато се намери семейна грижа.",
            "A small residential service in {town} for children who cannot live with their "
            "family, until a family placement is found.",
            "Un serviciu rezidențial mic din {town} pentru copiii care nu pot locui cu familia "
            "lor, până când li se găsește o familie.",
        ),
        (
            (
                ServiceType.FAMILY_TYPE_PLACEMENT,
                L(
                    "Денонощна грижа в обстановка, близка до семейната, за до 12 деца.",
                    "Round-the-clock care in a home-like setting for up to 12 children.",
                    "Îngrijire permanentă, într-un cadru apropiat de cel familial, pentru cel "
                    "mult 12 copii.",
                ),
                1,
            ),
        ),
    ),
    Pattern(
        "crisis-centre",
        {
            "BG": L(
                "Кризисен център за жертви на насилие",
                "Crisis Centre for Victims of Violence",
                "Centrul de criză pentru victimele violenței",
            ),
            "RO": L(
                "Център за спешен прием на жертви на домашно насилие",
                "Emergency Shelter for Victims of Domestic Violence",
                "Centrul de primire în regim de urgență pentru victimele violenței domestice",
            ),
        },
        ProviderKind.NGO,
        LegalStatus.ASSOCIATION,
        Funding.MIXED,
        (TargetGroup.VIOLENCE, TargetGroup.CHILDREN, TargetGroup.FAMILIES),
        10,
        L(
            "Приема деца и жени, пострадали от насилие, денонощно и без предварителна уговорка, "
            "в {town}.",
            "Takes in children and women who have suffered violence, day or night and without "
            "an appointment, in {town}.",
            "Primește copii și femei care au suferit violență, zi și noapte și fără programare, "
            "în {town}.",
        ),
        (
            (
                ServiceType.SHELTER,
                L(
                    "Настаняване до шест месеца, защита и придружаване до институциите.",
                    "Accommodation for up to six months, protection and accompaniment to "
                    "the authorities.",
                    "Găzduire de până la șase luni, protecție și însoțire la instituții.",
                ),
                1,
            ),
            (
                ServiceType.FAMILY_COUNSELLING,
                L(
                    "Психологическа подкрепа след травма, не само в момента на кризата.",
                    "Psychological support after trauma, not only during the crisis.",
                    "Sprijin psihologic după traumă, nu doar în momentul crizei.",
                ),
                0,
            ),
        ),
    ),
    Pattern(
        "foster-care",
        {
            "BG": L(
                "Екип по приемна грижа",
                "Foster Care Team",
                "Echipa de asistență maternală",
            ),
            "RO": L(
                "Служба за професионални приемни родители",
                "Professional Foster Care Service",
                "Serviciul de asistență maternală profesionistă",
            ),
        },
        ProviderKind.PUBLIC,
        LegalStatus.STATE,
        Funding.STATE_DELEGATED,
        (TargetGroup.FOSTER_CARERS, TargetGroup.CHILDREN),
        25,
        L(
            "Набира, обучава и подкрепя приемни семейства в {town} и общините наоколо.",
            "Recruits, trains and supports foster families in {town} and the nearby "
            "municipalities.",
            "Recrutează, formează și sprijină asistenții maternali din {town} și din localitățile "
            "apropiate.",
        ),
        (
            (
                ServiceType.FOSTER_CARE,
                L(
                    "Оценка на кандидатите, обучение и ежемесечна супервизия.",
                    "Assessment of applicants, training and monthly supervision.",
                    "Evaluarea candidaților, formare și supervizare lunară.",
                ),
                1,
            ),
        ),
    ),
    Pattern(
        "early-intervention",
        {
            "BG": L(
                "Център за ранна интервенция",
                "Early Intervention Centre",
                "Centrul de intervenție timpurie",
            ),
            "RO": L(
                "Служба за ранна интервенция",
                "Early Intervention Service",
                "Serviciul de intervenție timpurie",
            ),
        },
        ProviderKind.NGO,
        LegalStatus.FOUNDATION,
        Funding.EU_PROJECT,
        (TargetGroup.CHILDREN, TargetGroup.FAMILIES, TargetGroup.DISABILITIES),
        40,
        L(
            "Подкрепя родителите на бебета и малки деца с увреждания или забавено развитие "
            "в {town}, у дома и в центъра.",
            "Supports parents of babies and young children with disabilities or delayed "
            "development in {town}, at home and at the centre.",
            "Sprijină părinții bebelușilor și ai copiilor mici cu dizabilități sau întârzieri "
            "de dezvoltare din {town}, acasă și la centru.",
        ),
        (
            (
                ServiceType.EARLY_INTERVENTION,
                L(
                    "Оценка на развитието и домашни посещения за деца до седем години.",
                    "Developmental assessment and home visits for children up to seven.",
                    "Evaluarea dezvoltării și vizite la domiciliu pentru copiii de până la "
                    "șapte ani.",
                ),
                1,
            ),
            (
                ServiceType.FAMILY_COUNSELLING,
                L(
                    "Група за взаимопомощ на родители веднъж седмично.",
                    "A weekly parents' self-help group.",
                    "Un grup de sprijin reciproc pentru părinți, o dată pe săptămână.",
                ),
                0,
            ),
        ),
    ),
    Pattern(
        "family-counselling",
        {
            "BG": L(
                "Консултативен център за семейства",
                "Family Counselling Centre",
                "Centrul de consiliere pentru familii",
            ),
            "RO": L(
                "Център за консултиране на семейството",
                "Family Counselling Centre",
                "Centrul de consiliere familială",
            ),
        },
        ProviderKind.NGO,
        LegalStatus.ASSOCIATION,
        Funding.DONORS,
        (TargetGroup.FAMILIES, TargetGroup.CHILDREN, TargetGroup.PROFESSIONALS),
        80,
        L(
            "Безплатни консултации за родители и двойки в {town}, медиация при раздяла и "
            "работа с родители в риск от изоставяне на детето.",
            "Free counselling for parents and couples in {town}, mediation after separation "
            "and work with parents at risk of abandoning their child.",
            "Consiliere gratuită pentru părinți și cupluri din {town}, mediere în caz de "
            "separare și lucru cu părinții în risc de a-și abandona copilul.",
        ),
        (
            (
                ServiceType.FAMILY_COUNSELLING,
                L(
                    "Консултации по предварителна уговорка, включително онлайн.",
                    "Counselling by appointment, online as well.",
                    "Consiliere cu programare, inclusiv online.",
                ),
                1,
            ),
        ),
    ),
]
