"""Who answers for an indicator in a region (牵头单位): one rule, read by reports and pages.

Order for a region: its own override for the indicator (``LeadUnit``), then one for the
whole (构成于 / 其中项所属指标) the indicator belongs to, then one for its dimension; the
city itself (and 市直) then falls back to the indicator's city-level ``lead_unit``, any
other unit to its own government (a county document never names a city department).
"""

from __future__ import annotations

from collections.abc import Iterable

from citystat.indicators.models import Indicator, LeadUnit
from citystat.regions.models import Region


def government_of(region: Region) -> str:
    """The unit that answers for everything of a county-level unit: its government."""
    if region.kind == Region.Kind.DEV_ZONE:
        return f"{region.name}管委会"
    if region.kind == Region.Kind.SCENIC_AREA:
        return f"{region.name}管理局"
    return f"{region.name}人民政府"


def _speaks_for_city(region: Region) -> bool:
    return region.level != Region.Level.COUNTY or region.kind == Region.Kind.CITY_DIRECT


def lead_units(region: Region, indicators: Iterable[Indicator] | None = None) -> dict[str, str]:
    """Indicator code → 牵头单位 in ``region`` for every indicator given (all when None).

    One query (the region's overrides) for indicators given with their wholes; two otherwise.
    """
    inds = list(Indicator.objects.all()) if indicators is None else list(indicators)
    by_pk = {i.pk: i for i in inds}
    if any(w is not None and w not in by_pk for i in inds for w in (i.parent_id, i.subset_of_id)):
        by_pk = {i.pk: i for i in Indicator.objects.all()}  # the wholes were not given
    own: dict[int, str] = {}
    per_dimension: dict[int, str] = {}
    for ind_id, dim_id, unit in LeadUnit.objects.filter(region=region).values_list(
        "indicator_id", "dimension_id", "unit"
    ):
        if ind_id is not None:
            own[ind_id] = unit
        elif dim_id is not None:
            per_dimension[dim_id] = unit
    city = _speaks_for_city(region)
    fallback = "" if city else government_of(region)
    out: dict[str, str] = {}
    for ind in inds:
        unit = ""
        node: Indicator | None = ind
        seen: set[int] = set()
        while node is not None and node.pk not in seen and not unit:
            seen.add(node.pk)
            unit = own.get(node.pk, "")
            if not unit and city:
                unit = node.lead_unit
            whole = node.parent_id or node.subset_of_id
            node = by_pk.get(whole) if whole else None
        out[ind.code] = unit or per_dimension.get(ind.dimension_id, "") or fallback
    return out


def lead_unit_for(indicator: Indicator, region: Region) -> str:
    """The 牵头单位 of one indicator in one region ("" for the city when none is set)."""
    return lead_units(region, [indicator]).get(indicator.code, "")
