"""Round 21 (session 11): missed and false-positive facts grouped by structural cause.

Each rule here fixed facts in at least three development sets of at least two genres.
Sentences are our own (other places, other numbers) of the shapes the sets showed.
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "甲市", year: int | None = 2022
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


# --- 1. A named rate of a part of a whole, stated with a copula, is a share ---------------


def test_rates_of_cases_handled_are_shares() -> None:
    text = "上半年全院受理案件1260件,结案843件,结案率66.90%;执行案件实际执结率31.25%。"
    assert _rows(text, "measure", "value_base") == [
        ("1260件", "count", 1260.0),
        ("843件", "count", 843.0),
        ("66.90%", "share", 66.9),
        ("31.25%", "share", 31.25),
    ]


def test_a_rate_after_its_counts_stated_with_wei_is_a_share() -> None:
    text = "全年批准逮捕210人,不批准逮捕37人,不捕率为14.98%。"
    assert _rows(text, "measure", "subject")[-1] == ("14.98%", "share", "不捕率")


def test_debt_ratio_is_a_share_and_profit_ratio_a_level() -> None:
    text = "1-6月,规模以上工业企业资产负债率为55.8%,营业收入利润率为6.12%。"
    assert _rows(text, "measure", "subject") == [
        ("55.8%", "share", "规模以上工业企业资产负债率"),
        ("6.12%", "level", "营业收入利润率"),
    ]


def test_rates_of_events_and_prices_stay_levels() -> None:
    text = "全年水资源利用率为18.4%,人口自然增长率为2.35‰,一年期贷款利率为3.65%。"
    assert _rows(text, "measure", "value_base") == [
        ("18.4%", "share", 18.4),
        ("2.35‰", "level", 0.235),
        ("3.65%", "level", 3.65),
    ]


def test_a_rate_that_reached_a_value_and_a_completion_rate_stay_levels() -> None:
    text = "乙县农村户厕改造率达到91.2%,重点项目竣工率为40.5%。"
    assert _rows(text, "measure", region="乙县") == [("91.2%", "level"), ("40.5%", "level")]


def test_two_rates_stated_together_with_jun_wei_are_a_share() -> None:
    text = "高校毕业生就业登记率和帮扶率均为100%。"
    assert _rows(text, "measure", "value_base") == [("100%", "share", 100.0)]


def test_a_rate_of_use_is_a_share_a_change_or_a_policy_rate_is_not() -> None:
    text = "全市单位生产总值能耗下降率为3.2%,病床使用率为86.5%,存款准备金率为8.5%。"
    assert _rows(text, "measure", "subject") == [
        ("3.2%", "growth_yoy", "单位生产总值能耗下降率"),
        ("86.5%", "share", "病床使用率"),
        ("8.5%", "level", "存款准备金率"),
    ]
