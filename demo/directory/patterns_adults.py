"""Providers for mothers, young people leaving care, older and disabled people, homeless
people and professionals."""

from demo.core import L
from demo.directory.patterns import Pattern
from directory.choices import Funding, LegalStatus, ProviderKind, ServiceType, TargetGroup

OTHER_PATTERNS = [
    Pattern(
        "mother-and-baby",
        {
            "BG": L(
                "Звено „Майка и бебе“",
                "Mother and Baby Unit",
                "Unitatea „Mama și copilul”",
            ),
            "RO": L(
                "Майчински център",
                "Maternal Centre",
                "Centrul maternal",
            ),
        },
        ProviderKind.PUBLIC,
        LegalStatus.MUNICIPAL,
        Funding.STATE_DELEGATED,
        (TargetGroup.FAMILIES, TargetGroup.CHILDREN),
        8,
        L(
            "Временен дом в {town} за млади майки и бременни жени, които имат нужда от подкрепа, "
            "за да отглеждат детето си.",
            "A temporary home in {town} for young mothers and pregnant women who need support "
            "to raise their child.",
            "O casă temporară în {town} pentru mame tinere și femei însărcinate care au nevoie "
            "de sprijin pentru a-și crește copilul.",
        ),
        (
            (
                ServiceType.MOTHER_AND_BABY,
                L(
                    "Настаняване до шест месеца и умения за грижа за бебето.",
                    "Accommodation for up to six months and baby care skills.",
                    "Găzduire de până la șase luni și deprinderi de îngrijire a copilului.",
                ),
                1,
            ),
        ),
    ),
    Pattern(
        "transitional-housing",
        {
            "BG": L(
                "Преходно жилище за младежи",
                "Transitional Housing for Young People",
                "Locuința de tranziție pentru tineri",
            ),
            "RO": L(
                "Защитено жилище за младежи, напускащи системата за закрила",
                "Protected Flat for Young People Leaving Care",
                "Locuința protejată pentru tinerii care părăsesc sistemul de protecție",
            ),
        },
        ProviderKind.NGO,
        LegalStatus.FOUNDATION,
        Funding.MIXED,
        (TargetGroup.YOUNG_PEOPLE,),
        8,
        L(
            "Помага на младежи, израснали в институции или приемни семейства в {town}, да "
            "започнат самостоятелен живот: жилище, работа, бюджет.",
            "Helps young people who grew up in institutions or foster families in {town} to "
            "start living on their own: housing, work, a budget.",
            "Îi ajută pe tinerii crescuți în instituții sau în familii de plasament din {town} "
            "să înceapă o viață independentă: locuință, loc de muncă, buget.",
        ),
        (
            (
                ServiceType.SUPPORTED_HOUSING,
                L(
                    "Жилище за до две години и наставник за всеки младеж.",
                    "Housing for up to two years and a mentor for each young person.",
                    "Locuință pentru cel mult doi ani și un mentor pentru fiecare tânăr.",
                ),
                1,
            ),
        ),
    ),
    Pattern(
        "home-care",
        {
            "BG": L(
                "Домашен социален патронаж",
                "Home Care and Personal Assistance Service",
                "Serviciul de îngrijire la domiciliu",
            ),
            "RO": L(
                "Служба за домашни грижи",
                "Home Care Service",
                "Serviciul de îngrijiri la domiciliu",
            ),
        },
        ProviderKind.PUBLIC,
        LegalStatus.MUNICIPAL,
        Funding.MUNICIPAL,
        (TargetGroup.OLDER_PEOPLE, TargetGroup.DISABILITIES),
        120,
        L(
            "Доставя храна, помага в домакинството и придружава до лекар възрастни хора и хора "
            "с увреждания в {town}.",
            "Delivers meals, helps with housework and accompanies older people and people with "
            "disabilities to the doctor in {town}.",
            "Livrează mâncare, ajută la treburile casnice și însoțește la medic persoanele "
            "vârstnice și persoanele cu dizabilități din {town}.",
        ),
        (
            (
                ServiceType.HOME_CARE,
                L(
                    "Посещения у дома от понеделник до петък и личен асистент при нужда.",
                    "Home visits from Monday to Friday and a personal assistant where needed.",
                    "Vizite la domiciliu de luni până vineri și asistent personal la nevoie.",
                ),
                1,
            ),
        ),
    ),
    Pattern(
        "rehabilitation",
        {
            "BG": L(
                "Център за социална рехабилитация и интеграция",
                "Social Rehabilitation and Integration Centre",
                "Centrul de reabilitare și integrare socială",
            ),
            "RO": L(
                "Център за рехабилитация на хора с увреждания",
                "Rehabilitation Centre for People with Disabilities",
                "Centrul de recuperare pentru persoane cu dizabilități",
            ),
        },
        ProviderKind.PUBLIC,
        LegalStatus.MUNICIPAL,
        Funding.STATE_DELEGATED,
        (TargetGroup.DISABILITIES, TargetGroup.YOUNG_PEOPLE),
        35,
        L(
            "Рехабилитация, професионално ориентиране и помощ при търсене на работа за хора с "
            "увреждания от {town}.",
            "Rehabilitation, vocational guidance and help with finding a job for people with "
            "disabilities from {town}.",
            "Recuperare, orientare profesională și ajutor la căutarea unui loc de muncă pentru "
            "persoanele cu dizabilități din {town}.",
        ),
        (
            (
                ServiceType.REHABILITATION,
                L(
                    "Индивидуални и групови програми, включително по домовете.",
                    "Individual and group programmes, also in people's homes.",
                    "Programe individuale și de grup, inclusiv la domiciliu.",
                ),
                1,
            ),
            (
                ServiceType.DAY_CENTRE,
                L(
                    "Дневни занимания и трудова терапия в работилница.",
                    "Daytime activities and occupational therapy in a workshop.",
                    "Activități de zi și terapie ocupațională într-un atelier.",
                ),
                2,
            ),
        ),
    ),
    Pattern(
        "residential-older",
        {
            "BG": L(
                "Дом за стари хора „Свети Николай“",
                "St Nicholas Home for Older People",
                "Căminul pentru vârstnici „Sfântul Nicolae”",
            ),
            "RO": L(
                "Старчески дом „Свети Николай“",
                "St Nicholas Care Home for Older People",
                "Căminul pentru persoane vârstnice „Sfântul Nicolae”",
            ),
        },
        ProviderKind.RELIGIOUS,
        LegalStatus.OTHER,
        Funding.DONORS,
        (TargetGroup.OLDER_PEOPLE,),
        30,
        L(
            "Дом към местната енория в {town} за възрастни хора, които не могат да живеят сами.",
            "A home run by the local parish in {town} for older people who can no longer live "
            "alone.",
            "Un cămin al parohiei locale din {town} pentru persoanele vârstnice care nu mai pot "
            "locui singure.",
        ),
        (
            (
                ServiceType.RESIDENTIAL_CARE,
                L(
                    "Денонощна грижа, медицинска сестра и занимания през деня.",
                    "Round-the-clock care, a nurse and daytime activities.",
                    "Îngrijire permanentă, asistentă medicală și activități în timpul zilei.",
                ),
                1,
            ),
        ),
    ),
    Pattern(
        "night-shelter",
        {
            "BG": L(
                "Приют за временно настаняване",
                "Temporary Shelter for Homeless People",
                "Adăpostul temporar pentru persoane fără locuință",
            ),
            "RO": L(
                "Нощен приют",
                "Night Shelter",
                "Adăpostul de noapte",
            ),
        },
        ProviderKind.PRIVATE,
        LegalStatus.COMPANY,
        Funding.MUNICIPAL,
        (TargetGroup.HOMELESS,),
        20,
        L(
            "Легло, топла храна и социален работник за хора без дом в {town}, с повече места "
            "през зимата.",
            "A bed, a hot meal and a social worker for homeless people in {town}, with more "
            "places in winter.",
            "Un pat, o masă caldă și un asistent social pentru persoanele fără adăpost din "
            "{town}, cu mai multe locuri iarna.",
        ),
        (
            (
                ServiceType.SHELTER,
                L(
                    "Нощувки от 18 до 8 часа и помощ за лични документи.",
                    "Overnight stays from 6 pm to 8 am and help with identity papers.",
                    "Cazare de la ora 18 la ora 8 și ajutor pentru actele de identitate.",
                ),
                1,
            ),
            (
                ServiceType.SUPPORTED_HOUSING,
                L(
                    "Няколко стаи за хора, които вече работят и търсят жилище.",
                    "A few rooms for people who already work and are looking for a home.",
                    "Câteva camere pentru persoanele care lucrează deja și își caută o locuință.",
                ),
                0,
            ),
        ),
    ),
    Pattern(
        "training-centre",
        {
            "BG": L(
                "Учебен център за помагащи професии",
                "Training Centre for the Helping Professions",
                "Centrul de formare pentru profesiile de sprijin",
            ),
            "RO": L(
                "Университетски център за обучение по социална работа",
                "University Social Work Training Centre",
                "Centrul universitar de formare în asistență socială",
            ),
        },
        ProviderKind.UNIVERSITY,
        LegalStatus.OTHER,
        Funding.EU_PROJECT,
        (TargetGroup.PROFESSIONALS, TargetGroup.FOSTER_CARERS),
        50,
        L(
            "Обучения и супервизия за социални работници, педагози и приемни родители от {town} "
            "и региона, включително по подхода за устойчивост.",
            "Training and supervision for social workers, teachers and foster carers from "
            "{town} and the region, including the Resilience approach.",
            "Formare și supervizare pentru asistenți sociali, cadre didactice și asistenți "
            "maternali din {town} și din regiune, inclusiv despre abordarea rezilienței.",
        ),
        (
            (
                ServiceType.COMMUNITY_SUPPORT,
                L(
                    "Супервизия на екипи и разбор на случаи веднъж месечно.",
                    "Team supervision and case reviews once a month.",
                    "Supervizarea echipelor și analiza cazurilor o dată pe lună.",
                ),
                1,
            ),
        ),
    ),
]
