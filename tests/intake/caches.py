"""Derived-figure caches keyed by the highest DerivedFigure id.

SQLite rolls the id sequence back with each test's transaction, so a later test that
rebuilds the derived figures can reuse an id our rolled-back rebuild used and be served
our periods from the cache. Tests here that approve (and so rebuild) clear them after.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _forget_derived_caches() -> Iterator[None]:
    yield
    from citystat.dashboard import periods, scores

    for name in ("_periods_cache",):
        getattr(periods, name, {}).clear()
    getattr(scores, "_cache", {}).clear()
