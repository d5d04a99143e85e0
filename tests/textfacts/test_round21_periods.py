"""Round 21 of #13 (session 11): how far a period stated once reaches, and which items of
a month end's sentence are stocks.

Three structures of Chinese statistical prose that recur across genres: a text whose title
names no part of the year states its months from January (or a work report its term) once,
before its first figures, and every later figure is of them; after a stated month end
(``4月末,…``) each item of the sentence is a stock or a flow by its own words, not by an
earlier item's (``同比增长`` of the assets makes no flow of the liabilities after them).
The sentences are our own (other places, other numbers).
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "大同市", year: int | None = 2024
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


def test_months_stated_once_before_the_first_figures_date_the_whole_text() -> None:
    # a title naming no period; the first figure's sentence names 1-10月: the counts of
    # the later sections are of those months too, not of the year
    text = (
        "甲县法院审判工作数据\n"
        "一、收案情况\n"
        "本院2024年1-10月共受理各类案件3120件。\n"
        "二、结案情况\n"
        "审结民事案件1450件,审结刑事案件236件。\n"
    )
    assert _rows(text, "period") == [
        ("3120件", "2024-01/2024-10"),
        ("1450件", "2024-01/2024-10"),
        ("236件", "2024-01/2024-10"),
    ]


def test_a_programme_report_keeps_its_year() -> None:
    # a programme's progress (民生实事): its body mixes the year's plan with the progress
    text = (
        "甲区民生实事推进情况\n"
        "1-10月,全区12件民生实事累计完成投资3.2亿元。\n"
        "计划新建社区食堂20个。\n"
    )
    assert _rows(text, "measure", "period") == [
        ("12件", "count", "2024"),
        ("3.2亿元", "level", "2024-01/2024-10"),
        ("20个", "target", "2024"),
    ]


def test_months_named_after_the_first_figure_are_not_the_documents() -> None:
    text = (
        "甲县经济概况\n全县有规模以上工业企业86户,1-10月完成产值52.6亿元。\n新增市场主体420户。\n"
    )
    assert _rows(text, "period") == [
        ("86户", "2024"),
        ("52.6亿元", "2024-01/2024-10"),
        ("420户", "2024"),
    ]


def test_items_after_a_month_end_are_stocks_unless_their_own_words_say_a_flow() -> None:
    # 负债合计 after 资产总计…同比增长: the comparison was the assets', the liabilities a stock
    text = (
        "1-8月份,全市规模以上工业企业实现利润总额96.4亿元。\n"
        "8月末,规模以上工业企业资产总计3120.5亿元,同比增长6.1%;负债合计1804.2亿元,增长5.3%;"
        "所有者权益合计1316.3亿元。\n"
    )
    assert _rows(text, "measure", "period") == [
        ("96.4亿元", "level", "2024-01/2024-08"),
        ("3120.5亿元", "level", "2024-08"),
        ("6.1%", "growth_yoy", "2024-08"),
        ("1804.2亿元", "level", "2024-08"),
        ("5.3%", "growth_yoy", "2024-08"),
        ("1316.3亿元", "level", "2024-08"),
    ]


def test_a_flow_after_a_stock_at_a_quarters_end_is_summed_since_january() -> None:
    # 存栏 is the state at the quarter's end, 出栏 and 产量 the half year's flows
    text = "二季度末,全县生猪存栏12.6万头,同比增长3%,出栏7.4万头;禽蛋产量1320吨。"
    assert _rows(text, "period") == [
        ("12.6万头", "2024-06"),
        ("3%", "2024-06"),
        ("7.4万头", "2024-01/2024-06"),
        ("1320吨", "2024-01/2024-06"),
    ]


def test_a_share_of_new_loans_after_a_balance_is_since_january() -> None:
    text = "6月末,全市涉农贷款余额860.2亿元,较年初新增52.4亿元,占全市新增贷款的38.5%。"
    assert _rows(text, "measure", "period") == [
        ("860.2亿元", "level", "2024-06"),
        ("52.4亿元", "abs_change", "2024-01/2024-06"),
        ("38.5%", "share", "2024-01/2024-06"),
    ]


def test_a_rate_of_new_loans_at_a_month_end_stays_the_month() -> None:
    text = "9月末,全市贷款余额1520.6亿元;新发放企业贷款加权平均利率4.12%。"
    assert _rows(text, "period") == [("1520.6亿元", "2024-09"), ("4.12%", "2024-09")]


def test_the_growth_of_a_flow_after_a_stock_is_the_flows() -> None:
    # 同比下降 names nothing: the growth is of the item before it (出栏, a flow)
    text = "二季度末,全县生猪存栏12.6万头,同比增长3%,出栏7.4万头,同比下降3.6%;牛存栏2.1万头,同比增长2%。"
    assert _rows(text, "measure", "period") == [
        ("12.6万头", "count", "2024-06"),
        ("3%", "growth_yoy", "2024-06"),
        ("7.4万头", "count", "2024-01/2024-06"),
        ("3.6%", "growth_yoy", "2024-01/2024-06"),
        ("2.1万头", "count", "2024-06"),
        ("2%", "growth_yoy", "2024-06"),
    ]
