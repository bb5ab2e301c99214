"""The header's account menu and the site messages, safe for the anonymous page cache.

Reading `request.user` or the message storage loads the session, which adds `Vary: Cookie`
and keeps the page out of the full-page cache. Both tags therefore look at the cookies
first: a reader without a session (or messages) cookie gets the anonymous version without
the session ever being touched.
"""

from datetime import timedelta

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from community.members.standing import display_name, is_moderator

register = template.Library()

MESSAGES_COOKIE = "messages"
# How long the account menu offers the "get started" page to a new member.
GET_STARTED_PERIOD = timedelta(days=30)


def optional_url(name, *args):
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def has_session(request):
    return request is not None and settings.SESSION_COOKIE_NAME in request.COOKIES


@register.inclusion_tag("community/members/account_menu.html", takes_context=True)
def account_menu(context):
    request = context.get("request")
    links = {
        "materials_url": optional_url("materials:list"),
        "discussions_url": optional_url("discussions:index"),
    }
    user = None
    if has_session(request):
        candidate = getattr(request, "user", None)
        if candidate is not None and candidate.is_authenticated:
            user = candidate
    if user is None:
        return {
            **links,
            "authenticated": False,
            "login_url": reverse("account_login"),
            "signup_url": reverse("account_signup"),
            "next": request.get_full_path() if request is not None else "",
        }
    return {
        **links,
        "authenticated": True,
        "name": display_name(user),
        "profile_url": reverse("members:profile", args=[user.pk]),
        "welcome_url": (
            reverse("members:welcome")
            if user.date_joined > timezone.now() - GET_STARTED_PERIOD
            else ""
        ),
        "my_materials_url": optional_url("materials:mine"),
        "members_url": reverse("members:list"),
        "account_url": reverse("account_email"),
        "moderation_url": (
            optional_url("community_moderation_queue") or reverse("wagtailadmin_home")
            if is_moderator(user)
            else ""
        ),
        "logout_url": reverse("account_logout"),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("community/members/messages.html", takes_context=True)
def site_messages(context):
    request = context.get("request")
    if request is None or not (has_session(request) or MESSAGES_COOKIE in request.COOKIES):
        return {"messages": []}
    from django.contrib.messages import get_messages

    return {"messages": list(get_messages(request))}


@register.simple_tag
def avatar_url(user_or_profile):
    """The avatar view's URL for a profile, or "" if none."""
    profile = getattr(user_or_profile, "profile", user_or_profile)
    if not getattr(profile, "avatar", None):
        return ""
    return reverse("members:avatar", args=[profile.user_id])


@register.simple_tag
def legal_links():
    """{"terms_url": ..., "privacy_url": ...} in the active language ("" if not published)."""
    from community.members.consent import legal_page_url

    return {"terms_url": legal_page_url("terms"), "privacy_url": legal_page_url("privacy")}
