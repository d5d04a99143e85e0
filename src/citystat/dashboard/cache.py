"""The dashboard's cache version and in-process memos: below ``periods``, ``scores`` and
``summary``.

Every dashboard cache (the list of periods, the composite scores, whole page bodies) is
keyed by :func:`version`: the derived figures' data version joined with the policy
version (catalogue, dimensions and their weights, rules), so an approval and an
administrator's edit of a weight or rule reach the next page load alike.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.core.cache import cache

from citystat.observations import derivation

# Filled by ``periods`` and ``scores``; keyed by version first, so they never serve stale.
periods_memo: dict[tuple[str, int | None], list[tuple[int, int, bool]]] = {}
scores_memo: dict[tuple[str, int, int], Any] = {}
summary_memo: dict[tuple[str, int, int, int], Any] = {}


# The version a page body is being built under: every read of the build keys on the same
# version as the page (and asks the database once).
_building: ContextVar[str | None] = ContextVar("dashboard_version", default=None)


def version() -> str:
    """Data version and policy version, for cache keys: one query (none while building)."""
    return _building.get() or derivation.cache_version()


@contextmanager
def building(at: str) -> Iterator[None]:
    """Build a page body under one version (``version()`` answers it without a query)."""
    token = _building.set(at)
    try:
        yield
    finally:
        _building.reset(token)


# Page bodies this process served lately, in front of the shared (file) cache: a hit costs
# no file read, no unpickling. Keyed like the shared cache (the data and policy versions are
# in the key, so an approval reaches every process at its next request); each entry keeps
# the shared entry's expiry, so what is not derived (projects) is no later than there.
# Bounded by count and by characters (a province's pages are larger than the demo's).
LOCAL_ENTRIES = 256
LOCAL_CHARS = 16_000_000
_local: OrderedDict[str, tuple[float, int, Any]] = OrderedDict()
_local_chars = 0
_local_lock = threading.Lock()


def local_get(key: str) -> Any | None:
    """The page body stored under ``key`` by this process and not yet expired, else None."""
    global _local_chars
    with _local_lock:
        entry = _local.get(key)
        if entry is None:
            return None
        if entry[0] <= time.monotonic():
            del _local[key]
            _local_chars -= entry[1]
            return None
        _local.move_to_end(key)
        return entry[2]


def local_set(key: str, value: Any, expires_at: float, size: int) -> None:
    """Keep ``value`` (``size`` characters) under ``key`` until ``expires_at``
    (``time.monotonic()``) at the latest."""
    global _local_chars
    with _local_lock:
        old = _local.pop(key, None)
        if old is not None:
            _local_chars -= old[1]
        _local[key] = (expires_at, size, value)
        _local_chars += size
        while len(_local) > LOCAL_ENTRIES or (_local_chars > LOCAL_CHARS and len(_local) > 1):
            _drop_key, dropped = _local.popitem(last=False)
            _local_chars -= dropped[1]


def forget() -> None:
    """Drop every dashboard cache (periods, composite scores, page bodies).

    Never needed in service (the version keys move with each change); for tests and
    scripts that change derived figures in place.
    """
    periods_memo.clear()
    scores_memo.clear()
    summary_memo.clear()
    global _local_chars
    with _local_lock:
        _local.clear()
        _local_chars = 0
    cache.clear()
