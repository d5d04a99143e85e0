"""Which unit answers for a region's or an indicator's figures."""

from __future__ import annotations

from citystat.indicators.models import Indicator
from citystat.regions.leads import government_of
from citystat.regions.models import Region


def unit_for_region(region: Region, indicator: Indicator | None = None) -> str:
    """The city's (and 市直's) figures: the indicator's 牵头单位, else its data source;
    a county-level unit's: its government (the follow-up goes to the county, which hands
    it to its departments)."""
    if region.level == "city" or region.kind == "city_direct":
        if indicator is None:
            return "市统计局"
        return indicator.lead_unit or indicator.source_unit or "市统计局"
    return government_of(region)
