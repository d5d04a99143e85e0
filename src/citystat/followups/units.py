"""Which unit answers for a region's or an indicator's figures."""

from __future__ import annotations

from citystat.indicators.models import Indicator
from citystat.regions.models import Region


def unit_for_region(region: Region, indicator: Indicator | None = None) -> str:
    if region.level == "city" or region.kind == "city_direct":
        return (indicator.source_unit if indicator and indicator.source_unit else "") or "市统计局"
    if region.kind == "dev_zone":
        return f"{region.name}管委会"
    if region.kind == "scenic_area":
        return f"{region.name}管理局"
    return f"{region.name}人民政府"
