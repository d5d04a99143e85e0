"""Round 23 (session 13): lists a ranking opens.

A ranking (``由高到低依次是``, ``排名前三位的是``, ``最高的三个市分别是``, ``前三位分别为``)
names the indicator it ranks; the items after it are places (each its own region) or kinds
(each named with the indicator), and their figures follow, either after ``分别为`` or each in
brackets after its item. A second ranking of the same sentence without an indicator
(``排名后三位的是``) ranks the same one. Sentences are our own (other places, other numbers).
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, region: str = "山西省") -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", "region", region=region, year=2020)


WAGE = "城镇非私营单位就业人员年平均工资"


def test_places_in_order_after_yici_shi() -> None:
    text = f"2019年全省{WAGE}由高到低依次是太原市、大同市和长治市,分别为81200元、70300元和65100元。"
    assert _rows(text) == [
        ("81200元", WAGE, "太原市"),
        ("70300元", WAGE, "大同市"),
        ("65100元", WAGE, "长治市"),
    ]


def test_the_four_economic_regions_written_short() -> None:
    text = (
        f"全国{WAGE}由高到低依次是东部、西部、中部和东北,分别为81200元、70300元、65100元和60200元。"
    )
    assert [row[2] for row in _rows(text, "全国")] == [
        "东部地区",
        "西部地区",
        "中部地区",
        "东北地区",
    ]


def test_a_second_ranking_of_the_sentence_ranks_the_same_indicator() -> None:
    text = (
        "城镇私营单位就业人员年平均工资排名前三位的是太原、大同和长治,分别为58210元、49130元和"
        "47260元;排名后三位的是忻州、吕梁和晋城,分别为42350元、41820元和40170元。"
    )
    wage = "城镇私营单位就业人员年平均工资"
    assert _rows(text) == [
        ("58210元", wage, "太原市"),
        ("49130元", wage, "大同市"),
        ("47260元", wage, "长治市"),
        ("42350元", wage, "忻州市"),
        ("41820元", wage, "吕梁市"),
        ("40170元", wage, "晋城市"),
    ]


def test_a_level_word_after_the_indicator_is_left_out() -> None:
    text = "分市看,平均工资水平排名前三位的是太原、大同和长治,分别为58210元、49130元和47260元。"
    assert [row[1] for row in _rows(text)] == ["平均工资"] * 3


def test_the_places_with_the_highest_figures_each_with_its_own() -> None:
    text = "分市看,年平均工资最高的三个市分别是大同市90100元,朔州市80200元,吕梁市70300元。"
    assert _rows(text) == [
        ("90100元", "年平均工资", "大同市"),
        ("80200元", "年平均工资", "朔州市"),
        ("70300元", "年平均工资", "吕梁市"),
    ]


def test_ranked_kinds_with_their_figures_in_brackets() -> None:
    text = "全年港口货物吞吐量排名前三的港口分别为甲港(5.6亿吨)、乙港(4.2亿吨)和丙港(3.1亿吨)。"
    assert _rows(text) == [
        ("5.6亿吨", "甲港货物吞吐量", "山西省"),
        ("4.2亿吨", "乙港货物吞吐量", "山西省"),
        ("3.1亿吨", "丙港货物吞吐量", "山西省"),
    ]


def test_ranked_growths_in_brackets_one_name_with_a_comma_list_in_it() -> None:
    text = (
        "与上年相比,新登记企业数量增幅位居前三的行业分别是卫生业(+57%),"
        "信息传输、软件和信息技术服务业(+38%)以及租赁业(+31%)。"
    )
    assert _rows(text) == [
        ("57%", "卫生业新登记企业数量", "山西省"),
        ("38%", "信息传输、软件和信息技术服务业新登记企业数量", "山西省"),
        ("31%", "租赁业新登记企业数量", "山西省"),
    ]


def test_kinds_that_name_indicators_with_their_figures_in_brackets() -> None:
    text = "全年完成投资12.5亿元,其中工业投资(5.1亿元)、农业投资(2.2亿元)、服务业投资(3.1亿元)。"
    assert [row[1] for row in _rows(text)] == ["完成投资", "工业投资", "农业投资", "服务业投资"]
