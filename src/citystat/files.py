"""Generated files appear whole or not at all.

Every file the platform generates (reports, exports written by the CLI, templates, backups)
is written under a temporary name in the same folder, flushed to disk and then renamed onto
its final name (``os.replace``, atomic on one file system). A process killed halfway leaves
at most a hidden ``.*.part`` file, never a truncated document under the real name.

Pure (no Django), so ``citystat.reporting`` may use it.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def temporary_name(path: Path) -> Path:
    """A hidden name beside ``path`` that keeps its suffix (some writers choose by it)."""
    return path.with_name(f".{path.stem}.{os.getpid()}-{secrets.token_hex(4)}.part{path.suffix}")


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it becomes ``path``, on error it is removed."""
    path = Path(path)
    tmp = temporary_name(path)
    try:
        yield tmp
        if tmp.exists():
            with tmp.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_bytes(path: Path, data: bytes) -> None:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding=encoding)
