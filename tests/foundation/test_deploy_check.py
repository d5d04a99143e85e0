"""`citystat deploy-check` passes with the documented production settings (docs/deploy.md)
and names each problem otherwise (issue 16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ADMIN_PASSWORD = "a-long-production-password-7"
DOCUMENTED = {
    "CITYSTAT_ENV": "production",
    "SECRET_KEY": "test-only-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ",
    "ALLOWED_HOSTS": "tjj.example.gov.cn",
    "TRUSTED_PROXIES": "127.0.0.1",
}


def run(home: Path, *args: str, stdin: str | None = None, **extra: str):  # type: ignore[no-untyped-def]
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {"DATABASE_URL", "CITYSTAT_ENV", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DEBUG"}
    }
    env.update(CITYSTAT_HOME=str(home), **DOCUMENTED)
    env.update(extra)
    return subprocess.run(
        [sys.executable, "-m", "citystat", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("deploy-check")
    assert run(home, "init").returncode == 0
    created = run(
        home,
        "createuser",
        "wang.admin",
        "--role",
        "admin",
        stdin=f"{ADMIN_PASSWORD}\n{ADMIN_PASSWORD}\n",
    )
    assert created.returncode == 0, created.stderr
    return home


def test_the_documented_production_settings_pass(home: Path) -> None:
    result = run(home, "deploy-check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Django check --deploy: 通过 / passed" in result.stdout
    assert "citystat 部署检查: 通过 / passed" in result.stdout
    # SQLite is allowed, with a warning pointing to PostgreSQL
    assert "警告 [citystat.W001] 数据库是 SQLite" in result.stderr


def test_each_problem_is_named_with_its_fix(home: Path) -> None:
    result = run(
        home, "deploy-check", ALLOWED_HOSTS="*", TRUSTED_PROXIES="", SESSION_COOKIE_SECURE="false"
    )
    assert result.returncode == 1
    assert "security.W012" in result.stderr  # Django's: session cookie not HTTPS-only
    assert "错误 [citystat.E002] ALLOWED_HOSTS 含 *" in result.stderr
    assert "部署检查未通过" in result.stderr


def test_a_missing_proxy_address_fails_behind_https(home: Path) -> None:
    result = run(home, "deploy-check", TRUSTED_PROXIES="")
    assert result.returncode == 1
    assert "错误 [citystat.E003] 未设置 TRUSTED_PROXIES" in result.stderr


def test_local_mode_is_not_a_deployment(home: Path) -> None:
    result = run(home, "deploy-check", CITYSTAT_ENV="local")
    assert result.returncode == 1
    assert "错误 [citystat.E001] CITYSTAT_ENV 不是 production" in result.stderr


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"DEBUG": "true"}, "DEBUG=true is refused with CITYSTAT_ENV=production"),
        ({"SECRET_KEY": "changeme"}, "SECRET_KEY is too weak for production"),
    ],
)
def test_production_refuses_debug_and_a_weak_key_at_start(home: Path, extra, message) -> None:  # type: ignore[no-untyped-def]
    for command in ("deploy-check", "serve"):
        result = run(home, command, **extra)
        assert result.returncode == 1
        assert message in result.stderr
        assert "Traceback" not in result.stderr
