"""Generated files are written under a temporary name and renamed: a kill or an error
halfway never leaves a truncated file under the final name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from citystat.files import atomic_path, write_bytes
from citystat.reporting.render import render

KILLED_WHILE_WRITING = """
import os, sys
from pathlib import Path
import citystat.reporting.render.docx as docx
from citystat.reporting.render import render

def half_written(doc, path):
    Path(path).write_bytes(b"PK\\x03\\x04 half a document")
    os.kill(os.getpid(), 9)

docx.render_docx = half_written
render(None, "docx", Path(sys.argv[1]))
"""


def test_a_report_killed_while_it_is_saved_leaves_no_file_under_its_name(tmp_path: Path) -> None:
    out = tmp_path / "定襄县2023年报.docx"
    result = subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITING, str(out)], check=False)
    assert result.returncode == -9
    assert not out.exists()
    (left,) = tmp_path.iterdir()  # only the hidden partial file
    assert left.name.startswith(".定襄县2023年报.") and left.name.endswith(".part.docx")


def test_a_failed_write_leaves_nothing_and_a_good_one_leaves_only_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import citystat.reporting.render.docx as docx

    def broken(doc: object, path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(docx, "render_docx", broken)
    with pytest.raises(OSError, match="disk full"):
        render(None, "docx", tmp_path / "r.docx")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"the previous complete file")

    def interrupted() -> None:
        with atomic_path(old) as tmp:
            tmp.write_bytes(b"new but")
            raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        interrupted()
    assert old.read_bytes() == b"the previous complete file"
    write_bytes(old, b"complete")
    assert [p.name for p in tmp_path.iterdir()] == ["old.xlsx"]
    assert old.read_bytes() == b"complete"
