"""One settings module, driven by environment variables (see README "Configuration").

Production is the default: DEBUG is off unless DJANGO_DEBUG says otherwise, and then a real
DJANGO_SECRET_KEY is required. The embedded SQLite database is used unless DATABASE_URL is set.
"""

import ipaddress
import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off "
            "(set DJANGO_DEBUG=1 for local development)."
        )
    SECRET_KEY = "insecure-local-development-key"  # never a random per-process key

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
# Every absolute URL (hreflang, sitemap, robots.txt, exports, calendars, HTTPS redirects) uses
# this origin, never the request's Host header (bedigital/origin.py).
SITE_URL = os.environ.get("DJANGO_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
_site = urlsplit(SITE_URL)
if _site.scheme not in {"http", "https"} or not _site.hostname or any(_site[2:]):  # no path
    raise ImproperlyConfigured(
        f"DJANGO_SITE_URL must be an origin such as https://www.example.be, not {SITE_URL!r}."
    )

INSTALLED_APPS = [
    "modeltranslation",  # must come before django.contrib.admin
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_filters",
    "reversion",  # history and restore of every admin change
    "import_export",  # CSV/XLSX import with preview, and export
    "csp",  # Content-Security-Policy header (its checks catch outdated settings)
    "axes",  # login throttling (bedigital/accounts.py)
    "django_prose_editor",  # the admin's rich-text editor and its assets (bedigital/richtext.py)
    "bedigital",  # the ground floor: shared models, vocabularies, i18n, admin base, search index
    "trainings",
    "initiatives",
    "testimonials",
    "bedigital.support",  # support and funding, "What can I get?", women entrepreneurs
    "bedigital.careers",  # occupations: trainings prepare for them, stories tell of them
    "bedigital.events",  # events that are not trainings (the agenda shows both)
    "bedigital.site",  # the roof: home, search page, partners, sitemaps, scale data
    "bedigital.alerts",  # the roof too: e-mail alerts for a catalogue search
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "bedigital.api.http.CorsMiddleware",  # any origin may read /api/
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "bedigital.middleware.StatementTimeoutMiddleware",  # before the first query of a request
    "bedigital.pagecache.PageCacheMiddleware",  # after Locale: keys carry the language
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",  # turns a locked-out login into the lockout page
]

ROOT_URLCONF = "bedigital.urls"
WSGI_APPLICATION = "bedigital.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "bedigital.context_processors.languages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # JIT compilation costs ~250 ms per catalogue query on 100k rows and buys nothing for
    # short web queries (measured in bench/pages.py): keep it off for this connection.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
    # A database that accepts connections and never answers must not hang the site: give up
    # connecting after a few seconds (psycopg would wait 130 s, past gunicorn's 30 s timeout).
    DATABASES["default"]["OPTIONS"]["connect_timeout"] = int(
        os.environ.get("DJANGO_DB_CONNECT_TIMEOUT", "3")
    )
else:
    # SQLite (the embedded demo) ignores an index's included columns (`training_soonest`'s
    # status, for PostgreSQL's index-only scans): nothing to warn about at every migrate.
    SILENCED_SYSTEM_CHECKS = ["models.W040"]
# Longest SQL statement of a request, in seconds (0: none): public pages answer fast or a 503;
# the admin (imports, bulk actions) may take longer. Commands (migrate, generate_scale_data)
# are not bounded. See bedigital/middleware.py.
DB_STATEMENT_TIMEOUT = float(os.environ.get("DJANGO_DB_STATEMENT_TIMEOUT", "5"))
DB_ADMIN_STATEMENT_TIMEOUT = float(os.environ.get("DJANGO_DB_ADMIN_STATEMENT_TIMEOUT", "25"))
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # SQLite has no row locks: a transaction takes the write lock as it begins, so a second
    # save of one item waits for the first and then sees it (bedigital/conflicts.py) instead
    # of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Pages for visitors (bedigital.pagecache): per process by default, since every entry is
# checked against the content version in the database; shared by all processes with Redis.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 2000},  # ~40 KB a page: at most ~80 MB per process
    },
}
if os.environ.get("REDIS_URL"):
    # DJANGO_CACHE_KEY_PREFIX lets several sites (or test runs) share one Redis database.
    CACHE_KEY_PREFIX = os.environ.get("DJANGO_CACHE_KEY_PREFIX", "")
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": f"{CACHE_KEY_PREFIX}{alias}",
        }
        for alias in ("default", "pages")
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (django-axes). Failures count per username *and* client address: one
# address guessing one editor's password is stopped after 5 tries for 15 minutes, yet cannot
# lock that editor (or everyone behind a shared address) out of her own connection, as a
# per-username or per-address lockout would. Tries during a lockout are refused without
# being counted, so the time shown on the lockout page holds; a success clears the count, and
# so does a password reset (the editor proved she owns the mailbox).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out login outright
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "bedigital.accounts.lockout_response"
AXES_CLIENT_IP_CALLABLE = "bedigital.accounts.client_ip"
AXES_DISABLE_ACCESS_LOG = True  # keep failures only, not every editor's logins and addresses
# Behind N reverse proxies that append to X-Forwarded-For, the client is the Nth entry from
# the right; 0 (default): the header is ignored, since anyone can send one.
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))
# The API's throttling per client (django-ninja) reads the client the same way.
NINJA_NUM_PROXIES = TRUSTED_PROXY_COUNT
API_THROTTLE_RATE = os.environ.get("DJANGO_API_THROTTLE_RATE", "120/min")
LOGIN_URL = "admin:login"
PASSWORD_RESET_TIMEOUT = 24 * 60 * 60  # a reset link works for a day (Django: three days)

# E-mail (password resets). Printed on the console while developing unless a host is set.
EMAIL_BACKEND = (
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG and not os.environ.get("DJANGO_EMAIL_HOST")
    else "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS")
EMAIL_TIMEOUT = 10  # a mail server that hangs must not hang the request
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "webmaster@localhost")
# Open data: the licence of every dataset (a URI; DCAT-AP's dct:license) and the address
# people write to about the data (its contact point).
OPEN_DATA_LICENCE = os.environ.get(
    "DJANGO_OPEN_DATA_LICENCE", "http://creativecommons.org/licenses/by/4.0/"
)
CONTACT_EMAIL = os.environ.get("DJANGO_CONTACT_EMAIL", DEFAULT_FROM_EMAIL)
# Agency feeds are read from the public internet only (trainings/feeds.py); these networks
# (e.g. 10.1.2.0/24, 127.0.0.1/32) are allowed too: a feed server on the intranet, tests.
FEEDS_ALLOWED_PRIVATE_NETWORKS = env_list("DJANGO_FEEDS_ALLOWED_PRIVATE_NETWORKS")
for _network in FEEDS_ALLOWED_PRIVATE_NETWORKS:
    try:
        ipaddress.ip_network(_network)
    except ValueError:
        raise ImproperlyConfigured(
            f"DJANGO_FEEDS_ALLOWED_PRIVATE_NETWORKS: {_network!r} is not a network such as "
            "10.1.2.0/24 or fd00::/8."
        ) from None

# Languages: fixed in code (every <field>_<lang> column lives in migrations), shown in this
# order in the switcher as Belgian federal sites do. English for browsers asking for none.
LANGUAGE_CODE = "en"
LANGUAGES = [("nl", _("Dutch")), ("fr", _("French")), ("de", _("German")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]  # app locale/ dirs are found automatically, this one is not
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["bedigital.formats"]  # Belgian English dates: bedigital/formats/en
TIME_ZONE = "Europe/Brussels"

# Content missing in the visitor's language falls back along these chains (Belgian readers:
# German speakers usually read French before Dutch, Dutch speakers English before French).
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("en", "fr", "nl", "de"),
    "nl": ("en", "fr", "de"),
    "fr": ("en", "nl", "de"),
    "de": ("fr", "en", "nl"),
    "en": ("fr", "nl", "de"),
}
MODELTRANSLATION_PREPOPULATE_LANGUAGE = "en"

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed, far-future-cached files in production (needs collectstatic);
    # plain files while developing.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Security. Behind a TLS-terminating load balancer set DJANGO_SECURE_PROXY_SSL_HEADER=1.
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_SSL_HOST = _site.netloc if _site.scheme == "https" else None
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "bedigital.errors.csrf_failure"  # the site's translated 403 page
# No third-party assets and no inline scripts or styles, the admin included. The rich-text
# editor's import map (an inline script) and the empty <style> that keeps Tiptap from
# injecting one carry the page's nonce; NONCE is written into a page's header only when the
# page used it, which public pages never do.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'", NONCE],
        "script-src": ["'self'", NONCE],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# Powerful browser features are off, on every page and in any frame. Geolocation stays
# available to the site itself, for a "near me" search.
PERMISSIONS_POLICY = {
    "geolocation": ["self"],
    **dict.fromkeys(
        [
            "accelerometer",
            "ambient-light-sensor",
            "autoplay",
            "bluetooth",
            "browsing-topics",
            "camera",
            "display-capture",
            "encrypted-media",
            "fullscreen",
            "gyroscope",
            "hid",
            "idle-detection",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "publickey-credentials-get",
            "screen-wake-lock",
            "serial",
            "usb",
            "xr-spatial-tracking",
        ],
        (),
    ),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

FILTERS_EMPTY_CHOICE_LABEL = _("Any")

# Import and export in the admin (django-import-export): CSV and XLSX only; importing needs
# the right to add, exporting the right to view; an import is one transaction.
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
IMPORT_EXPORT_USE_TRANSACTIONS = True
# Off: it deletes a leading "=" (data lost, "==…" still live); the admin's formats escape
# formulae reversibly instead (bedigital/spreadsheets.py).
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = False
