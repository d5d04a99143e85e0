"""Helpers shared by the statistics modules: what counts as "no number"."""

from __future__ import annotations

import math


def is_missing(x: float | None) -> bool:
    """Return True when ``x`` is not a usable number (None, NaN or infinite).

    Examples
    --------
    >>> is_missing(None), is_missing(float("nan")), is_missing(0.0)
    (True, True, False)
    """
    return x is None or not math.isfinite(x)


def defined(x: float | None) -> float | None:
    """Return ``x`` as a float, or None when it is not a usable number.

    Undefined figures are carried as None so that they are shown as "—",
    never as 0, inf or NaN.

    Examples
    --------
    >>> defined(float("inf")) is None
    True
    >>> defined(3)
    3.0
    """
    if x is None or not math.isfinite(x):
        return None
    return float(x)
