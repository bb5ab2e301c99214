"""Resource Centre articles on practice: the toolkit for working with parents, children's participation."""

from demo.cms.articles_resources import ALT_PARTICIPATION, image
from demo.core import LANGUAGES, DocumentRef, L, heading, paragraph, table
from demo.core import call_to_action as cta

PRACTICE = {
    "article-toolkit": {
        "title": L(
            "Инструментариум за работа с родители в риск от изоставяне",
            "Toolkit for working with parents at risk of abandonment",
            "Set de instrumente pentru lucrul cu părinții expuși riscului de abandon",
        ),
        "slug": L(
            "instrumentarium-za-rabota-s-roditeli",
            "toolkit-working-with-parents",
            "instrumente-lucrul-cu-parintii",
        ),
        "lead": L(
            "Практическо ръководство за членовете на областните координационни механизми: как да "
            "подготвим първата среща, как да водим разговора и как да изготвим план за подкрепа "
            "заедно с родителя.",
            "A practical guide for members of the district coordination mechanisms: how to "
            "prepare the first meeting, how to lead the conversation and how to draw up a support "
            "plan together with the parent.",
            "Un ghid practic pentru membrii mecanismelor districtuale de coordonare: cum "
            "pregătim prima întâlnire, cum conducem discuția și cum întocmim un plan de sprijin "
            "împreună cu părintele.",
        ),
        "tags": L(
            ["родители", "превенция на изоставянето", "деинституционализация", "наръчник"],
            ["parents", "preventing abandonment", "deinstitutionalisation", "manual"],
            ["părinți", "prevenirea abandonului", "dezinstituționalizare", "manual"],
        ),
        "body": [
            heading("За кого е", "Who it is for", "Cui se adresează"),
            paragraph(
                "<p>За социалните работници, психолозите и педагозите, които работят с бъдещи "
                "майки и родители на малки деца в риск от изоставяне, в отделите за закрила на "
                "детето и в центровете за обществена подкрепа.</p>",
                "<p>For social workers, psychologists and pedagogues who work with expectant "
                "mothers and parents of young children at risk of abandonment, in child "
                "protection departments and community support centres.</p>",
                "<p>Pentru asistenții sociali, psihologii și pedagogii care lucrează cu viitoare "
                "mame și cu părinți ai unor copii mici expuși riscului de abandon, în serviciile "
                "de protecție a copilului și în centrele de sprijin comunitar.</p>",
            ),
            table(
                L(
                    "Части на инструментариума",
                    "Parts of the toolkit",
                    "Părțile setului de instrumente",
                ),
                [L("Част", "Part", "Parte"), L("Какво съдържа", "What it contains", "Ce conține")],
                [
                    [
                        L("Карти за разговор", "Conversation cards", "Cartonașe de conversație"),
                        L(
                            "въпроси, които отварят разговора за нуждите и страховете на родителя",
                            "questions that open a conversation about the parent's needs and fears",
                            "întrebări care deschid discuția despre nevoile și temerile părintelui",
                        ),
                    ],
                    [
                        L(
                            "Въпросник за нуждите",
                            "Needs questionnaire",
                            "Chestionar privind nevoile",
                        ),
                        L(
                            "жилище, доходи, здраве и подкрепа от близките",
                            "housing, income, health and support from relatives",
                            "locuință, venituri, sănătate și sprijin din partea apropiaților",
                        ),
                    ],
                    [
                        L("Генограма", "Genogram", "Genogramă"),
                        L(
                            "семейните връзки и хората, на които може да се разчита",
                            "family ties and the people who can be relied on",
                            "legăturile de familie și persoanele pe care se poate conta",
                        ),
                    ],
                    [
                        L("План за подкрепа", "Support plan", "Plan de sprijin"),
                        L(
                            "стъпки, срокове и отговорни хора, договорени с родителя",
                            "steps, deadlines and responsible people agreed with the parent",
                            "pași, termene și persoane responsabile, stabilite împreună cu părintele",
                        ),
                    ],
                ],
            ),
            (
                "document",
                {
                    "document": {
                        lang: DocumentRef(f"toolkit-checklist-{lang}") for lang in LANGUAGES
                    },
                    "title": L(
                        "Изтеглете контролния списък (PDF)",
                        "Download the checklist (PDF)",
                        "Descărcați lista de verificare (PDF)",
                    ),
                },
            ),
            paragraph(
                "<p>Инструментариумът беше използван на обученията в Бургас и Стара Загора през "
                "септември 2019 г., където участниците го изпробваха в ролеви игри.</p>",
                "<p>The toolkit was used at the trainings in Burgas and Stara Zagora in September "
                "2019, where participants tried it out in role plays.</p>",
                "<p>Setul de instrumente a fost folosit la formările de la Burgas și Stara Zagora "
                "din septembrie 2019, unde participanții l-au încercat în jocuri de rol.</p>",
            ),
            cta(
                L(
                    "За проекта за деинституционализация",
                    "About the deinstitutionalisation project",
                    "Despre proiectul de dezinstituționalizare",
                ),
                L("Към проекта", "Go to the project", "Către proiect"),
                "project-deinstitutionalisation",
            ),
        ],
    },
    "article-participation": {
        "title": L(
            "Участие на деца и младежи: когато децата имат думата",
            "Children's and youth participation: when children have a say",
            "Participarea copiilor și tinerilor: când copiii au cuvântul",
        ),
        "slug": L(
            "uchastie-na-detsa-i-mladezhi",
            "children-and-youth-participation",
            "participarea-copiilor-si-tinerilor",
        ),
        "lead": L(
            "Децата знаят много за собствения си живот. Програмата за участие на деца и младежи "
            "показва как училищата и социалните услуги могат да ги включат истински в "
            "решенията, които ги засягат.",
            "Children know a great deal about their own lives. The children's and youth "
            "participation programme shows how schools and social services can genuinely "
            "involve them in the decisions that affect them.",
            "Copiii știu multe despre propria viață. Programul de participare a copiilor și "
            "tinerilor arată cum îi pot implica cu adevărat școlile și serviciile sociale în "
            "deciziile care îi privesc.",
        ),
        "tags": L(
            ["участие на децата", "младежи", "училище", "добра практика"],
            ["children's participation", "young people", "school", "good practice"],
            ["participarea copiilor", "tineri", "școală", "bună practică"],
        ),
        "body": [
            heading(
                "Защо участието има значение",
                "Why participation matters",
                "De ce contează participarea",
            ),
            paragraph(
                "<p>Когато участват в решенията, децата по-лесно приемат плана за подкрепа и "
                "придобиват увереност, а възрастните научават неща, които иначе биха пропуснали. "
                "Участието е част и от устойчивостта: детето усеща, че може да влияе на живота си.</p>",
                "<p>When children take part in decisions, they accept the support plan more "
                "readily and gain confidence, and adults learn things they would otherwise miss. "
                "Participation is also part of resilience: the child feels able to influence their "
                "own life.</p>",
                "<p>Când participă la decizii, copiii acceptă mai ușor planul de sprijin și capătă "
                "încredere, iar adulții află lucruri pe care altfel le-ar scăpa. Participarea face "
                "parte și din reziliență: copilul simte că își poate influența viața.</p>",
            ),
            (
                "quote",
                {
                    "text": L(
                        "Детето има право свободно да изразява мнението си по всички въпроси, които го засягат, и това мнение трябва да се взема предвид.",
                        "Children have the right to express their views freely in all matters affecting them, and those views must be taken into account.",
                        "Copilul are dreptul să își exprime liber opinia în toate problemele care îl privesc, iar această opinie trebuie luată în considerare.",
                    ),
                    "attribution": L(
                        "Конвенция на ООН за правата на детето, чл. 12 (преразказ)",
                        "UN Convention on the Rights of the Child, Article 12 (paraphrased)",
                        "Convenția ONU cu privire la drepturile copilului, art. 12 (parafrazat)",
                    ),
                },
            ),
            table(
                L(
                    "От информиране до споделено решение",
                    "From information to shared decision",
                    "De la informare la decizie comună",
                ),
                [
                    L("Ниво", "Level", "Nivel"),
                    L(
                        "Как изглежда на практика",
                        "What it looks like in practice",
                        "Cum arată în practică",
                    ),
                ],
                [
                    [
                        L("Информиране", "Informing", "Informare"),
                        L(
                            "детето знае какво се случва и защо",
                            "the child knows what is happening and why",
                            "copilul știe ce se întâmplă și de ce",
                        ),
                    ],
                    [
                        L("Консултиране", "Consulting", "Consultare"),
                        L(
                            "мнението на детето се изслушва и записва",
                            "the child's view is heard and recorded",
                            "opinia copilului este ascultată și consemnată",
                        ),
                    ],
                    [
                        L("Включване", "Involving", "Implicare"),
                        L(
                            "детето присъства на срещите, на които се решава",
                            "the child attends the meetings where decisions are made",
                            "copilul participă la întâlnirile în care se decide",
                        ),
                    ],
                    [
                        L("Споделено решение", "Shared decision", "Decizie comună"),
                        L(
                            "детето и възрастните решават заедно и проверяват резултата",
                            "child and adults decide together and check the result",
                            "copilul și adulții decid împreună și verifică rezultatul",
                        ),
                    ],
                ],
            ),
            heading("Как да започнете", "How to start", "Cum puteți începe"),
            paragraph(
                "<ul><li>ученически съвет, който обсъжда правилата в училище</li><li>младежка "
                "група в социалната услуга, която оценява услугата</li><li>детска версия на плана "
                "за подкрепа, написана на разбираем език</li></ul>",
                "<ul><li>a pupils' council that discusses the school rules</li><li>a youth group "
                "in the social service that evaluates the service</li><li>a child-friendly "
                "version of the support plan, written in plain language</li></ul>",
                "<ul><li>un consiliu al elevilor care discută regulile școlii</li><li>un grup de "
                "tineri în serviciul social, care evaluează serviciul</li><li>o versiune pentru "
                "copii a planului de sprijin, scrisă pe înțelesul lor</li></ul>",
            ),
            image(
                "article-participation",
                ALT_PARTICIPATION,
                L(
                    "Децата имат думата (илюстрация)",
                    "Children have a say (illustration)",
                    "Copiii au cuvântul (ilustrație)",
                ),
            ),
            cta(
                L(
                    "Още методи и добри практики",
                    "More methods and good practice",
                    "Mai multe metode și bune practici",
                ),
                L("Към Ресурсния център", "Go to the Resource Centre", "Către Centrul de resurse"),
                "resources",
            ),
        ],
    },
}
