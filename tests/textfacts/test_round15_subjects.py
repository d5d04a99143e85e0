"""Round 15 of #13 (session 6, round 2): subjects, only classes seen in at least three sets.

Each rule on short sentences of our own, of the shapes the real texts showed (not the
texts themselves). The classification of every subject error of the two spent judges
(heldout13, heldout14) and the counts of each class in the other sets are in
docs/textfacts.md, *Round 15: subjects*.
"""

from __future__ import annotations

import pytest

from .rows import fact_rows


def _subjects(text: str, region: str = "石家庄市") -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", region=region, year=2023)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # persons named after their number, with what they did in the rest of the clause
        (
            "全年城镇新增就业12.5万人,有3.2万城镇失业人员实现再就业。",
            [("12.5万人", "城镇新增就业"), ("3.2万", "城镇失业人员再就业")],
        ),
        (
            "全年1860万农村劳动力外出务工,比上年增长2.4%。",
            [("1860万", "农村劳动力外出务工"), ("2.4%", "农村劳动力外出务工")],
        ),
        ("全县共有860名教师参加轮训。", [("860名", "教师参加轮训")]),
    ],
)
def test_persons_named_after_their_number(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the persons are named before: the words after name nothing of them
        ("全年城镇新增就业3.6万人,完成年度目标的120%。", ("3.6万人", "城镇新增就业")),
        ("全市农民工总量达到85.2万人,比上年增长1.1%。", ("85.2万人", "农民工总量")),
        # a number of persons followed by a noun that is no group of persons
        ("全市接待游客120万人次,同比增长8%。", ("120万人次", "接待游客")),
    ],
)
def test_persons_named_before_keep_their_name(text: str, expected: tuple[str, str]) -> None:
    assert _subjects(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share whose words name only its whole: its part is said in the clause before
        (
            "其中新能源产业是主要支撑,占战略性新兴产业比重为61.2%。",
            ("61.2%", "新能源产业占战略性新兴产业的比重"),
        ),
        (
            "污染天数中以臭氧为首要污染物,占污染天数的55.0%。",
            ("55.0%", "以臭氧为首要污染物占污染天数的比重"),
        ),
    ],
)
def test_share_takes_its_part_from_the_clause_before(text: str, expected: tuple[str, str]) -> None:
    assert _subjects(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time word alone before it names no part
        ("上半年,占全省的比重为5.2%。", ("5.2%", "占全省的比重")),
        # a figure before it in the sentence: the share is that figure's, as before
        (
            "全市粮食播种面积120万亩,占农作物的比重为62.1%。",
            ("62.1%", "粮食播种面积占农作物的比重"),
        ),
    ],
)
def test_share_with_nothing_said_before_is_unchanged(text: str, expected: tuple[str, str]) -> None:
    assert _subjects(text)[-1] == expected
