"""Django settings for citystat, read from the environment.

Every variable and its default is declared once in ``citystat.site.config.SETTINGS``; this
module reads them only through ``config`` (a test checks that each name it reads is declared).
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url

from citystat.site import config

PACKAGE_DIR = Path(__file__).resolve().parent.parent
PROJECT_ROOT = PACKAGE_DIR.parent.parent

SECRET_KEY = config.secret_key()
DEBUG = config.debug()
PRODUCTION = config.is_production()
# Four eyes on approval (observations.actions.check_four_eyes); on unless turned off.
FOUR_EYES = config.flag("CITYSTAT_FOUR_EYES")
ALLOWED_HOSTS = config.csv_list("ALLOWED_HOSTS")
if not PRODUCTION:
    ALLOWED_HOSTS += ["testserver", "[::1]"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "citystat.audit",
    "citystat.accounts",
    "citystat.regions",
    "citystat.indicators",
    "citystat.observations",
    "citystat.targets",
    "citystat.projects",
    "citystat.dashboard",
    "citystat.intake",
    "citystat.api",
    "citystat.reports",
    "citystat.followups",
    "citystat.textreview",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "citystat.site.malformed.MalformedRequestMiddleware",  # NUL in path/params → 400
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "citystat.site.middleware.SecurityHeadersMiddleware",
    "citystat.site.middleware.DatabaseUnavailableMiddleware",  # last: its process_exception runs first
]

ROOT_URLCONF = "citystat.site.urls"
WSGI_APPLICATION = "citystat.site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "citystat.dashboard.shell.shell",
            ],
        },
    },
]

DATABASES = {"default": dj_database_url.parse(config.database_url(), conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several threads share the file: WAL lets reads go on while one writes; IMMEDIATE takes
    # the write lock when a transaction begins (a deferred one that reads, then writes, fails
    # at once with "database is locked" when another wrote meanwhile); a writer waits up to
    # 20 s for the lock instead of 5 s. See docs/textreview.md (concurrency).
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
# Every way of setting a password (createuser, accounts.actions.create_user, the admin's forms,
# Django's changepassword) goes through these.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "citystat.accounts.passwords.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard:home"
LOGOUT_REDIRECT_URL = "login"
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [PACKAGE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = config.home() / "static"
STATIC_ROOT.mkdir(exist_ok=True)
# ECharts is installed by npm at build time (package.json) and served from node_modules in a
# checkout; `make dist` copies it into the package, which is where an installed wheel has it.
NPM_ECHARTS = PROJECT_ROOT / "node_modules" / "echarts" / "dist"
BUNDLED_ECHARTS = PACKAGE_DIR / "site" / "static" / "vendor" / "echarts"
STATICFILES_DIRS = [
    (
        "vendor/echarts",
        NPM_ECHARTS if (NPM_ECHARTS / "echarts.min.js").is_file() else BUNDLED_ECHARTS,
    )
]
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = config.home() / "media"
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024

if PRODUCTION:
    SESSION_COOKIE_SECURE = config.flag("SESSION_COOKIE_SECURE")
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    # Behind the HTTPS proxy the app sees plain HTTP; the browser's Origin is https://host,
    # so without these every form post fails the CSRF check (docs/deploy.md).
    CSRF_TRUSTED_ORIGINS = config.csv_list("CSRF_TRUSTED_ORIGINS") or [
        # ALLOWED_HOSTS writes a subdomain wildcard as .example.cn, origins as *.example.cn
        f"https://*{host}" if host.startswith(".") else f"https://{host}"
        for host in ALLOWED_HOSTS
        if host != "*"
    ]
    # HTTPS is known from the proxy's X-Forwarded-Proto, believed only from TRUSTED_PROXIES
    # (citystat.site.proxy sets wsgi.url_scheme), so no SECURE_PROXY_SSL_HEADER here.
    SECURE_HSTS_SECONDS = config.hsts_seconds(https=SESSION_COOKIE_SECURE)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = False  # other hosts of the bureau's domain may be plain HTTP
    # The HTTPS proxy redirects port 80; a redirect in the app would also send the proxy's
    # and monitoring's loopback requests to https://127.0.0.1 (docs/deploy.md).
    SECURE_SSL_REDIRECT = False
    SILENCED_SYSTEM_CHECKS = [
        "security.W008",  # SECURE_SSL_REDIRECT: the proxy redirects, see above
        "security.W005",  # includeSubDomains: other hosts of the bureau's domain may be plain HTTP
        "security.W021",  # HSTS preload lists are for public internet names, not an intranet host
    ]
    SECURE_REFERRER_POLICY = "same-origin"
    SESSION_COOKIE_HTTPONLY = True
    X_FRAME_OPTIONS = "DENY"
    # Several worker processes: the dashboard's page cache must be one for all of them.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(config.home() / "cache"),
            "TIMEOUT": 600,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
    # Sessions are read on every request: from that shared cache, written through to the database.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

AUTHENTICATION_BACKENDS = ["citystat.accounts.backends.CitystatBackend"]
