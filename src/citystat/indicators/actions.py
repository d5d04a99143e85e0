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
