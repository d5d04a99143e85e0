"""Writes to the region tree."""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction

from citystat.indicators.models import Indicator
from citystat.regions.models import ComparisonFigure, ComparisonRegion, Region, RegionAlias


@transaction.atomic
def upsert_region(
    *,
    code: str,
    name: str,
    level: str,
    kind: str,
    parent: Region | None,
    longitude: Decimal | None = None,
    latitude: Decimal | None = None,
    short_name: str = "",
    sort_order: int = 0,
    note: str = "",
    aliases: tuple[str, ...] = (),
) -> Region:
    region, _ = Region.objects.update_or_create(
        code=code,
        defaults={
            "name": name,
            "short_name": short_name,
            "level": level,
            "kind": kind,
            "parent": parent,
            "longitude": longitude,
            "latitude": latitude,
            "sort_order": sort_order,
            "note": note,
        },
    )
    for alias in {name, short_name, *aliases} - {""}:
        RegionAlias.objects.update_or_create(alias=alias, defaults={"region": region})
    return region


def upsert_comparison_region(*, code: str, name: str, level: str) -> ComparisonRegion:
    region, _ = ComparisonRegion.objects.update_or_create(
        code=code, defaults={"name": name, "level": level}
    )
    return region


def upsert_comparison_figure(
    *,
    region: ComparisonRegion,
    indicator: Indicator,
    year: int,
    month: int,
    value: Decimal | None,
    growth: Decimal | None,
    source_title: str,
    source_url: str = "",
    published: str = "",
    note: str = "",
) -> ComparisonFigure:
    """Store one published figure of the province or another city (never synthetic)."""
    where = f"{region.name}{indicator.name}{year}年{month}月"
    if value is None and growth is None:
        raise ValueError(f"{where}:数值和增速均为空,至少填写一项")
    if not source_title:
        raise ValueError(f"{where}:缺少来源,请填写公报或发布稿名称")
    fig, _ = ComparisonFigure.objects.update_or_create(
        region=region,
        indicator=indicator,
        year=year,
        month=month,
        defaults={
            "value": value,
            "growth": growth,
            "source_title": source_title,
            "source_url": source_url,
            "published": published,
            "note": note,
        },
    )
    return fig
