"""Round 11: conventions 10 (livestock heads are counts) and 11 (named groups of regions
are the regions of their own figures), and a measure class of the spent judges, on
invented sentences of the same shapes."""

from __future__ import annotations

from citystat.textfacts import extract


def test_livestock_and_poultry_in_heads_are_counts() -> None:
    text = "2023年,全县生猪存栏12.5万头,牛出栏1.2万头,羊存栏8.6万只,家禽存栏156万羽。"
    facts = extract(text, region="山西省")
    assert [(f.text_span, f.measure, f.value_base, f.base_unit) for f in facts] == [
        ("12.5万头", "count", 125000.0, "count"),
        ("1.2万头", "count", 12000.0, "count"),
        ("8.6万只", "count", 86000.0, "count"),
        ("156万羽", "count", 1560000.0, "count"),
    ]


def test_named_groups_of_regions_are_regions_of_their_own_figures() -> None:
    text = (
        "2023年全国新登记企业1000万户。分区域看,东部地区新登记企业530.2万户,增长5.1%;"
        "中部地区210.4万户;西部地区180.3万户;东北地区42.1万户。"
        "长三角生产总值30.5万亿元,京津冀生产总值10.4万亿元,黄河流域9省区生产总值28.6万亿元。"
    )
    facts = extract(text, region="山西省")
    assert [(f.text_span, f.region) for f in facts] == [
        ("1000万户", "全国"),
        ("530.2万户", "东部地区"),
        ("5.1%", "东部地区"),
        ("210.4万户", "中部地区"),
        ("180.3万户", "西部地区"),
        ("42.1万户", "东北地区"),
        ("30.5万亿元", "长三角"),
        ("10.4万亿元", "京津冀"),
        ("28.6万亿元", "黄河流域"),
    ]


def test_a_group_that_scopes_a_rank_is_not_the_region() -> None:
    text = "2023年,甲市地区生产总值增长6.1%,在珠三角9市中居第2位,增速居中部地区第1位。"
    facts = extract(text, region="江门市")
    assert [(f.text_span, f.region, f.measure) for f in facts] == [
        ("6.1%", "江门市", "growth_yoy"),
        ("第2位", "江门市", "rank"),
        ("第1位", "江门市", "rank"),
    ]


def test_a_group_inside_a_phrase_of_the_citys_own_is_not_the_region() -> None:
    text = "2023年,累计清运黄河流域固废3.7万吨,治理长江经济带沿线岸线12公里。"
    facts = extract(text, region="运城市")
    assert [(f.text_span, f.region) for f in facts] == [("3.7万吨", "运城市"), ("12公里", "运城市")]


def test_a_bare_increase_after_the_period_compared_with_is_a_growth() -> None:
    text = "全年收入120亿元,比上年增8.1%;支出比去年同期减3.2%。"
    facts = extract(text, region="运城市", year=2023)
    assert [(f.text_span, f.measure, f.value_base) for f in facts] == [
        ("120亿元", "level", 12000000000.0),
        ("8.1%", "growth_yoy", 8.1),
        ("3.2%", "growth_yoy", -3.2),
    ]
