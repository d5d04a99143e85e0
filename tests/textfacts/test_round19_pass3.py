"""Round 19, third pass (session 9): the spent judges' trade, tourism and energy texts.

Sentences of our own (other places, other numbers) of the shapes those texts take.
"""

from __future__ import annotations

from citystat.textfacts import extract


def _rows(
    text: str, *fields: str, region: str = "甲省", year: int | None = 2022
) -> list[tuple[object, ...]]:
    return [
        (f.text_span, *(getattr(f, name) for name in fields))
        for f in extract(text, region=region, year=year)
    ]


def test_a_month_singled_out_ends_where_a_breakdown_opens() -> None:
    # the breakdown's parts add up to the quarter's total, not the month's
    text = (
        "今年一季度,我省进出口总值318.2亿元,同比增长4.1%。3月当月进出口回升。3月份,我省进出口总值"
        "121.4亿元,同比增长9.6%。其中出口70.5亿元。从贸易方式看,一般贸易进出口170.3亿元,"
        "同比增长6.2%。\n从贸易企业看,民营企业进出口96.8亿元。"
    )
    assert _rows(text, "period") == [
        ("318.2亿元", "2022-01/2022-03"),
        ("4.1%", "2022-01/2022-03"),
        ("121.4亿元", "2022-03"),
        ("9.6%", "2022-03"),
        ("70.5亿元", "2022-03"),
        ("170.3亿元", "2022-01/2022-03"),
        ("6.2%", "2022-01/2022-03"),
        ("96.8亿元", "2022-01/2022-03"),
    ]


def test_the_year_a_span_starts_is_not_the_documents_year() -> None:
    # 自2013年以来: where a span starts; 今年 is the document's year, not 2013
    text = "今年前4月,我省进出口总值845.6亿元,同比增长12.7%。自2013年以来,我省进出口保持增长。"
    assert _rows(text, "period", year=None) == [
        ("845.6亿元", None),
        ("12.7%", None),
    ]
    assert _rows(text, "period") == [
        ("845.6亿元", "2022-01/2022-04"),
        ("12.7%", "2022-01/2022-04"),
    ]
