"""What every app's factories build on: locales, files, the base page factory, translation.

Pages are built in Bulgarian, the site's primary language; `translate_page` makes the English
and Romanian versions the way an editor would (copy for translation, edit, publish).
"""

import io

from wagtail.models import Collection, Locale

import factory
import wagtail_factories

from core.text import ascii_slug
from core.translation import publish, translation_for


def get_locale(language_code):
    return Locale.objects.get(language_code=language_code)


def make_pdf(text="Praktika"):
    """A small but real PDF, as a publication file would be."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(text)
    pdf.drawString(72, 770, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# Images and documents ------------------------------------------------------------------


class ImageFactory(wagtail_factories.ImageFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)


class PdfDocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = "Compendium 2019"
    file = factory.django.FileField(
        filename="compendium-2019.pdf", data=factory.LazyFunction(make_pdf)
    )


# Pages -----------------------------------------------------------------------------------


class PraktikaPageFactory(wagtail_factories.PageFactory):
    slug = factory.LazyAttribute(lambda page: ascii_slug(page.title))
    live = True

    class Meta:
        abstract = True


# Translation -----------------------------------------------------------------------------


def translate_page(page, language_code, *, children=None, tags=None, **fields):
    """Translate a page the way an editor does: copy it into the locale, edit it, publish.

    `children` maps a translatable child relation (activities, results, form_fields) to
    the new values of each child, in order; `tags` replaces the copy's tags.
    """
    translation, _created = translation_for(page, get_locale(language_code), copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    if tags is not None:
        translation.tags.set(tags)
    publish(translation)
    translation = translation.__class__.objects.get(pk=translation.pk)
    for relation, values in (children or {}).items():
        for child, new_values in zip(
            getattr(translation, relation).order_by("sort_order"), values, strict=True
        ):
            for name, value in new_values.items():
                setattr(child, name, value)
            child.save()
    return translation


def translate_snippet(snippet, language_code, **fields):
    translation = snippet.copy_for_translation(get_locale(language_code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation
