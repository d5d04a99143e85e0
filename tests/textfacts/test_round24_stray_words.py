"""Round 24 (session 14): words after an indicator that are no part of it.

Found on unseen texts of the press and of bulletins: a connective (``则``, ``就``), an
adverb (``一度``, ``尤为``), a press verb (``录得``), ``均`` after a concentration, and the
deed of a sector's investment (``制造业完成投资``). Sentences are our own.
"""

from __future__ import annotations

from .rows import fact_rows


def _subjects(text: str) -> list[object]:
    return [row[1] for row in fact_rows(text, "subject", region="全国", year=2024)]


def test_a_connective_after_the_indicator() -> None:
    text = "公路货运量54.54亿吨,水路货运量则达到13.99亿吨。全省专利授权量就达到52.7万件。"
    assert _subjects(text) == ["公路货运量", "水路货运量", "专利授权量"]


def test_an_adverb_or_a_press_verb_after_the_indicator() -> None:
    text = "港口货物吞吐量录得26.26亿吨,其中集装箱吞吐量增长尤为显著,达到7.6%。锈病发生面积一度达1700万亩。"
    assert _subjects(text) == ["港口货物吞吐量", "集装箱吞吐量", "锈病发生面积"]


def test_all_of_the_concentrations_rose() -> None:
    text = "全省PM2.5、PM10浓度同比均分别上升3.1%和5.7%。"
    assert _subjects(text) == ["PM2.5浓度", "PM10浓度"]


def test_a_sectors_investment_without_its_deed() -> None:
    text = "其中,制造业完成投资320.5亿元;全年完成投资1140.6亿元。"
    assert _subjects(text) == ["制造业投资", "完成投资"]


def test_names_ending_in_such_characters_keep_them() -> None:
    assert _subjects("全市制定交易规则12项,取得成就3项。") == ["制定交易规则", "取得成就"]


def test_a_comparison_with_its_base_after_the_word_opens_a_sentence() -> None:
    text = "全省用水总量增长3%。其中,相比2022年,生活用水增加2亿立方米,生态补水增加2.29亿立方米。"
    rows = fact_rows(text, "measure", region="四川省", year=2023)
    assert rows == [
        ("3%", "growth_yoy"),
        ("2亿立方米", "abs_change"),
        ("2.29亿立方米", "abs_change"),
    ]
