"""Round 12 of #13: subjects carried over clauses (classes C and E of round 11).

Each rule on short sentences of our own, of the shapes the real texts showed (not the
texts themselves). The classes and their counts are in docs/textfacts.md, *Round 12:
subjects*.
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract
from citystat.textfacts.normalise import to_simplified

from .rows import fact_rows


def _facts(text: str, region: str = "石家庄市") -> list[Fact]:
    return extract(text, region=region, year=2023)


def _subjects(text: str, region: str = "石家庄市") -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", region=region, year=2023)


def test_the_variant_of_alkali_t2s_keeps_is_simplified() -> None:
    # 堿 (a variant of 鹼) is left by OpenCC's t2s; simplified writing has 碱
    assert to_simplified("燒堿產量增長,純堿項目投產") == "烧碱产量增长,纯碱项目投产"
    facts = _facts("全年燒堿產量12.5萬噸,增長3.1%。")
    assert [(f.text_span, f.subject) for f in facts] == [
        ("12.5萬噸", "烧碱产量"),
        ("3.1%", "烧碱产量"),
    ]


def test_an_indicator_said_to_grow_names_the_figures_after_it() -> None:
    # class C: the clause before has no figure and names the indicator; the figures'
    # own words are a verb of totalling and a change
    assert _subjects(
        "以甲、乙为代表的新兴产业税收收入快速增长,合计完成税收120.5亿元,增收20.3亿元。"
    ) == [("120.5亿元", "新兴产业税收收入"), ("20.3亿元", "新兴产业税收收入")]


def test_items_that_stand_first_and_next_take_the_whole_named_before() -> None:
    # class C: kinds named one by one (占比最高, 其次为, 再次为), each with an amount word
    # and its share of the whole the document named before (播种面积 of 农作物)
    text = (
        "全年全市农作物播种面积300.0千公顷。\n"
        "分品种看,玉米占比最高,总面积120.0千公顷,占农作物的40.0%;"
        "其次为大豆,总面积60.0千公顷,占农作物的20.0%;"
        "再次为薯类,总面积30.5千公顷,占农作物的10.2%。"
    )
    assert _subjects(text) == [
        ("300.0千公顷", "农作物播种面积"),
        ("120.0千公顷", "玉米播种面积"),
        ("40.0%", "玉米播种面积占农作物的比重"),
        ("60.0千公顷", "大豆播种面积"),
        ("20.0%", "大豆播种面积占农作物的比重"),
        ("30.5千公顷", "薯类播种面积"),
        ("10.2%", "薯类播种面积占农作物的比重"),
    ]


def test_an_item_that_leads_names_a_bare_head_after_it() -> None:
    assert _subjects("全市服务业遥遥领先,实现增加值800.2亿元,增长6.1%。") == [
        ("800.2亿元", "服务业增加值"),
        ("6.1%", "服务业增加值"),
    ]
    # what it leads by is not part of its name
    assert _subjects("分行业看,其中甲工业支撑最大,增加值增长7.4%。")[0][1] == "甲工业增加值"


def test_what_the_clause_before_does_not_name_is_left_as_it_was() -> None:
    # a place that stands first is a region, not the subject; no whole named before
    facts = _facts("分县看,正定县增速最高,完成投资30.2亿元,增长12.1%。")
    assert [(f.text_span, f.subject, f.region) for f in facts] == [
        ("30.2亿元", "完成投资", "正定县"),
        ("12.1%", "完成投资", "正定县"),
    ]
    assert _subjects("分品种看,玉米占比最高,总面积120.0千公顷。") == [("120.0千公顷", "总面积")]


def test_a_new_item_resets_the_subject_carried_from_the_part_before() -> None:
    # 其次为乙: the figures after it are 乙's, not those of the item the part before named
    assert _subjects(
        "其中,甲类企业遥遥领先,完成产值45.2亿元;其次为乙类企业,完成产值20.1亿元。"
    ) == [
        ("45.2亿元", "甲类企业产值"),
        ("20.1亿元", "乙类企业产值"),
    ]


def test_a_next_item_with_a_bare_copula_is_named_as_the_item_before() -> None:
    # 其次为乙,为…: 乙's share (or amount), as the first item's was (no set has this shape:
    # it was read as 其次相当于乙的比例)
    assert _subjects("分品种看,蔬菜占比最高,为45.2%;其次为水果,为20.1%。") == [
        ("45.2%", "蔬菜占比"),
        ("20.1%", "水果占比"),
    ]
    assert _subjects("全市工业增加值最高,为300.1亿元;其次为建筑业,为120.2亿元。") == [
        ("300.1亿元", "工业增加值"),
        ("120.2亿元", "建筑业增加值"),
    ]
