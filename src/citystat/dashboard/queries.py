"""Reads for the dashboard pages: a fixed number of queries each, over stored derived figures."""

from __future__ import annotations

from dataclasses import dataclass, field

from citystat.indicators.models import Indicator
from citystat.observations.models import DerivedFigure, Observation, period_label
from citystat.regions.models import Region


@dataclass
class Cell:
    value: float | None
    growth: float | None
    growth_source: str
    light: str
    month: int


@dataclass
class OverviewRow:
    region: Region
    cells: list[Cell | None] = field(default_factory=list)


@dataclass
class Overview:
    year: int
    month: int
    label: str
    indicators: list[Indicator]
    rows: list[OverviewRow]
    has_synthetic: bool
    periods: list[tuple[int, int]]


def available_periods() -> list[tuple[int, int]]:
    return sorted(set(DerivedFigure.objects.values_list("year", "month").distinct()), reverse=True)


def overview(year: int | None = None, month: int | None = None) -> Overview | None:
    """The city and its units × key indicators, latest figure at or before the chosen month."""
    periods = available_periods()
    if not periods:
        return None
    if year is None or month is None or (year, month) not in periods:
        year, month = periods[0]
    indicators = list(Indicator.objects.filter(is_key=True).select_related("dimension"))
    city = Region.objects.filter(level=Region.Level.CITY).order_by("code").first()
    regions = (
        [city, *Region.objects.filter(parent=city).order_by("sort_order", "code")] if city else []
    )
    figures = DerivedFigure.objects.filter(
        year=year, month__lte=month, indicator__in=indicators, region__in=regions
    ).values_list("indicator_id", "region_id", "month", "value", "growth", "growth_source", "light")
    latest: dict[tuple[int, int], Cell] = {}
    for ind_id, reg_id, m, value, growth, source, light in figures:
        current = latest.get((ind_id, reg_id))
        if current is None or m > current.month:
            latest[(ind_id, reg_id)] = Cell(value, growth, source, light, m)
    rows = [
        OverviewRow(r, [latest.get((i.pk, r.pk)) for i in indicators])
        for r in regions
        if r is not None
    ]
    has_synthetic = Observation.objects.filter(year=year, is_synthetic=True).exists()
    return Overview(
        year, month, period_label(year, month), indicators, rows, has_synthetic, periods
    )
