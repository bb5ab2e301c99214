"""Odd input gets an answer, never a server error.

Ids beyond what the database's integer columns hold reach every URL that takes an id;
a login name of 60,000 characters reaches every login-like form.
"""

import itertools
import re

from django.conf import settings
from django.contrib.auth import authenticate
from django.test import Client
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve
from django.urls.resolvers import LocalePrefixPattern, RoutePattern
from django.utils.regex_helper import normalize

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from bs4 import BeautifulSoup

from community.members.lockout import username_from_credentials
from tests.community.conftest import make_member

HUGE_IDS = (str(2**64), str(2**63), str(10**30))

# Values for the parameters that are not ids, so that a request gets as far as the lookup.
SAMPLES = {
    "action": ["approve", "warn", "reject"],
    "action_name": ["approve"],
    "app_label": ["cms"],
    "app_name": ["cms"],
    "content_type_app_name": ["cms"],
    "content_type_model_name": ["articlepage"],
    "filter_spec": ["original"],
    "language": ["bg"],
    "mode": ["form"],
    "model_name": ["organisation"],
    "slug": ["x"],
    "target_type": ["cms.articlepage", "materials.practicematerial", "discussions.post"],
    "_1": ["file.pdf"],  # the file name in Wagtail's /documents/<id>/<name>
}
# Signed tokens and keys: not ids, and a URL with them is not built.
NOT_BUILT = {"token", "key", "uidb36", "uidb64"}
# Ids taken as strings (`<str:pk>`); any `<int:...>` or `<id:...>` is an id too, and so is
# a regular expression's group that takes only digits.
STR_IDS = {"pk", "object_id", "record_key"}
ROUTE_PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def _parts(pattern):
    """One pattern as (format, {name: True if an id, False if not, None if unknown})."""
    if isinstance(pattern, LocalePrefixPattern):
        return f"{settings.LANGUAGE_CODE}/", {}
    if isinstance(pattern, RoutePattern):
        route = str(pattern._route)
        parameters = {
            match["name"]: match["converter"] in ("int", "id") or match["name"] in STR_IDS
            for match in ROUTE_PARAMETER.finditer(route)
        }
        return ROUTE_PARAMETER.sub(lambda match: f"%({match['name']})s", route), parameters
    form, names = normalize(pattern._regex)[0]
    return form, dict.fromkeys(names)


def _patterns(patterns=None, prefix=("", {})):
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        form, parameters = _parts(entry.pattern)
        combined = (prefix[0] + form, {**prefix[1], **parameters})
        if isinstance(entry, URLResolver):
            yield from _patterns(entry.url_patterns, combined)
        elif isinstance(entry, URLPattern):
            yield entry, combined


def _resolves_to(entry, url):
    try:
        return resolve(url).func == entry.callback
    except Resolver404:
        return False


def _takes_only_digits(entry, form, parameters, name):
    values = {other: SAMPLES.get(other, ["1"])[0] for other in parameters}
    return _resolves_to(entry, "/" + form % {**values, name: "1"}) and not _resolves_to(
        entry, "/" + form % {**values, name: "a"}
    )


def _urls_with_ids():
    """pytest params (pattern, [(URL with "{id}" for each id, the URL with id 1)])."""
    found = {}
    for entry, (form, parameters) in _patterns():
        if set(parameters) & NOT_BUILT:
            continue
        ids = [
            name
            for name, is_id in parameters.items()
            if is_id or (is_id is None and _takes_only_digits(entry, form, parameters, name))
        ]
        if not ids:
            continue
        others = [name for name in parameters if name not in ids]
        urls = []
        for values in itertools.product(*(SAMPLES.get(name, ["x"]) for name in others)):
            url = "/" + form % {
                **dict(zip(others, values, strict=True)),
                **dict.fromkeys(ids, "{id}"),
            }
            urls.append((url, url.replace("{id}", "1")))
        found.setdefault(urls[0][0], (entry, urls))  # the first one is the one that answers
    return [pytest.param(entry, urls, id=key) for key, (entry, urls) in found.items()]


URLS_WITH_IDS = _urls_with_ids()


def test_every_url_with_an_id_is_covered():
    """The whole URLconf is walked: our URLs, Wagtail's admin, documents and page passwords.

    (allauth's URLs take signed keys, not ids.)
    """
    urls = {param.values[1][0][0] for param in URLS_WITH_IDS}
    expected = [
        "/bg/calendar/event/{id}.ics",
        "/bg/downloads/publication/{id}/bg/",
        "/bg/members/{id}/",
        "/bg/materials/{id}/download/",
        "/bg/discussions/p/{id}/edit/",
        "/bg/comments/{id}/edit/",
        "/bg/moderation/flag/cms.articlepage/{id}/",
        "/bg/directory/claims/proposals/{id}/",
        "/bg/directory/api/providers/{id}/",
        "/documents/{id}/file.pdf",
        "/admin/pages/{id}/edit/",
        "/admin/snippets/cms/organisation/edit/{id}/",
        "/admin/images/chooser/chosen/{id}/",
        "/bg/_util/authenticate_with_password/{id}/{id}/",
    ]
    assert [url for url in expected if url not in urls] == []
    assert len(URLS_WITH_IDS) > 150


@pytest.fixture
def staff_client(db):
    superuser = make_member("root_admin")
    superuser.is_staff = superuser.is_superuser = True
    superuser.save(update_fields=["is_staff", "is_superuser"])
    client = Client(raise_request_exception=False)
    client.force_login(superuser, backend="django.contrib.auth.backends.ModelBackend")
    return client


REQUESTS = [("staff", "get"), ("staff", "post"), ("anonymous", "get")]


@pytest.mark.parametrize(("entry", "urls"), URLS_WITH_IDS)
def test_huge_ids_are_not_found(entry, urls, staff_client):
    """No server error as staff (who get furthest) or anonymously (who may be sent to log in).

    Staff get 404, or 405 for the wrong method; a 404 outside the language prefixes (the
    admin) comes as LocaleMiddleware's redirect to the same path under /bg/.
    """
    clients = {"staff": staff_client, "anonymous": Client(raise_request_exception=False)}
    answers = {}
    for url, with_small_id in urls:
        assert _resolves_to(entry, with_small_id), with_small_id
        for huge, (who, method) in itertools.product(HUGE_IDS, REQUESTS):
            response = getattr(clients[who], method)(url.replace("{id}", huge))
            answers[f"{method.upper()} {url.replace('{id}', huge)} as {who}"] = response.status_code
    assert [answer for answer, status in answers.items() if status >= 500] == []


def test_the_largest_id_reaches_the_view(staff_client):
    """<id:...> refuses only what no id column holds: 2**63 - 1 is looked up (and not found)."""
    resolved = resolve(f"/bg/members/{2**63 - 1}/")
    assert resolved.kwargs == {"pk": 2**63 - 1}
    # One more matches no URL of ours: Wagtail looks for a page at that path.
    assert resolve(f"/bg/members/{2**63}/").url_name == "wagtail_serve"
    assert staff_client.get(f"/bg/members/{2**63 - 1}/").status_code == 404


# A login name of 60,000 characters ---------------------------------------------------------

LONG = "a" * 60_000


def form_errors(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.get_text(" ", strip=True)


@pytest.mark.parametrize("login", [LONG, LONG + "@praktika.test", "@" + LONG])
def test_a_long_login_name_gets_a_form_error(db, login):
    client = Client(raise_request_exception=False)
    response = client.post("/en/accounts/login/", {"login": login, "password": "a-password"})
    assert response.status_code == 200
    assert "Ensure this value has at most 254 characters (it has" in form_errors(response)
    assert not AccessAttempt.objects.exists()


def test_the_error_is_in_bulgarian(db):
    response = Client().post("/bg/accounts/login/", {"login": LONG, "password": "a-password"})
    assert response.status_code == 200
    assert "най-много 254 знака (тя има 60000)" in form_errors(response)


def test_the_login_field_says_its_limit_to_the_browser(db):
    soup = BeautifulSoup(Client().get("/en/accounts/login/").content, "html.parser")
    assert soup.find("input", attrs={"name": "login"})["maxlength"] == "254"


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/en/accounts/signup/", {"email": LONG + "@praktika.test", "display_name": LONG}),
        ("/en/accounts/signup/", {"email": "new@praktika.test", "display_name": LONG}),
        ("/en/accounts/password/reset/", {"email": LONG + "@praktika.test"}),
        ("/admin/login/", {"username": LONG, "password": "a-password"}),
        ("/admin/password_reset/", {"email": LONG + "@praktika.test"}),
    ],
)
def test_other_account_forms_answer_a_long_name(db, url, data):
    data = {"password1": "a-long-test-password", "password2": "a-long-test-password", **data}
    response = Client(raise_request_exception=False).post(url, data)
    assert response.status_code < 500
    if response.status_code == 200:  # the form again, saying how long the name was
        assert re.search(r"\b600\d\d\b", form_errors(response))


@pytest.mark.parametrize("name", [LONG, LONG + "@praktika.test"])
def test_axes_records_a_long_name_cut_to_its_column(db, rf, settings, name):
    """A failed login that reaches django-axes (any door but allauth's form) is recorded."""
    settings.AXES_ENABLE_ACCESS_FAILURE_LOG = True
    request = rf.post("/en/accounts/login/", {"login": name}, REMOTE_ADDR="10.0.0.1")
    assert authenticate(request, username=name, password="a-password") is None
    attempt = AccessAttempt.objects.get()
    assert attempt.username == name[:255]
    assert AccessFailureLog.objects.get().username == name[:255]
    assert username_from_credentials(request, {"username": name}) == name[:255]
