"""A restore killed while it places the uploaded files leaves an empty database (the rows
are committed only after every file is in place), and a second restore accepts it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from citystat.backup import make_backup
from tests.foundation.test_backup import FINGERPRINT, _citystat, _environ, fingerprint

pytestmark = pytest.mark.django_db

FILES = {f"evidence/2023/11/照片{i}.txt": f"第{i}张 现场照片" for i in range(5)}

KILLED_AFTER_TWO_FILES = """
import os, sys
from pathlib import Path
import django
os.environ["DJANGO_SETTINGS_MODULE"] = "citystat.site.settings"
django.setup()
import citystat.backup as backup

real, placed = backup._place, []

def place_then_die(source, target):
    real(source, target)
    placed.append(target)
    if len(placed) == 2:
        os.kill(os.getpid(), 9)

backup._place = place_then_die
backup.restore_backup(Path(sys.argv[1]))
"""


def test_an_interrupted_restore_leaves_an_empty_database_that_a_second_restore_accepts(
    tmp_path: Path, settings
) -> None:
    media = tmp_path / "source-media"
    for name, text in FILES.items():
        (media / name).parent.mkdir(parents=True, exist_ok=True)
        (media / name).write_text(text, encoding="utf-8")
    settings.MEDIA_ROOT = str(media)
    backup = tmp_path / "citystat.zip"
    make_backup(backup)

    home = tmp_path / "restored"
    assert _citystat(home, "init").returncode == 0
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_TWO_FILES, str(backup)],
        env=_environ(home),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert killed.returncode == -9, killed.stderr[-2000:]
    placed = sorted(p.name for p in (home / "media" / "evidence/2023/11").iterdir())
    assert len(placed) == 2  # two files were in place when the kill came …
    empty = subprocess.run(
        [sys.executable, "-c", FINGERPRINT],
        capture_output=True,
        text=True,
        env=_environ(home),
        timeout=300,
        check=True,
    )
    assert json.loads(empty.stdout)["observations"][0] == 0  # … but no row was kept

    again = _citystat(home, "restore", str(backup))
    assert again.returncode == 0, again.stderr
    for name, text in FILES.items():
        assert (home / "media" / name).read_text(encoding="utf-8") == text
    assert not list((home / "media").glob(".restore-*"))  # the staging folder is gone
    check = subprocess.run(
        [sys.executable, "-c", FINGERPRINT],
        capture_output=True,
        text=True,
        env=_environ(home),
        timeout=300,
        check=True,
    )
    assert json.loads(check.stdout) == json.loads(json.dumps(fingerprint()))
