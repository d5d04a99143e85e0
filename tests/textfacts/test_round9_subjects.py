"""Round 9 of #13: subjects, fifth pass (rules that generalise: structures, not phrases).

Each rule on short sentences of our own, of the shapes the real texts showed (not the
texts themselves).
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract

from .rows import fact_rows


def _facts(text: str, region: str = "石家庄市") -> list[Fact]:
    return extract(text, region=region, year=2023)


def _subjects(text: str, region: str = "石家庄市") -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", region=region, year=2023)


def test_a_compound_head_split_by_fenbie_gives_each_figure_its_own_indicator() -> None:
    text = "1-6月,全市摩托车产销分别完成12.5万辆和11.8万辆,同比分别增长7.2%和6.4%。"
    assert _subjects(text) == [
        ("12.5万辆", "摩托车产量"),
        ("11.8万辆", "摩托车销量"),
        ("7.2%", "摩托车产量"),
        ("6.4%", "摩托车销量"),
    ]
    text = "上半年,全市外贸进出口额分别为35.2亿元和41.6亿元。"
    assert _subjects(text) == [("35.2亿元", "外贸进口额"), ("41.6亿元", "外贸出口额")]
    # one figure said of both: the compound head
    text = "1-6月,全市摩托车产销分别完成12.5万辆和11.8万辆,同比均增长7.2%。"
    assert _subjects(text)[-1] == ("7.2%", "摩托车产销量")
    # one head, one figure: no split
    assert _subjects("全市摩托车产销完成12.5万辆。") == [("12.5万辆", "摩托车产销")]


def test_kinds_listed_before_deng_take_the_indicator_of_their_class() -> None:
    text = (
        "上半年,全市财产险业务保费收入58.2亿元,同比增长9.1%,其中,与民生相关的家财险、"
        "货运险和农险等业务增长较快,同比分别增长12.4%、8.3%和20.5%。"
    )
    assert _subjects(text)[2:] == [
        ("12.4%", "家财险保费收入"),
        ("8.3%", "货运险保费收入"),
        ("20.5%", "农险保费收入"),
    ]
    # a class not named in the indicator before: its head word
    text = (
        "全市工业增加值增长6.1%,其中,钢铁、焦化和化工等行业较快增长,同比分别增长8.2%、7.5%和9.9%。"
    )
    assert _subjects(text)[1:] == [
        ("8.2%", "钢铁增加值"),
        ("7.5%", "焦化增加值"),
        ("9.9%", "化工增加值"),
    ]


def test_a_heading_of_a_breakdown_is_no_indicator() -> None:
    text = "全市实际利用外资2.1亿美元。\n从投资地区分布看,实际利用外资中,甲县增长28.6%。"
    assert ("28.6%", "投资地区分布") not in _subjects(text)
    text = "全省出口增长4.1%。\n从出口结构看,机电产品出口增长6.3%。"
    assert _subjects(text)[-1] == ("6.3%", "机电产品出口")


def test_a_note_of_what_a_name_covers_and_a_scope_word_are_not_part_of_it() -> None:
    text = "前三季度,全市建筑业(包括装饰装修及辅助性活动)增加值86.4亿元,增长3.2%。"
    assert _subjects(text) == [("86.4亿元", "建筑业增加值"), ("3.2%", "建筑业增加值")]
    text = "全市实际利用外资2.1亿美元。\n从投资地区分布看,实际利用外资中,正定县增长28.6%,赵县增长3.2%。"
    assert [(f.subject, f.region) for f in _facts(text)][1:] == [
        ("实际利用外资", "正定县"),
        ("实际利用外资", "赵县"),
    ]
    # a word that ends in 中 stays whole
    assert _subjects("全市普通高中在校生8.1万人。")[0][1] == "普通高中在校生"


def test_items_of_a_list_after_a_scope_clause_are_named_within_it() -> None:
    text = "全市固定资产投资增长5.1%。固定资产投资中,第一、第二产业同比分别增长12.5%、8.4%。"
    assert _subjects(text)[1:] == [
        ("12.5%", "第一产业固定资产投资"),
        ("8.4%", "第二产业固定资产投资"),
    ]


def test_the_kind_of_institution_before_a_staff_share_names_the_part() -> None:
    text = "年末全市博物馆从业人员1250人。其中具有高级职称的人员210人,占16.8%。"
    assert _subjects(text)[-1] == ("16.8%", "博物馆具有高级职称的人员占从业人员的比重")


def test_a_conversion_or_a_comparison_with_the_normal_names_nothing() -> None:
    text = "全年全市出现暴雨日数12天,较常年值偏多3天。"
    assert _subjects(text) == [("12天", "出现暴雨日数"), ("3天", "出现暴雨日数")]
    text = "全市外贸出口额1.2亿美元,约合人民币8.6亿元。"
    assert _subjects(text) == [("1.2亿美元", "外贸出口额"), ("8.6亿元", "外贸出口额")]


def test_an_area_done_is_named_by_the_work_not_by_who_did_it() -> None:
    text = "全年全市完成造林12.6万亩,各级河长完成河道清淤整治3.2万亩,治理水土流失面积8.1万亩。"
    assert _subjects(text) == [
        ("12.6万亩", "造林完成面积"),  # (no doer: the seed's gold names it so)
        ("3.2万亩", "河道清淤整治面积"),
        ("8.1万亩", "治理水土流失面积"),
    ]


def test_a_count_of_doers_is_named_by_what_they_did() -> None:
    text = "全年全市共有15个乡镇开展了美丽乡村建设。"
    assert _subjects(text) == [("15个", "开展美丽乡村建设的乡镇")]


def test_places_after_a_count_of_places_take_the_indicator_the_sentence_opens_with() -> None:
    text = "全市规上工业增加值增长5.2%。规上工业增加值中,5个县同比实现正增长,其中:正定县同比增长8.3%,赵县同比增长6.1%。"
    facts = _facts(text)
    assert [(f.text_span, f.subject, f.region) for f in facts][2:] == [
        ("8.3%", "规上工业增加值", "正定县"),
        ("6.1%", "规上工业增加值", "赵县"),
    ]


def test_a_balance_carried_forward_keeps_its_leijie_and_the_period_one_its_own_name() -> None:
    text = "2023年,全市养老保险基金当期结存12.4亿元,养老保险基金累计结存86.5亿元。"
    assert _subjects(text) == [
        ("12.4亿元", "养老保险基金当期结存"),
        ("86.5亿元", "养老保险基金累计结存"),
    ]


def test_gongyou_between_an_institution_and_what_it_has_is_no_part_of_the_name() -> None:
    assert _subjects("年末全市文化馆共有业余文艺团队326个。") == [("326个", "文化馆业余文艺团队")]


def test_a_share_worded_with_zai_zhong_is_a_share_of_the_whole() -> None:
    text = "上半年,全市第三产业增加值增长6.1%,第三产业在GDP中占比达到52.3%。"
    assert _subjects(text)[-1] == ("52.3%", "第三产业占GDP的比重")


def test_whom_a_deed_is_for_is_no_part_of_its_name() -> None:
    text = "全年全市慈善组织为困难群众发放救助资金1.2亿元。"
    assert _subjects(text) == [("1.2亿元", "慈善组织发放救助资金")]


def test_a_range_with_a_place_noted_after_its_first_end_is_one_indicator() -> None:
    text = "2023年,全市各县年平均气温介于8.6℃(赞皇县)—13.9℃(深泽县)。"
    assert _subjects(text) == [("8.6℃", "年平均气温"), ("13.9℃", "年平均气温")]
