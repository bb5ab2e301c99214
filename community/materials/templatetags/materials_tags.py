from django import template
from django.template.defaultfilters import filesizeformat
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html

from community.materials.choices import FileKind
from community.members.standing import display_name
from core.text import name_lang_attr

register = template.Library()


@register.simple_tag
def author_link(user):
    """The author's display name, linked to their profile when the members app has one."""
    name = display_name(user)
    if user is None:
        return name
    try:
        url = reverse("members:profile", kwargs={"pk": user.pk})
    except NoReverseMatch:
        return format_html("<span{}>{}</span>", name_lang_attr(name), name)
    return format_html('<a href="{}"{}>{}</a>', url, name_lang_attr(name), name)


@register.filter
def file_summary(material):
    """ "PDF, 1.2 MB"."""
    kind = material.file_kind
    label = FileKind(kind).label if kind else material.content_type
    return f"{label}, {filesizeformat(material.file_size)}"
