"""Reads the province comparison for the city's own figures (issue 11 item 5).

The arithmetic (gap at the published precision, rank among the province's cities only
once all have a figure) is :func:`citystat.stats.comparison.compare_with_province`; this
module only gathers its inputs: the city's own growth from the derived table, the
province's and the other cities' from :class:`ComparisonFigure`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, Exists, IntegerField, Subquery

from citystat.regions.models import ComparisonFigure, ComparisonRegion
from citystat.stats.comparison import ProvinceComparison, compare_with_province, province_wording


@dataclass(frozen=True)
class ProvinceLine:
    indicator_id: int
    year: int
    month: int
    province_name: str
    province_growth: float
    comparison: ProvinceComparison
    sources: tuple[tuple[str, str, str], ...]  # (region, title, url) of the figures used

    @property
    def words(self) -> str:
        return province_wording(self.comparison)


def province_lines(
    city_code: str,
    own: Iterable[tuple[int, int, int, float | None, bool, int]],
) -> dict[tuple[int, int, int], ProvinceLine]:
    """(indicator id, year, month) → the comparison, for each own figure that has one.

    ``own`` yields (indicator id, year, month, growth, higher_is_better, growth decimals)
    of the city's figures; only those with a published province growth of the same
    indicator and period get a line.
    """
    wanted = {(i, y, m): (g, hib, d) for i, y, m, g, hib, d in own if g is not None}
    if not wanted:
        return {}
    # One query: the figures, with the number of the province's cities and whether the
    # city is one of them annotated on each row.
    cities = ComparisonRegion.objects.filter(level=ComparisonRegion.Level.CITY)
    figures = list(
        ComparisonFigure.objects.filter(
            indicator_id__in={k[0] for k in wanted},
            year__in={k[1] for k in wanted},
            growth__isnull=False,
        )
        .select_related("region")
        .annotate(
            n_cities=Subquery(
                cities.values("level").annotate(n=Count("pk")).values("n")[:1],
                output_field=IntegerField(),
            ),
            city_listed=Exists(cities.filter(code=city_code)),
        )
    )
    if not figures or not figures[0].city_listed:
        return {}
    n_cities = int(figures[0].n_cities or 0)
    by_key: dict[tuple[int, int, int], list[ComparisonFigure]] = {}
    for f in figures:
        by_key.setdefault((f.indicator_id, f.year, f.month), []).append(f)
    out: dict[tuple[int, int, int], ProvinceLine] = {}
    for key, (growth, higher_is_better, decimals) in wanted.items():
        rows = by_key.get(key, [])
        prov = next((f for f in rows if f.region.level == ComparisonRegion.Level.PROVINCE), None)
        if prov is None or prov.growth is None:
            continue
        peers: dict[str, float | None] = {
            f.region.code: float(f.growth)
            for f in rows
            if f.region.level == ComparisonRegion.Level.CITY and f.growth is not None
        }
        peers[city_code] = growth  # the city's own figure comes from its own data
        comparison = compare_with_province(
            city_code,
            peers,
            float(prov.growth),
            expected=n_cities,
            higher_is_better=higher_is_better,
            decimals=decimals,
        )
        out[key] = ProvinceLine(
            *key,
            prov.region.name,
            float(prov.growth),
            comparison,
            tuple((f.region.name, f.source_title, f.source_url) for f in rows),
        )
    return out
