"""同比/环比 growth, bases backed out of reported growth, and average growth.

All rates are in percent and unrounded; round only for display
(:func:`citystat.stats.rounding.round_half_up`). Undefined → None.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from citystat.stats._values import defined
from citystat.stats.rounding import round_or_none

__all__ = [
    "average_growth",
    "average_growth_from_levels",
    "back_out_base",
    "growth_wording",
    "mom",
    "monthly_growth_from_cumulative",
    "two_year_average",
    "yoy",
]


def yoy(current: float | None, base: float | None) -> float | None:
    """同比增长率 in percent: ``(current / base − 1) × 100``.

    Undefined (None) when either value is missing or the base is ≤ 0: a zero
    base is 新增 and a negative base (losses) gives a misleading sign.

    Examples
    --------
    >>> round(yoy(80500, 75000), 4)
    7.3333
    >>> yoy(5, 0) is None, yoy(5, -2) is None, yoy(None, 4) is None
    (True, True, True)
    """
    c, b = defined(current), defined(base)
    if c is None or b is None or b <= 0:
        return None
    return (c / b - 1) * 100


def mom(current: float | None, previous: float | None) -> float | None:
    """Raw 环比 in percent, ``M[m]/M[m−1] − 1``: 未经季节调整.

    Never show it as the official 环比, which NBS seasonally adjusts.

    Examples
    --------
    >>> round(mom(25800, 28500), 2)
    -9.47
    """
    return yoy(current, previous)


def back_out_base(value: float | None, growth: float | None) -> float | None:
    """The same-caliber base implied by a level and its growth: ``value / (1 + g/100)``.

    Examples
    --------
    National retail sales 2018, 1–12月 380,987亿元 at +9.0%:

    >>> round(back_out_base(380987, 9.0), 1)
    349529.4
    >>> back_out_base(10, -100) is None
    True
    """
    v, g = defined(value), defined(growth)
    if v is None or g is None or g <= -100:
        return None
    return v / (1 + g / 100)


def monthly_growth_from_cumulative(
    cumulative: float | None,
    cumulative_growth: float | None,
    previous_cumulative: float | None,
    previous_cumulative_growth: float | None,
) -> float | None:
    """Single-month growth derived from cumulative levels and cumulative growth.

    Backs out the bases ``B[m] = C[m]/(1+g[m]/100)``; the single month last
    year is ``B[m] − B[m−1]`` and the growth is ``M[m] / (B[m] − B[m−1]) − 1``.
    Exact for nominal same-caliber data; for real (可比价) growth only an
    approximation (methodology §2). For month 1, pass ``previous_cumulative=0``
    and ``previous_cumulative_growth=0``.

    Examples
    --------
    April of the synthetic retail series of methodology §1:

    >>> g3, g4 = yoy(80500, 75000), yoy(106300, 99000)
    >>> round(monthly_growth_from_cumulative(106300, g4, 80500, g3), 1)
    7.5
    """
    b_now = back_out_base(cumulative, cumulative_growth)
    b_before = back_out_base(previous_cumulative, previous_cumulative_growth)
    c, p = defined(cumulative), defined(previous_cumulative)
    if b_now is None or b_before is None or c is None or p is None:
        return None
    return yoy(c - p, b_now - b_before)


def average_growth(rates: Iterable[float | None]) -> float | None:
    """Geometric mean of yearly growth rates (水平法), in percent.

    ``(Π(1 + g_k/100))^(1/n) − 1``. None when any rate is missing, the list is
    empty or a factor is ≤ 0.

    Examples
    --------
    NBS 两年平均 for 规上工业增加值 1–2月 2021 (−13.5% then +35.1%):

    >>> round(average_growth([-13.5, 35.1]), 1)
    8.1
    >>> average_growth([]) is None, average_growth([-120.0, 5.0]) is None
    (True, True)
    """
    product = 1.0
    n = 0
    for rate in rates:
        g = defined(rate)
        if g is None or g <= -100:
            return None
        product *= 1 + g / 100
        n += 1
    if n == 0 or product <= 0:
        return None
    root: float = product ** (1 / n)  # a positive base: a real root, not complex
    return (root - 1) * 100


def average_growth_from_levels(
    current: float | None, base: float | None, years: int
) -> float | None:
    """Average yearly growth from two levels ``years`` apart (水平法).

    The interval excludes the base year: "2021–2025年均" has ``years=5`` and
    base 2020.

    Examples
    --------
    >>> round(average_growth_from_levels(130.0, 100.0, 5), 2)
    5.39
    >>> average_growth_from_levels(130.0, 0.0, 5) is None
    True
    """
    c, b = defined(current), defined(base)
    if c is None or b is None or b <= 0 or c <= 0 or years <= 0:
        return None
    root: float = (c / b) ** (1 / years)  # a positive base: a real root, not complex
    return (root - 1) * 100


def two_year_average(
    growth_this_year: float | None, growth_last_year: float | None
) -> float | None:
    """两年平均增长: the geometric mean of two consecutive yearly rates.

    Examples
    --------
    >>> round(two_year_average(35.1, -13.5), 1)
    8.1
    """
    return average_growth([growth_last_year, growth_this_year])


def growth_wording(growth: float | None, decimals: int = 1) -> str:
    """Chinese wording of a growth rate: 增长 g%, 下降 |g|%, 持平, or "—".

    Judged at the display precision, so +0.04 at one decimal is 持平.

    Examples
    --------
    >>> growth_wording(6.54), growth_wording(-0.6), growth_wording(0.04), growth_wording(None)
    ('增长6.5%', '下降0.6%', '持平', '—')
    """
    r = round_or_none(growth, decimals)
    if r is None or not math.isfinite(r):
        return "—"
    if r == 0:
        return "持平"
    word = "增长" if r > 0 else "下降"
    return f"{word}{abs(r):.{decimals}f}%"
