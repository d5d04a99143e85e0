"""Round 7 of #13: subjects, third pass.

Each rule on short sentences of our own, of the shapes the real texts showed (not the
texts themselves).
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract
from citystat.textfacts.evaluate import subjects_agree


def _facts(text: str, region: str = "石家庄市") -> list[Fact]:
    return extract(text, region=region, year=2023)


def _subjects(text: str, region: str = "石家庄市") -> list[tuple[str, str | None]]:
    return [(f.text_span, f.subject) for f in _facts(text, region)]


def test_a_price_basis_note_inside_a_name_is_no_part_of_the_indicator() -> None:
    text = (
        "全市万元地区生产总值(当年价)能耗0.82吨标准煤,人均可支配收入(按可比价格计算)"
        "31200元;工业增加值（现价）用电量比上年下降2.1%。"
    )
    assert _subjects(text) == [
        ("0.82吨标准煤", "万元地区生产总值能耗"),
        ("31200元", "人均可支配收入"),
        ("2.1%", "工业增加值用电量"),
    ]
    # a bracket of another kind stays
    assert _subjects("全市执业(助理)医师4100人。") == [("4100人", "执业(助理)医师")]


def test_the_press_short_names_of_indicators_agree_with_the_full_names() -> None:
    assert subjects_agree("社融规模增量", "社会融资规模增量")
    assert subjects_agree("社零额", "社会消费品零售总额")
    assert subjects_agree("全市固投", "固定资产投资")
    assert not subjects_agree("社区", "社会融资")
