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
    text = "铁路货运量8.2亿吨,航空货运量则达到0.7亿吨。全省商标注册量就达到31.4万件。"
    assert _subjects(text) == ["铁路货运量", "航空货运量", "商标注册量"]


def test_an_adverb_or_a_press_verb_after_the_indicator() -> None:
    text = "机场旅客吞吐量录得3.12亿人次,其中国际旅客吞吐量增长尤为显著,达到28.5%。旱情受灾面积一度达420万亩。"
    assert _subjects(text) == ["机场旅客吞吐量", "国际旅客吞吐量", "旱情受灾面积"]


def test_all_of_the_concentrations_rose() -> None:
    text = "全省PM2.5、PM10浓度同比均分别上升2.4%和4.6%。"
    assert _subjects(text) == ["PM2.5浓度", "PM10浓度"]


def test_a_sectors_investment_without_its_deed() -> None:
    text = "其中,制造业完成投资320.5亿元;全年完成投资1140.6亿元。"
    assert _subjects(text) == ["制造业投资", "完成投资"]


def test_names_ending_in_such_characters_keep_them() -> None:
    assert _subjects("全市制定交易规则12项,取得成就3项。") == ["制定交易规则", "取得成就"]


def test_a_comparison_with_its_base_after_the_word_opens_a_sentence() -> None:
    text = "全省用水总量增长3%。其中,相比2022年,生活用水增加1.6亿立方米,生态补水增加0.8亿立方米。"
    rows = fact_rows(text, "measure", region="四川省", year=2023)
    assert rows == [
        ("3%", "growth_yoy"),
        ("1.6亿立方米", "abs_change"),
        ("0.8亿立方米", "abs_change"),
    ]
