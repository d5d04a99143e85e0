"""Composite scores (综合评价) of the counties by dimension, from stored derived figures.

Scored with :func:`citystat.stats.evaluation.composite_scores` (功效系数法, 60–100):

- rates, ratios and indices (失业率, PM2.5, 城镇化率 …) are compared by level; every other
  indicator by its 同比, because levels of counties of very different size are not
  comparable;
- an indicator takes part only when every county has a figure for it in the period (the
  engine gives a county None for a whole dimension when one figure is missing);
- within a dimension the indicators weigh equally; the total weighs dimensions by
  ``Dimension.weight``.

One query and a few milliseconds on the demo; at province scale one row per indicator and
county (the database picks each one's latest month), and results are cached per
(data version, period).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from django.db import connection

from citystat.dashboard import cache
from citystat.dashboard.figures import latest_sql, marks
from citystat.dashboard.periods import latest_months
from citystat.dashboard.summary import CitySummary
from citystat.indicators.models import Dimension, Indicator
from citystat.regions.models import Region
from citystat.stats.evaluation import TOTAL, FrameworkItem, Method, composite_columns

LEVEL_KINDS = {Indicator.Kind.RATE, Indicator.Kind.RATIO, Indicator.Kind.INDEX}
METHOD: Method = "efficacy"

_cache = cache.scores_memo


def forget() -> None:
    _cache.clear()


@dataclass
class Scores:
    dimensions: list[str]  # dimension names, in framework order
    by_region: dict[int, dict[str, float | None]]  # region id → dimension name/总分 → score
    average: dict[str, float | None]  # mean over the scored counties
    indicator_count: dict[str, int]  # dimension name → indicators that took part

    def ranked(self) -> list[tuple[int, float]]:
        """(region id, total) best first."""
        totals = [(r, s[TOTAL]) for r, s in self.by_region.items() if s.get(TOTAL) is not None]
        return sorted(((r, t) for r, t in totals if t is not None), key=lambda x: -x[1])


def county_scores(
    version: str,
    year: int,
    month: int,
    indicators: list[Indicator],
    counties: list[Region],
    dimensions: list[Dimension],
    summary: CitySummary | None = None,
) -> Scores:
    """The counties' scores; their inputs from the month's ``summary`` when given, else
    read from the derived figures (the same values, tested equal)."""
    key = (version, year, month)
    cached: Scores | None = _cache.get(key)
    if cached is not None:
        return cached
    compared = (
        _columns(_latest_compared(year, month, counties), counties)
        if summary is None
        else summary_columns(summary, indicators, counties)
    )
    result = _compute(indicators, counties, dimensions, compared)
    if len(_cache) > 64:
        _cache.clear()
    _cache[key] = result
    return result


def _latest_compared(year: int, month: int, counties: list[Region]) -> list[tuple[int, int, Any]]:
    """(indicator id, county id, figure compared) of each county's latest figure at or before
    the month: the level for ``LEVEL_KINDS``, the 同比 otherwise.

    The latest month is chosen in the database (:func:`~citystat.dashboard.figures.latest_sql`),
    so only one row per indicator and county, three columns, comes back.
    """
    if not counties:
        return []
    months = latest_months(month)
    kinds = ", ".join(f"'{k}'" for k in sorted(str(k) for k in LEVEL_KINDS))  # fixed codes
    sql, params = latest_sql(
        [
            ("indicator_id", "d.indicator_id"),
            ("region_id", "d.region_id"),
            ("x", f"CASE WHEN i.kind IN ({kinds}) THEN d.value ELSE d.growth END"),
        ],
        f"d.year = %s AND d.region_id IN ({marks(counties)})",
        [year, *(c.pk for c in counties)],
        months,
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows: list[tuple[int, int, Any]] = cursor.fetchall()
        return rows


Columns = dict[int, npt.NDArray[np.float64]]  # indicator id → figure compared per county


def _columns(compared: list[tuple[int, int, Any]], counties: list[Region]) -> Columns:
    """:func:`_latest_compared`'s rows as columns over ``counties`` (NaN: no figure)."""
    at = {c.pk: n for n, c in enumerate(counties)}
    out: Columns = {}
    for ind_id, reg_id, x in compared:
        n = at.get(reg_id)
        if n is not None:
            col = out.setdefault(ind_id, np.full(len(counties), np.nan))
            col[n] = np.nan if x is None else x
    return out


def summary_columns(
    summary: CitySummary, indicators: list[Indicator], counties: list[Region]
) -> Columns:
    """What :func:`_latest_compared` reads, as columns over ``counties``, from the month's
    summary (one packed row per indicator)."""
    ids = np.asarray([c.pk for c in counties], dtype="int64")
    order = np.argsort(ids)
    out: Columns = {}
    for i in indicators:
        rows = summary.rows(i.pk, ids)
        if not len(rows):
            continue
        col = np.full(len(ids), np.nan)
        col[order[np.searchsorted(ids[order], rows["region"])]] = (
            rows["value"] if i.kind in LEVEL_KINDS else rows["growth"]
        )
        out[i.pk] = col
    return out


def _compute(
    indicators: list[Indicator],
    counties: list[Region],
    dimensions: list[Dimension],
    compared: Columns,
) -> Scores:
    # An indicator takes part when every county has its figure.
    complete = [
        i
        for i in indicators
        if counties and i.pk in compared and not np.isnan(compared[i.pk]).any()
    ]
    dim_names = {d.pk: d.name for d in dimensions}
    dim_weight = {d.pk: float(d.weight) for d in dimensions}
    per_dim: dict[int, int] = {}
    for i in complete:
        per_dim[i.dimension_id] = per_dim.get(i.dimension_id, 0) + 1
    framework = [
        FrameworkItem(
            i.code,
            dim_names[i.dimension_id],
            dim_weight[i.dimension_id] / per_dim[i.dimension_id],
            i.higher_is_better,
        )
        for i in complete
    ]
    names = [d.name for d in dimensions]
    if not framework:
        empty: dict[str, float | None] = dict.fromkeys([*names, TOTAL])
        return Scores(names, {r.pk: dict(empty) for r in counties}, empty, {})
    raw = composite_columns(
        [str(r.pk) for r in counties], {i.code: compared[i.pk] for i in complete}, framework, METHOD
    )
    by_region = {int(r): {n: s.get(n) for n in [*names, TOTAL]} for r, s in raw.items()}
    average: dict[str, float | None] = {}
    for n in [*names, TOTAL]:
        present = [v for s in by_region.values() if (v := s[n]) is not None]
        average[n] = sum(present) / len(present) if present else None
    counts = {dim_names[d]: c for d, c in per_dim.items()}
    return Scores(names, by_region, average, counts)
