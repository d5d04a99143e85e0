"""The layer order of docs/architecture.md, enforced on every import of src/citystat.

Every ``import`` and ``from … import`` is read with ``ast`` — at module level, inside
functions and under ``TYPE_CHECKING`` alike — and mapped to the unit that holds it (the
longest name of the architecture table's that covers the module). The test fails on an
import from a lower layer into a higher one, and on any cycle: between units, or between
modules of one unit. Each failure names the imports with file:line.

``ALLOWED`` lists imports excused from the order, each with its reason (none today); the
test fails on any other, and on an entry that no longer occurs (so the list only shrinks).
"""

from __future__ import annotations

import ast
import functools
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
ARCHITECTURE = ROOT / "docs" / "architecture.md"

# (importing module, imported module) pairs excused, each with its reason. Empty: the eight
# exceptions of the step that introduced this test were removed (the NUL sentence moved down
# to citystat.nul; MapLayer to regions; the follow-ups panel to a followups template tag; the
# importers' Django stages into intake; the target page declared a feature unit).
ALLOWED: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the imported module
    path: Path
    line: int

    def where(self, root: Path) -> str:
        return f"{self.path.relative_to(root)}:{self.line} {self.module} → {self.target}"


def read_layers(text: str) -> dict[str, int]:
    """Unit name → layer number, from the markdown table of the layer order."""
    layers: dict[str, int] = {}
    for line in text.splitlines():
        row = re.match(r"\|\s*(\d+)\s*\|[^|]*\|(.*)\|\s*$", line)
        if row:
            for name in re.findall(r"`([\w.]+)`", row.group(2)):
                layers[name] = int(row.group(1))
    return layers


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(root: Path, package: str) -> dict[str, Path]:
    return {
        module_name(p, root): p
        for p in sorted((root / package).rglob("*.py"))
        if "migrations" not in p.parts
    }


@functools.cache
def imports(root: Path, package: str) -> list[Import]:
    """Every import of a module of ``package`` from ``package``, wherever it is written."""
    known = modules(root, package)
    found = []
    for name, path in known.items():
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = here.split(".")[: len(here.split(".")) - node.level + 1]
                    base = ".".join([*parent, base] if base else parent)
                # ``from pkg import mod`` imports the module pkg.mod when there is one
                targets = [
                    f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names
                ]
            else:
                continue
            found += [
                Import(name, t, path, node.lineno)
                for t in dict.fromkeys(targets)
                if (t == package or t.startswith(package + ".")) and t != name
            ]
    return found


def unit_of(module: str, layers: dict[str, int]) -> str | None:
    covering = [u for u in layers if module == u or module.startswith(u + ".")]
    return max(covering, key=len) if covering else None


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(found)


def violations(
    root: Path, package: str, layers: dict[str, int], allowed: dict[tuple[str, str], str]
) -> list[str]:
    """What breaks the layer order, one line per import (file:line), besides ``allowed``."""
    problems = []
    found = imports(root, package)
    for name in modules(root, package):
        if name != package and unit_of(name, layers) is None:
            problems.append(f"{name}: in no layer of the table")
    kept = [i for i in found if (i.module, i.target) not in allowed]
    unit_edges: dict[str, set[str]] = defaultdict(set)
    module_edges: dict[str, set[str]] = defaultdict(set)
    for imp in kept:
        src, dst = unit_of(imp.module, layers), unit_of(imp.target, layers)
        if src is None or dst is None:
            continue
        if layers[dst] > layers[src]:
            problems.append(
                f"upward import (layer {layers[src]} → {layers[dst]}): {imp.where(root)}"
            )
        if src != dst:
            unit_edges[src].add(dst)
        else:
            module_edges[imp.module].add(imp.target)
    for component in cycles(unit_edges):
        problems.append(f"cycle between units {', '.join(component)}:")
        problems += [
            f"    {imp.where(root)}"
            for imp in kept
            if {unit_of(imp.module, layers), unit_of(imp.target, layers)} <= set(component)
            and unit_of(imp.module, layers) != unit_of(imp.target, layers)
        ]
    for component in cycles(module_edges):
        problems.append(f"cycle between modules {', '.join(component)}:")
        problems += [
            f"    {imp.where(root)}"
            for imp in kept
            if imp.module in component and imp.target in component
        ]
    return problems


# --------------------------------------------------------------------------- the project


def test_the_layer_table_covers_the_packages_in_order() -> None:
    layers = read_layers(ARCHITECTURE.read_text(encoding="utf-8"))
    assert layers["citystat.stats"] == 0
    assert layers["citystat.regions"] == layers["citystat.indicators"] == 1
    assert layers["citystat.observations"] == layers["citystat.targets"] == 2
    assert layers["citystat.intake"] == 3
    assert layers["citystat.dashboard"] == layers["citystat.followups"] == 4
    assert layers["citystat.api"] == layers["citystat.reports"] == 5
    assert layers["citystat.cli"] == layers["citystat.site"] == 6


def test_no_import_breaks_the_layer_order() -> None:
    layers = read_layers(ARCHITECTURE.read_text(encoding="utf-8"))
    problems = violations(SRC, "citystat", layers, ALLOWED)
    assert problems == [], "\n" + "\n".join(problems)


def test_every_allowed_exception_still_occurs() -> None:
    """An exception that was removed leaves the list (it must not cover a later one)."""
    present = {(i.module, i.target) for i in imports(SRC, "citystat")}
    assert sorted(set(ALLOWED) - present) == []


def test_the_pure_cores_import_no_django() -> None:
    """Every module of layer 0, imported in a fresh interpreter, loads no Django."""
    layers = read_layers(ARCHITECTURE.read_text(encoding="utf-8"))
    pure = sorted(
        name
        for name in modules(SRC, "citystat")
        if (unit := unit_of(name, layers)) is not None and layers[unit] == 0
    )
    assert "citystat.reporting.render.pdf" in pure and "citystat.importers.parse" in pure
    code = (
        "import importlib, sys\n"
        f"for name in {pure!r}:\n"
        "    importlib.import_module(name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] == 'django')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_citystat_reporting_imports_no_django() -> None:
    code = (
        "import importlib, pkgutil, sys, citystat.reporting as r\n"
        "for m in pkgutil.walk_packages(r.__path__, 'citystat.reporting.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] == 'django')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


# --------------------------------------------------------------------------- the checker


FAKE_LAYERS = """
| layer | name | units |
|---|---|---|
| 0 | cores | `fake.core` |
| 1 | data | `fake.data`, `fake.other` |
| 2 | apps | `fake.app` |
"""


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in {"fake/__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def clean(tmp_path: Path) -> dict[str, str]:
    return {
        "fake/core/__init__.py": "",
        "fake/core/sums.py": "def total(xs):\n    return sum(xs)\n",
        "fake/data/__init__.py": "",
        "fake/data/models.py": "from fake.core.sums import total\n",
        "fake/other/__init__.py": "",
        "fake/other/models.py": "x = 1\n",
        "fake/app/__init__.py": "",
        "fake/app/views.py": "import fake.other.models\nfrom ..other import models\n",
    }


def test_a_clean_tree_passes(tmp_path: Path, clean: dict[str, str]) -> None:
    root = _tree(tmp_path, clean)
    assert violations(root, "fake", read_layers(FAKE_LAYERS), {}) == []


def test_an_upward_import_inside_a_function_is_named_with_file_and_line(
    tmp_path: Path, clean: dict[str, str]
) -> None:
    clean["fake/core/sums.py"] += "\n\ndef shown():\n    from fake.app import views\n"
    root = _tree(tmp_path, clean)
    assert violations(root, "fake", read_layers(FAKE_LAYERS), {}) == [
        "upward import (layer 0 → 2): fake/core/sums.py:6 fake.core.sums → fake.app.views"
    ]


def test_a_package_cycle_names_every_import_in_it(tmp_path: Path, clean: dict[str, str]) -> None:
    # fake.data → fake.other → fake.data: same layer, closed by a relative import in a function
    clean["fake/other/models.py"] = "from fake.data import models\n"
    clean["fake/data/models.py"] += "\n\ndef later():\n    from ..other.models import x\n"
    root = _tree(tmp_path, clean)
    assert violations(root, "fake", read_layers(FAKE_LAYERS), {}) == [
        "cycle between units fake.data, fake.other:",
        "    fake/data/models.py:5 fake.data.models → fake.other.models",
        "    fake/other/models.py:1 fake.other.models → fake.data.models",
    ]


def test_a_module_cycle_inside_one_package_fails(tmp_path: Path, clean: dict[str, str]) -> None:
    clean["fake/app/shell.py"] = "from fake.app import views\n"
    clean["fake/app/views.py"] += "from fake.app.shell import x\n"
    root = _tree(tmp_path, clean)
    assert violations(root, "fake", read_layers(FAKE_LAYERS), {}) == [
        "cycle between modules fake.app.shell, fake.app.views:",
        "    fake/app/shell.py:1 fake.app.shell → fake.app.views",
        "    fake/app/views.py:3 fake.app.views → fake.app.shell",
    ]


def test_an_allowed_import_is_excused_and_an_unknown_package_is_not(
    tmp_path: Path, clean: dict[str, str]
) -> None:
    clean["fake/core/sums.py"] += "from fake.app.views import y\n"
    clean["fake/extra.py"] = ""
    root = _tree(tmp_path, clean)
    allowed = {("fake.core.sums", "fake.app.views"): "reason"}
    assert violations(root, "fake", read_layers(FAKE_LAYERS), allowed) == [
        "fake.extra: in no layer of the table"
    ]


# The imports that broke the order when this test was introduced, each written back into a
# copy of today's tree (targets ↔ observations now from the core targets package, since the
# target page that read derived figures is a feature unit): the test names each one.
FORMER = [
    ("targets/models.py", "from citystat.observations.models import DerivedFigure"),
    ("targets/grid.py", "from citystat.dashboard.periods import available_periods"),
    ("intake/models.py", "from citystat.intake.context import vocabulary"),
    ("importers/parse.py", "from citystat.intake.models import ImportBatch"),
    ("projects/views.py", "from citystat.dashboard.queries import frame"),
    ("projects/views.py", "from citystat.followups.queries import visible_followups"),
    ("api/views.py", "from citystat.site.malformed import nul_message"),
]


@pytest.mark.parametrize(("where", "line"), FORMER, ids=[f"{w}:{x.split()[1]}" for w, x in FORMER])
def test_each_former_exception_would_fail_again(tmp_path: Path, where: str, line: str) -> None:
    """Today's tree passes; with any one of the removed imports written back it fails on it."""
    shutil.copytree(SRC / "citystat", tmp_path / "citystat", ignore=_not_python)
    path = tmp_path / "citystat" / where
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    layers = read_layers(ARCHITECTURE.read_text(encoding="utf-8"))
    module = module_name(path, tmp_path)
    target = line.split()[1]
    problems = violations(tmp_path, "citystat", layers, {})
    assert problems and any(f"{module} → {target}" in p for p in problems), problems


def _not_python(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if "." in n and not n.endswith(".py")} | {"__pycache__"}
