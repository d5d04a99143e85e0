"""Round 24 (session 14): the span a release reports, past the day it came out on, and a
holiday named as a cause.

Found on an unseen power release: it opens with the day the bureau published it
(``省统计局4月2日发布的数据显示,1—3月份…``), so its span 1—2月 was not taken as the
span of the paragraphs after; and ``受春节假期…影响,2月份…`` made the holiday and the one
month the period of every later paragraph. Sentences are our own.
"""

from __future__ import annotations

from .rows import fact_rows

TEXT = (
    "省统计局4月2日发布的数据显示,1—2月份全省天然气消费量为42.6亿立方米,同比增长3.1%。\n"
    "全省工业用气量为28.4亿立方米。受春节假期和气温偏高影响,2月份工业用气量为12.9亿立方米。\n"
    "从重点行业看,化工行业用气量增长8.2%,建材行业用气量增长5.5%。\n"
)


def test_a_single_month_holds_for_its_sentence_and_the_span_comes_back() -> None:
    assert fact_rows(TEXT, "period", region="山西省", year=2024) == [
        ("42.6亿立方米", "2024-01/2024-02"),
        ("3.1%", "2024-01/2024-02"),
        ("28.4亿立方米", "2024-01/2024-02"),
        ("12.9亿立方米", "2024-02"),
        ("8.2%", "2024-01/2024-02"),
        ("5.5%", "2024-01/2024-02"),
    ]


def test_a_holiday_named_as_a_cause_is_no_period() -> None:
    from citystat.textfacts.periods import find_events

    assert [e.text for e in find_events("受春节假期影响,2月份工业用电量下降", 2024)] == ["2月份"]
    assert [e.text for e in find_events("春节假期,全市接待游客", 2024)] == ["春节"]


def test_the_year_past_told_early_in_a_year_is_the_year_before() -> None:
    text = (
        "甲市人大会议1月16日开幕。市长在政府工作报告中回顾说,一年来,全市经济回升向好。"
        "全市生产总值达到3120亿元,增长4.6%。"
    )
    assert fact_rows(text, "period", region="上海市", year=2024) == [
        ("3120亿元", "2023"),
        ("4.6%", "2023"),
    ]


def test_the_year_past_told_at_a_years_end_is_that_year() -> None:
    text = "12月20日,县委召开全会。一年来,全县完成固定资产投资12.5亿元。"
    assert fact_rows(text, "period", region="上海市", year=2024) == [("12.5亿元", "2024")]


def test_where_a_trend_started_is_no_period_of_the_figures_after() -> None:
    text = (
        "1—11月,全省民间投资同比增长6.3%,增速自上半年以来逐月加快。"
        "民间投资占全部投资的比重为52.4%。"
    )
    assert fact_rows(text, "period", region="福建省", year=2022) == [
        ("6.3%", "2022-01/2022-11"),
        ("52.4%", "2022-01/2022-11"),
    ]
