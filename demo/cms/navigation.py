"""The main menu and the footer of each language."""

from cms.models import NavigationMenu
from demo.core import SOURCE_LANGUAGE, L, PageRef, demo_uuid, pick
from demo.pages import ensure_snippet


def link(page_key, label):
    return ("link", {"page": PageRef(page_key), "label": label})


MENUS = {
    NavigationMenu.Location.MAIN: {
        "items": [
            link("news", L("Новини", "News", "Știri")),
            link("resources", L("Ресурсен център", "Resource Centre", "Centrul de resurse")),
            link("directory", L("Карта на услугите", "Service map", "Harta serviciilor")),
            link("publications", L("Публикации", "Publications", "Publicații")),
            link("events", L("Събития", "Events", "Evenimente")),
            link("projects", L("Проекти", "Projects", "Proiecte")),
            link("about", L("За нас", "About", "Despre noi")),
            link("contact", L("Контакти", "Contact", "Contact")),
        ],
        "footer_text": "",
    },
    NavigationMenu.Location.FOOTER: {
        "items": [
            link("about", L("За нас", "About us", "Despre noi")),
            link("privacy", L("Поверителност", "Privacy", "Confidențialitate")),
            link("terms", L("Условия за ползване", "Terms of use", "Termeni de utilizare")),
            link("accessibility", L("Достъпност", "Accessibility", "Accesibilitate")),
            link(
                "legislation",
                L(
                    "Законодателство и политики",
                    "Legislation and policies",
                    "Legislație și politici",
                ),
            ),
            link("contact", L("Контакти", "Contact", "Contact")),
        ],
        "footer_text": L(
            "„Практика“ е общност на практиката за помагащите професии в България и Румъния. "
            "Съдържанието е публикувано под лиценз „Криейтив Комънс Признание 4.0“, освен ако "
            "не е посочено друго.",
            "Praktika is a community of practice for the helping professions in Bulgaria and "
            "Romania. Content is published under the Creative Commons Attribution 4.0 licence "
            "unless stated otherwise.",
            "Praktika este o comunitate de practică pentru profesiile de sprijin din Bulgaria și "
            "România. Conținutul este publicat sub licența Creative Commons Atribuire 4.0, dacă "
            "nu se precizează altfel.",
        ),
    },
}


def menu_key(location):
    return f"navigation/{location}"


def load(ctx):
    ctx.log("Navigation menus...")
    stream_block = NavigationMenu._meta.get_field("items").stream_block
    for location, data in MENUS.items():
        key = menu_key(location)
        taken = (
            NavigationMenu.objects.filter(location=location, locale=ctx.locale(SOURCE_LANGUAGE))
            .exclude(translation_key=demo_uuid(key))
            .exists()
        )
        if taken:
            ctx.log(f"  {location}: a menu made by an editor exists, left as it is")
            continue

        def build(lang, location=location, data=data, key=key):
            return NavigationMenu(
                location=location,
                items=ctx.stream(stream_block, key, data["items"], lang),
                footer_text=pick(data["footer_text"], lang),
            )

        ensure_snippet(ctx, NavigationMenu, key, build, "navigation menus")
    ctx.report("navigation menus")
