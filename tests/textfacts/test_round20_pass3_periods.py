"""Round 20, third pass of #13 (session 10): the periods of court, procuratorate and audit
work reports.

A work report reviews its term (``过去五年,…``, ``五年来,…``, ``2016年至2020年,…``): its
figures are the term's totals, dated as the span. A one-year report names the plan its year
closes (``2030年是“十五五”收官之年``) without dating its figures by the plan. Sentences are our
own (other places, other numbers).
"""

from __future__ import annotations

from .rows import fact_rows


def _periods(text: str, year: int) -> list[tuple[object, ...]]:
    return fact_rows(text, "period", region="柳州市", year=year)


def test_past_five_years_dates_its_sentence_as_the_term() -> None:
    text = "过去五年,全市法院共受理各类案件86.45万件,审结83.9万件。"
    assert _periods(text, 2020) == [("86.45万件", "2016/2020"), ("83.9万件", "2016/2020")]


def test_five_years_opening_a_paragraph_dates_the_paragraph() -> None:
    text = "五年来,全市检察机关依法办理涉企案件217件。审结金融纠纷案件3150件。"
    assert _periods(text, 2020) == [("217件", "2016/2020"), ("3150件", "2016/2020")]


def test_five_years_inside_a_sentence_holds_for_that_sentence_only() -> None:
    text = "2020年,全市审结案件4.2万件,五年来累计审结19.8万件。全市新收案件4.5万件。"
    assert _periods(text, 2020) == [
        ("4.2万件", "2020"),
        ("19.8万件", "2016/2020"),
        ("4.5万件", "2020"),
    ]


def test_a_span_of_years_each_with_its_year_character() -> None:
    text = "2016年至2020年,全国检察机关共办理各类案件1520.4万件,比前五年上升31%。"
    assert _periods(text, 2020)[0] == ("1520.4万件", "2016/2020")


def test_a_plan_named_as_what_the_year_is_dates_nothing() -> None:
    text = "2030年是“十五五”规划收官之年,全市法院新收各类案件96218件,同比上升12.4%。"
    assert _periods(text, 2030) == [("96218件", "2030"), ("12.4%", "2030")]


def test_a_plan_period_still_dates_its_figures() -> None:
    text = "“十五五”期间,全市累计审结案件45.1万件。"
    assert _periods(text, 2030) == [("45.1万件", "2026/2030")]


def test_a_state_from_the_terms_start_to_its_end() -> None:
    text = "过去五年,全市森林覆盖率由41.2%提高到43.5%,蓄积量由1.02亿立方米增加到1.17亿立方米。"
    assert _periods(text, 2022) == [
        ("41.2%", "2017"),
        ("43.5%", "2022"),
        ("1.02亿立方米", "2017"),
        ("1.17亿立方米", "2022"),
    ]
