"""Base settings: safe for production. Everything secret or host-specific comes from the
environment; optional services switch on only when their variable is set."""

import base64
import hashlib
import os
import re
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

SITE_DIR = Path(__file__).resolve().parent.parent.parent
BASE_DIR = SITE_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "stories",
    "municipalities",
    "registry",
    "partners",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "axes",
]

MIDDLEWARE = [
    "core.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "partners.middleware.OpenReadCorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compress what is sent (brotli or gzip), after computing the ETag of the uncompressed
    # page (304 for a matching If-None-Match or If-Modified-Since), after the page cache.
    "core.middleware.CompressionMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "core.middleware.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "partners.middleware.LocaleMiddleware",
    "core.middleware.AdminLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.middleware.PasswordResetThrottleMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "core.middleware.IncompleteAdminFormMiddleware",
    # Last, as django-axes requires: turns a locked-out sign-in into its 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.licence",
            ],
        },
    },
]

DATABASE_CONN_MAX_AGE = int(os.environ.get("DATABASE_CONN_MAX_AGE", "0"))
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=DATABASE_CONN_MAX_AGE,
        # A connection kept between requests is checked before it is reused, so the first
        # request after a database restart or failover opens a new one instead of failing.
        conn_health_checks=DATABASE_CONN_MAX_AGE > 0,
    )
}
# SQLite (`make run`, the demo) serves several requests at once from one file: each
# transaction takes the write lock as it begins (BEGIN IMMEDIATE), and a second writer waits
# for it up to SQLITE_BUSY_SECONDS. A transaction that read first and wrote later (SQLite's
# default) failed at once with "database is locked" when another request had written in
# between: an admin page's editing-session ping could fail a 234-row import.
SQLITE_BUSY_SECONDS = 30
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE", timeout=SQLITE_BUSY_SECONDS
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Sign-in throttling (django-axes): after LOGIN_FAILURE_LIMIT failed sign-ins for one
# account (from any address) or from one address (for any account), further attempts are
# refused with 429 for LOGIN_COOLOFF_MINUTES, even with the right password. Attempts are
# stored in the database, so they survive a Redis outage; `manage.py axes_reset_username
# <name>` unlocks an account at once.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "core/too_many_requests.html"
AXES_CLIENT_IP_CALLABLE = "core.security.client_ip"
AXES_VERBOSE = False
# Proxies in front of the app that append the client's address to X-Forwarded-For (the
# load balancer: 1). 0: the address of the connection itself.
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))

# Password reset requests per address and per e-mail address in PASSWORD_RESET_PERIOD.
PASSWORD_RESET_LIMIT_PER_ADDRESS = 5
PASSWORD_RESET_LIMIT_PER_EMAIL = 3
PASSWORD_RESET_PERIOD = 60 * 60
# The public forms ("share your initiative", correction requests): POSTs per address in
# PUBLIC_FORM_PERIOD seconds, each form counted on its own (core.security.rate_limit_hit).
PUBLIC_FORM_LIMIT_PER_ADDRESS = 5
PUBLIC_FORM_PERIOD = 10 * 60


# Content-Security-Policy (django-csp): no inline script or style on public pages. The
# Wagtail admin still has inline scripts and styles and frames its own previews; the
# embeddable pages under /embed/ may be framed by any site; nothing else may be framed.
def _inline_style_hashes(template):
    """CSP hashes of the <style> elements of a self-contained page (the 500 page, which
    must not depend on static files), so that they apply without 'unsafe-inline'."""
    text = (SITE_DIR / "templates" / template).read_text(encoding="utf-8")
    return [
        f"'sha256-{base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()}'"
        for css in re.findall(r"<style>(.*?)</style>", text, flags=re.DOTALL)
    ]


CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, *_inline_style_hashes("500.html")],
        "img-src": [SELF, "data:", "https:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
ADMIN_CSP_REPLACE = {
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:", "https:"],
    "frame-src": [SELF, "https:"],
    "frame-ancestors": [SELF],
}
EMBED_CSP_REPLACE = {"frame-ancestors": ["*"]}
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()"
)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Kyrgyz (the state language) is the default; the Wagtail admin has no Kyrgyz,
# so editors use it in Russian or English.
LANGUAGE_CODE = "ky"
LANGUAGES = [
    ("ky", "Кыргызча"),
    ("ru", "Русский"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ru", "Русский"), ("en", "English")]
LOCALE_PATHS = [SITE_DIR / "locale"]
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = "Asia/Bishkek"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # Media on S3-compatible object storage (see docs/deploy.md); needs django-storages.
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL")
    AWS_QUERYSTRING_AUTH = False

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # The cache is an accelerator, never a dependency: when Redis is down or slow, every
    # cache call gives up after a fraction of a second, is logged (logger `ashar.cache`)
    # and behaves as a miss, and the page is built from the database.
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ashar",
            "TIMEOUT": 300,
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.25")),
                "SOCKET_TIMEOUT": float(os.environ.get("REDIS_SOCKET_TIMEOUT", "0.5")),
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    DJANGO_REDIS_LOGGER = "ashar.cache"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "ashar",
        }
    }

# Anonymous HTML is cached this many seconds in the cache above (0: off) and purged on
# publish, unpublish and move (core/pagecache.py).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))

# A CDN in front, purged by Wagtail's frontend cache invalidation on publish (with the
# listings, home and municipality of the page: core/pagecache.py). Configured only when
# its variables are set: Cloudflare, or any cache that accepts HTTP PURGE (Varnish, nginx).
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
            "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        }
    }
elif os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }

EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Ashar <noreply@localhost>")

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Ashar"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The public address of the site in absolute URLs: API, feeds, canonical, og:url, embeds.
ASHAR_PUBLIC_BASE_URL = os.environ.get("ASHAR_PUBLIC_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_BASE_URL = ASHAR_PUBLIC_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Photos residents send with "share your initiative": as many, as large (bytes and pixels)
# as this, JPEG, PNG or WebP by content.
PUBLIC_PHOTO_MAX_COUNT = 5
PUBLIC_PHOTO_MAX_BYTES = WAGTAILIMAGES_MAX_UPLOAD_SIZE
PUBLIC_PHOTO_MAX_PIXELS = WAGTAILIMAGES_MAX_IMAGE_PIXELS
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "jpeg", "gif": "png"}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_MODERATION_ENABLED = True
# Workflow e-mails go to the people of the task, not to every superuser as well
# (a superuser who wants them joins the group).
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

# No third-party requests from the admin (the CSP would block them anyway): no Gravatar
# (which would also send a hash of each editor's e-mail), no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_WORKFLOW_ENABLED = True

# LOG_FORMAT=json writes one JSON object per line (time, level, logger, message, request
# path and status when known, exception), for a log collector; `text` is for people.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text").strip().lower()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
        "json": {"()": "core.logging.JsonFormatter"},
    },
    "filters": {"cache_outage": {"()": "core.logging.CacheOutageFilter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        # One line per failed cache call, at most one every few seconds per process.
        "ashar.cache": {"level": "WARNING", "filters": ["cache_outage"]},
    },
}

# Error reporting: with SENTRY_DSN set, unhandled exceptions and ERROR log records go to
# Sentry (or any service that speaks its protocol); without it they are only logged.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
        send_default_pii=False,
    )

# Licence of the published content (shown on every story and in exports).
ASHAR_CONTENT_LICENCE = os.environ.get("ASHAR_CONTENT_LICENCE", "CC BY 4.0")
ASHAR_CONTENT_LICENCE_URL = os.environ.get(
    "ASHAR_CONTENT_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/"
)

# "Translate this page" creates drafts: a translation goes live only once it is translated
# and has passed its workflow (wagtail-localize would otherwise copy the source's live
# status and publish the untranslated copy at once).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

LANGUAGE_NAMES = {"ky": _("Kyrgyz"), "ru": _("Russian"), "en": _("English")}
