"""The checklist from the toolkit for working with parents, one PDF per language."""

TOOLKIT_CHECKLIST = {
    "bg": {
        "title": "Работа с родители в риск от изоставяне: контролен списък",
        "subtitle": "Из инструментариума за работа с родители",
        "author": "Детство без институции – България",
        "meta_lines": ["За членовете на областните координационни механизми", "2019"],
        "sections": [
            (
                "Преди първата среща",
                [
                    [
                        "Прочетете всичко, което службите вече знаят за семейството.",
                        "Начертайте първа генограма и отбележете кого не познавате.",
                        "Изберете спокойно място и достатъчно време за разговора.",
                    ]
                ],
            ),
            (
                "По време на разговора",
                [
                    [
                        "Започнете с това, което родителят иска за детето си.",
                        "Питайте за хората, на които семейството може да разчита.",
                        "Не обещавайте нищо, което не зависи от вас.",
                    ]
                ],
            ),
            (
                "План за подкрепа",
                [
                    "Планът се изготвя заедно с родителя и посочва конкретни стъпки, срокове и "
                    "хора. Преглеждайте го редовно и го променяйте, когато обстоятелствата се "
                    "променят.",
                ],
            ),
            (
                "Кога да потърсите екипа",
                [
                    "Когато има признаци на непосредствена опасност за детето или когато планът "
                    "не се изпълнява две поредни срещи, обсъдете случая с координационния механизъм.",
                ],
            ),
        ],
    },
    "en": {
        "title": "Working with parents at risk of abandonment: a checklist",
        "subtitle": "From the toolkit for working with parents",
        "author": "Childhood Without Institutions – Bulgaria",
        "meta_lines": ["For members of the district coordination mechanisms", "2019"],
        "sections": [
            (
                "Before the first meeting",
                [
                    [
                        "Read everything the services already know about the family.",
                        "Draw a first genogram and mark the people you do not know yet.",
                        "Choose a quiet place and allow enough time for the conversation.",
                    ]
                ],
            ),
            (
                "During the conversation",
                [
                    [
                        "Start with what the parent wants for their child.",
                        "Ask about the people the family can rely on.",
                        "Do not promise anything that does not depend on you.",
                    ]
                ],
            ),
            (
                "The support plan",
                [
                    "The plan is drawn up together with the parent and names concrete steps, "
                    "deadlines and people. Review it regularly and change it when circumstances change.",
                ],
            ),
            (
                "When to call on the team",
                [
                    "When there are signs of immediate danger to the child, or when the plan has not "
                    "been followed for two meetings in a row, discuss the case with the coordination "
                    "mechanism.",
                ],
            ),
        ],
    },
    "ro": {
        "title": "Lucrul cu părinții expuși riscului de abandon: listă de verificare",
        "subtitle": "Din setul de instrumente pentru lucrul cu părinții",
        "author": "Copilărie fără Instituții – Bulgaria",
        "meta_lines": ["Pentru membrii mecanismelor districtuale de coordonare", "2019"],
        "sections": [
            (
                "Înainte de prima întâlnire",
                [
                    [
                        "Citiți tot ce știu deja serviciile despre familie.",
                        "Desenați o primă genogramă și marcați persoanele pe care nu le cunoașteți încă.",
                        "Alegeți un loc liniștit și rezervați suficient timp pentru discuție.",
                    ]
                ],
            ),
            (
                "În timpul discuției",
                [
                    [
                        "Începeți cu ceea ce își dorește părintele pentru copilul său.",
                        "Întrebați despre persoanele pe care familia se poate baza.",
                        "Nu promiteți nimic din ceea ce nu depinde de dumneavoastră.",
                    ]
                ],
            ),
            (
                "Planul de sprijin",
                [
                    "Planul se întocmește împreună cu părintele și numește pași, termene și persoane "
                    "concrete. Revizuiți-l periodic și modificați-l atunci când se schimbă "
                    "împrejurările.",
                ],
            ),
            (
                "Când apelați la echipă",
                [
                    "Când există semne de pericol imediat pentru copil sau când planul nu a fost "
                    "respectat la două întâlniri la rând, discutați cazul în mecanismul de coordonare.",
                ],
            ),
        ],
    },
}
