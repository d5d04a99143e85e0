"""Round 24 (session 14): a growth on the period just before is not a year-on-year growth.

A price release or a quarterly analysis gives both rates of one figure: ``同比`` on the same
period a year before, ``环比`` (``与上月相比``, ``较上季度``) on the period just before. The
second has basis ``prev_period``, so the review page does not label it 比上年同期 and it never
fills an observation's year-on-year growth. Sentences are our own.
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str) -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", "measure", "basis", region="甲市", year=2024)


def test_a_month_on_month_rate_beside_a_year_on_year_one() -> None:
    text = "5月份,全市居民消费价格同比上涨1.6%,环比下降0.2%。"
    assert _rows(text) == [
        ("1.6%", "居民消费价格", "growth_yoy", "prev_year"),
        ("0.2%", "居民消费价格", "growth_yoy", "prev_period"),
    ]


def test_a_comparison_with_the_month_before_opening_the_sentence_holds_for_its_rates() -> None:
    text = "与上月相比,猪肉价格上涨4.1%,牛肉价格下降0.7%。"
    assert _rows(text) == [
        ("4.1%", "猪肉价格", "growth_yoy", "prev_period"),
        ("0.7%", "牛肉价格", "growth_yoy", "prev_period"),
    ]


def test_a_quarter_on_the_quarter_before_and_on_the_year_before() -> None:
    text = "二季度全市地区生产总值较上季度增长1.3%,比上年同期增长5.1%。"
    assert _rows(text) == [
        ("1.3%", "地区生产总值", "growth_yoy", "prev_period"),
        ("5.1%", "地区生产总值", "growth_yoy", "prev_year"),
    ]


def test_a_balance_on_the_month_end_before() -> None:
    text = "月末本外币存款余额8342亿元,比上月末增长0.8%,同比增长9.6%。"
    assert _rows(text) == [
        ("8342亿元", "月末本外币存款余额", "level", None),
        ("0.8%", "月末本外币存款余额", "growth_yoy", "prev_period"),
        ("9.6%", "月末本外币存款余额", "growth_yoy", "prev_year"),
    ]


def test_a_table_column_of_month_on_month_changes() -> None:
    text = "表1 5月份居民消费价格分类指数\n类别 环比涨跌(%) 同比涨跌(%)\n食品 -0.4 2.3\n衣着 0.1 -1.2\n"
    assert _rows(text) == [
        ("-0.4", "食品", "growth_yoy", "prev_period"),
        ("2.3", "食品", "growth_yoy", "prev_year"),
        ("0.1", "衣着", "growth_yoy", "prev_period"),
        ("-1.2", "衣着", "growth_yoy", "prev_year"),
    ]


def test_a_pasted_text_opening_with_a_sentence_has_no_title_year() -> None:
    text = "2019年,全县完成地区生产总值85.3亿元。今年上半年,完成固定资产投资12.1亿元。"
    assert fact_rows(text, "period", region="定襄县", year=2023) == [
        ("85.3亿元", "2019"),
        ("12.1亿元", "2023-01/2023-06"),
    ]
