"""Round 22 (session 12): subjects, grouped by what went wrong with the noun phrase.

Each class built here fixed facts in at least three development sets of at least two genres.
Sentences are our own (other places, other numbers) of the shapes the sets showed.
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "乙自治区", year: int | None = 2023
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


# --- 1. A kind's pull on its whole names the kind: the measure is said once ---------------


def test_a_kind_of_coal_pulls_coal_output_named_by_the_kind() -> None:
    text = "1-5月,全区褐煤产量1.46亿吨,同比增长9.8%,拉动全区原煤产量增长2.7个百分点。"
    assert _rows(text, "measure", "subject") == [
        ("1.46亿吨", "level", "褐煤产量"),
        ("9.8%", "growth_yoy", "褐煤产量"),
        ("2.7个百分点", "pp_change", "褐煤拉动原煤产量增长"),
    ]


def test_a_business_line_pulls_business_revenue_named_by_the_line() -> None:
    text = "1-4月,新兴业务收入完成520亿元,同比增长27.3%,拉动电信业务收入增长3.9个百分点。"
    assert _rows(text, "subject")[-1] == ("3.9个百分点", "新兴业务拉动电信业务收入增长")


def test_a_part_sharing_only_the_measure_keeps_it() -> None:
    text = "外资企业进出口310亿元,增长8.1%,拉动外贸进出口增长2.2个百分点。"
    assert _rows(text, "subject")[-1] == ("2.2个百分点", "外资企业进出口拉动外贸进出口增长")


# --- 2. A year-on-year growth is named by the indicator, not by its rate word ---------------


def test_a_growth_named_with_its_rate_word_is_the_indicator() -> None:
    text = "年末各项贷款余额增长9.4%。其中,普惠小微贷款较快增长,增速达24.6%。"
    assert _rows(text, "measure", "subject")[-1] == ("24.6%", "growth_yoy", "普惠小微贷款")


def test_a_rate_word_stays_on_the_change_of_a_rate() -> None:
    text = "全市工业增加值增长7.1%,增速比上年同期加快1.3个百分点。"
    assert _rows(text, "measure", "subject") == [
        ("7.1%", "growth_yoy", "工业增加值"),
        ("1.3个百分点", "pp_change", "工业增加值增速"),
    ]


# --- 3. A bare change word is the rate of the item its clause says changed -----------------


def test_a_rise_and_a_fall_of_an_index_in_points_and_percent() -> None:
    text = (
        "据监测,2023年4月份,丙价格指数平均值为108.40点,环比上升3.20点,升幅为3.04%;"
        "同比下降6.10点,降幅为5.33%。"
    )
    assert _rows(text, "measure", "subject") == [
        ("108.40点", "level", "丙价格指数平均值"),
        ("3.20点", "abs_change", "丙价格指数平均值"),
        ("3.04%", "growth_yoy", "丙价格指数平均值"),
        ("6.10点", "abs_change", "丙价格指数平均值"),
        ("5.33%", "growth_yoy", "丙价格指数平均值"),
    ]


def test_a_fall_after_a_clause_that_says_a_class_fell() -> None:
    text = "面粉价格上涨0.6%。糖类连续9个月同比下降,本月降幅为2.7%。"
    assert _rows(text, "subject") == [("0.6%", "面粉价格"), ("2.7%", "糖类价格")]


def test_a_rise_after_a_clause_that_says_prices_rose() -> None:
    text = "鲜果价格上涨3.1%。豆类、薯类价格同比都有不同程度上涨,且涨幅均在6%以上。"
    assert _rows(text, "subject")[-1] == ("6%", "豆类、薯类价格")


def test_a_bare_rate_after_no_named_item_keeps_the_figure_before() -> None:
    text = "工业增加值增长6.2%。工业生产平稳增长,增速为5.8%。"
    assert _rows(text, "subject") == [("6.2%", "工业增加值"), ("5.8%", "工业增加值")]
