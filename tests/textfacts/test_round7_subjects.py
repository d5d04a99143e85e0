"""Round 7 of #13: subjects, third pass.

Each rule on short sentences of our own, of the shapes the real texts showed (not the
texts themselves).
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract
from citystat.textfacts.evaluate import subjects_agree

from .rows import fact_rows


def _facts(text: str, region: str = "石家庄市") -> list[Fact]:
    return extract(text, region=region, year=2023)


def _subjects(text: str, region: str = "石家庄市") -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", region=region, year=2023)


def test_a_price_basis_note_inside_a_name_is_no_part_of_the_indicator() -> None:
    text = (
        "全市万元地区生产总值(当年价)能耗0.82吨标准煤,人均可支配收入(按可比价格计算)"
        "31200元;工业增加值（现价）用电量比上年下降2.1%。"
    )
    assert _subjects(text) == [
        ("0.82吨标准煤", "万元地区生产总值能耗"),
        ("31200元", "人均可支配收入"),
        ("2.1%", "工业增加值用电量"),
    ]
    # a bracket of another kind stays
    assert _subjects("全市执业(助理)医师4100人。") == [("4100人", "执业(助理)医师")]


def test_the_press_short_names_of_indicators_agree_with_the_full_names() -> None:
    assert subjects_agree("社融规模增量", "社会融资规模增量")
    assert subjects_agree("社零额", "社会消费品零售总额")
    assert subjects_agree("全市固投", "固定资产投资")
    assert not subjects_agree("社区", "社会融资")


def test_a_growth_after_a_clause_on_how_a_rate_goes_is_that_clauses_indicator() -> None:
    # the paragraph's topic names the breakdown; the clause before names the part that grew
    text = (
        "从轻重工业看,重工业贡献突出。上半年重工业增速持续加快,同比增长7.4%,"
        "拉动全市规上工业增长3.5个百分点。"
    )
    assert _subjects(text) == [
        ("7.4%", "重工业增加值"),
        ("3.5个百分点", "重工业拉动规上工业增长"),
    ]
    assert _subjects("全市服务业增速有所回落,同比增长3.1%。") == [("3.1%", "服务业增加值")]


def test_projects_alone_are_the_kind_of_project_the_paragraph_named() -> None:
    text = (
        "今年全市安排重点建设项目120个,项目总投资800亿元。1-9月项目累计完成投资310亿元,"
        "占年度投资计划的82.1%。"
    )
    assert [s for _, s in _subjects(text)][1:] == [
        "重点建设项目总投资",
        "重点建设项目完成投资",
        "重点建设项目完成投资占年度投资计划的比重",
    ]
    # no kind named: projects stay projects
    assert _subjects("全市新开工项目45个,项目总投资80亿元。")[-1] == ("80亿元", "项目总投资")


def test_the_items_counted_before_are_named_together() -> None:
    text = (
        "前三季度,全省对东盟进出口340亿元,增长13.2%;对美国进出口216亿元,增长14.4%;"
        "对欧盟进出口201亿元,增长21.8%。上述3者合计占同期全省外贸进出口总值的46.7%。"
    )
    assert _subjects(text)[-1] == (
        "46.7%",
        "东盟、美国、欧盟进出口合计占全省外贸进出口总值的比重",
    )
    text = "全市粮食产量120万吨,油料产量8万吨,这两者合计占全省的12.5%。"
    assert _subjects(text)[-1] == ("12.5%", "粮食、油料产量合计占全省的比重")
    # fewer amounts before than counted: left as written
    text = "全市粮食产量120万吨。上述3者合计占全省的12.5%。"
    assert _subjects(text)[-1] == ("12.5%", "上述3者合计占全省的比重")


def test_a_result_named_by_a_figure_of_speech_is_the_indicator_named_before() -> None:
    text = (
        "年初全市确定的目标是地区生产总值增长6.5%左右。全市最后交上的答卷为5373亿元,同比增长5.8%。"
    )
    assert _subjects(text) == [
        ("6.5%", "地区生产总值"),
        ("5373亿元", "地区生产总值"),
        ("5.8%", "地区生产总值"),
    ]


def test_two_whole_names_joined_by_and_share_nothing() -> None:
    text = (
        "从经济类型看,私营企业和外商及港澳台投资企业分别实现产值9.34亿元和7.39亿元,"
        "分别增长5.5%和3.6%。"
    )
    assert [s for _, s in _subjects(text)] == [
        "私营企业",
        "外商及港澳台投资企业",
        "私营企业",
        "外商及港澳台投资企业",
    ]


def test_a_daily_or_weekly_base_is_no_subject() -> None:
    text = (
        "今日全市批发市场牛肉平均价格为61.03元/公斤,比昨天上升0.3%;羊肉58.77元/公斤,"
        "较前一天下降0.4%。"
    )
    assert [s for _, s in _subjects(text)] == [
        "批发市场牛肉平均价格",
        "批发市场牛肉平均价格",
        "羊肉",
        "羊肉",
    ]
    text = "本周,黄瓜2.5元/斤、茄子3元/斤,较上周分别上涨25%、20%;猪肉价格比上周下降1.2%。"
    assert [s for _, s in _subjects(text)] == ["黄瓜", "茄子", "黄瓜", "茄子", "猪肉价格"]


def test_research_spending_is_named_without_the_verb_and_agrees_with_r_and_d() -> None:
    text = "2023年,全市共投入研究与试验发展(R&D)经费91.2亿元,增长6.4%。"
    assert _subjects(text) == [
        ("91.2亿元", "研究与试验发展(R&D)经费"),
        ("6.4%", "研究与试验发展(R&D)经费"),
    ]
    assert subjects_agree("研究与试验发展(R&D)经费", "R&D经费投入")
    assert subjects_agree("各类企业研究与试验发展经费支出", "企业R&D经费支出")


def test_regions_counted_past_a_mark_then_named_take_the_indicator_of_the_count() -> None:
    text = (
        "研发经费投入强度超过全省平均水平的有3个地区,分别为保定市、石家庄市和邢台市,"
        "分别为3.46%、2.76%和2.12%。"
    )
    assert [(f.text_span, f.subject, f.region) for f in _facts(text, "河北省")][1:] == [
        ("3.46%", "研究与试验发展经费投入强度", "保定市"),
        ("2.76%", "研究与试验发展经费投入强度", "石家庄市"),
        ("2.12%", "研究与试验发展经费投入强度", "邢台市"),
    ]


def test_an_industrys_business_amount_is_named_as_the_indicator() -> None:
    text = "前三季度,全市邮政业完成业务总量8.2亿元,同比增长12.2%。"
    assert [s for _, s in _subjects(text)] == ["邮政业务总量", "邮政业务总量"]


def test_a_bare_count_of_users_after_a_part_on_how_they_grow_is_those_users() -> None:
    text = (
        "截至6月末,固定电话用户10.3万户,同比下降8.2%;移动物联网用户规模增长明显,"
        "6月末用户数达到31.8万户,同比增长8.3%。"
    )
    assert [s for _, s in _subjects(text)][2:] == ["移动物联网用户", "移动物联网用户"]


def test_an_effect_after_an_effect_is_not_its_contributor() -> None:
    text = "培育甲陶瓷合作项目,带动业务量35.28万件,拉动产值2.49亿元。"
    assert _subjects(text, "朔州市") == [("35.28万件", "带动业务量"), ("2.49亿元", "拉动产值")]
    # a contributor still contributes
    text = "全市工业投资增长32.5%,拉动全部投资增长3.0个百分点。"
    assert _subjects(text)[-1] == ("3.0个百分点", "工业投资拉动全部投资增长")
