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
)


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


def secret_key() -> str:
    key = env("SECRET_KEY")
    if key:
        return key
    if is_production():
        raise ConfigurationError(
            "SECRET_KEY is not set. In production set SECRET_KEY to a long random string "
            "(e.g. python -c 'import secrets; print(secrets.token_urlsafe(50))')."
        )
    # Local use: generate once and keep it, so sessions survive restarts.
    path = home() / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def database_url() -> str:
    return env("DATABASE_URL") or f"sqlite:///{home() / 'citystat.sqlite3'}"
