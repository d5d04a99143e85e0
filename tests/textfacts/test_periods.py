"""Period expressions, and how a paragraph's facts inherit them."""

from __future__ import annotations

import pytest

from citystat.textfacts import extract
from citystat.textfacts.periods import find_events, infer_year, title_period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("1-11月份,", "2023-01/2023-11"),
        ("1至11月,", "2023-01/2023-11"),
        ("2022年1-6月,", "2022-01/2022-06"),
        ("上半年,", "2023-01/2023-06"),
        ("前三季度,", "2023-01/2023-09"),
        ("一季度,", "2023-01/2023-03"),
        ("截至11月,", "2023-11"),
        ("6月末,", "2023-06"),
        ("截至2024年3月底,", "2024-03"),
        ("9月份,", "2023-09"),
        ("2021-2025年,", "2021/2025"),
        ("“十四五”期间,", "2021/2025"),
        ("三年来,", "2021/2023"),
        ("2022年末,", "2022"),
        ("前10个月,", "2023-01/2023-10"),
        ("全年,", "2023"),
    ],
)
def test_period_expressions(text: str, period: str) -> None:
    assert [e.period for e in find_events(text, 2023)] == [period]


@pytest.mark.parametrize(
    "text", ["比上半年加快", "较一季度收窄", "比2020年增长", "2月6日", "8月18日"]
)
def test_comparison_bases_and_dates_set_no_period(text: str) -> None:
    assert [e.period for e in find_events(text, 2023) if "-" in (e.period or "")] == []


def test_month_range_carries_to_the_next_sentence_of_the_paragraph() -> None:
    text = "1-11月份,甲产业增加值增长37.4%。乙产业增长13.2%。\n全县小学36所。"
    periods = [f.period for f in extract(text, region="定襄县", year=2023)]
    # (the text's first words state its months: the document's period, for the count of the
    # next paragraph too, as a title naming them would be: round 21)
    assert periods == ["2023-01/2023-11", "2023-01/2023-11", "2023-01/2023-11"]
    text = "全县小学36所。1-11月份,甲产业增加值增长37.4%。\n全县中学12所。"
    periods = [f.period for f in extract(text, region="定襄县", year=2023)]
    assert periods == ["2023", "2023-01/2023-11", "2023"]


def test_figure_before_an_expansion_belongs_to_the_year_before() -> None:
    facts = extract("2023年,覆盖小学由原来的29所增至36所。", region="忻州市")
    assert [(f.value, f.period) for f in facts] == [(29.0, "2022"), (36.0, "2023")]


def test_title_period_is_the_default_of_a_monthly_release() -> None:
    text = "某县2023年1-10月主要经济指标\n全县固定资产投资同比增长12.5%。"
    assert title_period(text, None) == "2023-01/2023-10"
    assert extract(text, region="五寨县")[0].period == "2023-01/2023-10"


def test_document_year_is_the_most_mentioned_not_the_dateline() -> None:
    assert infer_year("标题\n2024年01月10日\n2023年……2023年……") == 2023
