"""Round 26 (session 16): what a line of its own says for the lines under it, and the
place 全区 names in a city of an autonomous region.

A heading of targets (``二、2025年主要预期目标``) makes the figures under it targets, up to
the next heading; a line ``从环比来看:`` (or a paragraph opening so) makes the growths under
it month-on-month; 全区 in a city's release of 宁夏 or 广西 is the autonomous region.
Sentences are our own.
"""

from __future__ import annotations

from citystat.textfacts.regions import collective

from .rows import fact_rows


def test_the_lines_under_a_heading_of_targets_are_targets() -> None:
    text = (
        "一、2024年工作回顾\n地区生产总值增长5.3%。\n二、2025年主要预期目标\n"
        "地区生产总值增长6%以上；城镇新增就业4.5万人。\n三、重点工作\n完成投资120亿元。"
    )
    assert fact_rows(text, "measure", "period", region="640100", year=2024) == [
        ("5.3%", "growth_yoy", "2024"),
        ("6%", "target", "2025"),
        ("4.5万人", "target", "2025"),
        ("120亿元", "level", "2024"),
    ]


def test_a_heading_of_targets_without_a_number_before_it() -> None:
    text = "主要目标任务\n\n一般公共预算收入增长5%。\n\n居民人均可支配收入增长6.2%。\n重点工作\n完成投资80亿元。"
    assert [row[1] for row in fact_rows(text, "measure", region="640100", year=2025)] == [
        "target",
        "target",
        "level",  # (a line of its own heads another section)
    ]


def test_a_line_saying_month_on_month_dates_the_lines_under_it() -> None:
    text = (
        "11月份,居民消费价格同比上涨0.4%。\n从环比来看:\n"
        "鲜菜价格上涨2.6%,鲜果价格下降1.3%。\n二、同比情况\n鲜菜价格下降4.2%。"
    )
    assert fact_rows(text, "basis", region="330000", year=2021) == [
        ("0.4%", "prev_year"),
        ("2.6%", "prev_period"),
        ("1.3%", "prev_period"),
        ("4.2%", "prev_year"),
    ]


def test_a_paragraph_opening_month_on_month_holds_for_all_its_sentences() -> None:
    text = "从环比看:11月份,食品价格与上月持平。食品中,蛋类价格上涨0.9%;水产品价格下降1.6%。"
    assert fact_rows(text, "basis", region="330000", year=2021) == [
        ("0.9%", "prev_period"),
        ("1.6%", "prev_period"),
    ]


def test_the_whole_region_of_a_city_of_an_autonomous_region() -> None:
    assert collective("全区", "银川市") == "宁夏回族自治区"
    assert collective("全区", "柳州市") == "广西壮族自治区"
    assert collective("全区", "兴庆区") == "兴庆区"  # a district's own
    assert collective("全区", "晋中市") == "晋中市"  # no autonomous region
    text = "全市规模以上工业增加值增长8.1%,高于全区(6.4%)1.7个百分点。"
    assert fact_rows(text, "region", region="640100", year=2023) == [
        ("8.1%", "银川市"),
        ("6.4%", "宁夏回族自治区"),
        ("1.7个百分点", "银川市"),
    ]


def test_a_place_naming_a_news_outlet_is_no_place_of_the_figures() -> None:
    text = "宁波新闻客户端 记者从省统计局获悉,全省居民消费价格上涨1.8%,其中城市上涨1.7%。"
    assert [row[1] for row in fact_rows(text, "region", region="330000", year=2021)] == [
        "浙江省",
        "浙江省",
    ]


def test_each_month_of_a_year_listed_after_the_texts_indicator() -> None:
    text = (
        "2021年全省居民消费价格上涨1.5%。分月看,2021年各月同比涨幅分别为"
        "0.6%、-0.1%、0.7%、1.2%、1.8%、1.4%、1.3%、1.1%、1.0%、1.9%、2.6%和2.0%。"
    )
    rows = fact_rows(text, "subject", "period", region="330000", year=2021)
    assert rows[1] == ("0.6%", "居民消费价格", "2021-01")
    assert rows[12] == ("2.0%", "居民消费价格", "2021-12")
    text = "上半年各月CPI同比涨幅分别为0.9%、1.1%、1.0%、1.3%、1.2%和1.4%。"
    assert [row[2] for row in fact_rows(text, "subject", "period", region="330000", year=2021)][
        ::5
    ] == ["2021-01", "2021-06"]


def test_the_parts_of_a_months_figure_are_that_months() -> None:
    text = (
        "1-9月,全市工业总产值8120亿元,增长2.2%。\n"
        "据市统计局发布:9月份全市规模以上工业完成工业总产值930.4亿元,同比增长3.4%。"
        "其中,轻工业201.5亿元,增长1.9%;重工业728.9亿元,增长4.1%。"
    )
    assert fact_rows(text, "subject", "period", region="310000", year=2021)[2:] == [
        ("930.4亿元", "规模以上工业总产值", "2021-09"),
        ("3.4%", "规模以上工业总产值", "2021-09"),
        ("201.5亿元", "轻工业总产值", "2021-09"),
        ("1.9%", "轻工业总产值", "2021-09"),
        ("728.9亿元", "重工业总产值", "2021-09"),
        ("4.1%", "重工业总产值", "2021-09"),
    ]


def test_days_of_one_month_are_that_month() -> None:
    text = "10月1日至7日,全市共接待游客512.4万人次,同比增长12.3%。"
    assert [row[1] for row in fact_rows(text, "period", region="520100", year=2019)] == [
        "2019-10",
        "2019-10",
    ]


def test_a_parts_growth_named_bare_is_of_the_whole_before_it() -> None:
    text = (
        "全市居民人均可支配收入增长6.1%,城镇增速比上半年回落0.3个百分点,农村增速回落0.2个百分点。"
    )
    assert [row[1] for row in fact_rows(text, "subject", region="610100", year=2022)][1:] == [
        "城镇居民人均可支配收入增速",
        "农村居民人均可支配收入增速",
    ]


def test_since_new_year_after_a_month_end_runs_to_that_month() -> None:
    text = (
        "截至9月底,全省农村劳动力外出务工281.4万人。\n"
        "截至10月底,全省认定就业帮扶车间1820个,今年以来累计带动就业19.6万人;"
        "全省零工市场今年以来累计服务求职者8.3万人次。"
    )
    rows = fact_rows(text, "period", region="520000", year=2022)
    assert rows[2:] == [("19.6万人", "2022-01/2022-10"), ("8.3万人次", "2022-01/2022-10")]


def test_a_sectors_row_in_a_table_of_value_added_is_its_value_added() -> None:
    text = (
        "表1 2023年全县生产总值及其增长速度\n单位:亿元\n指标 |\n绝对数 |\n比上年增长(%) |\n"
        "生产总值 |\n212.4 |\n5.1 |\n第二产业 |\n80.6 |\n6.3 |\n住宿和餐饮业 |\n5.2 |\n9.9 |"
    )
    assert [row[1] for row in fact_rows(text, "subject", region="130100", year=2024)] == [
        "生产总值",
        "生产总值",
        "第二产业增加值",
        "第二产业增加值",
        "住宿和餐饮业增加值",
        "住宿和餐饮业增加值",
    ]


def test_the_areas_of_the_national_poverty_monitoring_are_regions() -> None:
    text = "2020年贫困地区农村居民人均可支配收入12588元,名义增长8.8%。"
    assert [row[1] for row in fact_rows(text, "region", region="全国", year=2020)] == [
        "贫困地区",
        "贫困地区",
    ]


def test_a_part_of_a_year_written_with_a_short_year() -> None:
    text = "一七年首三季,全省农业增加值1820.5亿元,增长3.9%。"
    assert [row[1] for row in fact_rows(text, "period", region="440000", year=2018)] == [
        "2017-01/2017-09",
        "2017-01/2017-09",
    ]
    text = "去年前三季度,全市出口额增长6.2%。"
    assert fact_rows(text, "period", region="440100", year=2021) == [("6.2%", "2020-01/2020-09")]
    text = "1-2月新增贷款超过2600亿元,接近去年上半年总量,占全国比重9.4%。"
    assert [row[1] for row in fact_rows(text, "period", region="440000", year=2021)] == [
        "2021-01/2021-02",
        "2021-01/2021-02",  # (去年一季度 after 接近 is a base, no period)
    ]


def test_a_lead_without_figures_names_the_releases_part_of_the_year() -> None:
    text = (
        "本报讯 据市统计局消息,前三季度,全市经济运行总体平稳。\n"
        "全市地区生产总值达1520.6亿元,同比增长4.8%。"
    )
    assert [row[1] for row in fact_rows(text, "period", region="110000", year=2023)] == [
        "2023-01/2023-09",
        "2023-01/2023-09",
    ]
