"""Which language things are in, without asking the database every time.

Pages and snippets name their locale by id, and templates ask for the reader's locale and
for `.localized` versions constantly; Wagtail answers each with a query. The few locales
are kept in the cache instead (forgotten when one is saved or deleted).
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

LOCALE_CODES_KEY = "praktika:locale-codes"


def locale_codes():
    """The language code of every locale, by id."""
    codes = cache.get(LOCALE_CODES_KEY)
    if codes is None:
        codes = dict(Locale.all_objects.values_list("pk", "language_code"))
        cache.set(LOCALE_CODES_KEY, codes)
    return codes


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def forget_locale_codes(**kwargs):
    cache.delete(LOCALE_CODES_KEY)


def active_locale():
    """The Locale that Locale.get_active() returns, from the cached codes: no query."""
    try:
        code = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return Locale.get_active()
    ids = {language: pk for pk, language in locale_codes().items()}
    if code not in ids:
        return Locale.get_active()
    return Locale(pk=ids[code], language_code=code)


class LocalizedMixin:
    """Wagtail's `localized`, without its query for the active locale when it is not needed.

    Templates ask for `.localized` of every related page and organisation they show; most
    are in the reader's language already, and then the object itself is the answer.
    """

    @property
    def localized(self):
        locale_id = active_locale().pk
        if self.locale_id == locale_id:
            return self
        found = self.__dict__.get("_localized")
        if found is not None and found[0] == locale_id:
            return found[1]
        return super().localized


def localize_snippets(snippets):
    """Look up the reader's-language versions of these snippets (one model) in one query.

    Their `.localized` then answers without a query: a list of project partners would
    otherwise cost two queries per organisation. Snippets have no drafts, so unlike pages
    any translation will do.
    """
    locale_id = active_locale().pk
    snippets = [snippet for snippet in snippets if snippet is not None]
    others = [snippet for snippet in snippets if snippet.locale_id != locale_id]
    if not others:
        return
    translations = type(others[0]).objects.filter(
        translation_key__in={snippet.translation_key for snippet in others}, locale_id=locale_id
    )
    found = {translation.translation_key: translation for translation in translations}
    for snippet in others:
        snippet._localized = (locale_id, found.get(snippet.translation_key, snippet))


def language_code(obj):
    """The language code of a page's or snippet's locale, without a query for the locale."""
    if "locale" not in obj._state.fields_cache:
        code = locale_codes().get(obj.locale_id)
        if code is not None:
            return code
    return obj.locale.language_code
