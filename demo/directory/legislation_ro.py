"""Romanian laws and policies: (record key, slug, type, year, status, link, title, summary)."""

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

LEGISLATION = "https://legislatie.just.ro/"
MINISTRY = "https://mmuncii.ro/"

RO_RECORDS = [
    (
        "RO-LAW-001",
        "legea-272-2004",
        LAW,
        2004,
        AMENDED,
        LEGISLATION,
        L(
            "Закон № 272/2004 за защита и насърчаване на правата на детето",
            "Law no. 272/2004 on the Protection and Promotion of the Rights of the Child",
            "Legea nr. 272/2004 privind protecția și promovarea drepturilor copilului",
        ),
        L(
            "Основният румънски закон за правата на детето; урежда специалната закрила и "
            "ролята на окръжните дирекции за социално подпомагане и закрила на детето.",
            "Romania's main law on children's rights; governs special protection and the role "
            "of the county directorates for social assistance and child protection.",
            "Legea de bază a României privind drepturile copilului; reglementează protecția "
            "specială și rolul direcțiilor generale de asistență socială și protecția copilului.",
        ),
    ),
    (
        "RO-LAW-002",
        "legea-292-2011",
        LAW,
        2011,
        AMENDED,
        LEGISLATION,
        L(
            "Закон № 292/2011 за социалното подпомагане",
            "Law no. 292/2011 on Social Assistance",
            "Legea nr. 292/2011 a asistenței sociale",
        ),
        L(
            "Рамковият закон за социалните помощи и услуги и за разпределението на "
            "отговорностите между държавата и местната власт.",
            "The framework law for social benefits and services and for sharing "
            "responsibilities between the state and local authorities.",
            "Legea-cadru pentru beneficiile și serviciile sociale și pentru împărțirea "
            "responsabilităților între stat și autoritățile locale.",
        ),
    ),
    (
        "RO-LAW-003",
        "legea-448-2006",
        LAW,
        2006,
        AMENDED,
        LEGISLATION,
        L(
            "Закон № 448/2006 за защита и насърчаване на правата на хората с увреждания",
            "Law no. 448/2006 on the Protection and Promotion of the Rights of Persons with "
            "Disabilities",
            "Legea nr. 448/2006 privind protecția și promovarea drepturilor persoanelor cu "
            "handicap",
        ),
        L(
            "Урежда помощите, личния асистент и услугите за хората с увреждания.",
            "Governs benefits, personal assistants and services for people with disabilities.",
            "Reglementează prestațiile, asistentul personal și serviciile pentru persoanele cu "
            "dizabilități.",
        ),
    ),
    (
        "RO-LAW-004",
        "legea-217-2003",
        LAW,
        2003,
        AMENDED,
        LEGISLATION,
        L(
            "Закон № 217/2003 за предотвратяване и борба с домашното насилие",
            "Law no. 217/2003 on Preventing and Combating Domestic Violence",
            "Legea nr. 217/2003 pentru prevenirea și combaterea violenței domestice",
        ),
        L(
            "Въвежда заповедта за защита и задължава окръзите да осигурят приюти за пострадалите.",
            "Introduces the protection order and requires counties to provide shelters for "
            "victims.",
            "Introduce ordinul de protecție și obligă județele să asigure adăposturi pentru "
            "victime.",
        ),
    ),
    (
        "RO-LAW-005",
        "legea-197-2012",
        LAW,
        2012,
        AMENDED,
        LEGISLATION,
        L(
            "Закон № 197/2012 за осигуряване на качеството на социалните услуги",
            "Law no. 197/2012 on Quality Assurance in Social Services",
            "Legea nr. 197/2012 privind asigurarea calității în domeniul serviciilor sociale",
        ),
        L(
            "Урежда акредитацията на доставчиците и лицензирането на всяка социална услуга.",
            "Governs the accreditation of providers and the licensing of each social service.",
            "Reglementează acreditarea furnizorilor și licențierea fiecărui serviciu social.",
        ),
    ),
    (
        "RO-LAW-006",
        "legea-273-2004",
        LAW,
        2004,
        AMENDED,
        LEGISLATION,
        L(
            "Закон № 273/2004 за процедурата по осиновяване",
            "Law no. 273/2004 on the Adoption Procedure",
            "Legea nr. 273/2004 privind procedura adopției",
        ),
        L(
            "Описва условията и етапите на осиновяването в Румъния.",
            "Describes the conditions and stages of adoption in Romania.",
            "Descrie condițiile și etapele adopției în România.",
        ),
    ),
    (
        "RO-REG-007",
        "hg-867-2015",
        REGULATION,
        2015,
        AMENDED,
        MINISTRY,
        L(
            "Правителствено решение № 867/2015 за номенклатурата на социалните услуги",
            "Government Decision no. 867/2015 on the Nomenclature of Social Services",
            "Hotărârea Guvernului nr. 867/2015 pentru aprobarea Nomenclatorului serviciilor "
            "sociale",
        ),
        L(
            "Съдържа списъка на видовете социални услуги и рамковите правилници за тях.",
            "Contains the list of types of social service and their framework regulations.",
            "Cuprinde lista tipurilor de servicii sociale și regulamentele-cadru ale acestora.",
        ),
    ),
    (
        "RO-STD-008",
        "ordin-25-2019",
        STANDARD,
        2019,
        IN_FORCE,
        MINISTRY,
        L(
            "Минимални стандарти за качество на жилищните услуги за деца",
            "Minimum Quality Standards for Residential Services for Children",
            "Standardele minime de calitate pentru serviciile rezidențiale pentru copii",
        ),
        L(
            "Определя изискванията към жилищните услуги за деца: персонал, помещения, план за "
            "всяко дете.",
            "Sets requirements for residential services for children: staff, premises, a plan "
            "for every child.",
            "Stabilește cerințele pentru serviciile rezidențiale pentru copii: personal, spații, "
            "un plan pentru fiecare copil.",
        ),
    ),
    (
        "RO-STD-009",
        "ordin-27-2019",
        STANDARD,
        2019,
        IN_FORCE,
        MINISTRY,
        L(
            "Минимални стандарти за качество на дневните услуги за деца",
            "Minimum Quality Standards for Day Services for Children",
            "Standardele minime de calitate pentru serviciile de zi pentru copii",
        ),
        L(
            "Определя изискванията към дневните центрове и услугите за подкрепа на родителите.",
            "Sets requirements for day centres and for services that support parents.",
            "Stabilește cerințele pentru centrele de zi și pentru serviciile de sprijin pentru "
            "părinți.",
        ),
    ),
    (
        "RO-STR-010",
        "strategia-drepturile-copilului-2014-2020",
        STRATEGY,
        2014,
        REPEALED,
        MINISTRY,
        L(
            "Национална стратегия за защита и насърчаване на правата на детето 2014–2020",
            "National Strategy for the Protection and Promotion of Children's Rights 2014–2020",
            "Strategia națională pentru protecția și promovarea drepturilor copilului 2014–2020",
        ),
        L(
            "Определяше целите за намаляване на детската бедност и за закриване на старите "
            "институции; срокът ѝ е изтекъл.",
            "Set targets for reducing child poverty and closing the old institutions; its term "
            "has ended.",
            "A stabilit ținte pentru reducerea sărăciei copiilor și închiderea vechilor "
            "instituții; perioada ei s-a încheiat.",
        ),
    ),
    (
        "RO-STR-011",
        "strategia-drepturile-copilului-2023-2027",
        STRATEGY,
        2023,
        IN_FORCE,
        MINISTRY,
        L(
            "Национална стратегия за защита и насърчаване на правата на детето 2023–2027",
            "National Strategy for the Protection and Promotion of Children's Rights 2023–2027",
            "Strategia națională pentru protecția și promovarea drepturilor copilului 2023–2027",
        ),
        L(
            "Продължава деинституционализацията и поставя акцент върху превенцията и участието "
            "на децата.",
            "Continues deinstitutionalisation, with an emphasis on prevention and children's "
            "participation.",
            "Continuă dezinstituționalizarea, cu accent pe prevenire și pe participarea copiilor.",
        ),
    ),
    (
        "RO-PLN-012",
        "plan-inchidere-centre-vechi",
        ACTION_PLAN,
        2016,
        IN_FORCE,
        MINISTRY,
        L(
            "План за закриване на центровете за настаняване от стар тип",
            "Plan for Closing the Old-Style Placement Centres",
            "Planul de închidere a centrelor de plasament de tip vechi",
        ),
        L(
            "Поетапно закриване на големите центрове и преместване на децата в семейства и "
            "къщи от семеен тип.",
            "Closing the large centres in stages and moving the children to families and "
            "family-type homes.",
            "Închiderea treptată a centrelor mari și mutarea copiilor în familii și case de tip "
            "familial.",
        ),
    ),
]
