"""Writes to the region tree."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db import transaction

from citystat.audit import actions as audit
from citystat.audit.models import EventType
from citystat.indicators.models import Dimension, Indicator, LeadUnit
from citystat.regions.models import ComparisonFigure, ComparisonRegion, Region, RegionAlias

if TYPE_CHECKING:
    from citystat.audit.actions import Actor


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
    user: Actor = None,
    reason: str = "",
) -> Region:
    """Create or change a region by code, audited (新增区划 / 修改区划)."""
    region = audit.upsert(
        Region,
        created=EventType.REGION_CREATED,
        changed=EventType.REGION_CHANGED,
        user=user,
        reason=reason,
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


# --- 牵头单位 of a region (overrides of the indicator's own) ------------------------------

LEAD_UNIT_MAX_CHARS = LeadUnit._meta.get_field("unit").max_length or 60


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
def set_lead_units(entries: list[LeadUnitEntry], *, user: Actor = None, reason: str = "") -> int:
    """Store region overrides of the 牵头单位 (all or nothing); returns how many were written.

    An unknown indicator/dimension or region, or an empty or over-long unit name, refuses
    the whole set with every bad entry named.
    """
    indicators = {
        i.code: i for i in Indicator.objects.filter(code__in={e.subject for e in entries})
    }
    dimensions = {
        d.code: d for d in Dimension.objects.filter(code__in={e.subject for e in entries})
    }
    regions = {r.code: r for r in Region.objects.filter(code__in={e.region for e in entries})}
    problems = []
    example = Region.example()
    code_example = Indicator.objects.values_list("code", flat=True).first() or "指标代码"
    for n, e in enumerate(entries, start=1):
        where = e.where or f"第{n}条"
        unit = e.unit.strip()
        if e.subject not in indicators and e.subject not in dimensions:
            problems.append(
                f"{where}:“{e.subject}”既不是指标代码也不是维度代码,"
                f"请使用指标体系中的代码(如 {code_example})。"
            )
        if e.region not in regions:
            problems.append(f"{where}:区划代码“{e.region}”不存在,请使用如 {example}的代码。")
        if not unit:
            problems.append(f"{where}:牵头单位不能为空。")
        elif len(unit) > LEAD_UNIT_MAX_CHARS:
            problems.append(f"{where}:牵头单位“{unit[:20]}…”超过{LEAD_UNIT_MAX_CHARS}个字。")
    if problems:
        raise LeadUnitError("".join(problems))
    for e in entries:
        ind = indicators.get(e.subject)
        audit.upsert(
            LeadUnit,
            created=EventType.CATALOGUE_CREATED,
            changed=EventType.CATALOGUE_CHANGED,
            user=user,
            reason=reason,
            indicator=ind,
            dimension=None if ind is not None else dimensions[e.subject],
            region=regions[e.region],
            defaults={"unit": e.unit.strip()},
        )
    return len(entries)
