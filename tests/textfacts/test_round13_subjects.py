"""Round 13 of #13: subjects on the spent judges of round 1 (heldout9, heldout10).

Each rule on short sentences of our own, of the shapes the real texts showed (not the
texts themselves). The classes and their counts are in docs/textfacts.md, *Round 13:
subjects*.
"""

from __future__ import annotations

from citystat.textfacts import extract
from citystat.textfacts.evaluate import subjects_agree
from citystat.textfacts.subjects import clean, normalise_subject


def _subjects(text: str, region: str = "石家庄市") -> list[tuple[str, str | None]]:
    return [(f.text_span, f.subject) for f in extract(text, region=region, year=2023)]


def test_a_verb_between_the_doer_and_its_amount_is_dropped() -> None:
    # class B: 实现 inside the name, after who did it
    assert _subjects("1-6月,限额以上单位实现消费品零售额12.5亿元,增长6.1%。") == [
        ("12.5亿元", "限额以上单位消费品零售额"),
        ("6.1%", "限额以上单位消费品零售额"),
    ]
    assert clean("全县农村劳动力实现转移就业") == "农村劳动力转移就业"
    # a count of those that grew, and the official terms with 实现, keep it
    assert clean("同比实现正增长的地市") == "实现正增长的地市"
    assert clean("全年城镇失业人员实现再就业") == "城镇失业人员再就业"  # convention 17
    assert clean("限额以上单位通过公共网络实现商品销售额") == (
        "限额以上单位通过公共网络实现商品销售额"
    )


def test_a_comparison_word_after_a_rate_whose_base_went_is_no_name() -> None:
    # class A: 增速比<base>提高: the rate compared, not 增速比
    assert clean("增速比9月当月提高") == "增速"
    assert clean("增幅较上月末回落") == "增幅"
    assert (clean("占比"), clean("三次产业结构比")) == ("占比", "三次产业结构比")


def test_a_plans_verb_is_no_part_of_the_name() -> None:
    # class B: 拟按, 拟安排 as 力争, 预计 (a start 拟上市 is a kind of company)
    assert clean("今年赤字率拟按") == "赤字率"
    assert clean("拟安排地方政府专项债券") == "地方政府专项债券"
    assert clean("拟上市企业") == "拟上市企业"


def test_the_places_a_rank_is_among_are_no_name() -> None:
    # class A: 居三县第1位, 排名在中部六省第2位: among which places, not what is ranked
    assert clean("居三县") == ""
    assert clean("增速排名在中部六省") == "增速"
    assert _subjects("全县规模以上工业增加值增长9.8%,居五县第1位。") == [
        ("9.8%", "规模以上工业增加值"),
        ("第1位", "规模以上工业增加值"),
    ]


def test_a_note_of_what_a_name_stands_for_is_dropped() -> None:
    # class J: 甲(对应乙)产量 as 甲(包括乙)产量 before
    assert clean("早春作物(对应北方夏粮)产量") == "早春作物产量"
    assert _subjects("全年早春作物(对应北方夏粮)面积20.5万亩,增长1.2%。") == [
        ("20.5万亩", "早春作物面积"),
        ("1.2%", "早春作物面积"),
    ]


def test_a_list_shares_a_head_word_only() -> None:
    # class K: 乙和丙电池: 电池 is the last product's own word, not a head the others share
    text = "甲醇、水泥、奶粉和锂离子电池分别下降10.4%、24.3%、30.0%和33.9%。"
    assert _subjects(text) == [
        ("10.4%", "甲醇"),
        ("24.3%", "水泥"),
        ("30.0%", "奶粉"),
        ("33.9%", "锂离子电池"),
    ]
    text = "饮料、日用品和书报杂志类分别下降20.0%、12.5%和12.1%。"
    assert _subjects(text) == [("20.0%", "饮料"), ("12.5%", "日用品"), ("12.1%", "书报杂志类")]
    # kinds that end alike share it, and a head is shared as before
    assert _subjects("大型和中型企业分别增长5.1%和3.2%。") == [
        ("5.1%", "大型企业"),
        ("3.2%", "中型企业"),
    ]
    assert _subjects("工业和农业增加值分别增长5.1%和3.2%。") == [
        ("5.1%", "工业增加值"),
        ("3.2%", "农业增加值"),
    ]


def test_products_of_a_collective_share_the_head_after_etc() -> None:
    # class L: 主要产品中,甲、乙、丙等产品产量分别…: each product's 产量; the collective
    # (主要产品) is no part of the names
    text = (
        "全市规上工业增加值增长6.8%。重点企业主要产品中,钢材、水泥、平板玻璃等产品产量"
        "分别增长6.4%、3.3%、1.8%。"
    )
    assert _subjects(text) == [
        ("6.8%", "规上工业增加值"),
        ("6.4%", "钢材产量"),
        ("3.3%", "水泥产量"),
        ("1.8%", "平板玻璃产量"),
    ]


def test_kinds_listed_before_a_respectively_clause_name_its_figures() -> None:
    # class E: the clause before 分别 lists the kinds; the 分别 clause names nothing
    text = (
        "上半年,全市规上工业增加值增长6.8%,增长面达60.6%。"
        "十大行业中,甲、乙、丙行业实现两位数增长,分别增长31.7%、22.5%、13.0%。"
    )
    assert _subjects(text) == [
        ("6.8%", "规上工业增加值"),
        ("60.6%", "增长面"),
        ("31.7%", "甲行业增加值"),
        ("22.5%", "乙行业增加值"),
        ("13.0%", "丙行业增加值"),
    ]


def test_gdp_and_its_chinese_names_are_compared_as_one() -> None:
    # class F: a national text's GDP is 国内生产总值
    assert normalise_subject("GDP增长") == normalise_subject("国内生产总值增长")
    assert subjects_agree("GDP", "国内生产总值")
    assert subjects_agree("地区生产总值增速", "国内生产总值增速")


def test_qualifiers_share_a_word_of_kind() -> None:
    # class K's limit: a word of kind after two qualifiers is theirs (城镇和农村居民)
    assert _subjects("城镇和农村居民分别增长5.1%和6.2%。") == [
        ("5.1%", "城镇居民"),
        ("6.2%", "农村居民"),
    ]
    assert clean("计划实现程度") == "计划实现程度"


def test_a_second_respectively_group_refers_to_the_named_figures() -> None:
    # class E: 分别增加c、d,分别增长…: the rates are of the areas named, not of the changes
    # (the second and third changes are read as levels: a rule of measures)
    text = (
        "全年甲作物面积21.4万亩,乙作物面积129.6万亩,丙作物面积183.5万亩,"
        "分别比上年增加0.7万亩、0.8万亩、0.9万亩,分别增长3.6%、0.7%、0.5%。"
    )
    assert [s for s in _subjects(text) if s[0].endswith("%")] == [
        ("3.6%", "甲作物面积"),
        ("0.7%", "乙作物面积"),
        ("0.5%", "丙作物面积"),
    ]


def test_a_part_that_names_people_takes_no_second_people_word() -> None:
    # class A: 人口 is added to a part of a population (男性 → 男性人口), not to 就业人员总量
    text = "年末全市就业人员总量为170.4万人;占常住人口的比重为49.2%,同比上升1.1个百分点。"
    assert _subjects(text) == [
        ("170.4万人", "就业人员总量"),
        ("49.2%", "就业人员总量占常住人口的比重"),
        ("1.1个百分点", "就业人员总量占常住人口的比重"),
    ]
