"""Round 22, detection (session 12): missed, false-positive and measure-swapped facts of the
23 development sets grouped by structural cause; a rule was built only when it fixed facts
in three sets of two genres or more and broke none. Sentences are our own (other places,
other numbers).
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "甲市", year: int | None = 2023
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


# --- A change with its own figure, or closing its clause, governs no later figure ---------


def test_a_rate_reached_after_a_change_with_its_own_figure_is_the_rates_value() -> None:
    text = "全年乙市软件业利润总额812亿元,同比增长6.5%;主营业务利润率提高0.3个百分点达8.4%。"
    assert _rows(text, "measure", "value")[-2:] == [
        ("0.3个百分点", "pp_change", 0.3),
        ("8.4%", "level", 8.4),
    ]


def test_a_rate_reached_after_a_change_closing_its_clause_is_a_share() -> None:
    text = "乙省风电利用率连续两年上升,达95.1%,创历史最好水平。"
    assert _rows(text, "measure", "value") == [("95.1%", "share", 95.1)]


def test_indices_listed_after_an_earlier_clauses_fall_are_levels() -> None:
    text = (
        "按企业规模分,大型企业PMI为50.8%,较上月回落1.1个百分点,仍在荣枯线以上;"
        "中、小型企业PMI分别为48.7%和49.2%,较上月回升0.4和2.1个百分点。"
    )
    assert _rows(text, "measure", "value") == [
        ("50.8%", "level", 50.8),
        ("1.1个百分点", "pp_change", -1.1),
        ("48.7%", "level", 48.7),
        ("49.2%", "level", 49.2),
        ("0.4", "pp_change", 0.4),
        ("2.1个百分点", "pp_change", 2.1),
    ]


def test_a_listed_growth_still_governs_its_next_item() -> None:
    text = "甲县、乙县工业产值分别增长5.2%、4.1%。"
    assert _rows(text, "measure", "value") == [
        ("5.2%", "growth_yoy", 5.2),
        ("4.1%", "growth_yoy", 4.1),
    ]


def test_a_change_without_its_figure_still_governs_the_figure() -> None:
    text = "全市社会消费品零售总额同比增长,增速为7.3%。"
    assert _rows(text, "measure", "value") == [("7.3%", "growth_yoy", 7.3)]


def test_a_growth_rate_reached_after_its_fall_in_points_is_positive() -> None:
    text = "全县工业增速回落1.2个百分点,为5.3%。"
    assert _rows(text, "measure", "value") == [
        ("1.2个百分点", "pp_change", -1.2),
        ("5.3%", "growth_yoy", 5.3),
    ]
