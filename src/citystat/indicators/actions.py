"""Writes to the catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction

from citystat.indicators.models import (
    Dimension,
    Indicator,
    IndicatorAlias,
    IndicatorGroup,
    LeadUnit,
)

LEAD_UNIT_MAX_CHARS = LeadUnit._meta.get_field("unit").max_length or 60


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


class LeadUnitError(ValueError):
    """Lead units refused; the message names each bad entry and how to fix it (Chinese)."""


@dataclass(frozen=True)
class LeadUnitEntry:
    """One 牵头单位 override: an indicator or dimension code in a region, and where it came from."""

    subject: str  # indicator code, or dimension code for the whole dimension
    region: str  # region code
    unit: str
    where: str = ""  # e.g. 「第3行」 or a file name, for the refusal message


@transaction.atomic
def set_lead_units(entries: list[LeadUnitEntry]) -> int:
    """Store region overrides of the 牵头单位 (all or nothing); returns how many were written.

    An unknown indicator/dimension or region, or an empty or over-long unit name, refuses
    the whole set with every bad entry named.
    """
    from citystat.regions.models import Region

    indicators = {
        i.code: i for i in Indicator.objects.filter(code__in={e.subject for e in entries})
    }
    dimensions = {
        d.code: d for d in Dimension.objects.filter(code__in={e.subject for e in entries})
    }
    regions = {r.code: r for r in Region.objects.filter(code__in={e.region for e in entries})}
    problems = []
    for n, e in enumerate(entries, start=1):
        where = e.where or f"第{n}条"
        unit = e.unit.strip()
        if e.subject not in indicators and e.subject not in dimensions:
            problems.append(
                f"{where}:“{e.subject}”既不是指标代码也不是维度代码,请使用指标体系中的代码(如 fai)。"
            )
        if e.region not in regions:
            problems.append(f"{where}:区划代码“{e.region}”不存在,请使用如 140921(定襄县)的代码。")
        if not unit:
            problems.append(f"{where}:牵头单位不能为空。")
        elif len(unit) > LEAD_UNIT_MAX_CHARS:
            problems.append(f"{where}:牵头单位“{unit[:20]}…”超过{LEAD_UNIT_MAX_CHARS}个字。")
    if problems:
        raise LeadUnitError("".join(problems))
    for e in entries:
        ind = indicators.get(e.subject)
        LeadUnit.objects.update_or_create(
            indicator=ind,
            dimension=None if ind is not None else dimensions[e.subject],
            region=regions[e.region],
            defaults={"unit": e.unit.strip()},
        )
    return len(entries)
