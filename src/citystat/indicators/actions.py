"""Writes to the catalogue."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from citystat.indicators.models import (
    Dimension,
    Indicator,
    IndicatorAlias,
    IndicatorGroup,
    Placement,
)


@transaction.atomic
def upsert_dimension(*, code: str, name: str, sort_order: int, description: str = "") -> Dimension:
    dimension, _ = Dimension.objects.update_or_create(
        code=code, defaults={"name": name, "sort_order": sort_order, "description": description}
    )
    return dimension


@transaction.atomic
def upsert_indicator(*, code: str, aliases: tuple[str, ...] = (), **fields: Any) -> Indicator:
    indicator, _ = Indicator.objects.update_or_create(code=code, defaults=fields)
    for alias in {indicator.name, *aliases}:
        IndicatorAlias.objects.update_or_create(alias=alias, defaults={"indicator": indicator})
    return indicator


@transaction.atomic
def upsert_group(
    *, code: str, name: str, members: list[Indicator], sort_order: int = 0
) -> IndicatorGroup:
    group, _ = IndicatorGroup.objects.update_or_create(
        code=code, defaults={"name": name, "sort_order": sort_order}
    )
    group.members.set(members)
    return group


class PlacementError(ValueError):
    """Placements refused: the message names the unknown codes (Chinese)."""


@transaction.atomic
def set_placements(place: str, codes: list[str]) -> list[Placement]:
    """Feature these indicators (in this order) at ``place``, replacing what was there."""
    indicators = {i.code: i for i in Indicator.objects.filter(code__in=codes)}
    missing = [c for c in codes if c not in indicators]
    if missing:
        raise PlacementError(f"指标代码“{'、'.join(missing)}”不存在,请先载入指标体系。")
    Placement.objects.filter(place=place).delete()
    return [
        Placement.objects.create(place=place, indicator=indicators[c], sort_order=n)
        for n, c in enumerate(codes, start=1)
    ]
