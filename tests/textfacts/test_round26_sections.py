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
    text = "主要目标任务\n一般公共预算收入增长5%。\n居民人均可支配收入增长6.2%。"
    assert [row[1] for row in fact_rows(text, "measure", region="640100", year=2025)] == [
        "target",
        "target",
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
