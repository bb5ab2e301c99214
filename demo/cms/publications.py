"""Publications with generated covers (one per language) and PDF files in their languages."""

from cms.choices import PublicationType
from cms.models import PublicationPage
from core.choices import Language, Licence
from demo.cms.publications_text import TEXTS
from demo.core import LANGUAGES, DocumentRef, ImageRef, L, PageRef, pick
from demo.pages import ensure_pages
from demo.pdf import build_pdf

LICENCE_NAMES = {
    Licence.CC_BY: L(
        "Криейтив Комънс Признание 4.0 (CC BY 4.0)",
        "Creative Commons Attribution 4.0 (CC BY 4.0)",
        "Creative Commons Atribuire 4.0 (CC BY 4.0)",
    ),
    Licence.CC_BY_NC_ND: L(
        "Криейтив Комънс Признание-Некомерсиално-Без производни 4.0 (CC BY-NC-ND 4.0)",
        "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 (CC BY-NC-ND 4.0)",
        "Creative Commons Atribuire-Necomercial-FărăDerivate 4.0 (CC BY-NC-ND 4.0)",
    ),
}
PUBLISHER = L("Младежки център – Видин", "Vidin Youth Centre", "Centrul de Tineret Vidin")
AUTHORS = L(
    "Екипът на проекта „Регионална мрежа за социално сближаване“",
    "The project team of the Regional Network for Social Cohesion",
    "Echipa proiectului Rețeaua regională pentru coeziune socială",
)
FILE_LABEL = L(
    "{title} ({language}, PDF)", "{title} ({language}, PDF)", "{title} ({language}, PDF)"
)
LANGUAGE_NAMES = {
    "bg": L("на български", "Bulgarian", "bulgară"),
    "en": L("на английски", "English", "engleză"),
    "ro": L("на румънски", "Romanian", "română"),
}

# key: (slug per language, type, year, licence, languages of the files, cover palette)
CATALOGUE = {
    "publication-compendium": (
        L(
            "sbornik-za-spetsialisti-2019",
            "compendium-for-specialists-2019",
            "compendiu-pentru-specialisti-2019",
        ),
        PublicationType.COMPENDIUM,
        2019,
        Licence.CC_BY,
        ("bg", "ro", "en"),
        "navy",
    ),
    "publication-brochure": (
        L(
            "broshura-zaedno-prez-dunav-2019",
            "brochure-together-across-the-danube-2019",
            "brosura-impreuna-peste-dunare-2019",
        ),
        PublicationType.BROCHURE,
        2019,
        Licence.CC_BY_NC_ND,
        ("bg", "ro"),
        "teal",
    ),
    "publication-study": (
        L("sravnitelno-izsledvane-2017", "comparative-study-2017", "studiu-comparativ-2017"),
        PublicationType.STUDY,
        2017,
        Licence.CC_BY,
        ("bg", "ro", "en"),
        "plum",
    ),
}


def document_key(key, lang):
    return f"{key}-{lang}"


def spec(key):
    slug, publication_type, year, licence, languages, _palette = CATALOGUE[key]
    text = TEXTS[key]
    return {
        "key": key,
        "model": PublicationPage,
        "parent": "publications",
        "fields": {
            "title": text["title"],
            "slug": slug,
            "publication_type": publication_type,
            "year": year,
            "licence": licence,
            "authors": AUTHORS,
            "publisher": PUBLISHER,
            "abstract": text["abstract"],
            "listing_summary": text["listing_summary"],
            "cover": {lang: ImageRef(f"cover-{key}-{lang}") for lang in LANGUAGES},
            "project": PageRef("project-regional-network"),
        },
        "children": {
            "files": [
                {"language": Language(lang), "document": DocumentRef(document_key(key, lang))}
                for lang in languages
            ]
        },
    }


PUBLICATIONS = [spec(key) for key in CATALOGUE]


def _pdf_builder(key, lang):
    _slug, _type, year, licence, _languages, _palette = CATALOGUE[key]
    text = TEXTS[key]

    def build():
        data = build_pdf(
            lang=lang,
            title=pick(text["title"], lang),
            subtitle=pick(text["subtitle"], lang),
            author=pick(AUTHORS, lang),
            meta_lines=[pick(PUBLISHER, lang), str(year), pick(LICENCE_NAMES[licence], lang)],
            sections=pick(text["sections"], lang),
        )
        return f"{pick(CATALOGUE[key][0], 'en')}-{lang}.pdf", data

    return build


def register_media(media):
    for key, (_slug, _type, year, _licence, languages, palette) in CATALOGUE.items():
        text = TEXTS[key]
        for lang in LANGUAGES:
            media.register_image(
                f"cover-{key}-{lang}",
                style="cover",
                palette=palette,
                title=pick(text["short_title"], lang),
                subtitle=f"{pick(PUBLISHER, lang)} · {year}",
            )
        for lang in languages:
            title = FILE_LABEL[lang].format(
                title=pick(text["short_title"], lang), language=pick(LANGUAGE_NAMES[lang], lang)
            )
            media.register_document(document_key(key, lang), title, _pdf_builder(key, lang))


def load(ctx):
    ensure_pages(ctx, PUBLICATIONS, "Publications")
