"""The 年度目标 grid: indicator × region for one year, with last year's actual beside each cell.

One place for which indicators take a target (``Indicator.target_kind``), which regions the
planning office sets them for (the city and every unit under it), and what counts as "a
year without targets". The page, the Excel template, its import and the 待办 list read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from citystat.indicators.models import Indicator
from citystat.observations.models import DerivedFigure
from citystat.observations.periods import planning_year
from citystat.regions.models import Region
from citystat.targets.models import Target

if TYPE_CHECKING:
    from citystat.observations.periods import Month


@dataclass
class Cell:
    region: Region
    target: Target | None
    last_year: float | None
    shown: str = ""  # what the form shows: the stored target, or what was posted

    def __post_init__(self) -> None:
        if not self.shown and self.value is not None:
            self.shown = format(self.value.normalize(), "f")

    @property
    def value(self) -> Decimal | None:
        """The current target in the indicator's own terms (level or growth)."""
        if self.target is None:
            return None
        kind = self.target.indicator.target_kind
        if kind == Indicator.TargetKind.GROWTH:
            return self.target.target_growth
        return self.target.target_value


@dataclass
class Row:
    indicator: Indicator
    cells: list[Cell] = field(default_factory=list)

    @property
    def is_growth(self) -> bool:
        return self.indicator.target_kind == Indicator.TargetKind.GROWTH


@dataclass
class Grid:
    year: int
    regions: list[Region]
    rows: list[Row]

    @property
    def cells_total(self) -> int:
        return len(self.regions) * len(self.rows)

    @property
    def cells_set(self) -> int:
        return sum(1 for r in self.rows for c in r.cells if c.target is not None)

    @property
    def missing(self) -> int:
        return self.cells_total - self.cells_set


def target_indicators() -> list[Indicator]:
    return list(Indicator.objects.exclude(target_kind=Indicator.TargetKind.NONE))


def target_regions() -> list[Region]:
    """The city first, then every unit directly under it, in the catalogue's order."""
    cities = list(Region.objects.filter(level=Region.Level.CITY).order_by("sort_order", "code"))
    units = list(
        Region.objects.filter(parent__in=cities, level=Region.Level.COUNTY).order_by(
            "sort_order", "code"
        )
    )
    return cities + units


def grid(year: int) -> Grid:
    """Three queries: the indicators, the current targets, last December's derived figures."""
    indicators = target_indicators()
    regions = target_regions()
    targets = {
        (t.indicator_id, t.region_id): t
        for t in Target.objects.filter(year=year, is_current=True).select_related(
            "indicator", "set_by"
        )
    }
    actual: dict[tuple[int, int], float | None] = {}
    for ind_id, reg_id, value, growth in DerivedFigure.objects.filter(
        year=year - 1, month=12, indicator__in=indicators, region__in=regions
    ).values_list("indicator_id", "region_id", "value", "growth"):
        kind = next(i.target_kind for i in indicators if i.pk == ind_id)
        actual[(ind_id, reg_id)] = growth if kind == Indicator.TargetKind.GROWTH else value
    rows = [
        Row(
            indicator=i,
            cells=[
                Cell(region=r, target=targets.get((i.pk, r.pk)), last_year=actual.get((i.pk, r.pk)))
                for r in regions
            ],
        )
        for i in indicators
    ]
    return Grid(year=year, regions=regions, rows=rows)


def year_without_targets(
    newest: Month | None = None, indicators: list[Indicator] | None = None
) -> int | None:
    """The planning year when it has no target at all (the home page's reminder).

    ``newest`` and ``indicators`` (the catalogue): when the caller already has them.
    """
    year = planning_year(newest)
    catalogue = Indicator.objects.all() if indicators is None else indicators
    if year is None or not any(i.target_kind != Indicator.TargetKind.NONE for i in catalogue):
        return None
    if Target.objects.filter(year=year, is_current=True).exists():
        return None
    return year


def missing_count(year: int) -> int:
    """Cells of the grid without a current target (the planning office's 待办)."""
    total = len(target_indicators()) * len(target_regions())
    have = Target.objects.filter(
        year=year,
        is_current=True,
        indicator__in=target_indicators(),
        region__in=target_regions(),
    ).count()
    return max(total - have, 0)
