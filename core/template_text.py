"""Template filters for text in several languages (`{% load text_languages %}`).

`core` is no app, so this library is registered by name in settings.TEMPLATES ("libraries");
every app's templates load it the same way instead of each tag library copying the filters.
"""

from django import template

from core.text import language_name_in_text, name_lang_attr

register = template.Library()
register.filter("name_lang", name_lang_attr)
register.filter("language_in_text", language_name_in_text)
