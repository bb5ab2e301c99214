"""Emails to the member about their link or proposal, in the member's own language.

Rendered here and sent by the task worker (core.tasks), so a slow mail server never holds up
the reviewer.
"""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.models import Locale

from community.members.standing import profile_for
from core.tasks import enqueue_email


def page_in_language(page, language_code):
    """The provider's page in the member's language if it is live, else the given page."""
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is not None and page is not None:
        translated = page.get_translation_or_none(locale)
        if translated is not None and translated.live:
            return translated.specific
    return page


def notify(member, kind, *, page, reason=""):
    """`kind` is link_approved, link_rejected, proposal_accepted or proposal_rejected."""
    if not member.email:
        return
    profile = profile_for(member)
    language = profile.language
    page = page_in_language(page, language)
    with translation.override(language):
        context = {
            "name": profile.name,
            "provider": page.title if page is not None else "",
            "url": page.get_full_url() if page is not None else "",
            "reason": reason,
        }
        subject = render_to_string(f"directory/claims/emails/{kind}_subject.txt", context)
        body = render_to_string(f"directory/claims/emails/{kind}_body.txt", context)
    enqueue_email(EmailMessage(" ".join(subject.split()), body, to=[member.email]))
