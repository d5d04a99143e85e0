"""The dashboard's cache version and in-process memos: below ``periods`` and ``scores``.

Every dashboard cache (the list of periods, the composite scores, whole page bodies) is
keyed by :func:`version`: the derived figures' data version joined with the policy
version (catalogue, dimensions and their weights, rules), so an approval and an
administrator's edit of a weight or rule reach the next page load alike.
"""

from __future__ import annotations

from typing import Any

from django.core.cache import cache

from citystat.observations import derivation

# Filled by ``periods`` and ``scores``; keyed by version first, so they never serve stale.
periods_memo: dict[tuple[str, int | None], list[tuple[int, int, bool]]] = {}
scores_memo: dict[tuple[str, int, int], Any] = {}


def version() -> str:
    """Data version and policy version, for cache keys: one query."""
    return derivation.cache_version()


def forget() -> None:
    """Drop every dashboard cache (periods, composite scores, page bodies).

    Never needed in service (the version keys move with each change); for tests and
    scripts that change derived figures in place.
    """
    periods_memo.clear()
    scores_memo.clear()
    cache.clear()
