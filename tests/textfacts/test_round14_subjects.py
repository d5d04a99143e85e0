"""Round 14 of #13: subjects checked as indicator noun phrases, and mended when they fail.

Each rule on short sentences of our own, of the shapes the real texts showed (not the
texts themselves). The check, its figures on the gold of the spent sets and the repairs
measured set by set are in docs/textfacts.md, *Round 14: subjects*.
"""

from __future__ import annotations

import pytest

from citystat.textfacts import extract
from citystat.textfacts.subjects import indicator_fault, without_faults


def _subjects(text: str, region: str = "石家庄市") -> list[tuple[str, str | None]]:
    return [(f.text_span, f.subject) for f in extract(text, region=region, year=2023)]


@pytest.mark.parametrize(
    "name",
    [
        "限额以上单位消费品零售额",
        "规模以上工业增加值增速",
        "甲项目完成投资",  # a project's amount done keeps its verb
        "投资完成率",
        "累计发放城市低保金",  # money handed out keeps its verb
        "实现增长的工业行业",  # a relative clause
        "同比增长的规模以下工业行业",
        "限额以上单位通过公共网络实现商品销售额",  # an official term
        "民航航班起降",
        "在园(班)幼儿",
        "2020年民生实事项目数",
        "城镇就业人员占全部就业人员的比重",
        "煤",  # a product of one character is a name (煤进口量, cut short)
    ],
)
def test_indicator_names_pass_the_check(name: str) -> None:
    assert indicator_fault(name) is None


@pytest.mark.parametrize(
    ("words", "fault", "kept"),
    [
        ("限额以上甲业完成营业额", "inner", "限额以上甲业营业额"),
        ("发放农村低保", "verb", "农村低保"),
        ("完成投资增速分别比全国和全省平均水平高", "verb", "投资增速"),
        ("开发区完成投资", "zone", "投资"),
        ("在卫生机构中有乡镇卫生院", "scope", "乡镇卫生院"),
        ("我区地区生产总值", "place", "地区生产总值"),
        ("特别是乙业占比", "discourse", "乙业占比"),
        ("由负转正", "discourse", ""),
        ("分别", "discourse", ""),
        ("高于甲市", "compared", ""),
        ("接近2019年末", "when", ""),
        ("稳定", "verb", ""),
        ("甲市技术合同登记", "verbend", "甲市技术合同登记"),
        ("用电量产量", "stacked", "用电量"),
        ("增", "fragment", ""),
    ],
)
def test_words_that_are_no_name_fail_it_and_lose_their_fault(
    words: str, fault: str, kept: str
) -> None:
    assert indicator_fault(words) == fault
    assert without_faults(words) == (kept if len(words) > 1 else "")


def test_a_verb_of_reporting_between_a_doer_and_its_amount_goes_after_the_trail() -> None:
    # the rule of round 13 ran before 同比增长 went, so it never saw the name's end
    assert _subjects(
        "1-6月,限额以上甲业完成营业额同比增长8.1%,限额以上乙业完成商品销售额同比增长6.2%。"
    ) == [
        ("8.1%", "限额以上甲业营业额"),
        ("6.2%", "限额以上乙业商品销售额"),
    ]


def test_a_count_takes_the_head_its_unit_gives() -> None:
    # 户 and 人 name a thing's households and people once the verb before it went
    assert _subjects("5月份,发放城市低保1200户、3300人,累计发放城市低保金260.5万元。") == [
        ("1200户", "城市低保户数"),
        ("3300人", "城市低保人数"),
        ("260.5万元", "累计发放城市低保金"),
    ]
    # a deed counted in items or days is named by them
    assert _subjects("1-5月,全省技术合同登记1200项,同比增长5.1%。") == [
        ("1200项", "技术合同登记数"),
        ("5.1%", "技术合同登记数"),
    ]
    assert _subjects("上半年,全市环境空气平均达标150天,同比增加12天。") == [
        ("150天", "环境空气平均达标天数"),
        ("12天", "环境空气平均达标天数"),
    ]
    # not a registration counted in households: 新登记 counts 市场主体 (the rules before)
    assert indicator_fault("新登记") == "verbend"


def test_words_that_name_nothing_fall_back_to_the_figure_before() -> None:
    assert _subjects("国庆假期,全省共接待游客1500万人次,比去年同期增8.5%。") == [
        ("1500万人次", "接待游客"),
        ("8.5%", "接待游客"),
    ]
    assert _subjects("农村居民人均可支配收入8000元,增长3.0%,较一季度由负转正加快2.1个百分点。")[
        -1
    ] == ("2.1个百分点", "农村居民人均可支配收入增速")
    assert _subjects(
        "年末就业人员占常住人口的比重为48.1%,同比上升0.5个百分点,接近2019年末48.5%的水平。"
    )[-1] == ("48.5%", "就业人员占常住人口的比重")
    assert _subjects("全县地区生产总值完成107.5亿元,稳定突破百亿元大关。") == [
        ("107.5亿元", "地区生产总值"),
        ("百亿元", "地区生产总值"),
    ]
    assert _subjects("全市地区生产总值增长6.1%,分别高于全国、全省0.8个和1.2个百分点。")[1:] == [
        ("0.8个", "地区生产总值增速"),
        ("1.2个百分点", "地区生产总值增速"),
    ]


def test_a_bare_amount_done_is_the_indicator_the_document_names() -> None:
    assert _subjects(
        "上半年,全区固定资产投资保持较快增长,累计完成投资80.5亿元,同比增长12.3%,"
        "增速分别比全省和全市高3.1和2.4个百分点。"
    ) == [
        ("80.5亿元", "固定资产投资"),
        ("12.3%", "固定资产投资"),
        ("3.1", "固定资产投资增速"),
        ("2.4个百分点", "固定资产投资增速"),
    ]
    # a zone's amount done, in a text that named the indicator before
    assert _subjects(
        "全区固定资产投资80.5亿元,增长12.3%。其中,开发区完成投资12.1亿元,同比增长20.2%。"
    )[2:] == [("12.1亿元", "固定资产投资"), ("20.2%", "固定资产投资")]
    # a project's amount done keeps its name; so does an area done (the seed's convention)
    assert _subjects("甲项目完成投资3.2亿元。全年完成造林2.1万亩。") == [
        ("3.2亿元", "甲项目投资"),  # (convention 39: 完成 dropped)
        ("2.1万亩", "造林完成面积"),
    ]


def test_scopes_places_and_discourse_words_go() -> None:
    assert _subjects("全市共有卫生机构300个,在卫生机构中有乡镇卫生院120个。") == [
        ("300个", "卫生机构"),
        ("120个", "乡镇卫生院"),
    ]
    assert _subjects("我区地区生产总值完成220.5亿元,增长4.1%。") == [
        ("220.5亿元", "地区生产总值"),
        ("4.1%", "地区生产总值"),
    ]
    assert _subjects("分行业看,甲业增加值占比为60.2%,特别是乙业占比为40.2%。") == [
        ("60.2%", "甲业增加值占比"),
        ("40.2%", "乙业占比"),
    ]


def test_an_amount_named_with_its_head_gets_no_second_one() -> None:
    # 生产 inside a name (工业生产用电量, 地区生产总值) does not make the amount an output
    assert _subjects("1-6月,全县规上工业企业生产用电量320.5万千瓦时,增长8.1%。") == [
        ("320.5万千瓦时", "规上工业企业生产用电量"),
        ("8.1%", "规上工业企业生产用电量"),
    ]
    assert _subjects("全年万元地区生产总值用水量为35.2立方米。") == [
        ("35.2立方米", "万元地区生产总值用水量")
    ]
    assert _subjects("全年生产原煤120.5万吨。") == [("120.5万吨", "原煤产量")]
    assert indicator_fault("用电量产量") == "stacked"


def test_one_grammar_of_shares_serves_the_scorer_and_the_extractor() -> None:
    from citystat.textfacts.evaluate import share_part as scored_part
    from citystat.textfacts.subjects import SHARE_PARTS, share_part

    assert scored_part is share_part
    assert [
        share_part(s) for s in ("甲业占比", "甲业占乙的比重", "甲业所占比重", "甲业的比重")
    ] == ["甲业"] * 4
    found = SHARE_PARTS.fullmatch("甲业占全市工业的比重")
    assert found is not None
    assert (found["part"], found["whole"], found["de"], found["word"]) == (
        "甲业",
        "全市工业",
        "的",
        "比重",
    )
    # the extractor names a share's whole with it (占22.3%: of the amount before)
    assert _subjects("全市进出口总值120亿元,其中甲类商品出口30亿元,占25.0%。")[-1] == (
        "25.0%",
        "甲类商品出口占进出口总值的比重",
    )


def test_an_amount_done_takes_the_name_the_document_gave_before() -> None:
    text = (
        "上半年,全市固定资产投资增长8.1%。\n"
        "分县看,正定县完成投资12.5亿元,增长9.2%;行唐县和灵寿县分别完成投资20.1和8.3亿元。\n"
        "新开工项目42个,完成投资15.2亿元。"
    )
    found = _subjects(text)
    assert [s for _, s in found[1:5]] == ["固定资产投资"] * 4
    # the projects' amount done stays theirs (named by the rules of projects)
    assert found[-1][1] is not None and found[-1][1].endswith("项目完成投资")
