"""The corpus's vocabulary: word lists and sentence templates in Bulgarian, Romanian and English.

One row a line: Bulgarian / Romanian / English, where "|" separates the forms a word takes in
text (the first also names a tag); places add their region code and activities their event
type. Templates are blocks of three lines: Bulgarian, Romanian, English.
"""


def _table(text):
    return [tuple(cell.strip() for cell in line.split(" / ")) for line in text.strip().splitlines()]


def _templates(text):
    return [tuple(block.strip().splitlines()) for block in text.strip().split("\n\n")]


TOPICS = _table(
    """
приемна грижа|приемната грижа / asistență maternală|asistența maternală / foster care
закрила на детето|закрилата на детето / protecția copilului / child protection
социална работа|социалната работа / asistență socială|asistența socială / social work
социални услуги|социалните услуги|социална услуга / servicii sociale|serviciile sociale|serviciu social / social services|social service
деинституционализация / dezinstituționalizare|dezinstituționalizarea / deinstitutionalisation
подкрепа за семейството|подкрепата за семействата / sprijin pentru familie / family support
работа по случай|работата по случая / managementul de caz / case management
осиновяване|осиновяването / adopție|adopția / adoption
ранно детско развитие / dezvoltarea timpurie a copilului / early childhood development
превенция на изоставянето / prevenirea abandonului / prevention of child abandonment
приобщаващо образование / educație incluzivă|educația incluzivă / inclusive education
психично здраве|психичното здраве / sănătate mintală|sănătatea mintală / mental health
домашно насилие|домашното насилие / violență domestică|violența domestică / domestic violence
хора с увреждания|хората с увреждания / persoane cu dizabilități / people with disabilities
младежи, напускащи грижа / tineri care părăsesc sistemul de protecție / care leavers
ромски общности|ромските общности / comunități de romi|comunitățile de romi / Roma communities
трансгранично сътрудничество / cooperare transfrontalieră / cross-border cooperation
оценка на потребностите|оценката на потребностите / evaluarea nevoilor / needs assessment
центрове от семеен тип / case de tip familial|casele de tip familial / family-type homes
родителски умения|родителските умения / abilități parentale / parenting skills
детско участие|участието на децата / participarea copiilor / child participation
детска бедност|бедността / sărăcia copiilor|sărăcie / child poverty|poverty
доброволчество|доброволчеството / voluntariat|voluntariatul / volunteering
професионално прегаряне|прегарянето / epuizare profesională / burnout
интердисциплинарни екипи / echipe multidisciplinare / multidisciplinary teams
качество на услугите|качеството на услугите / calitatea serviciilor / quality of services
реинтеграция в семейството / reintegrarea în familie / family reintegration
насилие над деца|насилието над деца / abuzul asupra copiilor / child abuse
ранна интервенция|ранната интервенция / intervenție timpurie|intervenția timpurie / early intervention
дневни центрове|дневния център / centre de zi|centrul de zi / day centres|day centre
кризисен център|кризисните центрове / centru de criză|centrele de criză / crisis centres
здравна медиация|здравните медиатори / mediere sanitară|mediatorii sanitari / health mediation
деца в конфликт със закона / copii în conflict cu legea / children in conflict with the law
наставничество|наставничеството / mentorat|mentoratul / mentoring
социално включване|социалното включване / incluziune socială|incluziunea socială / social inclusion
самостоятелен живот|самостоятелния живот / viață independentă / independent living
"""
)
AUDIENCES = _table(
    """
социални работници|социалните работници / asistenți sociali|asistenții sociali / social workers
приемни родители|приемните родители / asistenți maternali|asistenții maternali / foster carers
родители|родителите / părinți|părinții / parents
деца|децата / copii|copiii / children
семейства|семействата / familii|familiile / families
младежи|младежите / tineri|tinerii / young people
психолози|психолозите / psihologi|psihologii / psychologists
учители|учителите / profesori|cadre didactice / teachers
служители по закрила на детето / specialiști din DGASPC / child protection staff
общински служители|общинските служители / angajați ai primăriilor / municipal staff
доброволци|доброволците / voluntari|voluntarii / volunteers
студенти по социална работа / studenți la asistență socială / social work students
медицински специалисти / cadre medicale|personalul medical / health professionals
съдии и прокурори / judecători și procurori / judges and prosecutors
полицейски служители / polițiști|polițiștii / police officers
осиновители|осиновителите / părinți adoptivi|părinții adoptivi / adoptive parents
"""
)
PLACES = _table(
    """
Видин / Vidin / Vidin / bg-vidin
Крайова / Craiova / Craiova / ro-dolj
Русе / Ruse / Ruse / bg-ruse
Гюргево / Giurgiu / Giurgiu / ro-giurgiu
Стара Загора / Stara Zagora / Stara Zagora / bg-stara-zagora
Калафат / Calafat / Calafat / ro-dolj
Плевен / Pleven / Pleven / bg-pleven
Враца / Vrața / Vratsa / bg-vratsa
Монтана / Montana / Montana / bg-montana
Силистра / Silistra / Silistra / bg-silistra
Кълъраш / Călărași / Calarasi / ro-calarasi
Турну Мъгуреле / Turnu Măgurele / Turnu Magurele / ro-teleorman
Александрия / Alexandria / Alexandria / ro-teleorman
Дробета-Турну Северин / Drobeta-Turnu Severin / Drobeta-Turnu Severin / ro-mehedinti
Сливен / Sliven / Sliven / bg-sliven
Шумен / Shumen / Shumen / bg-shumen
Бургас / Burgas / Burgas / bg-burgas
Варна / Varna / Varna / bg-varna
Пловдив / Plovdiv / Plovdiv / bg-plovdiv
София / Sofia / Sofia / bg-sofia-city
Букурещ / București / Bucharest / ro-bucharest
Констанца / Constanța / Constanta / ro-constanta
Добрич / Dobrich / Dobrich / bg-dobrich
Ловеч / Loveci / Lovech / bg-lovech
"""
)
ACTIVITIES = _table(
    """
обучение|обучението / sesiune de formare|sesiunea de formare / training / training
фокус група|фокус групата / focus grup|focus grupul / focus group / focus_group
тематичен форум|тематичния форум / forum tematic|forumul tematic / thematic forum / thematic_forum
експертна среща|експертната среща / întâlnire de experți / expert meeting / expert_meeting
обменно посещение / vizită de schimb|vizita de schimb / exchange visit / exchange_visit
конференция|конференцията / conferință|conferința / conference / conference
квалификационна сесия / sesiune de calificare / qualification session / qualification_session
"""
)
RARE = _table(
    """
генограма|генограмата / genogramă|genograma / genogram
екокарта|екокартата / ecomapă|ecomapa / ecomap
резилиентност|резилиентността / reziliență|reziliența / resilience
медиация|медиацията / mediere|medierea / mediation
арт терапия|арт терапията / terapie prin artă / art therapy
игрова терапия|игровата терапия / terapie prin joc / play therapy
теорията на привързаността / teoria atașamentului / attachment theory
метода Монтесори / metoda Montessori / the Montessori method
аутизъм|аутизма / autism|autismul / autism
синдрома на Даун / sindromul Down / Down syndrome
хипотерапия|хипотерапията / hipoterapie|hipoterapia / hippotherapy
книгата на живота / cartea vieții / life story books
семейни групови конференции / conferința grupului familial / family group conferences
мултисензорна стая|мултисензорната стая / camera multisenzorială / multisensory rooms
телефонната линия за деца / telefonul copilului / the child helpline
спешно настаняване / plasamentul în regim de urgență / emergency placement
социално предприятие|социалното предприятие / întreprinderea socială / social enterprise
супервизия|супервизията / supervizare|supervizarea / supervision
ресоциализация|ресоциализацията / resocializare|resocializarea / resocialisation
дислексия|дислексията / dislexie|dislexia / dyslexia
епилепсия|епилепсията / epilepsie|epilepsia / epilepsy
зависимости|зависимостите / dependențe|adicții / addiction
непридружени деца|непридружените непълнолетни / minori neînsoțiți / unaccompanied minors
трафик на хора|трафика на хора / traficul de persoane / human trafficking
ранни бракове|ранните бракове / căsătorii timpurii / early marriage
кибертормоз|кибертормоза / hărțuire online|cyberbullying / cyberbullying
жестов език|жестовия език / limbajul semnelor / sign language
правна помощ|правната помощ / asistență juridică / legal aid
заместваща грижа|заместващата грижа / îngrijire de tip respiro / respite care
житейски умения|житейските умения / abilități de viață / life skills
лични асистенти|личния асистент / asistenți personali / personal assistants
хранителни банки|хранителната банка / banca de alimente / food banks
бежанци|бежанците / refugiați|refugiații / refugees
ромски медиатори|ромските медиатори / mediatori romi / Roma mediators
дистанционно консултиране / consiliere la distanță / remote counselling
детска психиатрия|детската психиатрия / psihiatrie pediatrică / child psychiatry
хранителни разстройства / tulburări de alimentație / eating disorders
училищно отпадане|отпадането от училище / abandonul școlar / school dropout
сестри и братя|сиблингите / frați|frații / siblings
видеоконсултации / videoconsultații / video consultations
"""
)
CATEGORIES = _table(
    """
Приемна грижа / Asistență maternală / Foster care
Закрила на детето / Protecția copilului / Child protection
Обучения и супервизия / Formare și supervizare / Training and supervision
"""
)
EVENT_TITLE = ("{V} в {p}: {t}", "{V} la {p}: {t}", "{V} in {p}: {t}")
PAGE_TITLES = _templates(
    """
{V} за {a} в {p}
{V} pentru {a} din {p}
{V} for {a} in {p}

{T}: опитът на {p}
{T}: experiența din {p}
{T}: what {p} has learnt

Нов наръчник за {t}
Un nou manual despre {t}
A new handbook on {t}

{T} и {t2} в трансграничния регион
{T} și {t2} în regiunea transfrontalieră
{T} and {t2} across the border

Как да подкрепим {a}: {t}
Cum îi sprijinim pe {a}: {t}
How to support {a}: {t}

{A} от {p} за {t}
{A} din {p} despre {t}
{A} from {p} on {t}

Добри практики: {t} в {p}
Bune practici: {t} în {p}
Good practice: {t} in {p}
"""
)
PAGE_SENTENCES = _templates(
    """
{V} за {a} в {p} събра {n} участници.
{V} pentru {a} din {p} a reunit {n} participanți.
The {v} for {a} in {p} brought together {n} participants.

Екипът обсъди {t} с {a} от {p}.
Echipa a discutat despre {t} cu {a} din {p}.
The team discussed {t} with {a} from {p}.

В {p} продължава работата по {t}.
La {p} continuă activitatea privind {t}.
Work on {t} continues in {p}.

{A} споделиха опита си с {t}.
{A} și-au împărtășit experiența privind {t}.
{A} shared their experience of {t}.

Специалистите представиха нови подходи към {t} и {t2}.
Specialiștii au prezentat abordări noi privind {t} și {t2}.
Specialists presented new approaches to {t} and {t2}.

Общината в {p} подкрепя {t} за {a}.
Primăria din {p} sprijină {t} pentru {a}.
The municipality of {p} supports {t} for {a}.

Участниците получиха материали за {t}.
Participanții au primit materiale despre {t}.
Participants received materials on {t}.

Докладът описва {t} в {p} и ролята на {a}.
Raportul descrie {t} în {p} și rolul pe care îl au {a}.
The report describes {t} in {p} and the part {a} play.

Срещата в {p} беше посветена на {t}.
Întâlnirea de la {p} a fost dedicată temei {t}.
The meeting in {p} was devoted to {t}.

{A} имат нужда от повече подкрепа в областта на {t}.
{A} au nevoie de mai mult sprijin în domeniul {t}.
{A} need more support with {t}.

През {y} г. по {t} бяха обучени {n} специалисти.
În {y} au fost instruiți {n} specialiști în {t}.
In {y}, {n} professionals were trained in {t}.

Партньорите от {p} и {p2} обмениха добри практики за {t}.
Partenerii din {p} și {p2} au făcut schimb de bune practici privind {t}.
Partners from {p} and {p2} exchanged good practice on {t}.

Наръчникът дава практически съвети за работа с {a}.
Manualul oferă sfaturi practice pentru lucrul cu {a}.
The handbook gives practical advice on working with {a}.

Проектът се финансира по програма за {t}.
Proiectul este finanțat printr-un program pentru {t}.
The project is funded by a programme for {t}.

{A} смятат, че най-трудна е координацията между институциите.
{A} consideră că cea mai dificilă este coordonarea între instituții.
{A} find coordination between institutions the hardest part.
"""
)
RARE_SENTENCES = _templates(
    """
Обсъдена беше и темата за {r}.
A fost discutată și tema {r}.
The subject of {r} was also discussed.

Отделен модул беше посветен на {r}.
Un modul separat a fost dedicat temei {r}.
A separate module was devoted to {r}.

Имаме добър опит с {r}.
Avem o experiență bună cu {r}.
We have had good experience with {r}.
"""
)
THREAD_TITLES = _templates(
    """
Въпрос за {t} в {p}
Întrebare despre {t} în {p}
A question about {t} in {p}

{T}: как работите с {a}?
{T}: cum lucrați cu {a}?
{T}: how do you work with {a}?

Търсим опит с {t}
Căutăm experiență cu {t}
Looking for experience with {t}

{V} за {a}: впечатления
{V} pentru {a}: impresii
{V} for {a}: impressions
"""
)
POST_SENTENCES = _templates(
    """
Здравейте, някой има ли опит с {t} в {p}?
Bună ziua, are cineva experiență cu {t} în {p}?
Hello, does anyone have experience with {t} in {p}?

Благодаря за темата, при нас {a} също търсят помощ за {t}.
Mulțumesc pentru subiect, la noi și {a} caută ajutor pentru {t}.
Thanks for raising this; our {a} are also looking for help with {t}.

Можете да се обърнете към отдела за закрила на детето в {p}.
Vă puteți adresa DGASPC din {p}.
You could contact the child protection department in {p}.

Миналата година организирахме {v} за {a}.
Anul trecut am organizat {v} pentru {a}.
Last year we organised a {v} for {a}.

Съгласна съм, {t} е трудна тема за {a}.
Sunt de acord, {t} este un subiect dificil pentru {a}.
I agree, {t} is a hard subject for {a}.

Препоръчвам наръчника за {t}, има полезни примери.
Recomand manualul despre {t}, are exemple utile.
I recommend the handbook on {t}; it has useful examples.

При нас в {p} работим с {n} семейства.
La noi în {p} lucrăm cu {n} familii.
In {p} we work with {n} families.

Важно е {a} да бъдат включени от самото начало.
Este important ca {a} să fie implicați de la început.
It matters that {a} are involved from the start.

Ще споделя материалите от {v} в {p}.
Voi trimite materialele de la {v} din {p}.
I will share the materials from the {v} in {p}.

Според нашия опит {t} изисква търпение.
Din experiența noastră, {t} cere răbdare.
In our experience, {t} takes patience.
"""
)
