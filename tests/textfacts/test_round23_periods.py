"""Round 23 (session 13): periods.

A figure given as the base period's own value (``去年同期为增长3.5%``, ``上年同期为盈利12亿元``,
``与去年同期18.2万平方米相比``, ``与2020年的65300元相比``) takes that period, as ``由上年同期的…``
and ``去年同期为89天`` did. Sentences are our own (other places, other numbers).
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, year: int) -> list[tuple[object, ...]]:
    return fact_rows(text, "period", region="甲省", year=year)


def test_last_years_growth_said_with_its_direction() -> None:
    text = "甲省2021年一季度工业运行情况\n一季度,全省钢材产量3000万吨,同比下降1.2%,去年同期为增长3.5%。"
    assert _rows(text, 2021) == [
        ("3000万吨", "2021-01/2021-03"),
        ("1.2%", "2021-01/2021-03"),
        ("3.5%", "2020-01/2020-03"),
    ]


def test_last_years_profit_said_after_this_years_loss() -> None:
    text = "甲省2021年1-5月国有企业运行情况\n1-5月,市县企业利润总额亏损5亿元,上年同期为盈利12亿元。"
    assert _rows(text, 2021) == [("5亿元", "2021-01/2021-05"), ("12亿元", "2020-01/2020-05")]


def test_a_base_compared_with_its_own_figure() -> None:
    text = "甲市2021年1-4月房地产市场\n1-4月,全市商品房销售面积21.5万平方米,与去年同期18.2万平方米相比,增长18.1%。"
    assert _rows(text, 2021) == [
        ("21.5万平方米", "2021-01/2021-04"),
        ("18.2万平方米", "2020-01/2020-04"),
        ("18.1%", "2021-01/2021-04"),
    ]


def test_a_base_year_with_its_own_figure() -> None:
    text = "甲省2021年平均工资\n全省职工年平均工资为70215元,与2020年的65300元相比,增加4915元。"
    assert _rows(text, 2021) == [("70215元", "2021"), ("65300元", "2020"), ("4915元", "2021")]


def test_a_base_year_named_without_a_figure_is_no_period() -> None:
    text = "甲省2021年就业情况\n与2020年相比,全省城镇新增就业12.6万人,增长3.2%。"
    assert _rows(text, 2021) == [("12.6万人", "2021"), ("3.2%", "2021")]


def test_a_comparison_with_last_year_said_after_a_change() -> None:
    text = "甲市2021年1-4月房地产市场\n1-4月,全市商品房销售面积21.5万平方米,比去年同期增长18.1%。"
    assert _rows(text, 2021) == [("21.5万平方米", "2021-01/2021-04"), ("18.1%", "2021-01/2021-04")]
