"""Year-end forecast: projected annual value, interval, probability of target.

The projection divides the year-to-date value by the share of the annual total
that the region usually reaches by this month (its own seasonal pattern). The
uncertainty comes from how wrong that projection would have been in past years
(leave-one-out), or from supplied past forecast errors, on a log scale.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import NormalDist

from citystat.stats._values import defined, is_missing

__all__ = ["Forecast", "year_end_forecast"]


@dataclass(frozen=True, slots=True)
class Forecast:
    """A year-end projection.

    Attributes
    ----------
    projection : float
        Projected annual (1–12月) value.
    low, high : float or None
        Interval at ``coverage``; None when too little history (< 2 errors).
    probability : float or None
        Probability (0–1) that the annual value reaches the target; None
        without a target or without an error estimate.
    expected_share : float
        Share of the annual total expected by this month (0–1).
    """

    projection: float
    low: float | None
    high: float | None
    probability: float | None
    expected_share: float


def _share(history: Sequence[Mapping[int, float | None]], month: int) -> list[float]:
    shares = []
    for past in history:
        now, annual = past.get(month), past.get(12)
        if now is None or annual is None or is_missing(now) or is_missing(annual):
            continue
        if now > 0 and annual > 0:
            shares.append(now / annual)
    return shares


def _loo_errors(shares: Sequence[float]) -> list[float]:
    # Each past year projected with the mean share of the other years: the
    # log error is ln(actual/projection) = ln(share_y / mean_others).
    if len(shares) < 2:
        return []
    total = sum(shares)
    return [math.log(s / ((total - s) / (len(shares) - 1))) for s in shares]


def year_end_forecast(
    cumulative: float | None,
    month: int,
    history: Sequence[Mapping[int, float | None]],
    target: float | None = None,
    *,
    past_errors: Sequence[float] | None = None,
    coverage: float = 0.9,
) -> Forecast | None:
    """Project the annual value of a cumulative indicator from its YTD value.

    Parameters
    ----------
    cumulative : float
        Year-to-date value after ``month`` (1–m月).
    month : int
        Last month covered.
    history : sequence of mappings
        Past years, month → cumulative value (needs month ``month`` and 12).
        Without history the share falls back to ``month/12``.
    target : float, optional
        Annual target level (for a growth target pass last year's annual
        value × (1 + g/100)).
    past_errors : sequence of float, optional
        Relative errors ``actual/projection − 1`` of past forecasts made at
        this month; default: leave-one-out errors from ``history``.
    coverage : float
        Interval coverage (default 0.9).

    Examples
    --------
    >>> past = [{6: 40.0, 12: 100.0}, {6: 45.0, 12: 100.0}, {6: 50.0, 12: 110.0}]
    >>> f = year_end_forecast(46.0, 6, past, target=100.0)
    >>> round(f.projection, 1), round(f.low, 1), round(f.high, 1), round(f.probability, 2)
    (105.7, 88.8, 125.7, 0.7)
    >>> year_end_forecast(60.0, 6, []).projection
    120.0
    >>> year_end_forecast(None, 6, past) is None
    True
    """
    ytd = defined(cumulative)
    if ytd is None or ytd <= 0 or not 1 <= month <= 12:
        return None
    shares = _share(history, month)
    share = sum(shares) / len(shares) if shares else month / 12
    projection = ytd / share
    if past_errors is not None:
        errors = [math.log1p(e) for e in past_errors if e > -1 and math.isfinite(e)]
    else:
        errors = _loo_errors(shares)
    if month == 12:
        return Forecast(ytd, ytd, ytd, _certain(ytd, target), 1.0)
    if len(errors) < 2:
        return Forecast(projection, None, None, None, share)
    # A systematic error of past projections shifts the centre; its spread sets the width.
    bias = sum(errors) / len(errors)
    sigma = math.sqrt(sum((e - bias) ** 2 for e in errors) / (len(errors) - 1))
    centre = math.log(projection) + bias
    projection = math.exp(centre)
    z = NormalDist().inv_cdf(0.5 + coverage / 2)
    low, high = math.exp(centre - z * sigma), math.exp(centre + z * sigma)
    t = defined(target)
    probability: float | None = None
    if t is not None and t > 0:
        if sigma == 0:
            probability = 1.0 if projection >= t else 0.0
        else:
            probability = 1 - NormalDist(centre, sigma).cdf(math.log(t))
    return Forecast(projection, low, high, probability, share)


def _certain(actual: float, target: float | None) -> float | None:
    t = defined(target)
    if t is None:
        return None
    return 1.0 if actual >= t else 0.0
