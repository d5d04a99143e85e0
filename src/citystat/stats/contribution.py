"""拉动 (pull, pp) and 贡献率 (contribution, %), methodology §3.

Pulls always use **base-period** weights (same period last year, current
prices, same caliber). A published 占比 may be a current-period share; using it
as the weight is the Changzhi trap (10.9 pp instead of the published 10.6).
"""

from __future__ import annotations

from citystat.stats._values import defined
from citystat.stats.rounding import round_half_up

__all__ = ["contribution", "pull", "pull_from_growth"]


def pull(
    component_now: float | None, component_base: float | None, total_base: float | None
) -> float | None:
    """拉动 from levels, in pp: ``(X_i[t] − X_i[t−1]) / X_total[t−1] × 100``.

    Examples
    --------
    FAI by industry (methodology §3): secondary 80 → 100 of a 200 total.

    >>> pull(100, 80, 200), pull(18, 20, 200), pull(102, 100, 200)
    (10.0, -1.0, 1.0)
    >>> pull(5, 4, 0) is None
    True
    """
    now, base, total = defined(component_now), defined(component_base), defined(total_base)
    if now is None or base is None or total is None or total <= 0:
        return None
    return (now - base) / total * 100


def pull_from_growth(growth: float | None, base_share: float | None) -> float | None:
    """拉动 from a comparable-price growth rate and a base-period share, in pp.

    ``pull = w × g`` with both ``g`` and ``w`` in percent.

    Examples
    --------
    Changzhi Q1 2025, mining +14.4% with an implied base weight of 73.6%:

    >>> round_half_up(pull_from_growth(14.4, 73.6), 1)
    10.6
    >>> round_half_up(pull_from_growth(14.4, 75.9), 1)  # the current-share trap
    10.9
    """
    g, w = defined(growth), defined(base_share)
    if g is None or w is None:
        return None
    return g * w / 100


def contribution(
    component_delta: float | None,
    total_delta: float | None,
    *,
    total_decimals: int | None = None,
) -> float | None:
    """贡献率 in percent: a component's increment over the total's increment.

    Works on level increments or on pulls and total growth (pp). Undefined
    when the total's increment is zero; with ``total_decimals``, also when it
    *shows* as zero at that precision (a total growth printed as 0.0).

    Examples
    --------
    >>> contribution(20, 20), contribution(-2, 20)
    (100.0, -10.0)
    >>> round_half_up(contribution(5.6, 5.5), 1)
    101.8
    >>> contribution(0.3, 0.04, total_decimals=1) is None
    True
    """
    part, total = defined(component_delta), defined(total_delta)
    if part is None or total is None or total == 0:
        return None
    if total_decimals is not None and round_half_up(total, total_decimals) == 0:
        return None
    return part / total * 100
