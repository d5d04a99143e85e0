"""Which observation field a fact fills: periods, frequencies, units and measures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from citystat.indicators.models import Indicator
from citystat.textreview.mapping import UnmappedError, amount_of, month_of


def _indicator(**kw: object) -> Indicator:
    defaults: dict[str, object] = {
        "code": "x",
        "name": "某指标",
        "unit": "亿元",
        "frequency": "monthly",
        "cumulative": True,
    }
    return Indicator(**{**defaults, **kw})


@pytest.mark.parametrize(
    ("period", "expected"),
    [("2024", (2024, 12)), ("2024-01", (2024, 1)), ("2024-01/2024-02", (2024, 2))],
)
def test_periods_that_name_one_month(period, expected):
    assert month_of(period, _indicator()) == expected


def test_a_month_end_fills_an_indicator_not_summed_over_the_year():
    assert month_of("2024-03", _indicator(cumulative=False)) == (2024, 3)


@pytest.mark.parametrize(
    ("period", "kw", "message"),
    [
        ("2024-04/2024-06", {}, "期间 2024-04/2024-06 不是自年初起的累计期,无法对应到月度数据"),
        ("2023/2024", {}, "期间 2023/2024 无法对应到月度数据"),
        ("", {}, "期间未知,请先修改“期间”"),
        (
            "2024-01/2024-05",
            {"frequency": "quarterly"},
            "指标「某指标」按季度发布,2024-01/2024-05 不是季末月份",
        ),
        ("2024-06", {"frequency": "annual"}, "指标「某指标」按年度发布,2024-06 不是全年数据"),
        (
            "2024-01/2024-03",
            {"cumulative": False},
            "指标「某指标」不按年累计,期间 2024-01/2024-03 无法对应到单月",
        ),
        ("2024-13", {}, "期间 2024-13 超出范围"),
        (
            "2024-03",
            {},
            "指标「某指标」按年累计(1-3月),期间 2024-03 是单月数据,无法对应;"
            "如为累计数,请把期间改为自年初起",
        ),
    ],
)
def test_periods_that_do_not(period, kw, message):
    with pytest.raises(UnmappedError) as error:
        month_of(period, _indicator(**kw))
    assert str(error.value) == message


def test_a_quarter_end_fits_a_quarterly_indicator():
    assert month_of("2024-01/2024-06", _indicator(frequency="quarterly")) == (2024, 6)


@pytest.mark.parametrize(
    ("measure", "value_base", "base_unit", "unit", "expected"),
    [
        ("level", 1230000000.0, "yuan", "亿元", ("value", Decimal("12.300000"))),
        ("level", 35000000.0, "USD", "万美元", ("value", Decimal("3500.000000"))),
        ("count", 12.0, "count", "家", ("value", Decimal("12.000000"))),
        ("level", 5200000.0, "kW", "万千瓦", ("value", Decimal("520.000000"))),
        ("share", 62.35, "percent", "%", ("value", Decimal("62.350000"))),
        ("growth_yoy", -2.75, "percent", "亿元", ("growth", Decimal("-2.7500"))),
    ],
)
def test_amounts_in_the_indicator_unit(measure, value_base, base_unit, unit, expected):
    basis = "prev_year" if measure == "growth_yoy" else ""
    assert amount_of(measure, basis, value_base, base_unit, _indicator(unit=unit)) == expected


@pytest.mark.parametrize(
    ("measure", "basis", "value_base", "base_unit", "message"),
    [
        (
            "growth_yoy",
            "avg_annual",
            6.0,
            "percent",
            "只有比上年同期增长可入库(环比、年均、累计增长等不入库)",
        ),
        (
            "growth_yoy",
            "prev_period",
            -0.2,
            "percent",
            "只有比上年同期增长可入库(环比、年均、累计增长等不入库)",
        ),
        (
            "pp_change",
            "contribution",
            0.3,
            "pp",
            "只有总量、计数、占比和同比增长可入库(拉动、排名、目标等不入库)",
        ),
        ("level", "", 5.0, "ton", "单位无法换算:事实为 ton,指标「某指标」为 亿元"),
        ("level", "", None, "", "缺少基本单位数值(单位未知),请先修改“单位”和“基本单位数值”"),
        ("ratio", "", [1.0, 2.0], "", "数值不是单个数字"),
    ],
)
def test_amounts_that_cannot_be_stored(measure, basis, value_base, base_unit, message):
    with pytest.raises(UnmappedError) as error:
        amount_of(measure, basis, value_base, base_unit, _indicator())
    assert str(error.value) == message
