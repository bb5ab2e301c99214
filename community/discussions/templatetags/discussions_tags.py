from django import template

from community.markdown import render_markdown
from community.members.standing import display_name

register = template.Library()


@register.filter
def member_name(user):
    """The name shown for a member ("Former member" once the account is gone)."""
    return display_name(user)


@register.filter
def markdown(text):
    return render_markdown(text)
