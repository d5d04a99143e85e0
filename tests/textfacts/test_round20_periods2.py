"""Round 20 of #13 (session 10): period errors of the development sets, fixed as rules.

Sentences of our own (other places, other numbers) of the shapes the rules decide: a line
naming only a period before a colon heads the list of lines below it (their counts too);
the first quarters one by one before 分别 (``前三个季度…分别为``); a month typeset with a
space before 月 (``5 月份``, ``1-5 月``); a share of a stock of users or firms, and a
number of firms, in a span: the state at its last month.
"""

from __future__ import annotations

from citystat.textfacts.periods import listed_periods, stock_at_end
from citystat.textfacts.scope import continues_list, heading_period

from .rows import fact_rows


def _rows(text: str, *fields: str, year: int = 2021) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region="浙江省", year=year)


MONTH = "2021-10"
SPAN = "2021-01/2021-10"


def test_a_period_heading_a_list_of_lines_dates_its_items_counts_included() -> None:
    text = (
        "2021年10月,全县主要河流水质监测断面:42个监测断面中有36个断面达到水质目标,"
        "达标率为85.7%。其中:\n"
        "4个国控断面达标率为75%,同比下降25个百分点;\n"
        "18个省控断面达标率为88.9%,同比上升5.6个百分点。\n"
        "2021年1-10月:\n"
        "4个国控断面达标率为80%;\n"
        "18个省控断面达标率为91.2%;\n"
        "40个县控断面达标率为85.5%。"
    )
    assert _rows(text, "measure", "period") == [
        ("42个", "count", MONTH),
        ("36个", "count", MONTH),
        ("85.7%", "share", MONTH),
        ("4个", "count", MONTH),
        ("75%", "share", MONTH),
        ("25个百分点", "pp_change", MONTH),
        ("18个", "count", MONTH),
        ("88.9%", "share", MONTH),
        ("5.6个百分点", "pp_change", MONTH),
        ("4个", "count", SPAN),
        ("80%", "share", SPAN),
        ("18个", "count", SPAN),
        ("91.2%", "share", SPAN),
        ("40个", "count", SPAN),
        ("85.5%", "share", SPAN),
    ]


def test_a_list_ends_at_an_item_ending_its_sentence() -> None:
    # the line after the last item (。) is no item: its count keeps the year
    text = (
        "10月,全县空气优良率为93.1%。\n1-10月:\n甲县空气优良率为91.5%;\n乙县空气优良率为88.2%。\n"
        "全县共有监测站点12个。"
    )
    assert _rows(text, "period") == [
        ("93.1%", MONTH),
        ("91.5%", SPAN),
        ("88.2%", SPAN),
        ("12个", "2021"),
    ]


def test_heading_and_list_helpers() -> None:
    assert heading_period("2021年1-10月:", 2021) == SPAN
    assert heading_period("其中:", 2021) is None
    assert heading_period("1-10月,全县空气质量:", 2021) is None
    assert continues_list("其中:", False) and continues_list("乙县为88.2%;", True)
    assert not continues_list("乙县为88.2%;", False)
    assert not continues_list("乙县为88.2%。", True)


def test_the_first_quarters_one_by_one_before_fenbie() -> None:
    text = "前三季度,全省税收收入增速前高后低、逐季回落,前三个季度税收收入增速分别为28.1%、21.5%和19.2%。"
    assert _rows(text, "period") == [
        ("28.1%", "2021-01/2021-03"),
        ("21.5%", "2021-04/2021-06"),
        ("19.2%", "2021-07/2021-09"),
    ]
    assert listed_periods("前两个季度全市税收增速", 2021) == ["2021-01/2021-03", "2021-04/2021-06"]
    # 前三季度 (no 个) is the span since January, not a list
    assert listed_periods("前三季度全市税收增速", 2021) == []


def test_a_month_typeset_with_a_space_before_yue() -> None:
    text = (
        "2021年5月份全县居民消费价格同比上涨2.1%,1-5月平均上涨1.6%。"
        "5 月份全县工业生产者出厂价格同比下降3.4%。1-5 月,全县规模以上工业增加值增长6.2%。"
    )
    assert _rows(text, "period", "subject") == [
        ("2.1%", "2021-05", "居民消费价格"),
        ("1.6%", "2021-01/2021-05", "居民消费价格"),
        ("3.4%", "2021-05", "工业生产者出厂价格"),
        ("6.2%", "2021-01/2021-05", "规模以上工业增加值"),
    ]


def test_a_spaced_day_is_no_month() -> None:
    # 2022 年 5 月 11 日 (a dateline) is no month of the figures after it
    text = "甲省2021年卫生统计公报 2022 年 5 月 11 日 全省共有医疗卫生机构 6120 个。"
    assert _rows(text, "period") == [("6120 个", "2021")]


def test_a_share_of_a_stock_of_users_or_firms_is_at_the_span_end() -> None:
    text = (
        "上半年,全省固定宽带接入用户820.3万户,同比增长12.2%;光纤接入用户760.4万户,"
        "占宽带用户总数的92.7%。千兆宽带用户55.1万户,在宽带用户的占比为6.7%。"
    )
    assert _rows(text, "measure", "period") == [
        ("820.3万户", "count", "2021-06"),
        ("12.2%", "growth_yoy", "2021-06"),
        ("760.4万户", "count", "2021-06"),
        ("92.7%", "share", "2021-06"),
        ("55.1万户", "count", "2021-06"),
        ("6.7%", "share", "2021-06"),
    ]


def test_a_number_of_firms_and_its_share_are_at_the_span_end_new_firms_a_flow() -> None:
    text = (
        "1-9月,全县规模以上工业中私营企业户数达到215户,占全县规模以上工业企业总户数的68.3%。"
        "新登记企业1200户。"
    )
    assert _rows(text, "measure", "period") == [
        ("215户", "count", "2021-09"),
        ("68.3%", "share", "2021-09"),
        ("1200户", "count", "2021-01/2021-09"),
    ]
    assert stock_at_end("2021-01/2021-09", "新登记企业占全县企业总户数的", "share") == (
        "2021-01/2021-09"
    )
    assert stock_at_end("2021-01/2021-09", "注销企业户数", "count") == "2021-01/2021-09"


def test_a_release_opening_at_a_month_end_runs_its_year_to_that_month() -> None:
    # 9月末,… opening the text: 今年以来 and 今年 after are January to September; stocks
    # named after 今年 are at September's end
    text = (
        "8月末,全县各项存款余额598.7亿元,同比增长7.9%。\n"
        "截至目前,今年全县新增挂牌企业3家,挂牌企业总数达到21家。\n"
        "今年以来,县金融办组织银企对接活动,对接项目45个,完成授信36.2亿元。"
    )
    assert _rows(text, "period") == [
        ("598.7亿元", "2021-08"),
        ("7.9%", "2021-08"),
        ("3家", "2021-01/2021-08"),
        ("21家", "2021-08"),
        ("45个", "2021-01/2021-08"),
        ("36.2亿元", "2021-01/2021-08"),
    ]


def test_a_month_end_inside_the_first_paragraph_is_no_lead() -> None:
    # the first figures are of the year; 6月末 comes after them: 今年以来 stays the year
    text = "全年全县实现生产总值312.5亿元,6月末存款余额98.2亿元。\n今年以来,全县新增企业450户。"
    assert [p for _, p in _rows(text, "period")][-1] == "2021"


def test_a_report_forms_rows_of_person_times_and_registrations_run_from_january() -> None:
    text = (
        "2021年3季度民政统计数据\n"
        "指标名称 | 单位 | 数量 |\n"
        "城市特困人员救助供养人数 | 万人 | 0.4 |\n"
        "临时救助 | 万人次 | 5.3 |\n"
        "收养登记 | 件 | 87 |\n"
        "社区服务中心 | 个 | 420 |\n"
    )
    assert _rows(text, "period") == [
        ("0.4", "2021-09"),
        ("5.3", "2021-01/2021-09"),
        ("87", "2021-01/2021-09"),
        ("420", "2021-09"),
    ]


def test_a_tables_count_of_firms_in_a_column_since_january_is_at_its_end() -> None:
    text = (
        "| 项 目 | 单位 |\n"
        "4月 | 1-4月 累计 |\n"
        "| 一、社会消费品零售总额 | 万元 | 251230 | 986410 |\n"
        "| 二、限额以上商业企业数 | 个 | - | 415 |\n"
        "| 1、批发零售企业 | 个 | - | 361 |\n"
    )
    assert [(span, period) for span, period in _rows(text, "period") if "万" not in span] == [
        ("251230", "2021-04"),
        ("986410", "2021-01/2021-04"),
        ("415", "2021-04"),
        ("361", "2021-04"),
    ]


def test_a_part_of_a_year_far_after_the_texts_own_is_a_misprint_of_it() -> None:
    text = "记者从甲海关获悉,2047年1-4月,甲市累计进出口812.5亿元,比去年同期增长6.4%。到2035年,进出口总额达到3000亿元。"
    assert _rows(text, "period") == [
        ("812.5亿元", "2021-01/2021-04"),
        ("6.4%", "2021-01/2021-04"),
        ("3000亿元", "2035"),
    ]


def test_a_month_heading_a_clause_in_a_half_year_heads_the_sentences_after() -> None:
    text = (
        "上半年,全市人民币各项贷款增加820.4亿元。上半年全市贷款利率继续下行,6月份,"
        "全市企业贷款加权平均利率为3.85%,比上年同期低31个基点。"
        "小微企业贷款加权平均利率为4.61%,比上年同期低18个基点。"
    )
    assert _rows(text, "period") == [
        ("820.4亿元", "2021-01/2021-06"),
        ("3.85%", "2021-06"),
        ("31个基点", "2021-06"),
        ("4.61%", "2021-06"),
        ("18个基点", "2021-06"),
    ]
