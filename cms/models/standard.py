"""Plain pages (about, privacy, accessibility) and the contact page with its form."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from modelcluster.fields import ParentalKey

from cms.blocks import BodyBlock
from core.pages import BasePage
from core.tasks import enqueue_email
from core.text import ascii_slug


def heading_anchor(text):
    """The id of a body's heading (templates/cms/blocks/heading.html), for links to it."""
    return f"section-{ascii_slug(text)}"


class StandardPage(BasePage):
    """About, privacy policy, accessibility statement and other plain pages."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    parent_page_types = ["cms.HomePage", "cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    @property
    def contents(self):
        """The body's sections, for the "On this page" list beside a long text."""
        return [
            {"anchor": heading_anchor(block.value["text"]), "text": block.value["text"]}
            for block in self.body
            if block.block_type == "heading" and block.value["level"] == "h2"
        ]


class ContactFormField(TranslatableMixin, AbstractFormField):
    page = ParentalKey("cms.ContactPage", related_name="form_fields", on_delete=models.CASCADE)

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


class ContactPage(BasePage, AbstractEmailForm):
    """A contact form; a hidden trap field and a minimum filling time keep robots out."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email"),
        ),
    ]
    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")

    def get_form_class(self):
        from cms.forms import contact_form_class

        return contact_form_class(super().get_form_class())

    def get_submissions_list_view_class(self):
        from cms.admin_views import ContactSubmissionsView

        return ContactSubmissionsView

    def process_form_submission(self, form):
        if not self.to_address:
            self.to_address = settings.CONTACT_EMAIL
        return super().process_form_submission(form)

    def send_mail(self, form):
        """As Wagtail's, but sent by the task worker: the visitor never waits for the mail server."""
        addresses = [address.strip() for address in self.to_address.split(",")]
        message = EmailMessage(
            self.subject,
            self.render_email(form),
            self.from_address or None,
            addresses,
            headers={"Auto-Submitted": "auto-generated"},
        )
        enqueue_email(message)
