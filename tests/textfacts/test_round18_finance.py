"""Round 18 of #13 (session 8): financial operation releases (金融运行情况).

Sentences of our own, of the shape of a central-bank branch's monthly release: balances,
their increase since the start of the year, its 同比多增/少增, ranks of the increase and of
the growth, interest rates moved in 基点, the non-performing loan ratio.
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, *fields: str) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region="某某省", year=2021)


def test_more_or_less_increase_is_a_change_of_the_increase() -> None:
    text = (
        "截至5月末,全省金融机构本外币各项存款余额3210.5亿元,比年初增加286.4亿元,"
        "同比多增41.2亿元;外汇各项贷款余额12.6亿美元,比年初增加1.3亿美元,同比少增0.4亿美元。"
    )
    assert _rows(text, "measure", "subject", "period", "value_base") == [
        ("3210.5亿元", "level", "金融机构本外币各项存款余额", "2021-05", 321050000000.0),
        # 比年初增加 and its 多增: January to the balance's month (convention 30)
        ("286.4亿元", "abs_change", "金融机构本外币各项存款余额", "2021-01/2021-05", 28640000000.0),
        ("41.2亿元", "abs_change", "金融机构本外币各项存款增量", "2021-01/2021-05", 4120000000.0),
        ("12.6亿美元", "level", "外汇各项贷款余额", "2021-05", 1260000000.0),
        ("1.3亿美元", "abs_change", "外汇各项贷款余额", "2021-01/2021-05", 130000000.0),
        ("0.4亿美元", "abs_change", "外汇各项贷款增量", "2021-01/2021-05", -40000000.0),
    ]


def test_a_balance_then_added_in_a_quarter_is_its_change() -> None:
    text = "一季度末,全省住户贷款余额5120亿元,同比增长6.2%,一季度新增213亿元。"
    assert _rows(text, "measure", "subject", "period")[-1] == (
        "213亿元",
        "abs_change",
        "住户贷款余额",
        "2021-01/2021-03",
    )


def test_a_flow_named_by_itself_stays_a_level() -> None:
    # 新增贷款 names the flow (round 6): the rule above needs a balance before 新增
    text = "前三季度,全省新增贷款860亿元,同比多增52亿元。"
    assert _rows(text, "measure", "subject")[0] == ("860亿元", "level", "新增贷款")


def test_ranks_of_the_increase_and_of_the_growth() -> None:
    text = (
        "8月末,全市各项贷款余额 4312.6 亿元,同比增长 9.4%,较年初增加 301.2 亿元,"
        "居全省第 2 位。人民币各项存款余额5521.3亿元,同比增长8.8%。"
        "从年初增量上看,列全省第5位;从增速上看,列全省第3位。"
    )
    assert _rows(text, "measure", "value", "subject", "period") == [
        ("4312.6 亿元", "level", 4312.6, "各项贷款余额", "2021-08"),
        ("9.4%", "growth_yoy", 9.4, "各项贷款余额", "2021-08"),
        ("301.2 亿元", "abs_change", 301.2, "各项贷款余额", "2021-01/2021-08"),
        ("第 2 位", "rank", 2.0, "各项贷款增量", "2021-01/2021-08"),
        ("5521.3亿元", "level", 5521.3, "人民币各项存款余额", "2021-08"),
        ("8.8%", "growth_yoy", 8.8, "人民币各项存款余额", "2021-08"),
        ("第5位", "rank", 5.0, "人民币各项存款增量", "2021-01/2021-08"),
        ("第3位", "rank", 3.0, "人民币各项存款余额增速", "2021-08"),
    ]


def test_basis_points_are_hundredths_of_a_point() -> None:
    text = "今年5月,全省金融机构一般贷款加权平均利率4.61%,同比下降18个基点。"
    assert _rows(text, "measure", "unit", "value", "value_base", "base_unit")[-1] == (
        "18个基点",
        "pp_change",
        "个基点",
        -18.0,
        -0.18,
        "pp",
    )


def test_the_non_performing_loan_ratio_is_a_share_of_all_loans() -> None:
    text = (
        "6 月末,全市不良贷款余额 31.2 亿元,不良贷款率 1.08%,为全省第 3 低,较年初下降0.09个百分点。"
    )
    assert _rows(text, "measure", "subject", "period", "denominator") == [
        ("31.2 亿元", "level", "不良贷款余额", "2021-06", None),
        ("1.08%", "share", "不良贷款率", "2021-06", "各项贷款"),
        ("第 3 低", "rank", "不良贷款率", "2021-06", None),
        ("0.09个百分点", "pp_change", "不良贷款率", "2021-06", None),
    ]


def test_a_month_end_spaced_off_its_number() -> None:
    text = "截至 2021 年 7 月末,全市各项存款余额 880.1 亿元。"
    assert _rows(text, "period") == [("880.1 亿元", "2021-07")]


def test_a_footnote_mark_is_no_part_of_a_subject() -> None:
    text = (
        "2021年9月末,全市本外币建筑业(注2)中长期贷款余额512.4亿元,同比增长7.7%,"
        "增速比去年同期高2.1个百分点,比上月增加6.3亿元,同比多增1.9亿元。"
    )
    assert _rows(text, "measure", "subject") == [
        ("512.4亿元", "level", "本外币建筑业中长期贷款余额"),
        ("7.7%", "growth_yoy", "本外币建筑业中长期贷款余额"),
        ("2.1个百分点", "pp_change", "本外币建筑业中长期贷款余额增速"),
        ("6.3亿元", "abs_change", "本外币建筑业中长期贷款余额"),
        ("1.9亿元", "abs_change", "本外币建筑业中长期贷款增量"),
    ]


def test_a_balance_growth_after_a_quarter_is_at_its_last_month() -> None:
    text = (
        "一季度,全省新增贷款612亿元。分部门看:全省住户贷款余额4210亿元,同比增长5.1%;"
        "企业中长期贷款余额8123亿元,同比增长9.2%。"
    )
    assert _rows(text, "measure", "period") == [
        ("612亿元", "level", "2021-01/2021-03"),
        ("4210亿元", "level", "2021-03"),
        ("5.1%", "growth_yoy", "2021-03"),
        ("8123亿元", "level", "2021-03"),
        ("9.2%", "growth_yoy", "2021-03"),
    ]


def test_loans_increased_are_the_balances_change_and_social_financing_its_flow() -> None:
    text = (
        "上半年,全市人民币各项贷款增加612.4亿元,比上年同期多增85.1亿元;"
        "社会融资规模增加930.2亿元,比上年同期多增102.6亿元。"
    )
    assert _rows(text, "measure", "subject", "period") == [
        ("612.4亿元", "abs_change", "人民币各项贷款余额", "2021-01/2021-06"),
        ("85.1亿元", "abs_change", "人民币各项贷款增量", "2021-01/2021-06"),
        ("930.2亿元", "level", "社会融资规模增量", "2021-01/2021-06"),
        ("102.6亿元", "abs_change", "社会融资规模增量", "2021-01/2021-06"),
    ]


def test_a_rank_kept_for_months_ranks_the_growth() -> None:
    text = (
        "6月末,全省人民币各项贷款余额同比增长12.3%,高于全国平均1.2个百分点,连续5个月位列全国第二。"
    )
    assert _rows(text, "measure", "subject")[-1] == ("第二", "rank", "人民币各项贷款余额增速")


def test_last_years_end_is_last_year() -> None:
    text = "去年末,全市制造业贷款余额802.5亿元,同比增长18.4%。"
    assert _rows(text, "period") == [("802.5亿元", "2020"), ("18.4%", "2020")]


def test_rates_listed_share_the_name_after_their_common_head() -> None:
    text = (
        "二季度,全省金融机构新发放个人住房贷款、小微企业贷款加权平均利率分别为4.12%、4.86%,"
        "同比分别下降0.35和0.41个百分点。"
    )
    assert _rows(text, "measure", "subject") == [
        ("4.12%", "level", "金融机构新发放个人住房贷款加权平均利率"),
        ("4.86%", "level", "小微企业贷款加权平均利率"),
        ("0.35", "pp_change", "金融机构新发放个人住房贷款加权平均利率"),
        ("0.41个百分点", "pp_change", "小微企业贷款加权平均利率"),
    ]


def test_loans_of_a_sector_increased_or_decreased() -> None:
    text = "一季度,住户贷款增加412亿元;非银行业金融机构贷款减少6.5亿元;新增贷款900亿元。"
    assert _rows(text, "measure", "subject", "value_base") == [
        ("412亿元", "abs_change", "住户贷款余额", 41200000000.0),
        ("6.5亿元", "abs_change", "非银行业金融机构贷款余额", -650000000.0),
        ("900亿元", "level", "新增贷款", 90000000000.0),
    ]


def test_a_growth_after_a_rank_of_the_increase_is_the_balances() -> None:
    text = "6月末,全市各项贷款余额2120.3亿元,比年初增加152.6亿元,增量居全省第2位;增速10.1%,居全省第1位。"
    assert _rows(text, "measure", "subject")[-3:] == [
        ("第2位", "rank", "各项贷款增量"),
        ("10.1%", "growth_yoy", "各项贷款余额"),
        ("第1位", "rank", "各项贷款余额增速"),
    ]


def test_the_nearest_word_tells_what_a_rank_ranks() -> None:
    text = (
        "9月末,全省人民币各项贷款余额3.1万亿元,同比增长10.2%,增速居全国第4位,"
        "比年初增加2120亿元,同比多增110亿元,增量居全国第9位。"
    )
    ranks = [row for row in _rows(text, "measure", "subject") if row[1] == "rank"]
    assert ranks == [
        ("第4位", "rank", "人民币各项贷款余额增速"),
        ("第9位", "rank", "人民币各项贷款增量"),
    ]


def test_last_years_whole_as_a_base_sets_no_period() -> None:
    text = "今年1-9月全省新增贷款3203亿元,超过上年全年增量121亿元。贷款余额同比增长12.8%。"
    assert _rows(text, "period") == [
        ("3203亿元", "2021-01/2021-09"),
        ("121亿元", "2021-01/2021-09"),
        ("12.8%", "2021-09"),
    ]


def test_a_balance_after_an_increase_of_the_quarter_is_at_its_end() -> None:
    text = "一季度,全省企业贷款余额9120亿元,一季度新增402亿元,其中,企业中长期贷款余额6120亿元。"
    assert _rows(text, "measure", "period") == [
        ("9120亿元", "level", "2021-03"),
        ("402亿元", "abs_change", "2021-01/2021-03"),
        ("6120亿元", "level", "2021-03"),
    ]
