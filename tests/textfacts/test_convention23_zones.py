"""Convention 23 of docs/textfacts.md: a development zone is the region of its own figures.

Seen in the gold of four spent sets (heldout4 m6, heldout12 r4, heldout13 s4, dev9 s7; and
heldout9 v5, a zone's own text): the zone is named as the text names it (a bare 开发区 in a
city's text is the city's short name + 开发区), the subject names the indicator only, a count
of zones stays the city's, and a zone's pull on the city's growth stays the city's figure.
Sentences of our own, of the same shapes.
"""

from __future__ import annotations

from citystat.textfacts.regions import find_mentions, is_zone, zone_region

from .rows import fact_rows


def _rows(text: str, region: str = "长治市") -> list[tuple[object, ...]]:
    return fact_rows(text, "region", "subject", region=region, year=2022)


def test_a_bare_zone_opening_its_clause_is_the_citys_zone() -> None:
    text = (
        "1-6月,全市固定资产投资增长8.1%。其中,开发区完成投资9.4亿元,同比增长21.5%;"
        "襄垣县完成投资18.2亿元,增长12.3%。"
    )
    assert _rows(text) == [
        ("8.1%", "长治市", "固定资产投资"),
        ("9.4亿元", "长治开发区", "固定资产投资"),
        ("21.5%", "长治开发区", "固定资产投资"),
        ("18.2亿元", "襄垣县", "固定资产投资"),
        ("12.3%", "襄垣县", "固定资产投资"),
    ]


def test_a_zone_in_a_list_of_counties_is_a_region_of_its_own() -> None:
    text = (
        "各县(区)税收收入完成情况:按规模排序,襄垣县7.3亿元,屯留区6.8亿元,"
        "高新区3.1亿元,黎城县1.2亿元,平顺县0.8亿元。"
    )
    assert _rows(text) == [
        ("7.3亿元", "襄垣县", "税收收入"),
        ("6.8亿元", "屯留区", "税收收入"),
        ("3.1亿元", "长治高新区", "税收收入"),
        ("1.2亿元", "黎城县", "税收收入"),
        ("0.8亿元", "平顺县", "税收收入"),
    ]


def test_zones_in_a_respectively_list_are_regions_of_their_own() -> None:
    text = "1-6月,经开区、高新区、黎城县投资分别增长12.1%、9.5%和7.2%。"
    assert _rows(text) == [
        ("12.1%", "长治经开区", "投资"),
        ("9.5%", "长治高新区", "投资"),
        ("7.2%", "黎城县", "投资"),
    ]
    # in a province's text a bare zone names no one zone: it keeps the document's region
    rows = _rows(text, region="山西省")
    assert [(span, region) for span, region, _ in rows][:2] == [
        ("12.1%", "山西省"),
        ("9.5%", "山西省"),
    ]


def test_a_zone_named_within_a_wider_zone_is_named_as_the_inner_one() -> None:
    text = (
        "1-5月,全市固定资产投资下降3.2%。山西转型综改示范区长治园区完成投资11.7亿元,"
        "同比增长35.4%,拉动全市投资增长2.6个百分点。"
    )
    rows = _rows(text)
    assert rows[:3] == [
        ("3.2%", "长治市", "固定资产投资"),
        ("11.7亿元", "长治园区", "固定资产投资"),
        ("35.4%", "长治园区", "固定资产投资"),
    ]
    # the pull on the city's growth is the city's figure, the zone its contributor (as
    # convention 9 keeps the receiving region)
    assert rows[3] == ("2.6个百分点", "长治市", "长治园区拉动投资增长")


def test_a_zone_inside_a_name_or_counted_is_no_region() -> None:
    text = (
        "投资项目加快向开发区集聚。开发区管委会安排专项资金2.5亿元。"
        "全市共有省级以上开发区9个,经济技术开发区建设投入资金4.4亿元。"
    )
    assert [(span, region) for span, region, _ in _rows(text)] == [
        ("2.5亿元", "长治市"),
        ("9个", "长治市"),
        ("4.4亿元", "长治市"),
    ]


def test_a_bare_zone_in_the_zones_own_text_is_the_document() -> None:
    text = "1-9月,示范区规模以上工业增加值增长6.6%;综改区社会消费品零售总额12.5亿元。"
    assert _rows(text, region="甲乙示范区") == [
        ("6.6%", "甲乙示范区", "规模以上工业增加值"),
        ("12.5亿元", "甲乙示范区", "社会消费品零售总额"),
    ]


def test_zone_names() -> None:
    assert zone_region("开发区", "长治市") == "长治开发区"
    assert zone_region("经开区", "襄垣县") == "襄垣经开区"
    assert zone_region("开发区", "山西省") is None  # a province has many
    assert zone_region("示范区", "长治市") is None  # only in a zone's own text
    assert (is_zone("长治高新区"), is_zone("屯留区"), is_zone("新区")) == (True, False, False)
    found = find_mentions("山西转型综改示范区长治园区完成投资", "140400")
    assert [(s, e, r.name) for s, e, r in found] == [(0, 13, "长治园区")]
