"""Which version of the terms of use and privacy policy a member has accepted."""

from django.conf import settings

from community.members.models import ConsentRecord


def has_current_consent(user):
    """Superusers and staff accounts are managed in the admin and are not asked here."""
    if user.is_superuser or user.is_staff:
        return True
    cached = getattr(user, "_current_consent", None)
    if cached is None:
        cached = ConsentRecord.objects.filter(
            user=user, version=settings.COMMUNITY_TERMS_VERSION
        ).exists()
        user._current_consent = cached
    return cached


def record_consent(user):
    record, _created = ConsentRecord.objects.get_or_create(
        user=user, version=settings.COMMUNITY_TERMS_VERSION
    )
    user._current_consent = True
    return record


def legal_page_url(key, language=None):
    """The URL of a legal page ("terms" or "privacy", found by its named key) in a language."""
    from django.utils import translation

    from wagtail.models import Locale, Page

    from core.translation import named_translation_key

    language = language or translation.get_language()
    pages = Page.objects.live().filter(translation_key=named_translation_key(key))
    page = (
        pages.filter(locale__in=Locale.objects.filter(language_code=language)).first()
        or pages.first()
    )
    return page.url if page is not None else ""
