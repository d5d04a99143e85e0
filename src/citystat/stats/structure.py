"""占比/比重, 三次产业结构 and 百分点 changes (methodology §4), and sum checks (§8)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from citystat.stats._values import defined
from citystat.stats.rounding import round_half_up

__all__ = ["pp_change", "residual", "residual_tolerance", "shares", "structure"]


def shares(parts: Mapping[str, float | None]) -> dict[str, float | None]:
    """Each part's share of the sum of parts, in percent.

    All shares are None when any part is missing or the total is ≤ 0. A
    negative part (net exports) gets a negative share. Never normalised.

    Examples
    --------
    Zhongyang county 2024 GDP by industry (亿元):

    >>> s = shares({"一": 4.23, "二": 163.53, "三": 33.30})
    >>> {k: round_half_up(v, 2) for k, v in s.items() if v is not None}
    {'一': 2.1, '二': 81.33, '三': 16.56}
    """
    values = {name: defined(v) for name, v in parts.items()}
    if any(v is None for v in values.values()):
        return dict.fromkeys(values)
    total = sum(v for v in values.values() if v is not None)
    if total <= 0:
        return dict.fromkeys(values)
    return {name: v / total * 100 for name, v in values.items() if v is not None}


def structure(values: Iterable[float | None], decimals: int = 1) -> str | None:
    """三次产业结构 string such as ``"2.1:81.3:16.6"``.

    ``values`` are levels (or shares) in order; each is shown as its share of
    their sum, rounded half up. Rounded shares are not forced to add to 100.

    Examples
    --------
    >>> structure([4.23, 163.53, 33.30])
    '2.1:81.3:16.6'
    >>> structure([1.0, None]) is None
    True
    """
    items = list(values)
    s = shares({str(i): v for i, v in enumerate(items)})
    if not s or any(v is None for v in s.values()):
        return None
    return ":".join(
        f"{round_half_up(v, decimals):.{decimals}f}" for v in s.values() if v is not None
    )


def pp_change(share_now: float | None, share_before: float | None) -> float | None:
    """Change between two percentages, in 百分点 (never as a %).

    Examples
    --------
    >>> round_half_up(pp_change(2.10, 2.34), 1)
    -0.2
    """
    now, before = defined(share_now), defined(share_before)
    if now is None or before is None:
        return None
    return now - before


def residual(total: float | None, parts: Iterable[float | None]) -> float | None:
    """全市 minus the sum of its known parts (counties, 开发区, 风景区, 市直).

    Examples
    --------
    >>> round(residual(100.0, [40.0, 35.5, 24.4]), 6)
    0.1
    """
    t = defined(total)
    if t is None:
        return None
    known = [defined(p) for p in parts]
    if any(p is None for p in known):
        return None
    return t - sum(p for p in known if p is not None)


def residual_tolerance(decimals: int, n_parts: int) -> float:
    """Default tolerance for a residual: 0.05 of the display unit × parts.

    ``decimals`` is the display precision of the level; half a unit of the last
    shown digit per rounded part.

    Examples
    --------
    >>> round(residual_tolerance(1, 17), 6)
    0.85
    """
    return 0.5 * 10.0 ** (-decimals) * n_parts
