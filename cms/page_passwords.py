"""Page passwords, throttled like logins.

Wagtail's own view checks a password-protected page's password as often as it is asked. This
one answers the same URL: after PAGE_PASSWORD_FAILURE_LIMIT wrong passwords for one
restriction from one address, that address waits PAGE_PASSWORD_COOLOFF (from its last wrong
try) before any password, even the right one, is checked again. The address is the one
django-axes uses, so a forged X-Forwarded-For counts only behind TRUSTED_PROXY_COUNT proxies.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction

from axes.helpers import get_client_ip_address


def failures_key(request, restriction):
    address = get_client_ip_address(request) or ""
    digest = hashlib.blake2b(address.encode(), digest_size=12).hexdigest()
    return f"page-password-failures:{restriction.pk}:{digest}"


def cooloff_seconds():
    return int(settings.PAGE_PASSWORD_COOLOFF.total_seconds())


def is_locked_out(key):
    return (cache.get(key) or 0) >= settings.PAGE_PASSWORD_FAILURE_LIMIT


def record_failure(key):
    """Count a wrong password; the count lives PAGE_PASSWORD_COOLOFF after the last one."""
    timeout = cooloff_seconds()
    if cache.add(key, 1, timeout=timeout):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired in between
        cache.add(key, 1, timeout=timeout)
    cache.touch(key, timeout)


@never_cache
def authenticate_with_password(request, restriction_id, page_id):
    restriction = get_object_or_404(
        PageViewRestriction, pk=restriction_id, restriction_type=PageViewRestriction.PASSWORD
    )
    page = get_object_or_404(Page, pk=page_id).specific
    key = failures_key(request, restriction)
    locked = is_locked_out(key)
    status = 200
    if request.method == "POST" and not locked:
        form = PasswordViewRestrictionForm(request.POST, instance=restriction)
        if form.is_valid():
            cache.delete(key)
            return_url = form.cleaned_data["return_url"]
            if not url_has_allowed_host_and_scheme(
                return_url, {request.get_host()}, require_https=request.is_secure()
            ):
                return_url = page.url or "/"
            restriction.mark_as_passed(request)
            return redirect(return_url)
        record_failure(key)
        locked = is_locked_out(key)
    else:
        form = PasswordViewRestrictionForm(instance=restriction)
    if locked:
        # Nothing typed is checked while the address waits; the notice says why.
        return_url = request.POST.get("return_url") or request.GET.get("return_url") or ""
        form = PasswordViewRestrictionForm(instance=restriction, initial={"return_url": return_url})
        status = 429 if request.method == "POST" else 200
    request.page_password_locked_out = locked
    action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    response = page.serve_password_required_response(request, form, action_url)
    response.status_code = status
    return response
