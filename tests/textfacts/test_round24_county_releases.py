"""Round 24 (session 14): shapes of county monthly releases read on unseen texts.

A growth's change against the span a month shorter names that span by its months
(``比1-10月提高0.5个百分点``); two kinds of a pair share the words before the first and after
the second (``限上法人城镇、乡村消费品零售额``); ``各为`` lists figures in order as ``分别``
does; a ranking's move names the rank it left and the rank it reached. Sentences are our own.
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, *fields: str) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region="房县", year=2018)


def test_a_growth_rates_change_against_the_span_a_month_shorter() -> None:
    text = "1-9月,全县规模工业增加值同比增加6.2%,比1-8月提高0.3个百分点。"
    assert _rows(text, "subject", "measure") == [
        ("6.2%", "规模工业增加值", "growth_yoy"),
        ("0.3个百分点", "规模工业增加值增速", "pp_change"),
    ]
    text = "全县固定资产投资同比增长7.1%,比前8个月提高0.9个百分点。"
    assert _rows(text, "subject")[1] == ("0.9个百分点", "固定资产投资增速")


def test_each_is_lists_figures_in_order_and_a_pair_of_kinds_shares_its_words() -> None:
    text = "全县限上法人城镇、乡村消费品零售额各为8620.5万元和1304.2万元,分别增长4.4%和3.6%。"
    assert _rows(text, "subject") == [
        ("8620.5万元", "限上法人城镇消费品零售额"),
        ("1304.2万元", "限上法人乡村消费品零售额"),
        ("4.4%", "限上法人城镇消费品零售额"),
        ("3.6%", "限上法人乡村消费品零售额"),
    ]


def test_a_pair_of_kinds_without_words_before_is_read_as_before() -> None:
    text = "全县城镇、乡村消费品零售额分别为8620.5万元和1304.2万元。"
    assert [row[1] for row in _rows(text, "subject")] == ["城镇消费品零售额", "乡村消费品零售额"]


def test_the_rank_a_ranking_left_and_the_rank_it_reached() -> None:
    text = "全县GDP增速由一季度全市第8名前移至第3名。"
    assert _rows(text, "subject", "measure", "value") == [
        ("第8名", "GDP增速", "rank", 8.0),
        ("第3名", "GDP增速", "rank", 3.0),
    ]
    text = "在全市县域经济综合排名中,我县由上半年的第9位上升到第4位。"
    assert [(row[0], row[1]) for row in _rows(text, "measure")] == [
        ("第9位", "rank"),
        ("第4位", "rank"),
    ]


def test_an_ordinal_after_from_is_no_rank() -> None:
    assert _rows("由第三方机构评估,全县群众满意度达到96.5%。", "measure") == [("96.5%", "level")]


def test_a_budgets_progress_after_its_sum_since_january_is_of_that_sum() -> None:
    text = "5月,一般公共预算收入累计完成31208万元,完成年初预算数72500万元的43.0%,比上年减收860万元,下降2.7%。"
    assert _rows(text, "measure", "period") == [
        ("31208万元", "level", "2018-01/2018-05"),
        ("72500万元", "target", "2018"),
        ("43.0%", "share", "2018-01/2018-05"),
        ("860万元", "abs_change", "2018-01/2018-05"),
        ("2.7%", "growth_yoy", "2018-01/2018-05"),
    ]


def test_a_notes_mark_a_pair_of_one_character_kinds_and_a_joint_initiative() -> None:
    text = "全县生产总值[3]84.2亿元,城、乡居民人均可支配收入分别增长6%、7%,对共建“一带一路”国家进出口2.6亿元。"
    assert _rows(text, "subject") == [
        ("84.2亿元", "生产总值"),
        ("6%", "城镇居民人均可支配收入"),
        ("7%", "农村居民人均可支配收入"),
        ("2.6亿元", "共建一带一路国家进出口"),
    ]


def test_a_list_of_growths_and_the_changes_of_their_rates() -> None:
    text = "上半年,甲、乙销售额同比分别增长27.4%和9.8%,比一季度分别加快6.6和0.6个百分点。"
    assert _rows(text, "subject", "measure") == [
        ("27.4%", "甲销售额", "growth_yoy"),
        ("9.8%", "乙销售额", "growth_yoy"),
        ("6.6", "甲销售额增速", "pp_change"),
        ("0.6个百分点", "乙销售额增速", "pp_change"),
    ]


def test_a_list_of_basis_points_lower() -> None:
    text = "新发放的个人住房贷款利率为3.92%,比上年同期分别低18个和31个基点。"
    assert _rows(text, "measure", "unit", "value") == [
        ("3.92%", "level", "%", 3.92),
        ("18个", "pp_change", "个基点", -18.0),
        ("31个基点", "pp_change", "个基点", -31.0),
    ]


def test_gaps_against_a_list_of_bases_stay_the_growths_of_their_figure() -> None:
    text = "前三季度,全市地区生产总值增长6.8%;其中,二产增加值增长7.5%,分别高于全国、全省0.4、0.2个百分点。"
    assert _rows(text, "subject")[2:] == [
        ("0.4", "二产增加值增速"),
        ("0.2个百分点", "二产增加值增速"),
    ]
