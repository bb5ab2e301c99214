"""/.well-known/security.txt, and the Content-Security-Policy on every error page.

The module is also the URLconf of the error tests: views that fail in the ways a real one
can, in front of the site's own URLs.
"""

import datetime

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import path, reverse

import pytest

from config.urls import urlpatterns as site_urlpatterns
from tests.test_settings import parse_policy, setting_values, without_nonces

URL = "/.well-known/security.txt"


def fields(response):
    """{name: [values]} of a security.txt, after checking that every line is a field."""
    found = {}
    for line in response.content.decode().splitlines():
        name, separator, value = line.partition(": ")
        assert separator and name and value.strip() == value, line
        found.setdefault(name, []).append(value)
    return found


# --- security.txt -------------------------------------------------------------------------


def test_security_txt(client, db):
    response = client.get(URL, HTTP_HOST="praktika.example.org")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    found = fields(response)
    assert found["Contact"] == [f"mailto:{settings.CONTACT_EMAIL}"]
    assert found["Preferred-Languages"] == ["bg, en, ro"]
    assert found["Canonical"] == ["https://praktika.example.org/.well-known/security.txt"]
    [expires] = found["Expires"]
    assert expires.endswith("Z")
    expires = datetime.datetime.fromisoformat(expires)
    now = datetime.datetime.now(datetime.UTC)
    # RFC 9116: in the future, and less than a year ahead is recommended.
    assert now + datetime.timedelta(days=364) < expires < now + datetime.timedelta(days=365)


def test_security_txt_is_outside_the_language_prefixes(client, db):
    assert reverse("security-txt") == URL
    assert client.get(f"/bg{URL}").status_code == 404


def test_contact_and_expiry_from_the_settings(client, db, settings):
    settings.SECURITY_CONTACT = "https://praktika.example.org/security"
    settings.SECURITY_TXT_EXPIRES = "2031-01-01T00:00:00Z"
    found = fields(client.get(URL))
    assert found["Contact"] == ["https://praktika.example.org/security"]
    assert found["Expires"] == ["2031-01-01T00:00:00Z"]


def test_contact_and_expiry_from_the_environment():
    code = "print(json.dumps([settings.SECURITY_CONTACT, settings.SECURITY_TXT_EXPIRES]))"
    assert setting_values(
        "config.settings.dev",
        code,
        SECURITY_CONTACT="mailto:security@praktika.example.org",
        SECURITY_TXT_EXPIRES="2031-01-01T00:00:00Z",
    ) == ["mailto:security@praktika.example.org", "2031-01-01T00:00:00Z"]


def test_security_txt_in_the_page_cache(client, db, settings):
    """Stored like any anonymous answer: each host with its own Canonical, and intact."""
    settings.PAGE_CACHE_ENABLED = True
    caches["pages"].clear()
    first = client.get(URL, HTTP_HOST="praktika.example.org")
    second = client.get(URL, HTTP_HOST="praktika.example.org")
    other = client.get(URL, HTTP_HOST="praktika.example.ro")
    caches["pages"].clear()
    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
    assert second.content == first.content
    assert second["Content-Type"] == "text/plain; charset=utf-8"
    assert fields(other)["Canonical"] == ["https://praktika.example.ro/.well-known/security.txt"]


# --- the policy on error pages ------------------------------------------------------------


def boom(request):
    raise RuntimeError("A view that fails")


def forbidden(request):
    raise PermissionDenied


class BrokenMiddleware:
    """Fails as a middleware may (a session or cache store that is down)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raise RuntimeError("A middleware that fails")


urlpatterns = [
    path("boom/", boom),
    path("forbidden/", forbidden),
    *site_urlpatterns,
]


@pytest.fixture
def errors(settings, db):
    """A client that gets the error pages instead of exceptions, with this URLconf."""
    settings.ROOT_URLCONF = __name__
    return Client(raise_request_exception=False)


def assert_strict_policy(response, status):
    assert response.status_code == status
    assert "Content-Security-Policy" in response, f"no policy on the {status}"
    policy = without_nonces(parse_policy(response["Content-Security-Policy"]))
    expected = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    assert policy == {name: set(values) for name, values in expected.items()}


@pytest.mark.parametrize("debug", [False, True])
def test_400_for_a_host_not_allowed(errors, settings, debug):
    settings.DEBUG = debug
    settings.ALLOWED_HOSTS = ["praktika.example.org"]
    assert_strict_policy(errors.get("/bg/", HTTP_HOST="attacker.example"), 400)


@pytest.mark.parametrize("debug", [False, True])
def test_403_from_a_view(errors, settings, debug):
    settings.DEBUG = debug
    assert_strict_policy(errors.get("/forbidden/"), 403)


@pytest.mark.parametrize("debug", [False, True])
def test_403_for_a_missing_csrf_token(errors, settings, debug):
    settings.DEBUG = debug
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    assert_strict_policy(client.post("/en/accounts/login/", {"login": "someone"}), 403)


@pytest.mark.parametrize("language", ["bg", "en", "ro"])
def test_404_in_each_language(errors, language):
    response = errors.get(f"/{language}/no-such-page/")
    assert_strict_policy(response, 404)
    assert f'lang="{language}"' in response.content.decode()


def test_404_outside_the_language_prefixes(errors):
    assert_strict_policy(errors.get("/no-such-file.php"), 404)


def test_404_in_the_admin(errors, superuser):
    """The admin's unknown addresses are sent on to the site's 404 (LocaleMiddleware)."""
    errors.force_login(superuser, backend="django.contrib.auth.backends.ModelBackend")
    response = errors.get("/admin/no-such-screen/", follow=True)
    assert_strict_policy(response, 404)


def test_500_from_a_view(errors):
    assert_strict_policy(errors.get("/boom/"), 500)


def test_500_from_a_middleware(errors, settings):
    middleware = list(settings.MIDDLEWARE)
    middleware.insert(
        middleware.index("django.middleware.security.SecurityMiddleware") + 1,
        f"{__name__}.BrokenMiddleware",
    )
    settings.MIDDLEWARE = middleware
    assert_strict_policy(errors.get("/bg/"), 500)


def test_debug_404_and_500_pages_are_left_to_django(errors, settings):
    """django-csp leaves Django's technical 404 and 500 pages (DEBUG only) without a policy:
    their inline styles and scripts would be blocked."""
    settings.DEBUG = True
    assert "Content-Security-Policy" not in errors.get("/boom/")
    assert "Content-Security-Policy" not in errors.get("/bg/no-such-page/")
