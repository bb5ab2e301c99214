from django import template
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from community.members.standing import is_member

register = template.Library()


def flag_url(obj, next_url=""):
    content_type = ContentType.objects.get_for_model(obj)
    url = reverse(
        "moderation:flag", args=[f"{content_type.app_label}.{content_type.model}", obj.pk]
    )
    if next_url:
        url += "?" + urlencode({"next": next_url})
    return url


@register.simple_tag(takes_context=True)
def flag_link(context, obj, next=None):  # noqa: A002 - named like the query parameter
    """A "Report" link for members, except on their own content ("" otherwise).

    `next` is where the member returns after reporting (default: the current page).
    """
    request = context.get("request")
    user = getattr(request, "user", None) if request is not None else None
    if not is_member(user) or getattr(obj, "author_id", None) == user.pk:
        return ""
    return format_html(
        '<a class="flag-link" href="{}" rel="nofollow">{}<span class="visually-hidden"> {}</span></a>',
        flag_url(obj, next or request.get_full_path()),
        _("Report"),
        _("to a moderator"),
    )
