"""Bulgarian laws and policies: (record key, slug, type, year, status, link, title, summary)."""

from demo.core import L
from directory.choices import LegislationStatus, LegislationType

LAW = LegislationType.LAW
REGULATION = LegislationType.REGULATION
STRATEGY = LegislationType.STRATEGY
ACTION_PLAN = LegislationType.ACTION_PLAN
STANDARD = LegislationType.STANDARD
IN_FORCE = LegislationStatus.IN_FORCE
AMENDED = LegislationStatus.AMENDED
REPEALED = LegislationStatus.REPEALED
DRAFT = LegislationStatus.DRAFT

GAZETTE = "https://dv.parliament.bg/"
MINISTRY = "https://www.mlsp.government.bg/"
SACP = "https://sacp.government.bg/"

BG_RECORDS = [
    (
        "BG-LAW-001",
        "zakon-za-sotsialnite-uslugi",
        LAW,
        2019,
        AMENDED,
        GAZETTE,
        L("Закон за социалните услуги", "Social Services Act", "Legea serviciilor sociale"),
        L(
            "Урежда кой може да предоставя социални услуги, как общините ги планират и как се "
            "следи качеството им; в сила от 2020 г.",
            "Sets out who may provide social services, how municipalities plan them and how "
            "their quality is monitored; in force since 2020.",
            "Stabilește cine poate furniza servicii sociale, cum le planifică municipalitățile "
            "și cum se urmărește calitatea lor; în vigoare din 2020.",
        ),
    ),
    (
        "BG-LAW-002",
        "zakon-za-zakrila-na-deteto",
        LAW,
        2000,
        AMENDED,
        SACP,
        L(
            "Закон за закрила на детето",
            "Child Protection Act",
            "Legea privind protecția copilului",
        ),
        L(
            "Основният закон за правата на детето и мерките за закрила: работа в семейна среда, "
            "настаняване при роднини, приемна грижа или в услуга.",
            "The main law on children's rights and protection measures: support in the family, "
            "placement with relatives, in foster care or in a service.",
            "Legea de bază privind drepturile copilului și măsurile de protecție: sprijin în "
            "familie, plasament la rude, în asistență maternală sau într-un serviciu.",
        ),
    ),
    (
        "BG-LAW-003",
        "zakon-za-sotsialnoto-podpomagane",
        LAW,
        1998,
        AMENDED,
        GAZETTE,
        L("Закон за социалното подпомагане", "Social Assistance Act", "Legea asistenței sociale"),
        L(
            "Урежда месечните и еднократните помощи за хора и семейства с ниски доходи.",
            "Governs monthly and one-off benefits for people and families on low incomes.",
            "Reglementează ajutoarele lunare și unice pentru persoanele și familiile cu venituri "
            "mici.",
        ),
    ),
    (
        "BG-LAW-004",
        "zakon-za-horata-s-uvrezhdaniya",
        LAW,
        2018,
        AMENDED,
        GAZETTE,
        L(
            "Закон за хората с увреждания",
            "Persons with Disabilities Act",
            "Legea privind persoanele cu dizabilități",
        ),
        L(
            "Въвежда индивидуална оценка на потребностите и финансова подкрепа за хората с "
            "увреждания.",
            "Introduces an individual needs assessment and financial support for people with "
            "disabilities.",
            "Introduce evaluarea individuală a nevoilor și sprijinul financiar pentru persoanele "
            "cu dizabilități.",
        ),
    ),
    (
        "BG-LAW-005",
        "zakon-za-zashtita-ot-domashnoto-nasilie",
        LAW,
        2005,
        AMENDED,
        GAZETTE,
        L(
            "Закон за защита от домашното насилие",
            "Protection against Domestic Violence Act",
            "Legea privind protecția împotriva violenței domestice",
        ),
        L(
            "Дава на пострадалите право на заповед за защита от съда и на специализирана помощ.",
            "Gives victims the right to a court protection order and to specialised help.",
            "Le dă victimelor dreptul la un ordin de protecție emis de instanță și la ajutor "
            "specializat.",
        ),
    ),
    (
        "BG-LAW-006",
        "semeen-kodeks",
        LAW,
        2009,
        AMENDED,
        GAZETTE,
        L("Семеен кодекс", "Family Code", "Codul familiei"),
        L(
            "Урежда брака, родителските права и задължения, осиновяването и настойничеството.",
            "Governs marriage, parental rights and duties, adoption and guardianship.",
            "Reglementează căsătoria, drepturile și obligațiile părintești, adopția și tutela.",
        ),
    ),
    (
        "BG-REG-007",
        "pravilnik-zakon-za-sotsialnite-uslugi",
        REGULATION,
        2020,
        IN_FORCE,
        MINISTRY,
        L(
            "Правилник за прилагане на Закона за социалните услуги",
            "Implementing Regulation of the Social Services Act",
            "Regulamentul de aplicare a Legii serviciilor sociale",
        ),
        L(
            "Описва стъпка по стъпка насочването към услуга, оценката и плана за подкрепа.",
            "Describes step by step how people are referred to a service, assessed and given a "
            "support plan.",
            "Descrie pas cu pas trimiterea către un serviciu, evaluarea și planul de sprijin.",
        ),
    ),
    (
        "BG-STD-008",
        "naredba-za-kachestvoto-na-sotsialnite-uslugi",
        STANDARD,
        2022,
        IN_FORCE,
        MINISTRY,
        L(
            "Наредба за качеството на социалните услуги",
            "Ordinance on the Quality of Social Services",
            "Ordonanța privind calitatea serviciilor sociale",
        ),
        L(
            "Съдържа стандартите за качество, по които се лицензират и проверяват доставчиците.",
            "Contains the quality standards against which providers are licensed and inspected.",
            "Cuprinde standardele de calitate după care furnizorii sunt licențiați și verificați.",
        ),
    ),
    (
        "BG-STR-009",
        "vizia-za-deinstitutsionalizatsia",
        STRATEGY,
        2010,
        IN_FORCE,
        SACP,
        L(
            "Национална стратегия „Визия за деинституционализация на децата в Република България“",
            "National Strategy \u201cVision for the Deinstitutionalisation of Children in "
            "Bulgaria\u201d",
            "Strategia națională „Viziune pentru dezinstituționalizarea copiilor din Bulgaria”",
        ),
        L(
            "Поставя целта всички специализирани институции за деца да бъдат закрити и заменени "
            "с грижа в семейна и близка до семейната среда.",
            "Sets the goal of closing every specialised institution for children and replacing "
            "it with care in families and family-like settings.",
            "Stabilește obiectivul închiderii tuturor instituțiilor specializate pentru copii și "
            "al înlocuirii lor cu îngrijire în familie sau într-un mediu apropiat de familie.",
        ),
    ),
    (
        "BG-PLN-010",
        "plan-za-deystvie-vizia",
        ACTION_PLAN,
        2016,
        IN_FORCE,
        SACP,
        L(
            "Актуализиран план за действие за изпълнение на Визията за деинституционализация",
            "Updated Action Plan for the Vision for Deinstitutionalisation",
            "Planul de acțiune actualizat pentru Viziunea privind dezinstituționalizarea",
        ),
        L(
            "Предвижда закриването на последните домове за деца и развитието на приемна грижа и "
            "ранна интервенция.",
            "Plans the closure of the last children's homes and the growth of foster care and "
            "early intervention.",
            "Prevede închiderea ultimelor cămine pentru copii și dezvoltarea asistenței "
            "maternale și a intervenției timpurii.",
        ),
    ),
    (
        "BG-STR-011",
        "natsionalna-strategia-za-deteto-2008-2018",
        STRATEGY,
        2008,
        REPEALED,
        SACP,
        L(
            "Национална стратегия за детето 2008–2018",
            "National Strategy for the Child 2008–2018",
            "Strategia națională pentru copil 2008–2018",
        ),
        L(
            "Определяше приоритетите на политиката за децата за десет години; срокът ѝ е изтекъл.",
            "Set the priorities of child policy for ten years; its term has ended.",
            "A stabilit prioritățile politicii pentru copii pe zece ani; perioada ei s-a încheiat.",
        ),
    ),
    (
        "BG-STR-012",
        "natsionalna-strategia-za-deteto-2019-2030",
        STRATEGY,
        2019,
        DRAFT,
        SACP,
        L(
            "Национална стратегия за детето 2019–2030 (проект)",
            "National Strategy for the Child 2019–2030 (draft)",
            "Strategia națională pentru copil 2019–2030 (proiect)",
        ),
        L(
            "Проект, обсъждан публично, с акцент върху ранното детско развитие и участието на "
            "децата.",
            "A draft under public discussion, focused on early childhood development and "
            "children's participation.",
            "Un proiect aflat în dezbatere publică, axat pe dezvoltarea timpurie și pe "
            "participarea copiilor.",
        ),
    ),
]
