"""The `citystat` command as a user meets it: real subprocesses, real databases."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

CITYSTAT = [sys.executable, "-m", "citystat"]


def run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "CITYSTAT_ENV", "SECRET_KEY"}
    }
    environ.update({"CITYSTAT_HOME": str(tmp_path), **env})
    return subprocess.run(
        [*CITYSTAT, *args], capture_output=True, text=True, env=environ, timeout=300, check=False
    )


@pytest.mark.parametrize(
    "command", ["serve", "init", "demo", "createuser", "compute", "extract", "backup", "restore"]
)
def test_every_command_has_help(tmp_path, command):
    result = run([command, "--help"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout


def test_unreachable_database_is_one_clear_line(tmp_path):
    result = run(["init"], tmp_path, DATABASE_URL="postgres://citystat:x@127.0.0.1:1/citystat")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "无法连接数据库" in result.stderr and "DATABASE_URL" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_malformed_database_url_is_one_clear_line(tmp_path):
    result = run(["init"], tmp_path, DATABASE_URL="nonsense://")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_production_without_secret_key_says_what_to_do(tmp_path):
    result = run(["init"], tmp_path, CITYSTAT_ENV="production")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "SECRET_KEY" in result.stderr
    assert not (tmp_path / "citystat.sqlite3").exists()


def test_demo_loads_once_and_refuses_a_database_with_data(tmp_path):
    first = run(["demo"], tmp_path)
    assert first.returncode == 0, first.stderr
    assert "observations: 16" in first.stdout
    db = tmp_path / "citystat.sqlite3"
    before = db.read_bytes()
    second = run(["demo"], tmp_path)
    assert second.returncode != 0
    assert "Traceback" not in second.stderr
    assert "已有数据" in second.stderr
    assert db.read_bytes() == before


def test_demo_is_refused_in_production(tmp_path):
    result = run(["demo"], tmp_path, CITYSTAT_ENV="production", SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "production" in result.stderr


def test_createuser_rejects_an_unknown_region(tmp_path):
    assert run(["init"], tmp_path).returncode == 0
    result = run(
        [
            "createuser",
            "alice",
            "--role",
            "reporter",
            "--region",
            "999999",
            "--password",
            "pw-123456",
        ],
        tmp_path,
    )
    assert result.returncode != 0
    assert "999999" in result.stderr and "Traceback" not in result.stderr


def test_a_command_on_an_empty_database_says_run_init(tmp_path):
    result = run(["createuser", "someone", "--role", "admin", "--password", "x" * 12], tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "citystat init" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
