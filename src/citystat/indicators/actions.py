"""Writes to the catalogue, each audited (who, when, old → new, why)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import transaction

from citystat.audit import actions as audit
from citystat.audit.models import EventType
from citystat.indicators.models import (
    Dimension,
    Indicator,
    IndicatorAlias,
    IndicatorGroup,
    Placement,
)

if TYPE_CHECKING:
    from citystat.audit.actions import Actor

CREATED, CHANGED = EventType.CATALOGUE_CREATED, EventType.CATALOGUE_CHANGED


@transaction.atomic
def upsert_dimension(
    *,
    code: str,
    name: str,
    sort_order: int,
    description: str = "",
    user: Actor = None,
    reason: str = "",
) -> Dimension:
    defaults = {"name": name, "sort_order": sort_order, "description": description}
    return audit.upsert(
        Dimension,
        created=CREATED,
        changed=CHANGED,
        user=user,
        reason=reason,
        defaults=defaults,
        code=code,
    )


@transaction.atomic
def upsert_indicator(
    *,
    code: str,
    aliases: tuple[str, ...] = (),
    user: Actor = None,
    reason: str = "",
    **fields: Any,
) -> Indicator:
    indicator = audit.upsert(
        Indicator,
        created=CREATED,
        changed=CHANGED,
        user=user,
        reason=reason,
        defaults=fields,
        code=code,
    )
    for alias in {indicator.name, *aliases}:
        IndicatorAlias.objects.update_or_create(alias=alias, defaults={"indicator": indicator})
    return indicator


@transaction.atomic
def upsert_group(
    *,
    code: str,
    name: str,
    members: list[Indicator],
    sort_order: int = 0,
    user: Actor = None,
    reason: str = "",
) -> IndicatorGroup:
    previous = IndicatorGroup.objects.filter(code=code).first()
    before = audit.snapshot(previous) if previous is not None else None
    group, _ = IndicatorGroup.objects.update_or_create(
        code=code, defaults={"name": name, "sort_order": sort_order}
    )
    group.members.set(members)
    audit.record_change(
        group,
        before,
        created=CREATED,
        changed=CHANGED,
        user=user,
        reason=reason,
    )
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
