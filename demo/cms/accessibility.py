"""The accessibility statement: what the site meets, how it is tested, what is known to fail.

It describes the checks in tests/browser/test_accessibility.py; when they change (another
axe-core version, more pages), this text changes with them. The structure follows the EU
model statement (Commission Implementing Decision (EU) 2018/1523).
"""

from cms.models import StandardPage
from demo.core import L, PageRef, heading, paragraph, table

# The axe-core release pinned in package.json; a browser test keeps the two in step.
AXE_VERSION = "4.14.1"

ACCESSIBILITY = {
    "key": "accessibility",
    "model": StandardPage,
    "parent": "home",
    "fields": {
        "title": L(
            "Декларация за достъпност", "Accessibility statement", "Declarație de accesibilitate"
        ),
        "slug": L("dostapnost", "accessibility", "accesibilitate"),
        "introduction": L(
            "Искаме всеки да може да използва „Практика“, включително хората, които работят с "
            "екранен четец, само с клавиатура или с увеличен текст.",
            "We want everyone to be able to use Praktika, including people who use a screen "
            "reader, only a keyboard or enlarged text.",
            "Ne dorim ca oricine să poată folosi Praktika, inclusiv persoanele care folosesc un "
            "cititor de ecran, doar tastatura sau text mărit.",
        ),
    },
    "streams": {
        "body": [
            heading("Състояние на съответствие", "Compliance status", "Stadiul conformității"),
            paragraph(
                "<p>Декларацията се отнася за сайта „Практика“ на български, английски и "
                "румънски език. Тя е изготвена съгласно Директива (ЕС) 2016/2102 относно "
                "достъпността на уебсайтовете и мобилните приложения на организациите от "
                "обществения сектор.</p>",
                "<p>This statement applies to the Praktika website in Bulgarian, English and "
                "Romanian. It is made under Directive (EU) 2016/2102 on the accessibility of "
                "the websites and mobile applications of public sector bodies.</p>",
                "<p>Această declarație se aplică site-ului Praktika în limbile bulgară, engleză "
                "și română. Este întocmită în temeiul Directivei (UE) 2016/2102 privind "
                "accesibilitatea site-urilor web și a aplicațiilor mobile ale organismelor din "
                "sectorul public.</p>",
            ),
            paragraph(
                "<p>Сайтът е <b>частично съответстващ</b> на Насоките за достъпност на уеб "
                "съдържанието (WCAG) 2.1, ниво AA, които европейският стандарт EN 301 549 "
                "изисква за уебсайтовете. Несъответствията са описани по-долу.</p>",
                "<p>The site is <b>partially conformant</b> with the Web Content Accessibility "
                "Guidelines (WCAG) 2.1 level AA, which the European standard EN 301 549 "
                "requires of websites. The non-conformities are listed below.</p>",
                "<p>Site-ul este <b>parțial conform</b> cu Ghidul de accesibilitate a "
                "conținutului web (WCAG) 2.1, nivelul AA, pe care standardul european "
                "EN 301 549 îl cere site-urilor web. Neconformitățile sunt descrise mai jos.</p>",
            ),
            heading("Как проверяваме сайта", "How we test the site", "Cum testăm site-ul"),
            paragraph(
                f"<p>При всяка промяна в кода автоматичен тест отваря страниците в Chromium без "
                f"графичен интерфейс и ги проверява с axe-core {AXE_VERSION} по правилата на "
                f"WCAG 2.0 и 2.1, нива A и AA. Промяна не се приема, докато тестът "
                f"открива сериозен или критичен проблем. Проверяват се следните страници, всяка на "
                f"български, английски и румънски:</p>",
                f"<p>On every change to the code, an automated test opens the pages in headless "
                f"Chromium and checks them with axe-core {AXE_VERSION} against the WCAG 2.0 and "
                f"2.1 rules of levels A and AA. A change is not accepted while the test finds "
                f"a serious or critical problem. These pages are checked, each in Bulgarian, "
                f"English and Romanian:</p>",
                f"<p>La fiecare modificare a codului, un test automat deschide paginile în "
                f"Chromium fără interfață grafică și le verifică cu axe-core {AXE_VERSION} după "
                f"regulile WCAG 2.0 și 2.1, nivelurile A și AA. O modificare nu este acceptată "
                f"cât timp testul găsește o problemă gravă sau critică. Sunt verificate "
                f"următoarele pagini, fiecare în bulgară, engleză și română:</p>",
            ),
            paragraph(
                "<ul><li>началната страница;</li><li>петте раздела: „Новини и статии“, "
                "„Ресурсен център“, „Събития“, „Проекти“ и „Публикации“;</li><li>по една "
                "страница от всеки вид: статия, събитие, публикация, проект, информационна "
                "страница, страницата за контакт и тази декларация;</li><li>формата за "
                "контакт, след като е изпратена с грешки.</li></ul>",
                "<ul><li>the home page;</li><li>the five sections: News and articles, Resource "
                "Centre, Events, Projects and Publications;</li><li>one page of each kind: an "
                "article, an event, a publication, a project, an information page, the contact "
                "page and this statement;</li><li>the contact form after it has been sent with "
                "mistakes.</li></ul>",
                "<ul><li>pagina principală;</li><li>cele cinci secțiuni: Știri și articole, "
                "Centrul de resurse, Evenimente, Proiecte și Publicații;</li><li>câte o pagină "
                "din fiecare tip: un articol, un eveniment, o publicație, un proiect, o pagină "
                "informativă, pagina de contact și această declarație;</li><li>formularul de "
                "contact, după ce a fost trimis cu greșeli.</li></ul>",
            ),
            paragraph(
                "<p>Същият тест проверява още, че:</p>",
                "<p>The same test also checks that:</p>",
                "<p>Același test mai verifică faptul că:</p>",
            ),
            paragraph(
                "<ul><li>с клавиатурата първото натискане на Tab стига до връзката „Към основното "
                "съдържание“, а тя премества фокуса в него;</li><li>всяка връзка, бутон и поле "
                "показват ясно кога са на фокус;</li><li>името на всеки език в превключвателя "
                "е обявено на самия този език;</li><li>страниците се четат без хоризонтално "
                "превъртане при ширина 320 пиксела.</li></ul>",
                "<ul><li>with the keyboard, the first press of Tab reaches the link that skips to the main "
                "content, and that link moves the focus there;</li><li>every link, button and "
                "field shows clearly when it has the focus;</li><li>each language in the "
                "language switcher is announced in that language;</li><li>pages read without "
                "horizontal scrolling at a width of 320 pixels.</li></ul>",
                "<ul><li>de la tastatură, prima apăsare a tastei Tab ajunge la linkul de salt la conținutul "
                "principal, iar linkul mută focalizarea acolo;</li><li>fiecare link, buton și "
                "câmp arată clar când este focalizat;</li><li>fiecare limbă din selectorul de "
                "limbă este anunțată în limba respectivă;</li><li>paginile se citesc fără "
                "derulare orizontală la o lățime de 320 de pixeli.</li></ul>",
            ),
            paragraph(
                "<p>Автоматичните проверки откриват само част от проблемите: те не могат да "
                "преценят например дали алтернативният текст на едно изображение е смислен. "
                "Все още не сме провели тестове с потребители на екранни четци.</p>",
                "<p>Automated checks find only some problems: they cannot judge, for example, "
                "whether an image's alternative text makes sense. We have not yet tested the "
                "site with people who use screen readers.</p>",
                "<p>Verificările automate găsesc doar o parte dintre probleme: ele nu pot "
                "aprecia, de exemplu, dacă textul alternativ al unei imagini are sens. Nu am "
                "testat încă site-ul cu persoane care folosesc cititoare de ecran.</p>",
            ),
            heading("Какво сме направили", "What we have done", "Ce am făcut"),
            paragraph(
                "<ul><li>Всяка страница има заглавия в правилен ред, означени области "
                "(заглавна част, менюта, основно съдържание, долна част) и връзка за "
                "прескачане към основното съдържание.</li><li>Всичко може да се използва с "
                "клавиатура, а фокусът винаги се вижда.</li><li>Цветовете на текста имат "
                "контраст поне 4,5:1 спрямо фона.</li><li>Всяко поле във формите има видим "
                "етикет, а грешките са обяснени до полето.</li><li>Изображенията в "
                "съдържанието не могат да се публикуват без алтернативен текст, освен ако "
                "редакторът не ги отбележи като декоративни.</li><li>Езикът на всяка "
                "страница е обявен; съдържание, което още не е преведено, е отбелязано и "
                "обявено на своя език.</li></ul>",
                "<ul><li>Every page has headings in order, named regions (header, menus, main "
                "content, footer) and a link to skip to the main content.</li><li>Everything "
                "can be used with a keyboard, and the focus is always visible.</li><li>Text "
                "colours have a contrast of at least 4.5:1 with their background.</li><li>Every "
                "form field has a visible label, and mistakes are explained next to the "
                "field.</li><li>Images in the content cannot be published without alternative "
                "text unless the editor marks them as decorative.</li><li>The language of "
                "every page is declared; content that is not translated yet is marked and "
                "declared in its own language.</li></ul>",
                "<ul><li>Fiecare pagină are titluri în ordinea corectă, regiuni denumite "
                "(antet, meniuri, conținut principal, subsol) și un link de salt la conținutul "
                "principal.</li><li>Totul poate fi folosit de la tastatură, iar focalizarea "
                "este mereu vizibilă.</li><li>Culorile textului au un contrast de cel puțin "
                "4,5:1 față de fundal.</li><li>Fiecare câmp din formulare are o etichetă "
                "vizibilă, iar greșelile sunt explicate lângă câmp.</li><li>Imaginile din "
                "conținut nu pot fi publicate fără text alternativ, decât dacă redactorul le "
                "marchează ca decorative.</li><li>Limba fiecărei pagini este declarată; "
                "conținutul încă netradus este semnalat și declarat în limba lui.</li></ul>",
            ),
            heading(
                "Недостъпно съдържание", "Content that is not accessible", "Conținut neaccesibil"
            ),
            table(
                L(
                    "Известни ограничения и алтернативи",
                    "Known limitations and alternatives",
                    "Limitări cunoscute și alternative",
                ),
                [
                    L("Ограничение", "Limitation", "Limitare"),
                    L("Алтернатива", "Alternative", "Alternativă"),
                ],
                [
                    [
                        L(
                            "PDF публикациите не съдържат структурни етикети за екранни четци.",
                            "PDF publications are not tagged for screen readers.",
                            "Publicațiile PDF nu conțin etichete de structură pentru "
                            "cititoarele de ecran.",
                        ),
                        L(
                            "При поискване изпращаме достъпна версия до 10 работни дни.",
                            "On request we send an accessible version within 10 working days.",
                            "La cerere, trimitem o versiune accesibilă în cel mult 10 zile "
                            "lucrătoare.",
                        ),
                    ],
                    [
                        L(
                            "Някои страници още не са преведени и се показват на български.",
                            "Some pages are not translated yet and are shown in Bulgarian.",
                            "Unele pagini nu sunt încă traduse și sunt afișate în bulgară.",
                        ),
                        L(
                            "Страниците са обявени на български, за да ги чете правилно "
                            "екранният четец; при поискване изпращаме резюме на вашия език.",
                            "They are declared as Bulgarian so that screen readers read them "
                            "correctly; on request we send a summary in your language.",
                            "Ele sunt declarate ca fiind în bulgară, pentru ca cititoarele de "
                            "ecran să le citească corect; la cerere, trimitem un rezumat în "
                            "limba dumneavoastră.",
                        ),
                    ],
                    [
                        L(
                            "Изображения, публикувани преди алтернативният текст да стане "
                            "задължителен, може да носят само заглавието на файла.",
                            "Images published before alternative text became required may "
                            "only carry the title of their file.",
                            "Imaginile publicate înainte ca textul alternativ să devină "
                            "obligatoriu pot avea doar titlul fișierului.",
                        ),
                        L(
                            "Преглеждаме ги и ги допълваме, щом ги открием или ни ги посочите.",
                            "We review and complete them as soon as we find them or you point "
                            "them out.",
                            "Le verificăm și le completăm de îndată ce le găsim sau ni le "
                            "semnalați.",
                        ),
                    ],
                ],
            ),
            heading(
                "Обратна връзка и данни за контакт",
                "Feedback and contact information",
                "Feedback și date de contact",
            ),
            paragraph(
                "<p>Ако срещнете пречка или ви трябва съдържание в друг формат, пишете ни "
                "чрез формата за контакт. Отговаряме в рамките на 10 работни дни. Ако не сте "
                "доволни от отговора, можете да се обърнете към органа, който отговаря за "
                "достъпността на уебсайтовете във вашата държава.</p>",
                "<p>If you meet a barrier or need content in another format, write to us "
                "through the contact form. We reply within 10 working days. If you are not "
                "satisfied with our answer, you can turn to the authority responsible for web "
                "accessibility in your country.</p>",
                "<p>Dacă întâmpinați o barieră sau aveți nevoie de conținut în alt format, "
                "scrieți-ne prin formularul de contact. Răspundem în cel mult 10 zile "
                "lucrătoare. Dacă nu sunteți mulțumit de răspuns, vă puteți adresa autorității "
                "responsabile de accesibilitatea site-urilor web din țara dumneavoastră.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": L(
                        "Съобщете ни за проблем с достъпността",
                        "Report an accessibility problem",
                        "Semnalați o problemă de accesibilitate",
                    ),
                    "button_label": L(
                        "Към формата за контакт",
                        "Go to the contact form",
                        "Către formularul de contact",
                    ),
                    "page": PageRef("contact"),
                },
            ),
            paragraph(
                "<p><i>Декларацията е изготвена на 22 ноември 2026 г. въз основа на самооценка и "
                "на автоматизираните проверки, описани по-горе.</i></p>",
                "<p><i>This statement was prepared on 22 November 2026 on the basis of a "
                "self-assessment and the automated checks described above.</i></p>",
                "<p><i>Declarația a fost întocmită la 22 noiembrie 2026 pe baza unei "
                "autoevaluări și a verificărilor automate descrise mai sus.</i></p>",
            ),
        ]
    },
}
