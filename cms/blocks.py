"""StreamField blocks for page bodies.

Tables are built from plain text blocks rather than wagtail.contrib.table_block so that
wagtail-localize extracts every cell for translation.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
        # Its label ("Section heading") would otherwise be searched and shown in snippets.
        search_index=False,
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "cms/blocks/heading.html"


class CaptionedImageValue(blocks.StructValue):
    @property
    def alt(self):
        """The img's alt: empty for a decorative image, so screen readers skip it.

        Blocks saved before alt text was required may have none; they fall back to the
        image's own default (its description, else its title), as Wagtail's ImageBlock does.
        """
        if self.get("decorative"):
            return ""
        image = self.get("image")
        return self.get("alt_text") or (image.default_alt_text if image else "")


class CaptionedImageBlock(blocks.StructBlock):
    """An image with alt text required unless the editor marks it decorative.

    Wagtail's own ImageBlock does the same, but its value is the image itself, which would
    drop the caption, and nesting it here would move the alt text's path and orphan the
    translations wagtail-localize keeps by path. The stored data keeps its shape.
    """

    image = ImageChooserBlock(label=_("Image"))
    decorative = blocks.BooleanBlock(
        label=_("Image is decorative"),
        required=False,
        default=False,
        help_text=_(
            "Tick only if the image adds nothing to the text (an ornament): screen readers "
            "will then skip it."
        ),
    )
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        # For people who cannot see the image; a search snippet quoting it reads as noise.
        search_index=False,
        help_text=_(
            "Say what the image shows for people who cannot see it, briefly, without "
            "repeating the caption. Required unless the image is decorative."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    def clean(self, value):
        value = super().clean(value)
        # A draft may be saved without alt text; publishing needs it.
        if (
            not self.is_deferred_validation
            and not value.get("decorative")
            and not (value.get("alt_text") or "").strip()
        ):
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _("Describe the image, or mark it as decorative."), code="required"
                    )
                }
            )
        return value

    class Meta:
        icon = "image"
        label = _("Image")
        template = "cms/blocks/image.html"
        value_class = CaptionedImageValue


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "cms/blocks/quote.html"


class TableRowBlock(blocks.StructBlock):
    cells = blocks.ListBlock(blocks.CharBlock(label=_("Cell"), required=False), label=_("Cells"))

    class Meta:
        label = _("Row")


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        help_text=_("What the table shows: screen readers announce it before the table."),
    )
    # Screen readers read each cell with its column heading, so a table needs at least one.
    # Column headings repeat on every table ("Year", "Participants"): not worth finding.
    header = blocks.ListBlock(
        blocks.CharBlock(label=_("Column heading"), search_index=False),
        label=_("Column headings"),
        min_num=1,
    )
    rows = blocks.ListBlock(TableRowBlock(), label=_("Rows"))

    class Meta:
        icon = "table"
        label = _("Table")
        template = "cms/blocks/table.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Defaults to the document title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "cms/blocks/document_link.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External link"), required=False)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "cms/blocks/call_to_action.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="cms/blocks/paragraph.html",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    table = TableBlock()
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()


class LinkBlock(blocks.StructBlock):
    """A menu entry: a page of the site (shown in the reader's language) or an external link."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External link"), required=False)
    label = blocks.CharBlock(
        label=_("Label"), required=False, help_text=_("Defaults to the page title.")
    )

    class Meta:
        icon = "link"
        label = _("Link")
