"""Round 27 (session 17), in running text: a second-level heading keeps the period of the
section it is in, and a session's number (届…次全会) is no count. Sentences are our own."""

from __future__ import annotations

from .rows import fact_rows


def test_a_second_level_heading_keeps_its_sections_period() -> None:
    text = (
        "全县财政部门坚持稳中求进。\n一、2025年上半年全县财政收支情况\n(一)一般预算收支情况\n"
        "1.全县财政收入完成21.6亿元,增长4.2%。\n二、下半年工作安排\n(一)加强收入征管\n"
        "力争全年收入增长6%。\n"
    )
    assert fact_rows(text, "period", "measure", region="650400", year=2025) == [
        ("21.6亿元", "2025-01/2025-06", "level"),
        ("4.2%", "2025-01/2025-06", "growth_yoy"),
        ("6%", "2025", "target"),
    ]


def test_the_number_of_a_plenary_session_is_no_count() -> None:
    text = "传达市委九届八次全会精神,全年召开专题会议4次。"
    assert fact_rows(text, "measure", region="650400", year=2025) == [("4次", "count")]


def test_a_zone_of_a_province_and_the_places_it_holds() -> None:
    text = (
        "分区域看,苏南地区(包含甲市、无锡市和常州市)全体居民人均可支配收入61020元,"
        "苏北地区(包含徐州市、连云港市和宿迁市)35110元为苏南地区的57.5%。"
    )
    assert fact_rows(text, "subject", "region", region="320000", year=2024) == [
        ("61020元", "全体居民人均可支配收入", "苏南地区"),
        ("35110元", "全体居民人均可支配收入", "苏北地区"),
        ("57.5%", "全体居民人均可支配收入", "苏北地区"),
    ]


def test_a_change_turned_from_an_earlier_period() -> None:
    text = (
        "1-10月,全省规上服务业企业营业收入增长6.1%。\n"
        "其中,运输企业营收由1~9月下降1.2%转为增长0.3%。文化企业营收增长12.5%。\n"
    )
    assert fact_rows(text, "period", region="340000", year=2023) == [
        ("6.1%", "2023-01/2023-10"),
        ("1.2%", "2023-01/2023-09"),
        ("0.3%", "2023-01/2023-10"),
        ("12.5%", "2023-01/2023-10"),
    ]


def test_a_month_in_chinese_numerals() -> None:
    text = "八月份,全市公共资源交易项目共210项,交易额56.2亿元。十二月,成交项目98项。"
    assert fact_rows(text, "period", region="320200", year=2024) == [
        ("210项", "2024-08"),
        ("56.2亿元", "2024-08"),
        ("98项", "2024-12"),
    ]
    # 三月街 (a fair) and 五一 (a holiday) are no months here
    assert fact_rows("三月街接待游客12万人次。", "period", region="532900", year=2024) == [
        ("12万人次", "2024")
    ]


def test_a_rank_after_a_growth_rate_named_so_ranks_the_rate() -> None:
    text = "全年地区生产总值完成180.2亿元,居全市第4位,增速4.6%,全市排名第9位;财政收入总量12.1亿元,增速2.3%,全市排名第10位。"
    rows = fact_rows(text, "subject", "measure", region="140404", year=2024)
    assert [row for row in rows if row[2] == "rank"] == [
        ("第4位", "地区生产总值", "rank"),
        ("第9位", "地区生产总值增速", "rank"),
        ("第10位", "财政收入增速", "rank"),
    ]


def test_the_digits_of_a_web_address_are_no_figures() -> None:
    text = (
        "来源:https://example.cn/news/%25E6%25B5%2587%25E6%2581%25A9/6889 "
        "图1 构成情况25.1%25.6%\n全省居民人均可支配收入增长8.1%。"
    )
    assert [row[0] for row in fact_rows(text, region="360000", year=2024)] == [
        "25.1%",
        "25.6%",
        "8.1%",
    ]


def test_a_pledge_is_a_target_and_an_excess_over_a_target_a_change() -> None:
    text = "今年全省将确保城镇新增就业40万人以上。全市落实粮食播种面积880万亩,超国家下达目标任务5.2万亩。"
    assert fact_rows(text, "measure", region="610000", year=2024) == [
        ("40万人", "target"),
        ("880万亩", "level"),
        ("5.2万亩", "abs_change"),
    ]


def test_a_count_named_then_moved_is_a_change() -> None:
    text = "全年城镇登记失业人数减少320人,事故起数增加2起。"
    assert fact_rows(text, "measure", "value_base", region="532300", year=2024) == [
        ("320人", "abs_change", -320.0),
        ("2起", "abs_change", 2.0),
    ]


def test_rates_after_a_list_of_changes_are_each_changes_rate() -> None:
    text = "与上年相比,事故起数减少4起,死亡人数减少3人,分别下降8.2%、9.1%。"
    assert fact_rows(text, "subject", "measure", region="532300", year=2024) == [
        ("4起", "事故起数", "abs_change"),
        ("3人", "死亡人数", "abs_change"),
        ("8.2%", "事故起数", "growth_yoy"),
        ("9.1%", "死亡人数", "growth_yoy"),
    ]


def test_a_head_the_figure_before_named_is_carried_to_a_parallel_clause() -> None:
    text = (
        "其中,光伏电池产量增长40.2%,服务器增长18.5%。全区奶牛存栏60万头,增长4%;出栏12万头。"
        "工业生产者出厂价格下降1.1%,购进价格下降1.9%。"
    )
    assert [row[1] for row in fact_rows(text, "subject", region="640000", year=2024)] == [
        "光伏电池产量",
        "服务器产量",
        "奶牛存栏",
        "奶牛存栏",
        "奶牛出栏",
        "工业生产者出厂价格",
        "工业生产者购进价格",
    ]
