"""Round 18 of #13 (session 8): who a contribution is of (贡献率, 拉动, 增速 after a share).

Sentences of our own, of the shape of a city's industrial release: a sector's growth, its
share, its contribution rate and its pull in one sentence, the topic named once.
"""

from __future__ import annotations

from citystat.textfacts import extract

from .rows import fact_rows


def _subjects(text: str) -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", region="某某市", year=2022)


def test_a_contribution_rate_and_pull_after_a_share_are_the_sectors() -> None:
    text = "1-6月,全市装备制造业同比增长6.5%,占到全市工业增加值的21.4%,贡献率达27%,拉动全市工业增加值增长1.8个百分点。"
    assert _subjects(text) == [
        ("6.5%", "装备制造业增加值"),
        ("21.4%", "装备制造业增加值占到全市工业增加值的比重"),
        ("27%", "装备制造业贡献率"),
        ("1.8个百分点", "装备制造业拉动工业增加值增长"),
    ]


def test_a_rate_compared_after_a_share_is_the_topics_growth() -> None:
    text = (
        "民营规模以上工业增加值同比增长10.3%,占全部规模以上工业增加值的41.2%,"
        "增速高于全部规上工业增速3.1个百分点,对规上工业增长贡献率达到55.6%,"
        "拉动全市规模以上工业增长3.4个百分点。"
    )
    assert _subjects(text) == [
        ("10.3%", "民营规模以上工业增加值"),
        ("41.2%", "民营规模以上工业增加值占全部规模以上工业增加值的比重"),
        ("3.1个百分点", "民营规模以上工业增加值增速"),
        ("55.6%", "民营规模以上工业对规上工业增长贡献率"),
        ("3.4个百分点", "民营规模以上工业拉动规模以上工业增长"),
    ]


def test_with_no_amount_the_share_names_who_contributes() -> None:
    text = "高技术制造业增加值占全部工业增加值比重12.5%,较一季度提高0.8个百分点,对规模以上工业增长的贡献率近三成,拉动规模以上工业增长2.3个百分点。"
    assert _subjects(text)[2:] == [
        ("三成", "高技术制造业对规模以上工业增长的贡献率"),
        ("2.3个百分点", "高技术制造业拉动规模以上工业增长"),
    ]


def test_a_share_that_names_its_part_still_gives_the_part() -> None:
    text = (
        "其中,新能源汽车产量增长35.2%;汽车制造业占工业增加值的比重为8.1%,拉动工业增长1.2个百分点。"
    )
    assert _subjects(text)[-1] == ("1.2个百分点", "汽车制造业拉动工业增长")


def _regions(text: str) -> list[tuple[object, ...]]:
    return fact_rows(text, "region", region="某某市", year=2012)


def test_a_paragraph_going_on_with_the_one_before_keeps_its_region() -> None:
    text = (
        "5月份,全市CPI同比上涨3.1%。\n"
        "■相关链接\n"
        "国家统计局发布的数据显示,5月份,我国CPI同比上涨3.0%。\n"
        "其中,城市上涨2.9%,农村上涨3.2%。\n"
        "分类别看,食品价格同比上涨6.1%。\n"
        "6月份,全市CPI预计回落0.2个百分点。"
    )
    assert _regions(text) == [
        ("3.1%", "某某市"),
        ("3.0%", "全国"),
        ("2.9%", "全国"),
        ("3.2%", "全国"),
        ("6.1%", "全国"),
        ("0.2个百分点", "某某市"),
    ]


def test_a_paragraph_after_figures_of_several_regions_keeps_the_documents() -> None:
    text = "长丰县地区生产总值增长5.1%,肥西县增长4.2%。\n其中,工业增长3.3%。"
    facts = extract(text, region="合肥市", year=2012)
    assert [(f.text_span, f.region) for f in facts] == [
        ("5.1%", "长丰县"),
        ("4.2%", "肥西县"),
        ("3.3%", "合肥市"),
    ]
    text = "长丰县地区生产总值增长5.1%,规上工业增长6.2%。\n其中,制造业增长7.3%。"
    assert [f.region for f in extract(text, region="合肥市", year=2012)] == ["长丰县"] * 3
