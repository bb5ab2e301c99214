"""Wagtail's own login pages lead to the one login (django-allauth).

`/admin/login/` and `/<lang>/_util/login/` (where a login-restricted page sends readers)
would otherwise log an account in with its password alone, skipping email verification,
the authenticator code and the terms. They authenticate no one here: GET and POST alike
are sent to allauth's login, with the page the reader was going to kept in `next`.
"""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.cache import never_cache

from community.members.views.account import safe_next


@never_cache
def to_account_login(request):
    url = reverse("account_login")
    next_url = safe_next(request, default="")
    if next_url:
        url = f"{url}?{urlencode({'next': next_url})}"
    return redirect(url)
