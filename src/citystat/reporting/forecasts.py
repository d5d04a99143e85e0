"""Year-end projections for the risk section, with a probability of meeting the target.

``citystat.stats.year_end_forecast`` needs at least two past forecast errors for an
interval and a probability. With one past year (the demo has 2022 only) there is no
leave-one-out error, so the spread comes from the peers instead: how wrong last year's
projection would have been for each county of the city had it followed this region's
seasonal pattern (share of the annual total reached by this month). That measures how
much seasonal patterns differ, a fair stand-in for how much this year's may differ.
"""

from __future__ import annotations

from dataclasses import dataclass

from citystat.reporting.inputs import IndicatorInfo, ReportData
from citystat.stats import Forecast, year_end_forecast


@dataclass(frozen=True, slots=True)
class Projection:
    forecast: Forecast
    target_level: float
    last_year: float | None  # last year's annual value (for a growth projection)

    @property
    def growth(self) -> float | None:
        if not self.last_year:
            return None
        return self.forecast.projection / self.last_year * 100 - 100


def _share(history: dict[int, float | None], month: int) -> float | None:
    now, annual = history.get(month), history.get(12)
    if now is None or annual is None or now <= 0 or annual <= 0:
        return None
    return now / annual


def project(
    data: ReportData, ind: IndicatorInfo, region: str, year: int, month: int
) -> Projection | None:
    """Projection of a cumulative indicator with an annual target, or None."""
    if not ind.cumulative or ind.kind == "rate" or month >= 12:
        return None
    row = data.fig(ind.code, region, year, month)
    if row is None or row.value is None:
        return None
    history = data.history(ind.code, region, year - 1)
    last = history.get(12)
    if ind.target_kind == "level" and row.target_value is not None:
        target = row.target_value
    elif ind.target_kind == "growth" and row.target_growth is not None and last:
        target = last * (1 + row.target_growth / 100)
    else:
        return None
    own = _share(history, month)
    errors: list[float] | None = None
    if own is not None:
        peers = [
            s
            for c in data.counties()
            if c.code != region
            and (s := _share(data.history(ind.code, c.code, year - 1), month)) is not None
        ]
        if len(peers) >= 3:
            errors = [own / s - 1 for s in peers]
    f = year_end_forecast(row.value, month, [history], target, past_errors=errors)
    if f is None:
        return None
    return Projection(f, target, last)
