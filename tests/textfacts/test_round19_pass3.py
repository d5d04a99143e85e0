"""Round 19, third pass (session 9): the spent judges' trade, tourism and energy texts.

Sentences of our own (other places, other numbers) of the shapes those texts take.
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "甲省", year: int | None = 2022
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


def test_a_month_singled_out_ends_where_a_breakdown_opens() -> None:
    # the breakdown's parts add up to the quarter's total, not the month's
    text = (
        "今年一季度,我省进出口总值318.2亿元,同比增长4.6%。3月当月进出口回升。3月份,我省进出口总值"
        "121.4亿元,同比增长9.6%。其中出口70.5亿元。从贸易方式看,一般贸易进出口170.3亿元,"
        "同比增长6.2%。\n从贸易企业看,民营企业进出口96.8亿元。"
    )
    assert _rows(text, "period") == [
        ("318.2亿元", "2022-01/2022-03"),
        ("4.6%", "2022-01/2022-03"),
        ("121.4亿元", "2022-03"),
        ("9.6%", "2022-03"),
        ("70.5亿元", "2022-03"),
        ("170.3亿元", "2022-01/2022-03"),
        ("6.2%", "2022-01/2022-03"),
        ("96.8亿元", "2022-01/2022-03"),
    ]


def test_the_year_a_span_starts_is_not_the_documents_year() -> None:
    # 自2013年以来: where a span starts; 今年 is the document's year, not 2013
    text = "今年前4月,我省进出口总值845.6亿元,同比增长13.4%。自2013年以来,我省进出口保持增长。"
    assert _rows(text, "period", year=None) == [
        ("845.6亿元", None),
        ("13.4%", None),
    ]
    assert _rows(text, "period") == [
        ("845.6亿元", "2022-01/2022-04"),
        ("13.4%", "2022-01/2022-04"),
    ]


def test_a_holidays_tourism_dates_the_listed_places_after_it() -> None:
    # 今年国庆旅游成绩亮眼。其中,…: the holiday's month (convention 4), not the year
    text = (
        "今年国庆长假,全市接待游客512.6万人次。\n乡村游让今年国庆旅游成绩亮眼。其中,"
        "甲镇花海接待游客6.3万人次,同比增长4.4%;乙湖景区接待游客3.9万人次。"
    )
    assert _rows(text, "period", region="乙市", year=2019) == [
        ("512.6万人次", "2019-10"),
        ("6.3万人次", "2019-10"),
        ("4.4%", "2019-10"),
        ("3.9万人次", "2019-10"),
    ]


def test_a_notes_tail_and_the_word_for_cumulative_leave_a_trade_subject() -> None:
    # 乙市(不含中央企业,下同)累计进出口: the note's tail and 累计 (the period says it) go
    text = "1-4月,乙市(不含中央企业,下同)累计进出口962.4亿元,比去年同期(下同)增长7.5%。"
    assert _rows(text, "subject", "period", region="乙市", year=2017) == [
        ("962.4亿元", "进出口", "2017-01/2017-04"),
        ("7.5%", "进出口", "2017-01/2017-04"),
    ]


def test_subscribers_in_a_half_year_are_a_state_at_its_end() -> None:
    # 上半年,…: subscribers, their growth and the phones per person at June's end
    text = (
        "2020年上半年,全省电信业务收入95亿元。\n本省移动电话用户达到3120.5万户,"
        "同比增长3.3%;固定宽带接入用户811.6万户;移动电话普及率达88.7%。"
    )
    assert _rows(text, "text_span", "period", year=2020) == [
        ("95亿元", "95亿元", "2020-01/2020-06"),
        ("3120.5万户", "3120.5万户", "2020-06"),
        ("3.3%", "3.3%", "2020-06"),
        ("811.6万户", "811.6万户", "2020-06"),
        ("88.7%", "88.7%", "2020-06"),
    ]


def test_the_insured_said_with_a_verb_are_the_schemes_insured_persons() -> None:
    text = "年末全省参加失业保险人数为512.3万人,比上年末增加14.2万人。"
    assert _rows(text, "subject", region="丙省", year=2021) == [
        ("512.3万人", "失业保险参保人数"),
        ("14.2万人", "失业保险参保人数"),
    ]


def test_the_days_of_a_holiday_before_its_sum_are_no_figure() -> None:
    # 7天共接待, 7天时间,…: the span the figures are summed over
    text = "今年春节长假期间,全县7天共接待游客36.5万人次,同比增长9.2%。7天时间,甲古镇接待游客4.1万人次。"
    assert _rows(text, "subject", "period", region="丁县", year=2018) == [
        ("36.5万人次", "接待游客", "2018-02"),
        ("9.2%", "接待游客", "2018-02"),
        ("4.1万人次", "甲古镇接待游客", "2018-02"),
    ]
