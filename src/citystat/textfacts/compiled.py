"""The extractor's compiled copy: which modules, and whether the copy matches the source.

``tools/compile_textfacts.sh`` (run by ``make install`` where a C compiler is present)
compiles :data:`MODULES` with mypyc into ``_mypyc/`` beside this file, with the digest of
the sources it compiled. :func:`use_if_current` puts that folder first on the package's path
only when the digest still matches: editing a rule falls back to pure Python at once, never
to an older compiled rule. Pure Python remains the reference; ``CITYSTAT_TEXTFACTS_PURE=1``
forces it (the test suite runs the extractor's tests both ways).
"""

from __future__ import annotations

import hashlib
import importlib
import os
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
    "periods",
    "patterns",
    "units",
    "numbers",
    "scanning",
    "tables",
    "table_blocks",
    "regions",
    "normalise",
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
