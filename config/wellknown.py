"""/.well-known/security.txt (RFC 9116): where to report a vulnerability in this site."""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

# RFC 9116 recommends an expiry less than a year ahead; a day's start keeps the file the
# same all day (and in the page cache).
EXPIRES_AFTER = datetime.timedelta(days=365)


def expires():
    if settings.SECURITY_TXT_EXPIRES:
        return settings.SECURITY_TXT_EXPIRES
    today = datetime.datetime.now(datetime.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return (today + EXPIRES_AFTER).strftime("%Y-%m-%dT%H:%M:%SZ")


def contact():
    return settings.SECURITY_CONTACT or f"mailto:{settings.CONTACT_EMAIL}"


@require_GET
def security_txt(request):
    lines = [
        f"Contact: {contact()}",
        f"Expires: {expires()}",
        f"Preferred-Languages: {', '.join(code for code, _name in settings.LANGUAGES)}",
        f"Canonical: https://{request.get_host()}{reverse('security-txt')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
