"""Error classes found on a second development set of real texts (issue 13, round 2).

Each test uses an invented sentence (or table) of the same shape as the real one; the
real texts are kept outside the repository (see docs/textfacts.md).
"""

from __future__ import annotations

from functools import partial

from citystat.textfacts import Fact, extract

from .rows import fact_rows
from .timing import least_cpu_seconds


def _facts(text: str, region: str = "忻州市", year: int = 2023) -> list[Fact]:
    return extract(text, region=region, year=year)


def _rows(
    text: str, *fields: str, region: str = "忻州市", year: int = 2023
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


# Speed: a text pasted without any sentence end reads in linear time


def test_a_run_on_text_reads_in_linear_time() -> None:
    clause = "甲县生产总值增长5.1%,投资完成12.5亿元,"
    small, large = clause * 400, clause * 1600
    for text in (small, large):
        assert len(_facts(text)) == text.count("%") + text.count("亿元")
    timings = [least_cpu_seconds(partial(_facts, text)) for text in (small, large)]
    # four times the text in at most about eight times the time (quadratic was sixteen)
    assert timings[1] < 8 * max(timings[0], 0.02)


def test_cut_run_ons_keep_offsets_and_spans() -> None:
    text = "全市投资增长3.5%," * 60 + "社零总额完成88.8亿元"
    facts = _facts(text)
    assert len(facts) == 61
    assert facts[-1].text_span == "88.8亿元"
    assert text[facts[-1].char_start : facts[-1].char_end] == "88.8亿元"


# Flattened tables: unbracketed period columns (本月, 1-本月) and a unit in the row label


def test_a_month_table_with_period_columns_and_the_unit_in_the_label() -> None:
    text = (
        "2023年6月全市消费品零售额\n"
        "指标 本月 比去年同月增长(%) 1-本月 比去年同期增长(%)\n"
        "消费品零售额(亿元) 120.50 3.1 700.25 -2.4\n"
        "# 餐饮收入 10.20 -1.5 60.75 4.4\n"
    )
    assert _rows(text, "subject", "measure", "unit", "period", "value_base") == [
        ("120.50", "消费品零售额", "level", "亿元", "2023-06", 12050000000.0),
        ("3.1", "消费品零售额", "growth_yoy", "%", "2023-06", 3.1),
        ("700.25", "消费品零售额", "level", "亿元", "2023-01/2023-06", 70025000000.0),
        ("-2.4", "消费品零售额", "growth_yoy", "%", "2023-01/2023-06", -2.4),
        ("10.20", "餐饮收入", "level", "亿元", "2023-06", 1020000000.0),
        ("-1.5", "餐饮收入", "growth_yoy", "%", "2023-06", -1.5),
        ("60.75", "餐饮收入", "level", "亿元", "2023-01/2023-06", 6075000000.0),
        ("4.4", "餐饮收入", "growth_yoy", "%", "2023-01/2023-06", 4.4),
    ]


# Budgets and plans: the amount after 占年初预算 is the year's budget; 为年计划的 is a share


def test_the_budget_inside_a_share_phrase_is_the_years_target() -> None:
    text = "1-4月,全县完成税收收入2150万元,占年初预算6400万元的33.6%,同比下降4.2%。"
    assert _rows(text, "subject", "measure", "period", "value_base") == [
        ("2150万元", "税收收入", "level", "2023-01/2023-04", 21500000.0),
        ("6400万元", "税收收入", "target", "2023", 64000000.0),
        ("33.6%", "税收收入", "share", "2023-01/2023-04", 33.6),
        ("4.2%", "税收收入", "growth_yoy", "2023-01/2023-04", -4.2),
    ]


def test_a_share_of_the_years_plan_after_wei_is_no_target() -> None:
    text = "1-9月,全市85个重点项目完成投资96.4亿元,为年计划的78.2%。"
    assert _rows(text, "subject", "measure", "denominator") == [
        ("85个", "重点项目", "count", None),
        ("96.4亿元", "重点项目完成投资", "level", None),
        ("78.2%", "重点项目完成投资完成年计划", "share", "年计划"),
    ]


def test_counted_projects_keep_their_kind_before_a_verb() -> None:
    text = "其中,12个新开工项目完成投资8.5亿元;30个续建项目完成投资40.1亿元。"
    assert _rows(text, "subject", "measure") == [
        ("12个", "新开工项目", "count"),
        ("8.5亿元", "新开工项目投资", "level"),
        ("30个", "续建项目", "count"),
        ("40.1亿元", "续建项目投资", "level"),
    ]


def test_a_completion_list_refers_to_the_amounts_not_the_counts() -> None:
    text = (
        "按行业分,8个农业项目完成投资3.2亿元,15个工业项目完成投资20.5亿元,"
        "分别占计划的91.0%、104.3%。"
    )
    rows = [(s, subj) for s, subj, m in _rows(text, "subject", "measure") if m == "share"]
    assert rows == [("91.0%", "农业项目投资"), ("104.3%", "工业项目投资")]


# Progress gaps and changes


def test_a_gap_to_the_even_pace_written_with_percent_is_a_point_change() -> None:
    text = "1-3月,全县财政收入9100万元,完成预算的21.5%,较均衡进度慢3.5%,较上年同期增收620万元。"
    assert _rows(text, "subject", "measure", "value_base") == [
        ("9100万元", "财政收入", "level", 91000000.0),
        ("21.5%", "财政收入完成预算", "share", 21.5),
        ("3.5%", "财政收入预算完成进度", "pp_change", -3.5),  # as the gold names it (round 6)
        ("620万元", "财政收入", "abs_change", 6200000.0),
    ]


def test_an_increment_is_an_absolute_change() -> None:
    assert _rows("全省经济5年增量超过6000亿元。", "measure", "qualifier", region="山西省") == [
        ("6000亿元", "abs_change", "超过")
    ]


# Comparison bases in a list are no periods; subjects are not comparison phrases


def test_listed_comparison_bases_do_not_change_the_period_or_the_subject() -> None:
    text = (
        "1-9月,全市固定资产投资增长6.2%,增速分别较1-3月、1-6月和1-8月回落1.1、0.4和0.2个百分点,"
        "较去年同期和全年分别提高0.5、0.3个百分点。其中,工业投资增长9.9%。"
    )
    rows = _rows(text, "subject", "period", "value_base")
    assert {r[2] for r in rows} == {"2023-01/2023-09"}
    assert [r[1] for r in rows] == ["固定资产投资"] + ["固定资产投资增速"] * 5 + ["工业投资"]
    assert [r[3] for r in rows] == [6.2, -1.1, -0.4, -0.2, 0.5, 0.3, 9.9]


def test_a_month_on_month_rank_keeps_the_indicator_without_leiji() -> None:
    text = "1-9月,全市规上工业增加值累计增长7.5%,居全省第5位。"
    assert _rows(text, "subject", "measure") == [
        ("7.5%", "规上工业增加值", "growth_yoy"),
        ("第5位", "规上工业增加值", "rank"),
    ]


# Five-year plan reviews: 年均 figures are the plan's; shares in words


def test_average_annual_growth_in_a_plan_review_is_the_plans_period() -> None:
    text = "“十四五”规划实施情况。\n全省生产总值年均增长5.6%,工业增加值年均增长7.1%。"
    assert _rows(text, "period", "basis", region="山西省", year=2025) == [
        ("5.6%", "2021/2025", "avg_annual"),
        ("7.1%", "2021/2025", "avg_annual"),
    ]


def test_a_fraction_in_words_is_a_share_without_a_unit() -> None:
    text = "全省原煤产量超过全国总量的四分之一。"
    assert _rows(text, "measure", "value_base", "unit", "qualifier", region="山西省") == [
        ("四分之一", "share", 25.0, None, "超过")
    ]


def test_gdp_and_its_chinese_name_are_one_subject_when_scored() -> None:
    from citystat.textfacts.evaluate import subjects_agree

    assert subjects_agree("人均GDP", "人均地区生产总值")


# Finance news: 元至N月, bare 增加/减少 clauses, 累计 after a month, 负增长, rank moves


def test_yuan_zhi_month_is_the_months_since_january() -> None:
    text = "元至4月,全市完成一般公共预算收入56.20亿元,同比增加1.30亿元,负增长0.85%。"
    assert _rows(text, "subject", "measure", "period", "value_base") == [
        ("56.20亿元", "一般公共预算收入", "level", "2023-01/2023-04", 5620000000.0),
        ("1.30亿元", "一般公共预算收入", "abs_change", "2023-01/2023-04", 130000000.0),
        ("0.85%", "一般公共预算收入", "growth_yoy", "2023-01/2023-04", -0.85),
    ]


def test_a_bare_change_clause_after_a_level_is_a_change() -> None:
    text = "1-6月,上划省级收入完成6.40亿元,减少520万元,下降0.8%。"
    assert _rows(text, "measure", "value_base") == [
        ("6.40亿元", "level", 640000000.0),
        ("520万元", "abs_change", -5200000.0),
        ("0.8%", "growth_yoy", -0.8),
    ]


def test_leiji_after_a_month_is_the_sum_since_january() -> None:
    text = "4月份,全市税收收入当月完成6120万元,增长2.5%,累计完成20480万元,下降3.3%。"
    assert _rows(text, "period") == [
        ("6120万元", "2023-04"),
        ("2.5%", "2023-04"),
        ("20480万元", "2023-01/2023-04"),
        ("3.3%", "2023-01/2023-04"),
    ]


def test_a_move_in_a_ranking_is_no_count() -> None:
    text = "1-5月,全市财政收入增幅居全省第4位,同比提升2个位次。"
    # the move is a change of the rank in 个位次 (round 8; optional in the gold), not a count
    assert _rows(text, "measure", "unit") == [
        ("第4位", "rank", None),
        ("2个位次", "abs_change", "个位次"),
    ]


def test_a_part_of_the_year_carries_to_the_next_paragraph() -> None:
    text = (
        "上半年,全市财政收入完成21.5亿元,增长6.1%。\n全市税收收入15.2亿元,占财政收入比重为70.7%。"
    )
    assert {f.period for f in _facts(text)} == {"2023-01/2023-06"}


# Regions: a bracketed figure of the whole; the group ranked in is no region


def test_the_provinces_bracketed_average_and_the_citys_rank() -> None:
    text = (
        "1-7月,全市财政收入增长12.3%,增幅比全省平均增幅(8.8%)高3.5个百分点,"
        "在全省11个地级市中居第2位。"
    )
    assert _rows(text, "region", "measure", region="大同市") == [
        ("12.3%", "大同市", "growth_yoy"),
        ("8.8%", "山西省", "growth_yoy"),
        ("3.5个百分点", "大同市", "pp_change"),
        # (在全省11个地级市中: the places the rank is among, no fact since round 26)
        ("第2位", "大同市", "rank"),
    ]


# National releases: areas across provinces are regions of their own


def test_areas_across_provinces_are_their_own_regions_and_keep_the_period() -> None:
    text = (
        "1-5月,全国城市平均优良天数比例为82.0%,同比上升1.1个百分点。\n"
        "京津冀及周边地区PM2.5平均浓度为41微克/立方米,同比下降6.8%。\n"
        "汾渭平原平均优良天数比例为63.5%。"
    )
    assert _rows(text, "region", "period", region="全国", year=2024) == [
        ("82.0%", "全国", "2024-01/2024-05"),
        ("1.1个百分点", "全国", "2024-01/2024-05"),
        ("41微克/立方米", "京津冀及周边地区", "2024-01/2024-05"),
        ("6.8%", "京津冀及周边地区", "2024-01/2024-05"),
        ("63.5%", "汾渭平原", "2024-01/2024-05"),
    ]


def test_sector_investment_and_the_short_three_sectors() -> None:
    text = "1-6月,第二产业完成投资30.5亿元,增长8.8%。三产投资比例为5.0:40.0:55.0。"
    assert _rows(text, "subject") == [
        ("30.5亿元", "第二产业投资"),
        ("8.8%", "第二产业投资"),
        ("5.0:40.0:55.0", "三次产业投资比例"),
    ]


def test_the_whole_of_last_year_is_a_base_not_a_period() -> None:
    text = "上半年,税收收入占比为70.2%,比去年同期提升1.5个百分点,比去年全年提升0.8个百分点。"
    assert {f.period for f in _facts(text)} == {"2023-01/2023-06"}
    assert [f.subject for f in _facts(text)][1:] == ["税收收入占比", "税收收入占比"]


def test_qian_n_yue_without_ge_is_the_months_since_january() -> None:
    assert _rows("前7月,全市重点项目完成投资41.3亿元。", "period") == [
        ("41.3亿元", "2023-01/2023-07")
    ]


def test_better_than_the_target_is_a_distance_not_a_target() -> None:
    text = "全年PM2.5平均浓度为36微克/立方米,优于年度目标3微克/立方米;优良天数比例为78.4%,好于年度目标1.2个百分点。"
    assert _rows(text, "subject", "measure") == [
        ("36微克/立方米", "PM2.5平均浓度", "level"),
        ("3微克/立方米", "PM2.5平均浓度", "abs_change"),
        ("78.4%", "优良天数比例", "share"),
        ("1.2个百分点", "优良天数比例", "pp_change"),
    ]


def test_a_city_opening_a_paragraph_holds_for_its_later_sentences() -> None:
    text = (
        "大同1-4月一般公共预算收入完成30.6亿元,增长5.5%。其中税收收入22.1亿元,增长2.0%。\n"
        "全省一般公共预算收入增长3.9%。"
    )
    assert _rows(text, "subject", "region", region="山西省") == [
        ("30.6亿元", "一般公共预算收入", "大同市"),
        ("5.5%", "一般公共预算收入", "大同市"),
        ("22.1亿元", "税收收入", "大同市"),
        ("2.0%", "税收收入", "大同市"),
        ("3.9%", "一般公共预算收入", "山西省"),
    ]
