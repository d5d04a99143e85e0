"""Per-capita values and ‰ rates on the average resident population (§10).

年平均人口 is the mean of the year-start and year-end 常住人口.
"""

from __future__ import annotations

from citystat.stats._values import defined

__all__ = ["average_population", "per_capita", "per_mille"]


def average_population(
    population_start: float | None, population_end: float | None
) -> float | None:
    """Mean of year-start and year-end population; None when missing or ≤ 0.

    Examples
    --------
    >>> average_population(577990, 578043)
    578016.5
    """
    start, end = defined(population_start), defined(population_end)
    if start is None or end is None:
        return None
    mean = (start + end) / 2
    return mean if mean > 0 else None


def per_capita(
    total: float | None, population_start: float | None, population_end: float | None
) -> float | None:
    """Value per person of the average population (人均).

    Numerator and denominator must cover the same area (a county GDP that
    excludes the development zone needs a population that excludes it too).

    Examples
    --------
    A district's GDP of 244.18亿元 over 577,990 and 578,043 residents gives 42,244 yuan;
    a bureau dividing the unrounded GDP publishes 42,245 (see the tolerance note in the docs).

    >>> round(per_capita(244.18e8, 577990, 578043), 2)
    42244.47
    """
    t, avg = defined(total), average_population(population_start, population_end)
    if t is None or avg is None:
        return None
    return t / avg


def per_mille(
    count: float | None, population_start: float | None, population_end: float | None
) -> float | None:
    """Rate per thousand of the average population (出生率, 死亡率, 自然增长率).

    Examples
    --------
    >>> from citystat.stats.rounding import round_half_up
    >>> round_half_up(per_mille(2928, 577990, 578043), 2)
    5.07
    >>> round_half_up(per_mille(2928 - 4322, 577990, 578043), 2)
    -2.41
    """
    c, avg = defined(count), average_population(population_start, population_end)
    if c is None or avg is None:
        return None
    return c / avg * 1000
