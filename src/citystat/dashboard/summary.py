"""A month's per-period summaries for one city, as the pages read them (``PeriodSummary``).

The derivation stores, per indicator, the city's and each unit's latest figure at or before
the month in a few packed columns (``observations.summaries``). The home page, the 大屏
and the county page read those rows (one per indicator) for the composite scores, the
alerts with the counts by light and 「已报 N/M」, instead of the month's rows of every unit
scattered over the derived table. Memoised per (version, city, period).

When there is no summary for the month, or it was written for another set of units than
the city has now (a region moved since the last rebuild), :func:`load` answers None and the
pages compute from the derived figures as before.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from citystat.dashboard import cache
from citystat.observations import summaries

_memo = cache.summary_memo


@dataclass(frozen=True)
class CitySummary:
    """Indicator id → ``summaries.FIGURES`` of the month (the city first, then its units);
    → ``summaries.SEEN`` of the year and of the year before."""

    figures: dict[int, np.ndarray]
    seen: dict[int, np.ndarray]
    before: dict[int, np.ndarray]
    members: frozenset[int]

    def covers(self, regions: Collection[int]) -> bool:
        """Whether the summary was written for each of these units (a region moved into
        the city since the last rebuild is in none of its rows)."""
        return all(r in self.members for r in regions)

    def rows(self, indicator_id: int, regions: np.ndarray) -> np.ndarray:
        """The indicator's figures of ``regions`` (region ids), in stored order."""
        got = self.figures.get(indicator_id)
        if got is None:
            return np.empty(0, dtype=summaries.FIGURES)
        return got[np.isin(got["region"], regions, kind="table")]

    def seen_in(self, indicator_id: int, field: str, regions: np.ndarray) -> int:
        """How many of ``regions`` have ``field`` (value or growth) in any month of this
        year or the year before."""
        flagged: set[int] = set()
        for source in (self.seen, self.before):
            got = source.get(indicator_id)
            if got is not None:
                flagged.update(got["region"][got[field]].tolist())
        return int(np.isin(regions, list(flagged), kind="table").sum()) if flagged else 0


def load(
    version: str, city_id: int, units: Collection[int], year: int, month: int
) -> CitySummary | None:
    """The city's summary of the month, or None (see the module)."""
    key = (version, city_id, year, month)
    if key in _memo:
        found: CitySummary | None = _memo[key]
    else:
        got = summaries.read(city_id, year, month)
        found = None
        if got is not None:
            figures, seen, before = got
            members: set[int] = set()
            for arr in seen.values():
                members.update(arr["region"].tolist())
            found = CitySummary(figures, seen, before, frozenset(members))
        if len(_memo) > 64:
            _memo.clear()
        _memo[key] = found
    if found is None or not found.covers(units):
        return None
    return found
