"""Round 20 of #13 (session 10): the period in force at each point of a text.

Sentences of our own (other places, other numbers) of the shapes the period-scope rules
decide: a month singled out in a release of a span (``3月份,…``) holds until a breakdown
opens a sentence, and the span the text opened with (``一季度``, ``1-3月``) is in force
again after it, also when the month opens a paragraph of its own.
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, *fields: str, region: str = "浙江省") -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=2024)


QUARTER = "2024-01/2024-03"


def test_after_a_month_singled_out_the_quarter_of_the_paragraph_before_holds_again() -> None:
    # the bug: the breakdown after 3月份 fell back to the caller's year (2024)
    text = (
        "一季度,全省外贸进出口总值2380.6亿元,同比增长4.7%。\n"
        "3月份,全省进出口865.2亿元,增长9.1%。从贸易方式看,一般贸易进出口1522.8亿元,增长3.9%。"
    )
    assert _rows(text, "measure", "period") == [
        ("2380.6亿元", "level", QUARTER),
        ("4.7%", "growth_yoy", QUARTER),
        ("865.2亿元", "level", "2024-03"),
        ("9.1%", "growth_yoy", "2024-03"),
        ("1522.8亿元", "level", QUARTER),
        ("3.9%", "growth_yoy", QUARTER),
    ]


def test_a_lead_span_from_january_is_the_span_the_breakdown_returns_to() -> None:
    # 1-3月 opening the text: the month's reach ends at 从贸易方式看 (before, the month held
    # for the rest of its paragraph)
    text = (
        "1-3月,全省外贸进出口总值2380.6亿元,同比增长4.7%。\n"
        "3月份,全省进出口865.2亿元,增长9.1%。从贸易方式看,一般贸易进出口1522.8亿元,增长3.9%。"
    )
    assert _rows(text, "measure", "period") == [
        ("2380.6亿元", "level", QUARTER),
        ("4.7%", "growth_yoy", QUARTER),
        ("865.2亿元", "level", "2024-03"),
        ("9.1%", "growth_yoy", "2024-03"),
        ("1522.8亿元", "level", QUARTER),
        ("3.9%", "growth_yoy", QUARTER),
    ]


def test_in_one_paragraph_the_breakdown_returns_to_the_span_before_the_month() -> None:
    text = (
        "1-3月,全省外贸进出口总值2380.6亿元,同比增长4.7%。"
        "3月份,全省进出口865.2亿元,增长9.1%。从贸易方式看,一般贸易进出口1522.8亿元,增长3.9%。"
    )
    assert [p for _, p in _rows(text, "period")] == [QUARTER] * 2 + ["2024-03"] * 2 + [QUARTER] * 2


def test_counts_of_the_next_paragraph_keep_the_year_after_a_lead_range() -> None:
    # a part of the year carries to the next paragraph's flows and rates, counts keep the
    # year (docs/textfacts.md, periods): the lead span changes only what a limited reach
    # returns to. Round 21: not where the span opens the text's figures (it is the
    # document's period then, as a title's: heldout19 09's gold, 73种 of 1-9月)
    text = "全市规模以上工业增加值同比增长6.2%。1-9月,利润增长3%。\n全市统计的58种工业产品中,19种产品产量增长。"
    assert _rows(text, "measure", "period") == [
        ("6.2%", "growth_yoy", "2024"),
        ("3%", "growth_yoy", "2024-01/2024-09"),
        ("58种", "count", "2024"),
        ("19种", "count", "2024"),
    ]
    text = "1-9月,全市规模以上工业增加值同比增长6.2%。\n全市统计的58种工业产品中,19种产品产量增长。"
    assert _rows(text, "measure", "period") == [
        ("6.2%", "growth_yoy", "2024-01/2024-09"),
        ("58种", "count", "2024-01/2024-09"),
        ("19种", "count", "2024-01/2024-09"),
    ]


def test_a_project_s_capacity_after_the_month_keeps_the_year() -> None:
    # what a project will hold is no work of the reported span, also where the span is in
    # force again after a period of limited reach (截至目前, one sentence)
    text = (
        "上半年,全区民生实事完成投资12.4亿元。\n"
        "该中学于2023年9月开工,截至目前,主体结构完成80%。建成后,该校可设36个教学班,容纳1800名学生。"
    )
    rows = _rows(text, "period", region="重庆市")
    assert rows[-2:] == [("36个", "2024"), ("1800名", "2024")]


def test_a_breakdown_said_with_fen_ends_the_month_as_one_said_with_cong() -> None:
    # 分行业看, like 从贸易方式看, opens the span's breakdown (round 20)
    text = (
        "一季度,全省规模以上工业增加值同比增长6.1%。\n"
        "3月份,全省规模以上工业增加值增长7.4%。分行业看,计算机行业增长12.8%,汽车制造业增长9.5%。"
    )
    assert _rows(text, "value_base", "period") == [
        ("6.1%", 6.1, QUARTER),
        ("7.4%", 7.4, "2024-03"),
        ("12.8%", 12.8, QUARTER),
        ("9.5%", 9.5, QUARTER),
    ]
