"""The months the dashboard can show, and which stored months a "latest figure" reads.

The list of periods is a DISTINCT over the derived table, too slow to run per request at
province scale, so it is cached against a cheap version: the counter that every
rebuild of the derived figures moves in its own transaction, joined with the policy
version (``dashboard.cache.version``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Case, Max, When

from citystat.dashboard import cache
from citystat.observations import summaries
from citystat.observations.models import DerivedFigure, period_label
from citystat.stats.periods import parse_month_or_none

_periods_cache = cache.periods_memo


@dataclass(frozen=True)
class Period:
    year: int
    month: int
    # whether the region asked about (the city) has approved figures in this month
    complete: bool = field(default=True, compare=False)

    @property
    def key(self) -> str:
        return f"{self.year}-{self.month:02d}"

    @property
    def label(self) -> str:
        return period_label(self.year, self.month)

    @property
    def month_label(self) -> str:
        return f"{self.year}年{self.month}月"


def data_version() -> str:
    """What every dashboard cache key carries: data version and policy version (one query)."""
    return cache.version()


def forget_caches() -> None:
    """Drop every dashboard cache (see ``dashboard.cache.forget``)."""
    cache.forget()


def available_periods(version: str | None = None, region_id: int | None = None) -> list[Period]:
    """Months with derived (approved) figures of any region, newest first.

    With ``region_id``, each month also says whether that region (the city) has figures in
    it: an approved county month shows at once, the city total marked 待审定 until it is
    approved too. One grouped query per data version (cached).
    """
    version = data_version() if version is None else version
    cached = _periods_cache.get((version, region_id))
    if cached is None:
        figures = DerivedFigure.objects.values("year", "month")
        if region_id is None:
            rows = [(y, m, True) for y, m in figures.distinct().values_list("year", "month")]
        else:
            rows = list(
                figures.annotate(
                    has=Max(Case(When(region_id=region_id, then=1), default=0))
                ).values_list("year", "month", "has")
            )
        cached = sorted(((y, m, bool(h)) for y, m, h in rows), reverse=True)
        if any(key[0] != version for key in _periods_cache):
            _periods_cache.clear()
        _periods_cache[(version, region_id)] = cached
    return [Period(y, m, h) for y, m, h in cached]


# ``2023-11`` (or ``2023-1``) → (2023, 11); anything else → None.


def choose_period(raw: str | None, periods: list[Period]) -> Period | None:
    """The requested period when it has data, else the newest one (see ``missing_period``)."""
    if not periods:
        return None
    wanted = parse_month_or_none(raw)
    if wanted is not None:
        for p in periods:
            if (p.year, p.month) == wanted:
                return p
    return periods[0]


# Stored months whose figures can be "the latest at or before a month" in a year (one rule
# for the pages and the summaries the derivation writes).
latest_months = summaries.latest_months


def neighbours(period: Period, periods: list[Period]) -> tuple[Period | None, Period | None]:
    """(previous, next) available months around ``period``."""
    ordered = sorted(periods, key=lambda p: (p.year, p.month))
    i = ordered.index(period)
    return (ordered[i - 1] if i > 0 else None, ordered[i + 1] if i + 1 < len(ordered) else None)


def missing_period(raw: str | None, periods: list[Period]) -> Period | None:
    """The period asked for when it is a valid month without data (the page says so)."""
    wanted = parse_month_or_none(raw)
    if wanted is None or any((p.year, p.month) == wanted for p in periods):
        return None
    return Period(*wanted)
