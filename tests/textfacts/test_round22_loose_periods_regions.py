"""Round 22, second pass (session 12): periods and regions under the 2-set rule.

Each rule fixed facts in two development sets of two genres and broke none (docs, round 22,
second pass). Sentences are our own (other places, other numbers) of the shapes the sets
showed.
"""

from __future__ import annotations

from .rows import fact_rows

# --- 1. A rank or a share right after a state dated at a month's end: that month ----------


_RANKS = (
    "上半年,甲省通信行业运行平稳。全省通信收入累计212.4亿元,排全国第8位。"
    "5G基站数量达到18.3万个,位列全国第9,比上年同期增长3.1%。"
    "宽带用户总数为820.5万户,约占全国的4.2%。"
)


def test_a_rank_or_share_of_a_state_takes_its_month() -> None:
    rows = fact_rows(_RANKS, "measure", "period", region="甲省", year=2020)
    assert rows == [
        ("212.4亿元", "level", "2020-01/2020-06"),
        ("第8位", "rank", "2020-01/2020-06"),  # the rank of a flow keeps the span
        ("18.3万个", "count", "2020-06"),
        ("第9", "rank", "2020-06"),
        ("3.1%", "growth_yoy", "2020-06"),  # the growth after the rank: of the state too
        ("820.5万户", "count", "2020-06"),
        ("4.2%", "share", "2020-06"),
    ]


def test_a_share_after_an_increase_since_the_years_start_keeps_the_span() -> None:
    text = "1-9月,甲市移动电话用户总数达到512万户,比年初增加12万户,占全省的9.1%。"
    rows = fact_rows(text, "measure", "period", region="甲市", year=2021)
    assert rows[0] == ("512万户", "count", "2021-09")
    assert rows[-1] == ("9.1%", "share", "2021-01/2021-09")


# --- 2. The four economic regions written short in a list: each named in full -----------


def test_the_four_regions_written_short_before_respectively() -> None:
    text = "分地区看,东北、中部、东部的接警量分别下降12.1%、7.4%和5.5%。"
    assert fact_rows(text, "region", "subject", region="全国", year=2021) == [
        ("12.1%", "东北地区", "接警量"),
        ("7.4%", "中部地区", "接警量"),
        ("5.5%", "东部地区", "接警量"),
    ]


def test_the_regions_of_the_clause_before_a_list_of_shares() -> None:
    text = (
        "6月末,东、中、西部和东北地区千兆端口分别为12.1万、6.2万、5.5万、1.8万个,"
        "在各自宽带端口中的占比分别为81.2%、78.4%、75.1%、79.9%。"
    )
    rows = fact_rows(text, "region", region="全国", year=2022)
    assert rows[-4:] == [
        ("81.2%", "东部地区"),
        ("78.4%", "中部地区"),
        ("75.1%", "西部地区"),
        ("79.9%", "东北地区"),
    ]


def test_a_province_s_own_parts_are_no_list_of_the_four() -> None:
    from citystat.textfacts.regions import macro_region_list

    assert macro_region_list("东北部、西部山区") is None
    assert macro_region_list("东部、中部和西部地区") is None


# --- 3. An institution named after a place names no region of its figures ----------------


def test_a_station_named_after_a_city() -> None:
    text = "国庆假期,兰州火车站共发送旅客61.2万人次。"
    assert fact_rows(text, "region", region="甘肃省", year=2023) == [("61.2万人次", "甘肃省")]


def test_universities_named_after_a_city_and_a_campus() -> None:
    text = (
        "去年,技术交易额居前三的高校是长沙理工大学(3.12亿元)、湖南农业大学(2.05亿元)和"
        "中南林业科技大学(长沙)(1.46亿元)。"
    )
    rows = fact_rows(text, "region", region="湖南省", year=2021)
    assert [r for _, r in rows] == ["湖南省", "湖南省", "湖南省"]


def test_a_citys_students_are_the_citys() -> None:
    text = "今年,郑州大学生创业项目达到120个。"
    assert fact_rows(text, "region", region="河南省", year=2023) == [("120个", "郑州市")]
