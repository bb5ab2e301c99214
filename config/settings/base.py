"""Settings shared by every environment; each value can come from the environment."""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "cms.cache",
    "community.members",
    "community.moderation",
    "community.materials",
    "community.discussions",
    "community.comments",
    "search",
    "directory",
    "directory.imports",
    "directory.claims",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
]

MIDDLEWARE = [
    # First, so that every answer has the policy: also the error pages of the middleware below
    # (400 for a host not allowed, 500 when one of them fails), which never reach the later ones.
    "config.middleware.ContentSecurityPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions: a stored page is served without loading a session or the database.
    "cms.cache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Sends staff without 2FA to set it up, and members to accept changed terms.
    "community.members.middleware.MemberRequirementsMiddleware",
    # Last, as django-axes asks: it turns a lockout raised during login into its response.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out address is refused before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
            ],
            # Filters for text in several languages, from core (which is no app).
            "libraries": {"text_languages": "core.template_text", "charts": "core.charts"},
        },
    },
]

# SQLite next to the code unless DATABASE_URL says otherwise (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The planner's cost of a random read; PostgreSQL's default (4) is for spinning disks and
    # makes it scan the whole search index for common words instead of using its GIN index
    # (bench/README.md, "Search latency"). 1.1 suits SSDs; set 4 on spinning disks.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c random_page_cost={os.environ.get('DATABASE_RANDOM_PAGE_COST', '1.1')}"
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the task worker share the file: readers need not wait for a writer
    # (WAL), a writer waits for its turn instead of failing with "database is locked", and a
    # commit does not wait for the disk (a power cut may undo the last ones, never corrupt it).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        transaction_mode="IMMEDIATE",
        timeout=20,
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Full-page cache for anonymous readers (cms.cache): PAGE_CACHE=0/off/false turns it off.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))
PAGE_CACHE_ALIAS = "pages"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "praktika",
            "TIMEOUT": 600,
        },
        # Shared by every worker, so a purge reaches them all.
        "pages": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "praktika-pages",
            "TIMEOUT": PAGE_CACHE_TIMEOUT,
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # One per process: a purge reaches only the process that made the change.
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "praktika-pages",
            "TIMEOUT": PAGE_CACHE_TIMEOUT,
            "OPTIONS": {"MAX_ENTRIES": 1000},
        },
    }

# Background tasks (core/tasks.py; the worker: docs/deployment.md, "Background worker").
# "database": a queue in the database (django-tasks-db), written in the same transaction as the
# change that asks for the work; "rq": a Redis queue on REDIS_URL (Redis must then persist);
# "immediate": no worker, tasks run inside the request that enqueues them.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database")
if TASKS_BACKEND == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
elif TASKS_BACKEND == "rq" and REDIS_URL:
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 600}}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
elif TASKS_BACKEND == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
else:
    raise ImproperlyConfigured(
        "TASKS_BACKEND is database (the default), rq (with REDIS_URL set) or immediate."
    )

AUTH_PASSWORD_VALIDATORS = [
    # Django's, naming "your email address or your name" rather than a user name nobody chose.
    {"NAME": "community.members.passwords.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Bulgarian first and default; URLs are always prefixed (/bg/, /en/, /ro/).
LANGUAGE_CODE = "bg"
# One date format per language, months in lower case in Bulgarian and Romanian.
FORMAT_MODULE_PATH = ["config.formats"]
LANGUAGES = [
    ("bg", "Български"),
    ("en", "English"),
    ("ro", "Română"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Sofia"

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# Seconds an SMTP connection may hang before the task worker gives up and retries later.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Praktika <noreply@praktika.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where contact-form messages go when the form page names no recipient.
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", "contact@praktika.local")
# /.well-known/security.txt (config/wellknown.py): where to report a vulnerability, as a URI
# (mailto:…, https://…; empty: mailto: CONTACT_EMAIL), and until when the file holds (RFC 3339;
# empty: a year from the day it is read).
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "")
SECURITY_TXT_EXPIRES = os.environ.get("SECURITY_TXT_EXPIRES", "")

# Wagtail
WAGTAIL_SITE_NAME = "Praktika"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents are streamed through Django so that downloads are counted and permissions apply.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# No third-party avatar requests: they would leak editors' email hashes and break under CSP.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Production servers have no business calling out to releases.wagtail.org from editors' browsers.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Our own analysis (search.analysis) stems, folds and transliterates before the backend sees the
# text, so PostgreSQL must not stem again: its "simple" configuration only lower-cases.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "simple"}
}

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "praktika_"),
            "TIMEOUT": 10,
            "OPTIONS": {},
        }
    }

WAGTAILLOCALIZE_JQUERY_FOR_MODELADMIN = False
# Machine translation is off unless configured: see docs/translation.md.
if os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
    }

# Content-Security-Policy: strict for the public site (scripts only from us, with nonces);
# the Wagtail admin needs inline scripts and styles, so it gets a looser policy.
# The map's background tiles: any XYZ tile server (see docs/deployment.md). Without tiles (an
# empty URL, or a server that cannot be reached) the map still shows its markers and list.
DIRECTORY_TILES = {
    "url": os.environ.get("DIRECTORY_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
    "attribution": os.environ.get(
        "DIRECTORY_TILE_ATTRIBUTION",
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    ),
    "max_zoom": int(os.environ.get("DIRECTORY_TILE_MAX_ZOOM", "19")),
}
# The tile server's origin for the Content-Security-Policy ("{s}." subdomains become "*.").
_tiles = urlsplit(DIRECTORY_TILES["url"].replace("{s}.", "*."))
DIRECTORY_TILE_ORIGIN = f"{_tiles.scheme}://{_tiles.netloc}" if _tiles.netloc else ""

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *([DIRECTORY_TILE_ORIGIN] if DIRECTORY_TILE_ORIGIN else [])],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", "https:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https:"],
        "frame-ancestors": ["'self'"],
        "object-src": ["'none'"],
    }
}
ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Choices shown everywhere a professional audience is named.
PRAKTIKA_SITE_TAGLINE = _("Community of practice for the helping professions")

# Community (community/*): limits an operator may want to change without a release.
COMMUNITY_UPLOAD_MAX_BYTES = int(os.environ.get("COMMUNITY_UPLOAD_MAX_BYTES", 20 * 1024 * 1024))
COMMUNITY_MEMBER_QUOTA_BYTES = int(
    os.environ.get("COMMUNITY_MEMBER_QUOTA_BYTES", 200 * 1024 * 1024)
)
COMMUNITY_IMAGE_MAX_PIXELS = int(os.environ.get("COMMUNITY_IMAGE_MAX_PIXELS", 40_000_000))
# Private files (members' materials) live outside MEDIA_ROOT and are only served by a view.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private"))
# A member counts as new for this many seconds after joining (rate limits, first-post review).
COMMUNITY_NEW_MEMBER_PERIOD = int(os.environ.get("COMMUNITY_NEW_MEMBER_PERIOD", 24 * 3600))
# Materials of a member wait for a moderator until this many of theirs have been approved.
COMMUNITY_MATERIALS_BEFORE_TRUST = int(os.environ.get("COMMUNITY_MATERIALS_BEFORE_TRUST", 2))
COMMUNITY_FLAGS_TO_HIDE = int(os.environ.get("COMMUNITY_FLAGS_TO_HIDE", 3))
# Who is a moderator, for core.access (which may not import community.moderation).
COMMUNITY_MODERATOR_PERMISSION = "moderation.moderate_community"
# (count, seconds): at most `count` in any `seconds`. "new": new members; "all": everyone.
COMMUNITY_RATE_LIMITS = {
    "thread": {"new": [(1, 120)], "all": [(1, 30), (20, 24 * 3600)]},
    "reply": {"new": [(10, 24 * 3600)], "all": [(1, 10), (200, 24 * 3600)]},
    "comment": {"new": [(10, 24 * 3600)], "all": [(1, 10), (100, 24 * 3600)]},
    "material": {"new": [(3, 24 * 3600)], "all": [(30, 24 * 3600)]},
    "flag": {"all": [(30, 24 * 3600)]},
}
# Version of the terms of use and privacy policy; members are asked again when it changes.
COMMUNITY_TERMS_VERSION = os.environ.get("COMMUNITY_TERMS_VERSION", "2026-11")
# A member's data export and account deletion ask each of these modules (export, files,
# erase; community/members/data.py), so an app outside community joins without an import.
PERSONAL_DATA_MODULES = [
    "community.members.personal_data",
    "community.materials.personal_data",
    "community.discussions.personal_data",
    "community.comments.personal_data",
    "community.moderation.personal_data",
    "directory.claims.personal_data",
]

# Accounts (django-allauth, community.members): log in by email address, verified email.
LOGIN_URL = "account_login"
# One login for everyone: Wagtail's admin and restricted pages send readers to allauth's, which
# checks the verified email, the authenticator code, the lockout and the terms
# (community/members/views/login.py also answers Wagtail's own login URLs).
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
# Forgotten passwords are reset through allauth too (one flow, one set of emails).
WAGTAIL_PASSWORD_RESET_ENABLED = False
# A password-protected page asks in the site's own layout, and says when it must wait.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "cms/password_required.html"
# Page passwords: 5 wrong ones for a restriction from one address make it wait 15 minutes.
PAGE_PASSWORD_FAILURE_LIMIT = 5
PAGE_PASSWORD_COOLOFF = timedelta(minutes=15)
LOGIN_REDIRECT_URL = "members:me"
# A new member's first login (on confirming the address) lands on the "get started" page.
ACCOUNT_SIGNUP_REDIRECT_URL = "members:welcome"
ACCOUNT_ADAPTER = "community.members.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "community.members.forms.LoginForm",
    "signup": "community.members.forms.SignupForm",
}
# Members know their address; the user name is made up by the site and never shown.
ACCOUNT_LOGIN_METHODS = {"email"}
# allauth names the member ("Successfully signed in as …") by the name they chose, not the
# user name the site made up for them.
ACCOUNT_USER_DISPLAY = "community.members.standing.display_name"
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
# Only in the browser session that signed up (or tried to log in), within ACCOUNT_LOGIN_TIMEOUT,
# and through the login's remaining steps (the authenticator code): allauth's own rule. A link
# opened elsewhere confirms the address and asks for the password (AccountAdapter).
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# Failed logins are counted by django-axes (below), not by allauth's own limiter.
ACCOUNT_RATE_LIMITS = {"login_failed": None}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Praktika"
# Staff (editors, moderators, admins) must use an authenticator app; on by default in production.
COMMUNITY_REQUIRE_2FA_FOR_STAFF = env_bool("COMMUNITY_REQUIRE_2FA_FOR_STAFF", False)
COMMUNITY_AVATAR_MAX_BYTES = int(os.environ.get("COMMUNITY_AVATAR_MAX_BYTES", 2 * 1024 * 1024))
COMMUNITY_MEMBERS_PAGE_SIZE = 24

# django-axes: 5 failures for one account from one address lock it there for 15 minutes.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account/lockout.html"
AXES_USERNAME_CALLABLE = "community.members.lockout.username_from_credentials"
# X-Forwarded-For is forgeable: only trusted with TRUSTED_PROXY_COUNT set (behind a proxy).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
if TRUSTED_PROXY_COUNT:
    AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)

# Malware scanning of members' uploads by ClamAV's clamd (core.malware, docs/deployment.md):
# off unless CLAMAV_SOCKET (a Unix socket) or CLAMAV_HOST is set; CLAMAV_PORT alone means
# 127.0.0.1. Fail-closed: an unreachable scanner refuses uploads unless CLAMAV_FAIL_OPEN.
CLAMAV_SOCKET = os.environ.get("CLAMAV_SOCKET", "")
CLAMAV_HOST = os.environ.get("CLAMAV_HOST") or (
    "127.0.0.1" if os.environ.get("CLAMAV_PORT") else ""
)
CLAMAV_PORT = int(os.environ.get("CLAMAV_PORT") or 3310)
CLAMAV_TIMEOUT = float(os.environ.get("CLAMAV_TIMEOUT") or 30)
CLAMAV_FAIL_OPEN = env_bool("CLAMAV_FAIL_OPEN", False)
