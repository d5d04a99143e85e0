"""Round 11: periods listed before 分别 are distributed over the figures after it."""

from __future__ import annotations

from .rows import fact_rows


def _periods(text: str) -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", "period", region="运城市", year=2023)


def test_listed_years_each_take_a_figure() -> None:
    text = "2021年、2022年和2023年,全县粮食产量分别为10.1万吨、10.5万吨和11.2万吨。"
    assert _periods(text) == [
        ("10.1万吨", "粮食产量", "2021"),
        ("10.5万吨", "粮食产量", "2022"),
        ("11.2万吨", "粮食产量", "2023"),
    ]


def test_a_span_of_years_and_quarters_of_a_year() -> None:
    assert [
        p for _, _, p in _periods("2020-2022年,全县蔬菜产量分别为8.1万吨、8.4万吨和8.9万吨。")
    ] == [
        "2020",
        "2021",
        "2022",
    ]
    text = "2022年各季度及2023年一、二季度,全县工业用电量环比增速分别为1.4%、2.2%、2.0%、1.9%、1.5%和1.9%。"
    assert [(s, p) for _, s, p in _periods(text)] == [
        ("工业用电量", "2022-01/2022-03"),
        ("工业用电量", "2022-04/2022-06"),
        ("工业用电量", "2022-07/2022-09"),
        ("工业用电量", "2022-10/2022-12"),
        ("工业用电量", "2023-01/2023-03"),
        ("工业用电量", "2023-04/2023-06"),
    ]


def test_periods_and_regions_both_listed_are_left() -> None:
    text = "2022年和2023年,盐湖区、永济市地区生产总值分别增长5.1%和6.2%。"
    periods = [p for _, _, p in _periods(text)]
    assert len(periods) == 2 and periods[0] == periods[1]  # the regions take the list
