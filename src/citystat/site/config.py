"""Deployment settings declared as data: name, default and help.

One list feeds the Django settings, the README's configuration table and the error
messages, so a setting cannot exist without being documented.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path


class ConfigurationError(Exception):
    """A deployment setting is missing or wrong; the message says how to fix it."""


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "CITYSTAT_ENV",
        "local",
        "local (default) or production; production refuses demo accounts and requires SECRET_KEY",
    ),
    Setting(
        "CITYSTAT_HOME",
        "./var",
        "folder for the SQLite file, the generated secret key, uploads and reports",
    ),
    Setting(
        "DATABASE_URL",
        "sqlite:///$CITYSTAT_HOME/citystat.sqlite3",
        "database, e.g. postgres://user:pass@127.0.0.1:5432/citystat",
    ),
    Setting(
        "CITYSTAT_FOUR_EYES",
        "true",
        "true: whoever entered or submitted a figure cannot approve it; false for a one-person office",
    ),
    Setting(
        "SECRET_KEY",
        "(generated into $CITYSTAT_HOME/secret_key)",
        "Django secret key; required in production",
    ),
    Setting("DEBUG", "false", "true shows tracebacks in the browser; never in production"),
    Setting(
        "ALLOWED_HOSTS", "127.0.0.1,localhost", "comma-separated host names the server answers to"
    ),
    Setting(
        "CSRF_TRUSTED_ORIGINS",
        "(https:// + each of ALLOWED_HOSTS, in production)",
        "comma-separated origins allowed to post forms, e.g. https://tjj.example.gov.cn",
    ),
    Setting(
        "SESSION_COOKIE_SECURE",
        "true in production",
        "send the login cookie over HTTPS only; false only for a plain-HTTP intranet",
    ),
    Setting(
        "TRUSTED_PROXIES",
        "(none)",
        "comma-separated addresses of the reverse proxy, e.g. 127.0.0.1; only requests from "
        "these may set X-Forwarded-For / X-Forwarded-Proto (the client's address and https)",
    ),
    Setting(
        "WEB_WORKERS",
        "(number of CPU cores)",
        "worker processes of the production server on Linux (gunicorn); Windows uses one "
        "waitress process with --threads",
    ),
    Setting(
        "HSTS_SECONDS",
        "31536000 in production with HTTPS",
        "how long browsers must use HTTPS only (Strict-Transport-Security); 0 turns it off",
    ),
)

# Django's own minimum for a secret key (django.core.checks.security.base).
SECRET_KEY_MIN_LENGTH = 50
SECRET_KEY_MIN_UNIQUE_CHARACTERS = 5
# Keys published in documentation or examples; production refuses them.
PUBLISHED_SECRET_KEYS = frozenset({"changeme", "secret", "citystat", "django-insecure"})


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def is_production() -> bool:
    return env("CITYSTAT_ENV", "local").lower() in {"prod", "production"}


def home() -> Path:
    path = Path(env("CITYSTAT_HOME") or "var").resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def truthy(value: str) -> bool:
    return value.lower() in {"1", "true", "yes", "on"}


def csv_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


MAKE_KEY = "python3 -c 'import secrets; print(secrets.token_urlsafe(50))'"


def weak_secret_key(key: str) -> str | None:
    """Why ``key`` is too weak for production, or None when it is fine."""
    if len(key) < SECRET_KEY_MIN_LENGTH:
        return f"it has {len(key)} characters, at least {SECRET_KEY_MIN_LENGTH} are needed"
    if len(set(key)) < SECRET_KEY_MIN_UNIQUE_CHARACTERS:
        return f"it uses fewer than {SECRET_KEY_MIN_UNIQUE_CHARACTERS} different characters"
    lowered = key.lower()
    if lowered.startswith("django-insecure") or lowered in PUBLISHED_SECRET_KEYS:
        return "it is a published example key"
    return None


def secret_key() -> str:
    key = env("SECRET_KEY")
    if key and is_production():
        weakness = weak_secret_key(key)
        if weakness:
            raise ConfigurationError(
                f"SECRET_KEY is too weak for production: {weakness}. "
                f"Make a new one with {MAKE_KEY}."
            )
    if key:
        return key
    if is_production():
        raise ConfigurationError(
            "SECRET_KEY is not set. In production set SECRET_KEY to a long random string "
            f"(e.g. {MAKE_KEY})."
        )
    # Local use: generate once and keep it, so sessions survive restarts.
    path = home() / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def debug() -> bool:
    """DEBUG shows tracebacks (settings, SQL) to anyone; production refuses it."""
    on = truthy(env("DEBUG", "false"))
    if on and is_production():
        raise ConfigurationError(
            "DEBUG=true is refused with CITYSTAT_ENV=production: it shows tracebacks and "
            "settings to every visitor. Remove DEBUG (or set DEBUG=false)."
        )
    return on


def trusted_proxies() -> frozenset[str]:
    """Addresses whose X-Forwarded-For / X-Forwarded-Proto headers are believed."""
    import ipaddress

    found = set()
    for item in csv_list("TRUSTED_PROXIES"):
        try:
            found.add(str(ipaddress.ip_address(item)))
        except ValueError as exc:
            raise ConfigurationError(
                f"TRUSTED_PROXIES: '{item}' is not an IP address. List the proxy's addresses "
                "separated by commas, e.g. TRUSTED_PROXIES=127.0.0.1"
            ) from exc
    return frozenset(found)


def web_workers() -> int:
    value = env("WEB_WORKERS")
    if not value:
        return os.cpu_count() or 1
    if not value.isdigit() or not 1 <= int(value) <= 64:
        raise ConfigurationError(f"WEB_WORKERS must be a whole number from 1 to 64, not '{value}'.")
    return int(value)


def hsts_seconds(https: bool) -> int:
    value = env("HSTS_SECONDS")
    if not value:
        return 31536000 if (is_production() and https) else 0
    if not value.isdigit():
        raise ConfigurationError(f"HSTS_SECONDS must be a whole number of seconds, not '{value}'.")
    return int(value)


def database_url() -> str:
    return env("DATABASE_URL") or f"sqlite:///{home() / 'citystat.sqlite3'}"
