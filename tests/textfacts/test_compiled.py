"""The compiled copy of the extractor is used only while it matches the sources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import citystat.textfacts
from citystat.textfacts import compiled


def _fake_package(root: Path, body: str) -> Path:
    package = root / "fakepkg_compiled"
    package.mkdir()
    for name in compiled.MODULES:
        (package / f"{name}.py").write_text(body, encoding="utf-8")
    (package / compiled.FOLDER).mkdir()
    return package


def test_a_copy_of_other_sources_is_not_used(tmp_path: Path) -> None:
    package = _fake_package(tmp_path, "RULE = 1\n")
    digest = compiled.sources_digest(package)
    (package / compiled.FOLDER / compiled.DIGEST_FILE).write_text(digest, encoding="ascii")
    (package / "extract.py").write_text("RULE = 2\n", encoding="utf-8")  # a rule edited since
    path = [str(package)]
    before = list(sys.path)

    assert compiled.use_if_current(path, "fakepkg_compiled") is False
    assert path == [str(package)]
    assert sys.path == before


def test_a_current_copy_that_does_not_load_leaves_the_package_pure(tmp_path: Path) -> None:
    package = _fake_package(tmp_path, "RULE = 1\n")
    digest = compiled.sources_digest(package)
    (package / compiled.FOLDER / compiled.DIGEST_FILE).write_text(digest, encoding="ascii")
    path = [str(package)]
    before = list(sys.path)

    assert compiled.use_if_current(path, "fakepkg_compiled") is False  # no library built
    assert path == [str(package)]
    assert sys.path == before


def test_no_copy_and_pure_by_request_leave_the_package_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = _fake_package(tmp_path, "RULE = 1\n")
    path = [str(package)]
    assert compiled.use_if_current(path, "fakepkg_compiled") is False  # no SOURCES file
    monkeypatch.setenv("CITYSTAT_TEXTFACTS_PURE", "1")
    assert compiled.use_if_current(path, "fakepkg_compiled") is False
    assert path == [str(package)]


def test_the_digest_follows_every_compiled_source(tmp_path: Path) -> None:
    package = _fake_package(tmp_path, "RULE = 1\n")
    first = compiled.sources_digest(package)
    (package / "normalise.py").write_text("RULE = 1 \n", encoding="utf-8")
    assert compiled.sources_digest(package) != first


@pytest.mark.skipif(
    os.environ.get("CITYSTAT_EXPECT_COMPILED") != "1"
    or os.environ.get("CITYSTAT_TEXTFACTS_PURE") == "1",
    reason="only where the compiled copy must be in use (CI's second pass of these tests)",
)
def test_ci_runs_the_compiled_extractor() -> None:
    extract_module = sys.modules["citystat.textfacts.extract"]
    assert citystat.textfacts.COMPILED is True
    assert Path(str(extract_module.__file__)).parent.name == compiled.FOLDER
