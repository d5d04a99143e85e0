"""Round 22 (session 12): periods, by structural class.

Rule 1 fixed periods in three development sets of three genres; rule 2 in two sets (and an
optional fact of a third), kept apart so it can be dropped (docs, round 22).
Sentences are our own (other places, other numbers) of the shapes the sets showed.
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, year: int, *fields: str) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region="甲省", year=year)


# --- 1. A count of a stock in a paragraph a span of months carries to: the span's end ------


_TELECOM = (
    "近日,甲省召开2019年第三季度通信行业座谈会。会上获悉,1-8月,全省新建基站1.1万个。\n"
    "今年1-8月,全省电信业务收入完成412.6亿元,同比增长6.1%。\n"
    "此外,全省光纤宽带用户总数2380万户,移动电话用户达到5120万户,新建基站1.2万个。"
)


def test_counts_of_users_carried_are_at_the_spans_last_month() -> None:
    assert _rows(_TELECOM, 2019, "period")[-3:] == [
        ("2380万户", "2019-08"),
        ("5120万户", "2019-08"),
        ("1.2万个", "2019"),  # built in the span: a count of work done keeps the year
    ]


def test_a_count_of_a_stock_named_in_its_own_clause() -> None:
    text = (
        "近日,甲市召开2021年四季度房地产形势分析会。会上通报,前三季度,全市新开工项目12个。\n"
        "今年前三季度,全市商品房销售面积212万平方米,同比增长5.1%。\n"
        "其中,市区库存商品房共9120套,新开工项目14个。"
    )
    assert _rows(text, 2021, "period")[-2:] == [("9120套", "2021-09"), ("14个", "2021")]


# --- 2. A year before the text's own, followed by 以来, starts a span to the text's year ---


def test_a_year_since_reaches_the_texts_year() -> None:
    text = "据统计,2015年以来,甲县共开展专项检查项目86个,涉及金额13.5亿元。"
    assert _rows(text, 2020, "period") == [("86个", "2015/2020"), ("13.5亿元", "2015/2020")]


def test_a_rank_held_since_a_year() -> None:
    text = "自2014年以来,全省茶叶产量一直位居西部第一位。"
    assert _rows(text, 2022, "measure", "period") == [("第一位", "rank", "2014/2022")]


def test_the_texts_own_year_since_is_no_span_of_years() -> None:
    text = "自2022年以来,全县新开工项目42个。"
    assert _rows(text, 2022, "period") == [("42个", "2022")]


def test_a_year_without_since_is_that_year() -> None:
    text = "2015年,甲县共开展专项检查项目86个。"
    assert _rows(text, 2020, "period") == [("86个", "2015")]


def test_the_texts_own_year_since_is_the_span_the_text_reports() -> None:
    text = (
        "2020年1—9月甲县法院工作情况通报\n\n"
        "2020年1—9月全院共受理各类案件3120件。\n\n"
        "截至9月30日,本院自2020年以来新收案件中已公开审判流程的有1870件,公开率97.52%。"
    )
    assert _rows(text, 2020, "period")[-2:] == [
        ("1870件", "2020-01/2020-09"),
        ("97.52%", "2020-01/2020-09"),
    ]


def test_a_record_since_a_year_names_no_period() -> None:
    text = "1-6月,全市工业增加值增长8.5%,为2015年以来同期最高,利润总额12.1亿元。"
    assert _rows(text, 2020, "period") == [
        ("8.5%", "2020-01/2020-06"),
        ("12.1亿元", "2020-01/2020-06"),
    ]
