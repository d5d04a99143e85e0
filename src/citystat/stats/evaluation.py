"""Composite evaluation scores per region and dimension (综合评价).

Three scorings of each indicator across regions, then a weighted sum within
each dimension of the framework:

- ``minmax``: ``(x − min)/(max − min) × 100`` (reversed for 越低越好);
- ``efficacy`` (功效系数法): ``60 + (x − min)/(max − min) × 40``;
- ``entropy`` (熵权法): min-max scores weighted by entropy weights computed from
  the data instead of the framework's weights.

An indicator with no spread (every region equal) scores full marks for every
region: nobody is behind. A region missing any indicator of a dimension gets
None for that dimension (and for the total), never a silently smaller score.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

__all__ = [
    "FrameworkItem",
    "Method",
    "composite_columns",
    "composite_scores",
    "entropy_weights",
    "indicator_scores",
]

Method = Literal["minmax", "efficacy", "entropy"]
TOTAL = "总分"


@dataclass(frozen=True, slots=True)
class FrameworkItem:
    """One indicator of an evaluation framework."""

    indicator: str
    dimension: str
    weight: float
    higher_is_better: bool = True


def indicator_scores(
    values: Mapping[str, float | None], higher_is_better: bool = True, method: Method = "minmax"
) -> dict[str, float | None]:
    """Score one indicator across regions (0–100, or 60–100 for ``efficacy``).

    Examples
    --------
    >>> indicator_scores({"a": 10.0, "b": 5.0, "c": 0.0})
    {'a': 100.0, 'b': 50.0, 'c': 0.0}
    >>> indicator_scores({"a": 10.0, "b": 5.0, "c": 0.0}, method="efficacy")
    {'a': 100.0, 'b': 80.0, 'c': 60.0}
    >>> indicator_scores({"a": 2.0, "b": 4.0, "c": None}, higher_is_better=False)
    {'a': 100.0, 'b': 0.0, 'c': None}
    """
    column = _scored(_column(list(values.values())), higher_is_better, method)
    return dict(zip(values, _optional(column), strict=True))


def _column(values: list[float | None]) -> npt.NDArray[np.float64]:
    """Values as floats, NaN where there is no usable number (None, NaN, infinite)."""
    out = np.array(values, dtype=np.float64)  # None becomes NaN
    out[~np.isfinite(out)] = np.nan
    return out


def _optional(column: npt.NDArray[np.float64]) -> list[float | None]:
    return [None if v != v else v for v in column.tolist()]


def _scored(
    column: npt.NDArray[np.float64], higher_is_better: bool, method: Method
) -> npt.NDArray[np.float64]:
    """One indicator's scores over a column of regions (NaN: no figure, no score).

    Element by element the same arithmetic as a loop over the regions would do, so the
    scores are exactly those of the formula in the module's docstring.
    """
    present = column[~np.isnan(column)]
    if not len(present):
        return column.copy()
    low, high = float(present.min()), float(present.max())
    floor, span = (60.0, 40.0) if method == "efficacy" else (0.0, 100.0)
    if high == low:
        return np.where(np.isnan(column), np.nan, floor + span)
    position = (column - low) / (high - low)
    return floor + span * (position if higher_is_better else 1 - position)


def entropy_weights(scores: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """熵权法 weights from indicator → (region → non-negative score).

    ``p_ij = s_ij / Σ_i s_ij``, ``e_j = −Σ p ln p / ln n``, ``w_j ∝ 1 − e_j``.
    An indicator with no spread gets weight 0; if none has spread, the weights
    are equal.

    Examples
    --------
    >>> w = entropy_weights({"x": {"a": 100.0, "b": 0.0}, "y": {"a": 50.0, "b": 50.0}})
    >>> w
    {'x': 1.0, 'y': 0.0}
    """
    divergence: dict[str, float] = {}
    for indicator, column in scores.items():
        vals = list(column.values())
        n, total = len(vals), sum(vals)
        if n < 2 or total <= 0:
            divergence[indicator] = 0.0
            continue
        entropy = -sum(v / total * math.log(v / total) for v in vals if v > 0) / math.log(n)
        d = 1.0 - entropy
        # A uniform column has entropy 1 up to rounding noise: treat it as exactly no information.
        divergence[indicator] = d if d > 1e-12 else 0.0
    norm = sum(divergence.values())
    if norm == 0:
        return {k: 1 / len(divergence) for k in divergence} if divergence else {}
    return {k: d / norm for k, d in divergence.items()}


def composite_scores(
    values: Mapping[str, Mapping[str, float | None]],
    framework: Sequence[FrameworkItem],
    method: Method = "minmax",
) -> dict[str, dict[str, float | None]]:
    """Composite score per region and dimension, plus ``"总分"``.

    Parameters
    ----------
    values : Mapping[str, Mapping[str, float | None]]
        Region → indicator → value.
    framework : sequence of FrameworkItem
        Indicators, their dimension, weight and polarity.
    method : {"minmax", "efficacy", "entropy"}

    Returns
    -------
    dict
        Region → dimension → score (weighted mean of indicator scores within
        the dimension); ``"总分"`` is the weighted mean over all indicators.

    Examples
    --------
    >>> fw = [FrameworkItem("gdp", "经济", 2.0), FrameworkItem("pm25", "生态", 1.0, False)]
    >>> data = {"甲": {"gdp": 8.0, "pm25": 30.0}, "乙": {"gdp": 6.0, "pm25": 20.0}}
    >>> composite_scores(data, fw)["甲"]
    {'经济': 100.0, '生态': 0.0, '总分': 66.66666666666667}
    >>> composite_scores(data, fw, "efficacy")["乙"]
    {'经济': 60.0, '生态': 100.0, '总分': 73.33333333333333}
    """
    rows = list(values.values())
    columns = {
        item.indicator: _column([row.get(item.indicator) for row in rows]) for item in framework
    }
    return composite_columns(list(values), columns, framework, method)


def composite_columns(
    regions: Sequence[str],
    columns: Mapping[str, npt.NDArray[np.float64]],
    framework: Sequence[FrameworkItem],
    method: Method = "minmax",
) -> dict[str, dict[str, float | None]]:
    """:func:`composite_scores` of values given per indicator as a column over ``regions``
    (NaN: no figure): what it computes, without a lookup per region and indicator."""
    base_method: Method = "minmax" if method == "entropy" else method
    per_indicator = {
        item.indicator: _scored(
            np.where(np.isfinite(columns[item.indicator]), columns[item.indicator], np.nan),
            item.higher_is_better,
            base_method,
        )
        for item in framework
    }
    weights = {item.indicator: item.weight for item in framework}
    if method == "entropy":
        complete = {
            ind: {r: s for r, s in zip(regions, _optional(col), strict=True) if s is not None}
            for ind, col in per_indicator.items()
        }
        weights = entropy_weights(complete)
    dimensions = list(dict.fromkeys(item.dimension for item in framework))
    groups: dict[str, list[str]] = {d: [] for d in dimensions}
    for item in framework:
        groups[item.dimension].append(item.indicator)
    groups[TOTAL] = [item.indicator for item in framework]
    scored = {
        name: _optional(_weighted(per_indicator, weights, members, len(regions)))
        for name, members in groups.items()
    }
    return {
        region: {name: column[n] for name, column in scored.items()}
        for n, region in enumerate(regions)
    }


def _weighted(
    scores: Mapping[str, npt.NDArray[np.float64]],
    weights: Mapping[str, float],
    members: Sequence[str],
    n: int,
) -> npt.NDArray[np.float64]:
    """Weighted mean of the members' scores per region; NaN where any member has none.

    Accumulated member by member in framework order, as a loop per region would.
    """
    total_weight = sum(weights[m] for m in members)
    if total_weight <= 0:
        return np.full(n, np.nan)
    acc = np.zeros(n, dtype=np.float64)
    for m in members:
        acc = acc + weights[m] * scores[m]
    return acc / total_weight
