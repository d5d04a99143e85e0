"""Django settings for citystat, read from the environment (see citystat.site.config)."""

from __future__ import annotations

from pathlib import Path

import dj_database_url

from citystat.site import config

PACKAGE_DIR = Path(__file__).resolve().parent.parent
PROJECT_ROOT = PACKAGE_DIR.parent.parent

SECRET_KEY = config.secret_key()
DEBUG = config.truthy(config.env("DEBUG", "false"))
PRODUCTION = config.is_production()
# Four eyes on approval (observations.actions.check_four_eyes); on unless turned off.
FOUR_EYES = config.truthy(config.env("CITYSTAT_FOUR_EYES", "true"))
ALLOWED_HOSTS = config.csv_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
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
]

ROOT_URLCONF = "citystat.site.urls"
WSGI_APPLICATION = "citystat.site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": dj_database_url.parse(config.database_url(), conn_max_age=60)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
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
# ECharts is installed by npm at build time (package.json) and served from here.
STATICFILES_DIRS = [("vendor/echarts", PROJECT_ROOT / "node_modules" / "echarts" / "dist")]
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = config.home() / "media"
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024

if PRODUCTION:
    SESSION_COOKIE_SECURE = config.truthy(config.env("SESSION_COOKIE_SECURE", "true"))
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    # Behind the HTTPS proxy the app sees plain HTTP; the browser's Origin is https://host,
    # so without these every form post fails the CSRF check (docs/deploy.md).
    CSRF_TRUSTED_ORIGINS = config.csv_list("CSRF_TRUSTED_ORIGINS") or [
        # ALLOWED_HOSTS writes a subdomain wildcard as .example.cn, origins as *.example.cn
        f"https://*{host}" if host.startswith(".") else f"https://{host}"
        for host in ALLOWED_HOSTS
        if host != "*"
    ]
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

AUTHENTICATION_BACKENDS = ["citystat.accounts.backends.CitystatBackend"]
