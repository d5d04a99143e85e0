"""Where an accepted fact goes: which observation (indicator, region, year, month) and field.

A fact becomes a draft observation only when all of these hold; otherwise the reason is
returned in Chinese and shown beside the fact:

- it is matched to an indicator and its region is in the tree;
- its measure is a level, count or share (→ ``value``, converted into the indicator's
  unit) or a year-on-year growth on the previous year (→ ``growth_reported``, percent);
- its period names one month: ``YYYY-MM`` (a state at a month end, or one month's figure:
  indicators not cumulative, or January), ``YYYY-01/YYYY-MM`` (year to date, cumulative
  indicators only) or ``YYYY`` (the whole
  year, stored as month 12); quarterly indicators take months 3, 6, 9, 12 and annual
  indicators month 12 only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final

from citystat.indicators.models import Indicator
from citystat.regions.models import Region

#: Indicator unit → (base unit of the extractor, factor from the base unit into it).
UNIT_FROM_BASE: Final[dict[str, tuple[str, Decimal]]] = {
    "元": ("yuan", Decimal(1)),
    "万元": ("yuan", Decimal("1e-4")),
    "亿元": ("yuan", Decimal("1e-8")),
    "美元": ("USD", Decimal(1)),
    "万美元": ("USD", Decimal("1e-4")),
    "亿美元": ("USD", Decimal("1e-8")),
    "%": ("percent", Decimal(1)),
    "个": ("count", Decimal(1)),
    "家": ("count", Decimal(1)),
    "户": ("count", Decimal(1)),
    "万户": ("count", Decimal("1e-4")),
    "人": ("person", Decimal(1)),
    "万人": ("person", Decimal("1e-4")),
    "人次": ("person-time", Decimal(1)),
    "万人次": ("person-time", Decimal("1e-4")),
    "吨": ("ton", Decimal(1)),
    "万吨": ("ton", Decimal("1e-4")),
    "千瓦": ("kW", Decimal(1)),
    "万千瓦": ("kW", Decimal("1e-4")),
    "亩": ("mu", Decimal(1)),
    "万亩": ("mu", Decimal("1e-4")),
}

VALUE_MEASURES: Final = ("level", "count", "share")
GROWTH_BASES: Final = ("", "prev_year")

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_RANGE = re.compile(r"^(\d{4})-(\d{2})/(\d{4})-(\d{2})$")
_PLACES: Final = {"value": Decimal("0.000001"), "growth": Decimal("0.0001")}


@dataclass(frozen=True)
class Target:
    """One field of one observation that a fact fills."""

    indicator: Indicator
    region: Region
    year: int
    month: int
    field: str  # "value" or "growth"
    amount: Decimal


class UnmappedError(Exception):
    """The fact cannot become an observation; the message says why, in Chinese."""


def month_of(period: str, indicator: Indicator) -> tuple[int, int]:
    """(year, month) of the observation a fact's period fills, or raise :class:`UnmappedError`."""
    period = period.strip()
    one_month = False
    if m := _YEAR.match(period):
        year, month = int(m[1]), 12
    elif m := _MONTH.match(period):
        year, month = int(m[1]), int(m[2])
        one_month = True
    elif m := _RANGE.match(period):
        year, first, end_year, month = int(m[1]), int(m[2]), int(m[3]), int(m[4])
        if end_year != year or first != 1:
            raise UnmappedError(f"期间 {period} 不是自年初起的累计期,无法对应到月度数据")
        if not indicator.cumulative and month != 1:
            raise UnmappedError(f"指标「{indicator.name}」不按年累计,期间 {period} 无法对应到单月")
    elif not period:
        raise UnmappedError("期间未知,请先修改“期间”")
    else:
        raise UnmappedError(f"期间 {period} 无法对应到月度数据")
    if not 1 <= month <= 12 or not 1990 <= year <= 2100:
        raise UnmappedError(f"期间 {period} 超出范围")
    if indicator.frequency == Indicator.Frequency.QUARTERLY and month % 3:
        raise UnmappedError(f"指标「{indicator.name}」按季度发布,{period} 不是季末月份")
    if indicator.frequency == Indicator.Frequency.ANNUAL and month != 12:
        raise UnmappedError(f"指标「{indicator.name}」按年度发布,{period} 不是全年数据")
    if one_month and indicator.cumulative and month != 1:
        # One month's flow (3月份) is not the year to date (1-3月) the observation holds:
        # stored there it would stand beside the quarter's own figure as a second value.
        raise UnmappedError(
            f"指标「{indicator.name}」按年累计(1-{month}月),期间 {period} 是单月数据,"
            "无法对应;如为累计数,请把期间改为自年初起"
        )
    return year, month


def _decimal(raw: object) -> Decimal:
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise UnmappedError("数值不是单个数字")
    try:
        return Decimal(repr(raw) if isinstance(raw, float) else str(raw))
    except InvalidOperation as exc:
        raise UnmappedError("数值不是单个数字") from exc


def amount_of(
    measure: str, basis: str, value_base: object, base_unit: str, indicator: Indicator
) -> tuple[str, Decimal]:
    """("value" | "growth", amount in the indicator's unit) or raise :class:`UnmappedError`."""
    if value_base is None:
        raise UnmappedError("缺少基本单位数值(单位未知),请先修改“单位”和“基本单位数值”")
    number = _decimal(value_base)
    if measure == "growth_yoy":
        if basis not in GROWTH_BASES:
            raise UnmappedError("只有比上年同期增长可入库(环比、年均、累计增长等不入库)")
        return "growth", number.quantize(_PLACES["growth"])
    if measure not in VALUE_MEASURES:
        raise UnmappedError("只有总量、计数、占比和同比增长可入库(拉动、排名、目标等不入库)")
    wanted = UNIT_FROM_BASE.get(indicator.unit)
    if wanted is None or wanted[0] != base_unit:
        raise UnmappedError(
            f"单位无法换算:事实为 {base_unit or '未知'},指标「{indicator.name}」为 {indicator.unit}"
        )
    return "value", (number * wanted[1]).quantize(_PLACES["value"])


def target_of(
    *,
    indicator: Indicator | None,
    region: Region | None,
    period: str,
    measure: str,
    basis: str,
    value_base: object,
    base_unit: str,
) -> Target:
    """The observation field a fact fills, or raise :class:`UnmappedError` with the reason."""
    if indicator is None:
        raise UnmappedError("未匹配到指标")
    if region is None:
        raise UnmappedError("地区不在区划树中")
    year, month = month_of(period, indicator)
    field, amount = amount_of(measure, basis, value_base, base_unit, indicator)
    return Target(indicator, region, year, month, field, amount)
