"""A module-level name is bound once: a second ``_X = re.compile(…)`` further down
silently replaces the first for every use, which is how two rules of the text-fact
extractor lived as dead twins until session 20."""

from __future__ import annotations

import ast
from pathlib import Path

import citystat

_PACKAGE = Path(citystat.__file__).parent


def _bound_twice(source: str) -> list[str]:
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        twice += [name for name in names if name in seen]
        seen.update(names)
    return twice


def test_the_check_finds_a_name_bound_twice() -> None:
    assert _bound_twice("_A = 1\ndef f(): pass\n_A = 2\n") == ["_A"]


def test_no_module_of_the_project_binds_a_name_twice() -> None:
    found = {
        str(path.relative_to(_PACKAGE)): twice
        for path in sorted(_PACKAGE.rglob("*.py"))
        if (twice := _bound_twice(path.read_text(encoding="utf-8")))
    }
    assert found == {}
