"""Rules of the eighth text-facts session for periods and measures (heldout5's and dev8's
classes of error other than subjects), on short sentences of our own."""

from __future__ import annotations

from citystat.textfacts import Fact, extract


def _facts(text: str, year: int = 2023) -> list[Fact]:
    return extract(text, region="晋中市", year=year)


def test_about_before_a_list_of_figures_holds_for_each() -> None:
    text = (
        "从各类商品看,食品和衣着分别拉动CPI上涨约0.52和0.11个百分点;猪肉约12.5万吨和羊肉3.2万吨。"
    )
    assert [(f.text_span, f.qualifier) for f in _facts(text)] == [
        ("0.52", "约"),
        ("0.11个百分点", "约"),
        ("12.5万吨", "约"),
        ("3.2万吨", None),  # a word between: 约 was the first item's alone
    ]


def test_a_figure_right_after_the_year_compared_with_is_that_years() -> None:
    text = "今年全市油料产量31.2万吨,比2022年30.4万吨增加0.8万吨。"
    assert [(f.text_span, f.period) for f in _facts(text)] == [
        ("31.2万吨", "2023"),
        ("30.4万吨", "2022"),
        ("0.8万吨", "2023"),
    ]
