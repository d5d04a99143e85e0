"""The extractor's compiled copy: which modules, and whether the copy matches the source.

``tools/compile_textfacts.sh`` (run by ``make install`` where a C compiler is present)
compiles :data:`MODULES` with mypyc into ``_mypyc/`` beside this file, with the digest of
the sources it compiled. :func:`use_if_current` puts that folder first on the package's path
only when the digest still matches: editing a rule falls back to pure Python at once, never
to an older compiled rule. Pure Python remains the reference; ``CITYSTAT_TEXTFACTS_PURE=1``
forces it (the test suite runs the extractor's tests both ways).
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import os
import re
import sys
from collections.abc import MutableSequence
from pathlib import Path
from typing import Final

#: The modules compiled, in the order their sources enter the digest.
MODULES: Final = (
    "extract",
    "measures",
    "subjects",
    "lists",
    "shared_figures",
    "periods",
    "scope",
    "patterns",
    "units",
    "numbers",
    "scanning",
    "tables",
    "table_blocks",
    "regions",
    "normalise",
    # (the record of a fact: compiled, its fields are read and set directly, not looked up
    # by name, and it is built without an interpreted __init__'s frame; round 19)
    "schema",
)
FOLDER: Final = "_mypyc"
DIGEST_FILE: Final = "SOURCES"


def sources_digest(package_dir: Path) -> str:
    """SHA-256 of the compiled modules' sources and the interpreter they were built for.

    >>> len(sources_digest(Path(__file__).parent))
    64
    """
    digest = hashlib.sha256(sys.implementation.cache_tag.encode())
    for name in MODULES:
        digest.update(b"\0" + name.encode() + b"\0")
        digest.update((package_dir / f"{name}.py").read_bytes())
    return digest.hexdigest()


def use_if_current(package_path: MutableSequence[str], package: str) -> bool:
    """Put the compiled copy first on ``package_path`` when it matches the sources.

    Returns whether the compiled copy is in use. Anything amiss (no copy, a stale one, one
    that does not load) leaves the package pure Python, as if no copy existed.
    """
    if os.environ.get("CITYSTAT_TEXTFACTS_PURE") == "1" or not package_path:
        return False
    package_dir = Path(package_path[0])
    folder = package_dir / FOLDER
    try:
        recorded = (folder / DIGEST_FILE).read_text(encoding="ascii").strip()
        current = recorded == sources_digest(package_dir)
    except OSError:
        return False
    if not current:
        return False
    # mypyc keeps the compiled code in one top-level library the modules import by name.
    sys.path.append(str(folder))
    package_path.insert(0, str(folder))
    try:
        importlib.import_module(f"{package}.extract")
    except ImportError:
        package_path.remove(str(folder))
        sys.path.remove(str(folder))
        for name in [m for m in sys.modules if m.startswith(f"{package}.") and m != __name__]:
            del sys.modules[name]
        return False
    return True


#: The name of a module constant (``_TOKEN_SCAN``, ``HEADS``): capitals, digits, underscores.
_CONSTANT: Final = re.compile(r"_?[A-Z][A-Z0-9_]*")


def mark_constants_final(source: str) -> str:
    """``source`` with each module constant annotated ``Final``, for the compiled copy only.

    mypyc keeps a ``Final`` module name in a C variable; any other module name is looked up
    in the module's dictionary each time a function reads it (some hundred lookups a figure
    on dense text: a pattern, a tuple of words). ``tools/compile_textfacts.sh`` runs this on
    the scratch copy it compiles, so the rule files need no annotation of their own (round
    19). Marked: a plain ``NAME = …`` at the top level, in capitals, that is the only binding
    of its name anywhere in the module (no second assignment, ``for``, ``import``, ``def``,
    local variable of that name or ``global``). Code that rebinds a module constant from
    outside the module would not reach the compiled rules; none does. Lines keep their
    numbers but for one ``from typing import Final`` added where none is imported.

    >>> print(mark_constants_final(
    ...     "import re\\n_A = re.compile('a')\\nB: int = 2\\n_C = 1\\n_C = 3\\nd = 4\\n"
    ... ))
    from typing import Final
    import re
    _A: Final = re.compile('a')
    B: int = 2
    _C = 1
    _C = 3
    d = 4
    <BLANKLINE>
    """
    tree = ast.parse(source)
    bindings: dict[str, int] = {}
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Global):
            names = [*node.names, *node.names]  # (never marked)
        elif isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            names = [node.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [(a.asname or a.name).split(".")[0] for a in node.names]
        for name in names:
            bindings[name] = bindings.get(name, 0) + 1
    lines = source.split("\n")
    marked = 0
    for node in tree.body:
        if not (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
        ):
            continue
        name = node.targets[0].id
        head = f"{name} = "
        line = lines[node.lineno - 1]
        if _CONSTANT.fullmatch(name) and bindings[name] == 1 and line.startswith(head):
            lines[node.lineno - 1] = f"{name}: Final = {line[len(head) :]}"
            marked += 1
    if marked and not re.search(r"^from typing import [^\n]*\bFinal\b", source, re.MULTILINE):
        first = next(
            (
                n.lineno
                for n in tree.body
                if isinstance(n, ast.Import | ast.ImportFrom)
                and not (isinstance(n, ast.ImportFrom) and n.module == "__future__")
            ),
            1,
        )
        lines.insert(first - 1, "from typing import Final")
    return "\n".join(lines)
