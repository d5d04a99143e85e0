"""`citystat backup` / `citystat restore`: a real zip from the test database, restored by the
real command into a fresh SQLite installation (on CI's PostgreSQL run, that is a move from
PostgreSQL to SQLite)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from citystat.backup import (
    LEFT_OUT,
    MANIFEST,
    BackupError,
    backed_up_models,
    make_backup,
    read_manifest,
    restore_backup,
)

pytestmark = pytest.mark.django_db

EVIDENCE = "evidence/2023/11/进度照片说明.txt"
# Run inside the restored installation: every observation, target and user as text.
FINGERPRINT = """
import django, hashlib, json, os
os.environ["DJANGO_SETTINGS_MODULE"] = "citystat.site.settings"
django.setup()
from tests.foundation.test_backup import fingerprint
print(json.dumps(fingerprint()))
"""


def fingerprint() -> dict[str, object]:
    """Every stored value that matters, reduced to digests that must match exactly."""
    from citystat.accounts.models import User
    from citystat.observations.models import DerivedFigure, Observation
    from citystat.targets.models import Target

    def digest(rows: object) -> str:
        return hashlib.sha256(json.dumps(rows, default=str).encode()).hexdigest()

    observations = sorted(
        (
            o.indicator.code,
            o.region.code,
            o.year,
            o.month,
            f"{o.value}",
            f"{o.growth_reported}",
            o.status,
            o.updated_at.isoformat(),
        )
        for o in Observation.objects.select_related("indicator", "region")
    )
    targets = sorted(
        (
            t.indicator.code,
            t.region.code,
            t.year,
            t.version,
            t.is_current,
            f"{t.target_value}",
            f"{t.target_growth}",
        )
        for t in Target.objects.select_related("indicator", "region")
    )
    users = sorted(
        (u.username, u.password, u.role, sorted(r.code for r in u.regions.all()))
        for u in User.objects.prefetch_related("regions")
    )
    return {
        "observations": [len(observations), digest(observations)],
        "targets": [len(targets), digest(targets)],
        "users": digest(users),
        "derived": DerivedFigure.objects.count(),
    }


def _environ(home: Path) -> dict[str, str]:
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "CITYSTAT_ENV", "SECRET_KEY", "DJANGO_SETTINGS_MODULE"}
    }
    environ["CITYSTAT_HOME"] = str(home)
    environ["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    return environ


def _citystat(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "citystat", *args],
        capture_output=True,
        text=True,
        env=_environ(home),
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def backup_file(tmp_path_factory, django_db_setup, django_db_blocker):
    """One backup of the demo for the whole module (the tests only read it)."""
    from django.test import override_settings

    home = tmp_path_factory.mktemp("backup")
    media = home / "media"
    (media / EVIDENCE).parent.mkdir(parents=True)
    (media / EVIDENCE).write_text("原平市 光伏项目 11月 现场照片 3张", encoding="utf-8")
    path = home / "citystat.zip"
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=str(media)):
        make_backup(path)
    return path


def test_backup_holds_every_table_but_the_rebuildable_ones(backup_file):
    from citystat.observations.models import Observation

    manifest = read_manifest(backup_file)
    labels = {m._meta.label_lower for m in backed_up_models()}
    assert set(manifest.counts) == labels
    assert not labels & LEFT_OUT
    assert manifest.counts["observations.observation"] == Observation.objects.count()
    assert manifest.counts["regions.region"] == 19
    assert manifest.counts["accounts.user"] == 10  # the demo accounts, planner included
    with zipfile.ZipFile(backup_file) as archive:
        names = set(archive.namelist())
        assert f"media/{EVIDENCE}" in names
        assert "data/observations.derivedfigure.jsonl" not in names
        first = archive.read("data/observations.observation.jsonl").decode().splitlines()[0]
    assert json.loads(first)["model"] == "observations.observation"
    assert (
        manifest.sha256[f"media/{EVIDENCE}"]
        == hashlib.sha256("原平市 光伏项目 11月 现场照片 3张".encode()).hexdigest()
    )


def test_restore_into_a_fresh_installation_gives_back_every_value(backup_file, tmp_path):
    home = tmp_path / "restored"
    assert _citystat(home, "init").returncode == 0
    restored = _citystat(home, "restore", str(backup_file))
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith("restored ")

    check = subprocess.run(
        [sys.executable, "-c", FINGERPRINT],
        capture_output=True,
        text=True,
        env=_environ(home),
        timeout=300,
        check=True,
    )
    assert json.loads(check.stdout) == json.loads(json.dumps(fingerprint()))
    evidence = home / "media" / EVIDENCE
    assert evidence.read_text(encoding="utf-8") == "原平市 光伏项目 11月 现场照片 3张"

    again = _citystat(home, "restore", str(backup_file))
    assert again.returncode != 0
    assert "not empty" in again.stderr and "Traceback" not in again.stderr


def _rewrite(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            new.writestr(name, change.get(name, old.read(name)))
        for name in set(change) - set(old.namelist()):
            new.writestr(name, change[name])
    return target


def test_a_damaged_member_is_found_before_anything_is_written(backup_file, tmp_path):
    from citystat.observations.models import Observation

    before = Observation.objects.count()
    member = "data/targets.target.jsonl"
    with zipfile.ZipFile(backup_file) as archive:
        body = archive.read(member).replace(b'"year": 2023', b'"year": 2024', 1)
    damaged = _rewrite(backup_file, tmp_path / "damaged.zip", {member: body})
    with pytest.raises(BackupError, match=r"targets\.target\.jsonl is damaged"):
        restore_backup(damaged)
    assert Observation.objects.count() == before


def test_not_a_backup_says_what_it_is(tmp_path):
    text = tmp_path / "月报.zip"
    text.write_text("地区,指标,数值\n", encoding="utf-8")
    with pytest.raises(BackupError, match="not a citystat backup \\(not a zip file\\)"):
        read_manifest(text)
    plain = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("data.csv", "x")
    with pytest.raises(BackupError, match=r"has no manifest\.json"):
        read_manifest(plain)


def test_a_backup_from_another_schema_is_refused_with_the_version_to_use(backup_file, tmp_path):
    with zipfile.ZipFile(backup_file) as archive:
        manifest = json.loads(archive.read(MANIFEST))
    manifest["migrations"]["observations"].append("0099_future_change")
    manifest["citystat_version"] = "9.9.0"
    newer = _rewrite(backup_file, tmp_path / "newer.zip", {MANIFEST: json.dumps(manifest).encode()})
    with pytest.raises(BackupError) as caught:
        restore_backup(newer)
    message = str(caught.value)
    assert "observations.0099_future_change" in message
    assert "Restore it with citystat 9.9.0" in message


def test_a_path_outside_the_backup_is_refused(backup_file, tmp_path):
    with zipfile.ZipFile(backup_file) as archive:
        manifest = json.loads(archive.read(MANIFEST))
    manifest["sha256"]["media/../../etc/cron.d/x"] = hashlib.sha256(b"x").hexdigest()
    evil = _rewrite(
        backup_file,
        tmp_path / "evil.zip",
        {MANIFEST: json.dumps(manifest).encode(), "media/../../etc/cron.d/x": b"x"},
    )
    with pytest.raises(BackupError, match="unsafe path"):
        read_manifest(evil)


def test_backup_never_overwrites(backup_file):
    size = backup_file.stat().st_size
    with pytest.raises(BackupError, match="already exists"):
        make_backup(backup_file)
    assert backup_file.stat().st_size == size
