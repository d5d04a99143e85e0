"""Round 24 (session 14): the span a release reports, past the day it came out on, and a
holiday named as a cause.

Found on an unseen power release: it opens with the day the bureau published it
(``省统计局3月31日发布的数据显示,1—2月份…``), so its span 1—2月 was not taken as the
span of the paragraphs after; and ``受春节假期…影响,2月份…`` made the holiday and the one
month the period of every later paragraph. Sentences are our own.
"""

from __future__ import annotations

from .rows import fact_rows

TEXT = (
    "省统计局3月31日发布的数据显示,1—2月份全省全社会用电量为515.7亿千瓦时,同比增长5.9%。\n"
    "全省工业用电量为355.8亿千瓦时。受春节假期和部分行业产量下降影响,2月份工业用电量为161.0亿千瓦时。\n"
    "从重点用电行业看,煤炭加工业用电量增长12.7%,电力供应业用电量增长11.7%。\n"
)


def test_a_single_month_holds_for_its_sentence_and_the_span_comes_back() -> None:
    assert fact_rows(TEXT, "period", region="山西省", year=2024) == [
        ("515.7亿千瓦时", "2024-01/2024-02"),
        ("5.9%", "2024-01/2024-02"),
        ("355.8亿千瓦时", "2024-01/2024-02"),
        ("161.0亿千瓦时", "2024-02"),
        ("12.7%", "2024-01/2024-02"),
        ("11.7%", "2024-01/2024-02"),
    ]


def test_a_holiday_named_as_a_cause_is_no_period() -> None:
    from citystat.textfacts.periods import find_events

    assert [e.text for e in find_events("受春节假期影响,2月份工业用电量下降", 2024)] == ["2月份"]
    assert [e.text for e in find_events("春节假期,全市接待游客", 2024)] == ["春节"]


def test_the_year_past_told_early_in_a_year_is_the_year_before() -> None:
    text = (
        "甲市第十六届人大二次会议1月23日开幕。市长在政府工作报告中说,一年来,全市经济稳中有进。"
        "全市生产总值达到4.72万亿元,增长5%。"
    )
    assert fact_rows(text, "period", region="上海市", year=2024) == [
        ("4.72万亿元", "2023"),
        ("5%", "2023"),
    ]


def test_the_year_past_told_at_a_years_end_is_that_year() -> None:
    text = "12月20日,县委召开全会。一年来,全县完成固定资产投资12.5亿元。"
    assert fact_rows(text, "period", region="上海市", year=2024) == [("12.5亿元", "2024")]


def test_where_a_trend_started_is_no_period_of_the_figures_after() -> None:
    text = (
        "1—11月,全省基础设施投资同比增长15.6%,增幅自前三季度以来持续回升。"
        "基础设施投资占全省投资的比重为25.1%。"
    )
    assert fact_rows(text, "period", region="福建省", year=2022) == [
        ("15.6%", "2022-01/2022-11"),
        ("25.1%", "2022-01/2022-11"),
    ]
