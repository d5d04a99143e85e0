"""Decimal half-up rounding (四舍五入) for published statistics.

Yearbooks round half up on the decimal value; Python's ``round`` rounds half to
even on the binary value, so ``round(8.25, 1)`` gives 8.2 where a bureau prints
8.3 (methodology §11).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from citystat.stats._values import is_missing

__all__ = ["display", "round_half_up", "round_or_none"]


def round_half_up(x: float, decimals: int = 0) -> float:
    """Round ``x`` half up (away from zero) at ``decimals`` places.

    The float is read through its shortest decimal form (``Decimal(str(x))``),
    so a number shown as 8.25 rounds like 8.25, not like its binary neighbour.

    Parameters
    ----------
    x : float
        The unrounded value.
    decimals : int
        Number of decimal places to keep (may be negative: -1 rounds to tens).

    Returns
    -------
    float
        The rounded value. NaN and infinities are returned unchanged.

    Examples
    --------
    >>> round_half_up(8.25, 1), round(8.25, 1)
    (8.3, 8.2)
    >>> round_half_up(0.15, 1)
    0.2
    >>> round_half_up(-2.405, 2)
    -2.41
    >>> round_half_up(42244.47)
    42244.0
    """
    if is_missing(x):
        return x
    quantum = Decimal(1).scaleb(-decimals)
    return float(Decimal(str(x)).quantize(quantum, rounding=ROUND_HALF_UP))


def round_or_none(x: float | None, decimals: int = 0) -> float | None:
    """Like :func:`round_half_up`, but undefined inputs give None.

    Examples
    --------
    >>> round_or_none(None, 1) is None, round_or_none(float("nan"), 1) is None
    (True, True)
    >>> round_or_none(9.08, 1)
    9.1
    """
    if x is None or is_missing(x):
        return None
    return round_half_up(x, decimals)


def display(x: float | None, decimals: int = 1) -> str:
    """Format a figure for display: half-up rounding, "—" when undefined.

    Examples
    --------
    >>> display(13.816, 1), display(None), display(float("nan"))
    ('13.8', '—', '—')
    >>> display(-0.04, 1)
    '0.0'
    """
    r = round_or_none(x, decimals)
    if r is None:
        return "—"
    if r == 0:
        r = 0.0  # never print "-0.0"
    return f"{r:.{max(decimals, 0)}f}"
