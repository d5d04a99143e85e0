"""Deployment settings declared as data: name, default and help.

One list feeds the Django settings (``settings.py`` reads every variable through
:func:`value`, :func:`flag` and :func:`csv_list`, which take the default from here), the
README's and ``docs/deploy.md``'s configuration tables (:func:`settings_table`, written by
``python -m citystat.clidocs``; a test compares them) and the error messages, so a setting
cannot exist without being documented.
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
    default: str | None  # what the code uses when the variable is unset; None: computed
    help: str  # markdown, as the tables show it
    shown: str = ""  # the table's default column when not simply `default` (markdown)

    @property
    def default_text(self) -> str:
        return self.shown or f"`{self.default}`"


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "CITYSTAT_ENV",
        "local",
        "`production` refuses demo accounts and requires `SECRET_KEY`",
    ),
    Setting("CITYSTAT_HOME", "./var", "SQLite file, generated secret key, uploads, reports"),
    Setting(
        "DATABASE_URL",
        None,
        "e.g. `postgres://user:pass@127.0.0.1:5432/citystat`",
        "`sqlite:///$CITYSTAT_HOME/citystat.sqlite3`",
    ),
    Setting(
        "CITYSTAT_FOUR_EYES",
        "true",
        "whoever entered or submitted a figure cannot approve it (four eyes); `false` only for "
        "a one-person office",
    ),
    Setting(
        "SECRET_KEY",
        None,
        "required in production",
        "generated into `$CITYSTAT_HOME/secret_key`",
    ),
    Setting("DEBUG", "false", "tracebacks in the browser; never in production"),
    Setting("ALLOWED_HOSTS", "127.0.0.1,localhost", "host names the server answers to"),
    Setting(
        "CSRF_TRUSTED_ORIGINS",
        None,
        "origins allowed to post forms",
        "`https://` + each `ALLOWED_HOSTS` name, in production",
    ),
    Setting(
        "SESSION_COOKIE_SECURE", "true", "login cookie over HTTPS only", "`true` in production"
    ),
    Setting(
        "TRUSTED_PROXIES",
        "",
        "addresses of the HTTPS proxy; only they may set `X-Forwarded-For`/`-Proto`",
        "none",
    ),
    Setting(
        "WEB_WORKERS",
        None,
        "gunicorn worker processes (production on Linux)",
        "number of CPU cores",
    ),
    Setting(
        "HSTS_SECONDS",
        None,
        "`Strict-Transport-Security`; `0` turns it off",
        "`31536000` in production with HTTPS",
    ),
)
BY_NAME = {s.name: s for s in SETTINGS}


def settings_table() -> str:
    """The configuration table of the README and docs/deploy.md (markdown)."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    rows += [f"| `{s.name}` | {s.default_text} | {s.help} |" for s in SETTINGS]
    return "\n".join(rows) + "\n"


# Django's own minimum for a secret key (django.core.checks.security.base).
SECRET_KEY_MIN_LENGTH = 50
SECRET_KEY_MIN_UNIQUE_CHARACTERS = 5
# Keys published in documentation or examples; production refuses them.
PUBLISHED_SECRET_KEYS = frozenset({"changeme", "secret", "citystat", "django-insecure"})


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def value(name: str) -> str:
    """The variable ``name`` of SETTINGS; unset or empty: its declared default ("" when computed)."""
    return env(name) or (BY_NAME[name].default or "")


def flag(name: str) -> bool:
    return truthy(value(name))


def is_production() -> bool:
    return value("CITYSTAT_ENV").lower() in {"prod", "production"}


def home() -> Path:
    path = Path(value("CITYSTAT_HOME")).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def truthy(text: str) -> bool:
    return text.lower() in {"1", "true", "yes", "on"}


def csv_list(name: str) -> list[str]:
    return [item.strip() for item in value(name).split(",") if item.strip()]


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
    key = value("SECRET_KEY")
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
    on = flag("DEBUG")
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
    given = value("WEB_WORKERS")
    if not given:
        return os.cpu_count() or 1
    if not given.isdigit() or not 1 <= int(given) <= 64:
        raise ConfigurationError(f"WEB_WORKERS must be a whole number from 1 to 64, not '{given}'.")
    return int(given)


def hsts_seconds(https: bool) -> int:
    given = value("HSTS_SECONDS")
    if not given:
        return 31536000 if (is_production() and https) else 0
    if not given.isdigit():
        raise ConfigurationError(f"HSTS_SECONDS must be a whole number of seconds, not '{given}'.")
    return int(given)


def database_url() -> str:
    return value("DATABASE_URL") or f"sqlite:///{home() / 'citystat.sqlite3'}"
