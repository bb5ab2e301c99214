from django import template

from community.markdown import render_markdown
from community.members.standing import display_name
from core.text import language_name_in_text, name_lang_attr

register = template.Library()
register.filter("name_lang", name_lang_attr)
register.filter("language_in_text", language_name_in_text)


@register.filter
def member_name(user):
    """The name shown for a member ("Former member" once the account is gone)."""
    return display_name(user)


@register.filter
def markdown(text):
    return render_markdown(text)
