"""Year-end projections by the documented method: 按往年进度推算.

The year-to-date value divided by the share of the annual total the region reached by the
same month in past years (``citystat.stats.year_end_forecast`` without an error model):
with one past year this is exactly ``C[m] / (C_prev[m] / C_prev[12])``, so the projected
growth equals the growth of the year so far on last year's pattern. No probability is
attached: risk is worded as what the rest of the year must grow by
(:func:`citystat.reporting.wording.required_runs`), the way a bureau writes it.

(An earlier version shifted the centre by the peers' seasonal errors, which is not the
stated method: for the demo's 固定资产投资 it gave −1.8% where the method gives −2.1%.)
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
    if history.get(month) is None or not last:
        return None  # no past progress to project by: the method does not apply
    f = year_end_forecast(row.value, month, [history], target, past_errors=[])
    if f is None:
        return None
    return Projection(f, target, last)
