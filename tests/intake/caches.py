"""The dashboard's derived-figure caches, forgotten after each test here.

Tests here approve figures, which rebuilds the derived table inside a transaction that
is then rolled back; the caches must not keep what that rebuild produced.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _forget_derived_caches() -> Iterator[None]:
    yield
    from citystat.dashboard import periods

    forget = getattr(periods, "forget_caches", None)
    if forget is not None:
        forget()
