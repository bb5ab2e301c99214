"""The promises the settings make: production refuses to start insecurely, passes Django's
deployment checks, sends the right Content-Security-Policy, and the optional services
(Redis, Elasticsearch) are switched on by their environment variables alone.

Settings modules read the environment when they are imported, so those tests import them in a
subprocess with an environment they control.
"""

import json
import os
import re
import subprocess
import sys
from io import StringIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Site

import pytest

DUMMY_SECRET_KEY = "x7!dummy-production-key-for-the-settings-tests-only-0123456789abcdef"
# Variables the settings read; the subprocesses start without any of them unless a test says so.
SETTINGS_VARIABLES = {
    "DJANGO_SETTINGS_MODULE",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DEBUG",
    "DATABASE_URL",
    "REDIS_URL",
    "TASKS_BACKEND",
    "ELASTICSEARCH_URL",
    "ELASTICSEARCH_INDEX_PREFIX",
    "DEEPL_AUTH_KEY",
}


def run_python(code, settings_module, **env):
    """Run `code` in a fresh interpreter with the given settings module and environment."""
    environment = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    environment.update(env, DJANGO_SETTINGS_MODULE=settings_module)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def setting_values(settings_module, code, **env):
    """The JSON a settings-reading snippet prints, after django.setup()."""
    result = run_python(
        "import json, django; django.setup()\nfrom django.conf import settings\n" + code,
        settings_module,
        **env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def parse_policy(header):
    """{'script-src': {"'self'", ...}, ...} from a Content-Security-Policy header."""
    policy = {}
    for directive in header.split(";"):
        name, *values = directive.split()
        policy[name] = set(values)
    return policy


def without_nonces(policy):
    return {
        name: {v for v in values if not v.startswith("'nonce-")} for name, values in policy.items()
    }


def as_sets(directives):
    return {name: set(values) for name, values in directives.items()}


# --- production refuses to start insecurely -----------------------------------------------

IMPORT_PRODUCTION = "import config.settings.production"


@pytest.mark.parametrize(
    "secret_key",
    [None, "", "dev-only-insecure-key-do-not-use-in-production", "changeme", "too-short-a-key"],
    ids=["unset", "empty", "dev-default", "changeme", "short"],
)
def test_production_refuses_a_default_or_weak_secret_key(secret_key):
    env = {"ALLOWED_HOSTS": "praktika.example.org"}
    if secret_key is not None:
        env["SECRET_KEY"] = secret_key
    result = run_python(IMPORT_PRODUCTION, "config.settings.production", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


@pytest.mark.parametrize("allowed_hosts", [None, "", " , "], ids=["unset", "empty", "blank"])
def test_production_refuses_to_start_without_allowed_hosts(allowed_hosts):
    env = {"SECRET_KEY": DUMMY_SECRET_KEY}
    if allowed_hosts is not None:
        env["ALLOWED_HOSTS"] = allowed_hosts
    result = run_python(IMPORT_PRODUCTION, "config.settings.production", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_starts_with_a_real_key_and_hosts():
    values = setting_values(
        "config.settings.production",
        "print(json.dumps([settings.DEBUG, settings.ALLOWED_HOSTS]))",
        SECRET_KEY=DUMMY_SECRET_KEY,
        ALLOWED_HOSTS="praktika.example.org, www.praktika.example.org",
    )
    assert values == [False, ["praktika.example.org", "www.praktika.example.org"]]


def test_production_passes_the_deployment_checks():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env={
            **{k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES},
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": DUMMY_SECRET_KEY,
            "ALLOWED_HOSTS": "praktika.example.org",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


# --- Content-Security-Policy --------------------------------------------------------------


@pytest.mark.django_db
def test_public_pages_get_the_strict_policy(client):
    page = Site.objects.get(is_default_site=True).root_page.specific
    response = client.get(page.url)
    assert response.status_code == 200

    policy = parse_policy(response["Content-Security-Policy"])
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert without_nonces(policy) == as_sets(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])


@pytest.mark.django_db
def test_the_admin_gets_the_admin_policy(client, superuser):
    client.force_login(superuser, backend="django.contrib.auth.backends.ModelBackend")
    response = client.get("/admin/")
    assert response.status_code == 200

    policy = parse_policy(response["Content-Security-Policy"])
    assert policy == as_sets(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
    # A nonce would make browsers ignore 'unsafe-inline', and the admin's inline scripts with it.
    assert not any(value.startswith("'nonce-") for value in policy["script-src"])


# --- optional services --------------------------------------------------------------------

CACHE_BACKEND = (
    "from django.core.cache import caches\n"
    "cache = caches['default']\n"
    "print(json.dumps([type(cache).__module__, settings.CACHES['default'].get('LOCATION')]))"
)


@pytest.mark.parametrize("settings_module", ["config.settings.dev", "config.settings.production"])
def test_redis_url_switches_the_cache_to_redis(settings_module):
    env = {"SECRET_KEY": DUMMY_SECRET_KEY, "ALLOWED_HOSTS": "praktika.example.org"}
    url = "redis://127.0.0.1:6379/3"

    assert setting_values(settings_module, CACHE_BACKEND, REDIS_URL=url, **env) == [
        "django_redis.cache",
        url,
    ]
    without = setting_values(settings_module, CACHE_BACKEND, **env)
    assert without[0] == "django.core.cache.backends.locmem"


TASK_QUEUE = (
    "import json, config.settings.production as s\n"
    "print(json.dumps([s.TASKS['default']['BACKEND'], getattr(s, 'RQ_QUEUES', None)]))"
)


def test_tasks_wait_in_the_database_unless_redis_is_chosen():
    env = {"SECRET_KEY": DUMMY_SECRET_KEY, "ALLOWED_HOSTS": "praktika.example.org"}
    url = "redis://127.0.0.1:6379/3"
    production = "config.settings.production"

    def queue(**variables):
        result = run_python(TASK_QUEUE, production, **env, **variables)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    assert queue(REDIS_URL=url) == ["django_tasks_db.DatabaseBackend", None]
    assert queue(TASKS_BACKEND="rq", REDIS_URL=url) == [
        "django_tasks_rq.RQBackend",
        {"default": {"URL": url, "DEFAULT_TIMEOUT": 600}},
    ]
    refused = run_python(IMPORT_PRODUCTION, production, TASKS_BACKEND="rq", **env)
    assert refused.returncode != 0 and "TASKS_BACKEND" in refused.stderr


SEARCH_BACKEND = (
    "from wagtail.search.backends import get_search_backend\n"
    "backend = get_search_backend()\n"
    "print(json.dumps([settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'],"
    " type(backend).__name__, getattr(backend, 'hosts', None),"
    " getattr(backend, 'index_prefix', None)]))"
)


def test_elasticsearch_url_switches_search_to_elasticsearch8():
    backend, backend_class, hosts, prefix = setting_values(
        "config.settings.dev", SEARCH_BACKEND, ELASTICSEARCH_URL="http://search.internal:9200"
    )
    assert prefix == "praktika_"
    assert backend == "search.backends.elasticsearch"
    assert backend_class == "PraktikaSearchBackend"
    assert [(host["host"], host["port"]) for host in hosts] == [("search.internal", 9200)]

    backend, backend_class, _hosts, _prefix = setting_values("config.settings.dev", SEARCH_BACKEND)
    assert backend == "search.backends.database"


# --- ensure_admin -------------------------------------------------------------------------


def ensure_admin(*args):
    out = StringIO()
    call_command("ensure_admin", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def printed_password(output):
    match = re.search(r"^\s*Password ++(?!\()(.+)$", output, re.MULTILINE)
    return match.group(1) if match else None


@pytest.fixture
def admin_env(monkeypatch):
    for name in ("ADMIN_USERNAME", "ADMIN_PASSWORD", "ADMIN_EMAIL"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.django_db
def test_ensure_admin_creates_the_account_once(admin_env):
    User = get_user_model()

    output = ensure_admin()
    password = printed_password(output)
    user = User.objects.get(username="admin")
    assert user.is_superuser and user.is_staff and user.is_active
    assert password and user.check_password(password)
    assert "http://testserver/admin/" in output

    output = ensure_admin()
    assert User.objects.filter(username="admin").count() == 1
    assert User.objects.get(username="admin").check_password(password)
    assert "unchanged" in output


@pytest.mark.django_db
def test_ensure_admin_takes_the_account_from_the_environment(admin_env):
    admin_env.setenv("ADMIN_USERNAME", "redaktor")
    admin_env.setenv("ADMIN_PASSWORD", "a long enough passphrase")
    admin_env.setenv("ADMIN_EMAIL", "redaktor@example.org")

    output = ensure_admin()

    user = get_user_model().objects.get(username="redaktor")
    assert user.email == "redaktor@example.org"
    assert user.is_superuser
    assert user.check_password("a long enough passphrase")
    assert printed_password(output) == "a long enough passphrase"


@pytest.mark.django_db
def test_ensure_admin_keeps_an_existing_password_unless_told(admin_env):
    User = get_user_model()
    User.objects.create_superuser("admin", "admin@example.org", "chosen by the editor")

    ensure_admin()
    assert User.objects.get(username="admin").check_password("chosen by the editor")

    admin_env.setenv("ADMIN_PASSWORD", "reset from the environment")
    ensure_admin()
    user = User.objects.get(username="admin")
    assert user.check_password("reset from the environment")
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_ensure_admin_shows_a_remembered_password_while_it_is_valid(admin_env, tmp_path):
    password_file = tmp_path / "admin-password"

    first = printed_password(ensure_admin("--password-file", str(password_file)))
    assert password_file.read_text().strip() == first
    assert password_file.stat().st_mode & 0o077 == 0
    assert printed_password(ensure_admin("--password-file", str(password_file))) == first

    user = get_user_model().objects.get(username="admin")
    user.set_password("changed in the admin")
    user.save()
    assert printed_password(ensure_admin("--password-file", str(password_file))) is None
