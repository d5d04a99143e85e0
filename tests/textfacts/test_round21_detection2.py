"""Round 21, detection third pass (session 11): missed and false-positive facts grouped by
structural cause; a rule was built only when it fixed facts in three development sets of
two genres or more and broke none. Sentences are our own (other places, other numbers).
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "甲市", year: int | None = 2022
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


# --- 1. A change verb before a 分别 list governs every item of the list ---------------------


def test_amounts_listed_after_fenbie_and_a_change_verb_are_all_changes() -> None:
    text = "3月末,甲市住宿业贷款余额合计3.1万亿元,比年初增加2211亿元,1月、2月单月分别增加630亿元和1288亿元。"
    assert _rows(text, "measure", "value")[-2:] == [
        ("630亿元", "abs_change", 630.0),
        ("1288亿元", "abs_change", 1288.0),
    ]


def test_index_points_listed_after_a_fall_are_negative_changes() -> None:
    text = "与上年同期相比,甲指数、乙指数分别下降0.62点和1.35点。"
    assert _rows(text, "measure", "value") == [
        ("0.62点", "abs_change", -0.62),
        ("1.35点", "abs_change", -1.35),
    ]


def test_duochu_after_a_comparison_is_a_change_for_every_item() -> None:
    text = "甲市汽车产量比乙市、丙市分别多出12.5万辆、20.1万辆。"
    assert _rows(text, "measure", "value") == [
        ("12.5万辆", "abs_change", 12.5),
        ("20.1万辆", "abs_change", 20.1),
    ]


def test_a_multiple_after_a_listed_percentage_is_a_growth() -> None:
    text = "全年制发甲类文件120件,办理乙类案件1500件,比前五年分别上升45.2%和2.5倍。"
    assert _rows(text, "measure")[-2:] == [("45.2%", "growth_yoy"), ("2.5倍", "growth_yoy")]


def test_a_plain_list_of_levels_stays_levels() -> None:
    text = "甲区、乙区地区生产总值分别为320亿元和415亿元。"
    assert _rows(text, "measure") == [("320亿元", "level"), ("415亿元", "level")]


# --- 2. The figure that defines a counted group is no fact of its own ----------------------


def test_the_line_a_counted_group_exceeds_is_no_fact() -> None:
    text = "全市国有企业全部盈利,有15户企业营业收入超20亿元。"
    assert _rows(text, "measure", "value") == [("15户", "count", 15.0)]


def test_a_magnitude_word_as_the_line_of_a_group_is_no_fact() -> None:
    text = "甲、乙、丙,共8个省的科研经费超过千亿元。"
    assert _rows(text, "measure", "value") == [("8个", "count", 8.0)]


def test_visits_as_the_line_of_a_group_of_sites_is_no_fact() -> None:
    spans = [row[0] for row in _rows("国庆期间,甲、乙等30个景区连续5天超过万人次。")]
    assert "30个" in spans and "万人次" not in spans


def test_a_streak_of_months_over_a_figure_keeps_the_figure() -> None:
    text = "7月日均产量为268万吨,日均产量连续9个月突破250万吨。"
    assert ("250万吨", "level", 250.0) in _rows(text, "measure", "value")


def test_a_sum_over_a_counted_group_keeps_the_figure() -> None:
    text = "5个项目合计投资超过30亿元。"
    assert ("30亿元", "level", 30.0) in _rows(text, "measure", "value")


def test_a_count_then_another_item_of_a_list_is_no_group() -> None:
    text = "力争全年签约项目突破45个、签约总额超过300亿元。"
    assert [row[0] for row in _rows(text, "measure")] == ["45个", "300亿元"]
