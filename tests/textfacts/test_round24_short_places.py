"""Round 24 (session 14): places of a list written short, and how many they are.

A city's analysis lists its counties and districts short (``甲、乙、丙``, the way its own
readers say them), with how many they are after the last (``三县``, ``两地``, ``3个区``), and
the indicator after that. Each figure after ``分别`` is its place's, of that indicator.
Sentences are our own (real places, other numbers).
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, region: str) -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", "region", region=region, year=2023)


def test_short_county_names_and_how_many_they_are_before_the_indicator() -> None:
    text = "忻府、原平、定襄三县规上工业增加值增速高于全市平均水平,分别为8.2%、7.5%、7.1%。"
    assert _rows(text, "忻州市") == [
        ("8.2%", "规上工业增加值", "忻府区"),
        ("7.5%", "规上工业增加值", "原平市"),
        ("7.1%", "规上工业增加值", "定襄县"),
    ]


def test_the_last_short_name_carries_the_indicator() -> None:
    text = "忻府、原平两地规上工业增加值分别增长8.2%和7.5%。"
    assert _rows(text, "忻州市") == [
        ("8.2%", "规上工业增加值", "忻府区"),
        ("7.5%", "规上工业增加值", "原平市"),
    ]


def test_a_citys_districts_written_short() -> None:
    text = "小店、迎泽、杏花岭三区社会消费品零售总额分别增长6.1%、5.2%和4.8%。"
    assert _rows(text, "太原市") == [
        ("6.1%", "社会消费品零售总额", "小店区"),
        ("5.2%", "社会消费品零售总额", "迎泽区"),
        ("4.8%", "社会消费品零售总额", "杏花岭区"),
    ]


def test_names_written_in_full_are_read_as_before() -> None:
    text = "忻府区、原平市、定襄县规上工业增加值增速高于全市平均水平,分别为8.2%、7.5%、7.1%。"
    assert [row[2] for row in _rows(text, "忻州市")] == ["忻府区", "原平市", "定襄县"]


def test_a_list_of_kinds_keeps_its_last_item() -> None:
    text = "煤炭、电力、化工行业增加值分别增长8.2%、7.5%、7.1%。"
    assert _rows(text, "忻州市") == [
        ("8.2%", "煤炭行业增加值", "忻州市"),
        ("7.5%", "电力行业增加值", "忻州市"),
        ("7.1%", "化工行业增加值", "忻州市"),
    ]


def test_a_short_district_name_of_another_city_is_no_place() -> None:
    text = "小店、迎泽两区社会消费品零售总额分别增长6.1%和5.2%。"
    assert [row[2] for row in _rows(text, "忻州市")] == ["忻州市", "忻州市"]
