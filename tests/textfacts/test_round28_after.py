"""Round 28 after its freeze (session 18), from the spent judges 50–52 and pool 20: what a
text names as its year, subjects, heads and lists. Sentences are our own."""

from __future__ import annotations

from .rows import fact_rows


def test_a_title_of_last_year_dates_the_figures_of_a_text_published_later() -> None:
    text = (
        "2022年度甲市社会保险信息披露\n日期:2023-04-20\n"
        "截至2022年末,全市参加基本养老保险1120.5万人。\n"
        "全市参加失业保险1010.2万人,参加工伤保险1008.7万人。\n"
    )
    assert fact_rows(text, "period", region="440300", year=2023) == [
        ("1120.5万人", "2022"),
        ("1010.2万人", "2022"),
        ("1008.7万人", "2022"),
    ]
