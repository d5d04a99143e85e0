"""Every worked example of methodology.md, with the exact published figure."""

from __future__ import annotations

import pytest

from citystat.stats import (
    average_growth,
    average_growth_from_levels,
    back_out_base,
    completion,
    contribution,
    growth_gap,
    monthly_from_cumulative,
    monthly_growth_from_cumulative,
    per_capita,
    per_mille,
    pp_change,
    progress_gap,
    pull,
    pull_from_growth,
    rank,
    rank_change,
    round_half_up,
    shares,
    structure,
    time_progress,
    yoy,
)


def r1(x: float | None) -> float:
    assert x is not None
    return round_half_up(x, 1)


def r2(x: float | None) -> float:
    assert x is not None
    return round_half_up(x, 2)


# §1 累计值 vs 当月值 -----------------------------------------------------------

THIS_YEAR = {2: 52000.0, 3: 80500.0, 4: 106300.0}
LAST_YEAR = {2: 49000.0, 3: 75000.0, 4: 99000.0}


def test_single_months_from_combined_jan_feb_retail_series() -> None:
    assert monthly_from_cumulative(THIS_YEAR) == {2: None, 3: 28500.0, 4: 25800.0}
    assert monthly_from_cumulative(LAST_YEAR) == {2: None, 3: 26000.0, 4: 24000.0}


def test_single_month_and_cumulative_yoy_of_retail_series() -> None:
    now, before = monthly_from_cumulative(THIS_YEAR), monthly_from_cumulative(LAST_YEAR)
    assert (r1(yoy(now[3], before[3])), r1(yoy(now[4], before[4]))) == (9.6, 7.5)
    assert [r1(yoy(THIS_YEAR[m], LAST_YEAR[m])) for m in (2, 3, 4)] == [6.1, 7.3, 7.4]


def test_single_month_growth_from_cumulative_growth_backs_out_bases() -> None:
    g3, g4 = yoy(80500, 75000), yoy(106300, 99000)
    assert r1(monthly_growth_from_cumulative(106300, g4, 80500, g3)) == 7.5


def test_national_retail_2018_jan_nov_growth_backed_out_is_9_1() -> None:
    base_year = back_out_base(380987, 9.0)
    base_december = back_out_base(35893, 8.2)
    assert base_year is not None
    assert base_december is not None
    assert round_half_up(base_year, 1) == 349529.4
    assert round_half_up(base_december, 1) == 33172.8
    assert round_half_up(base_year - base_december, 1) == 316356.5
    assert r1(yoy(380987 - 35893, base_year - base_december)) == 9.1


# §3 拉动 and 贡献率 -----------------------------------------------------------


def test_fai_by_industry_pulls_and_contributions_from_levels() -> None:
    sectors = {"primary": (20, 18), "secondary": (80, 100), "tertiary": (100, 102)}
    pulls = {k: pull(now, base, 200) for k, (base, now) in sectors.items()}
    assert pulls == {"primary": -1.0, "secondary": 10.0, "tertiary": 1.0}
    contribs = {k: contribution(now - base, 220 - 200) for k, (base, now) in sectors.items()}
    assert contribs == {"primary": -10.0, "secondary": 100.0, "tertiary": 10.0}
    assert r1(yoy(220, 200)) == 10.0


def test_real_growth_pulls_use_base_weights() -> None:
    parts = {"mining": (8.0, 70.0), "manufacturing": (-3.0, 20.0), "utilities": (5.0, 10.0)}
    pulls = {k: pull_from_growth(g, w) for k, (g, w) in parts.items()}
    total = sum(p for p in pulls.values() if p is not None)
    assert r1(total) == 5.5
    assert {k: r1(p) for k, p in pulls.items()} == {
        "mining": 5.6,
        "manufacturing": -0.6,
        "utilities": 0.5,
    }
    assert {k: r1(contribution(p, total)) for k, p in pulls.items()} == {
        "mining": 101.8,
        "manufacturing": -10.9,
        "utilities": 9.1,
    }


def test_changzhi_q1_2025_pulls_from_implied_base_weights() -> None:
    assert r1(pull_from_growth(6.4, 4.7)) == 0.3
    assert r1(pull_from_growth(14.4, 73.6)) == 10.6
    assert r1(pull_from_growth(-5.3, 22.6)) == -1.2


def test_changzhi_current_share_trap_gives_wrong_pulls() -> None:
    assert r1(pull_from_growth(14.4, 75.9)) == 10.9  # published 10.6
    assert r2(pull_from_growth(4.57, 75.26)) == 3.44  # 2022: published 3.66
    assert r2(pull_from_growth(4.57, 80.1)) == 3.66  # with the implied base weight


def test_shanxi_coal_city_share_is_a_base_weight() -> None:
    assert r1(pull_from_growth(7.7, 79.4)) == 6.1


def test_xinzhou_h1_2020_contributions_come_from_unrounded_pulls() -> None:
    coal, non_coal = pull_from_growth(7.4, 47.128), pull_from_growth(1.9, 53.289)
    assert coal is not None
    assert non_coal is not None
    total = coal + non_coal
    assert (r1(total), r1(coal), r1(non_coal)) == (4.5, 3.5, 1.0)
    assert (r1(contribution(coal, total)), r1(contribution(non_coal, total))) == (77.5, 22.5)
    # The trap: contributions from the rounded pulls give 77.8, not the published 77.5.
    assert r1(contribution(3.5, 4.5)) == 77.8
    manufacturing = pull_from_growth(11.7, 22.23)
    assert (r1(manufacturing), r1(contribution(manufacturing, total))) == (2.6, 57.8)


def test_contribution_undefined_when_total_growth_shows_as_zero() -> None:
    assert contribution(0.3, 0.04, total_decimals=1) is None
    assert contribution(1.0, 0.0) is None


def test_xjbt_1996_contributions_can_be_negative_or_exceed_100() -> None:
    # Total growth small: components of 1.0, −0.5 and 0.1 pp over a 0.6 pp total.
    assert r1(contribution(-0.5, 0.6)) == -83.3
    assert r1(contribution(1.0, 0.6)) == 166.7


# §4 占比 and 三次产业结构 -----------------------------------------------------


def test_zhongyang_2024_structure_is_2_1_81_3_16_6() -> None:
    levels = {"一": 4.23, "二": 163.53, "三": 33.30}
    assert round_half_up(sum(levels.values()), 2) == 201.06
    assert {k: r2(v) for k, v in shares(levels).items()} == {"一": 2.1, "二": 81.33, "三": 16.56}
    assert structure(levels.values()) == "2.1:81.3:16.6"


def test_bengbu_structure_string_format() -> None:
    assert structure([13.2, 32.3, 54.5]) == "13.2:32.3:54.5"


def test_pp_change_from_unrounded_shares() -> None:
    assert r1(pp_change(2.10, 2.34)) == -0.2


# §5 两年平均 --------------------------------------------------------------------


def test_nbs_two_year_average_is_8_1() -> None:
    assert r1((1 - 0.135) * (1 + 0.351) * 100 - 100) == 16.9
    assert r1(average_growth([-13.5, 35.1])) == 8.1


def test_five_year_average_from_levels_is_5_39() -> None:
    assert r2(average_growth_from_levels(130, 100, 5)) == 5.39
    assert r2(average_growth([30.0 / 1])) == 30.0


# §6 目标完成率 and 序时进度 ---------------------------------------------------


def test_ningde_jan_aug_ahead_by_10_5() -> None:
    assert r1(time_progress(8)) == 66.7
    assert r1(progress_gap(77.2, 8)) == 10.5


def test_jiangmen_jan_oct_ahead_by_13_8_from_unrounded_values() -> None:
    done = completion(629.0, 647.4)
    assert r2(done) == 97.16
    assert r1(progress_gap(done, 10)) == 13.8
    assert r1(97.2 - 83.3) == 13.9  # what the rounded figures would have given


def test_county_jan_may_ahead_by_3_5() -> None:
    assert r1(time_progress(5)) == 41.7
    assert r1(progress_gap(45.2, 5)) == 3.5


def test_county_reporting_5_3_is_not_reproduced_by_the_months_rule() -> None:
    assert r1(progress_gap(47.2, 5)) == 5.5
    assert r1(progress_gap(47.2, 5, "calendar_days", year=2023)) != 5.3


def test_xuancheng_jan_nov_progress_is_91_7() -> None:
    assert r1(time_progress(11)) == 91.7


def test_fai_target_worked_example() -> None:
    done = completion(104.6, 150)
    assert r1(done) == 69.7
    assert r1(progress_gap(done, 8)) == 3.1


def test_growth_target_gaps() -> None:
    assert r1(growth_gap(6.5, 8.0)) == -1.5
    assert r1(growth_gap(-0.6, 4.8)) == -5.4


# §7 排名 --------------------------------------------------------------------------


def test_wangcang_rank_rise_of_one_place() -> None:
    assert rank_change(7, 6) == 1


def test_competition_ranking_at_published_precision() -> None:
    growth = {"A": 6.54, "B": 6.46, "C": 8.0, "D": 5.0, "开发区": None}
    assert rank(growth, decimals=1) == {"A": 2, "B": 2, "C": 1, "D": 4, "开发区": None}


# §9 固定资产投资项目 ----------------------------------------------------------


def test_qinshui_key_projects_122_6() -> None:
    assert r1(completion(77.57, 63.27)) == 122.6


def test_shanxi_start_rate_33_48_and_51_of_92() -> None:
    assert r2(completion(77, 230)) == 33.48
    assert r1(completion(51, 92)) == 55.4


# §10 人均 and ‰ -------------------------------------------------------------------

XINFU_START, XINFU_END = 577990, 578043


def test_xinfu_2022_birth_death_natural_growth_rates() -> None:
    assert r2(per_mille(2928, XINFU_START, XINFU_END)) == 5.07
    assert r2(per_mille(4322, XINFU_START, XINFU_END)) == 7.48
    assert r2(per_mille(2928 - 4322, XINFU_START, XINFU_END)) == -2.41


def test_xinfu_2022_gdp_per_capita_within_published_rounding() -> None:
    value = per_capita(244.18e8, XINFU_START, XINFU_END)
    assert value is not None
    assert round_half_up(value, 0) == 42244.0
    assert abs(value - 42245) <= 1  # documented tolerance: one unit in the last digit
    # 244.18亿 ± 0.005亿 brackets the published 42,245.
    low, high = (
        per_capita(244.175e8, XINFU_START, XINFU_END),
        per_capita(244.185e8, XINFU_START, XINFU_END),
    )
    assert low is not None
    assert high is not None
    assert low < 42245 < high
    assert round_half_up(value / 6.7261, 0) == 6281.0


def test_xinfu_2021_birth_rate_recomputed_differs_from_revised_publication() -> None:
    assert r2(per_mille(3599, 577122, 577990)) == 6.23  # published 6.24 on another vintage


# §11 rounding -----------------------------------------------------------------------


def test_round_half_up_not_half_even() -> None:
    assert round_half_up(8.25, 1) == 8.3
    assert round(8.25, 1) == 8.2
    assert round_half_up(0.15, 1) == 0.2
    assert round(0.15, 1) == 0.1


@pytest.mark.parametrize(
    ("x", "decimals", "expected"),
    [(2.675, 2, 2.68), (-8.25, 1, -8.3), (0.5, 0, 1.0), (1.005, 2, 1.01), (42244.5, 0, 42245.0)],
)
def test_round_half_up_cases(x: float, decimals: int, expected: float) -> None:
    assert round_half_up(x, decimals) == expected
