"""Numerals and units: Chinese and Arabic numbers, magnitudes, base units."""

from __future__ import annotations

import pytest

from citystat.textfacts import extract
from citystat.textfacts.numbers import parse_arabic, parse_chinese, parse_number, to_half_width
from citystat.textfacts.units import split_unit, to_base, unit_info


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("三十六", 36),
        ("一万二千", 12_000),
        ("两", 2),
        ("十", 10),
        ("十二", 12),
        ("二十三", 23),
        ("一百零五", 105),
        ("三千六百", 3_600),
        ("两万", 20_000),
        ("一亿二千万", 120_000_000),
        ("二〇二三", 2_023),
    ],
)
def test_chinese_numerals_read_as_their_value(numeral: str, value: int) -> None:
    assert parse_chinese(numeral) == value


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("12.5", 12.5), ("１２.５", 12.5), ("1,234.5", 1234.5), ("12 345", 12345), ("-2.75", -2.75)],
)
def test_arabic_numerals_allow_full_width_digits_separators_and_spaces(
    numeral: str, value: float
) -> None:
    assert parse_arabic(numeral) == value


def test_parse_number_rejects_words() -> None:
    with pytest.raises(ValueError, match="not a number"):
        parse_number("增长")


def test_half_width_keeps_length() -> None:
    text = "８１５．４亿元，增长４.８％"
    assert len(to_half_width(text)) == len(text)
    assert to_half_width(text) == "815.4亿元，增长4.8%"


@pytest.mark.parametrize(
    ("value", "unit", "base", "base_unit"),
    [
        (0.96, "万个", 9_600, "count"),
        (0.52, "万人次", 5_200, "person-time"),
        (16.7, "亿元", 1_670_000_000, "yuan"),
        (46.55, "万亩", 465_500, "mu"),
        (2, "公顷", 30, "mu"),
        (0.42, "千公顷", 6_300, "mu"),
        (3.7, "万吨", 37_000, "ton"),
        (1, "千万千瓦", 10_000_000, "kW"),
        (14, "GW", 14_000_000, "kW"),
        (86.5, "万千瓦", 865_000, "kW"),
        (78.9, "亿千瓦时", 7_890_000_000, "kWh"),
        (7498, "名", 7_498, "person"),
        (5.31, "‰", 0.531, "percent"),
        (2.3, "倍", 230, "percent"),
        (1.6, "个百分点", 1.6, "pp"),
    ],
)
def test_units_convert_to_the_guideline_base_units(
    value: float, unit: str, base: float, base_unit: str
) -> None:
    assert to_base(value, unit) == (pytest.approx(base), base_unit)


def test_unknown_unit_has_no_base() -> None:
    assert to_base(3, "光年") == (None, None)
    assert split_unit("百分点") == (1, "百分点")
    assert unit_info("家") is not None and unit_info("家").kind == "count"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("5484", 5484.0), ("12.5", 12.5), ("0012", 12.0), (" 12 ", 12.0), ("１２", 12.0)],
)
def test_parse_number_reads_plain_decimals_with_or_without_the_fast_path(
    numeral: str, value: float
) -> None:
    assert parse_number(numeral) == value


@pytest.mark.parametrize("numeral", ["5.", ".5", "12.5.3", "12e3", ""])
def test_parse_number_rejects_what_is_no_plain_decimal(numeral: str) -> None:
    with pytest.raises(ValueError, match="not a number"):
        parse_number(numeral)


def test_the_one_character_squared_and_cubed_symbols_are_units() -> None:
    # CJK fonts' ㎡ ㎢ ㎥ ㎏ (U+33A1 …): a housing report wrote every area with ㎡, and
    # none of its areas was read.
    text = (
        "某市本周新房住宅成交面积53555.03㎡,成交均价5.5万元/㎡;建成区面积3.2㎢,库容12㎥,人均0.8㎏。"
    )
    got = [(f.text_span, f.unit, f.value_base, f.base_unit) for f in extract(text)]
    assert got == [
        ("53555.03㎡", "㎡", 53555.03, "m2"),
        ("5.5万元/㎡", "万元/㎡", 55000.0, "yuan/m2"),
        ("3.2㎢", "㎢", 4800.0, "mu"),
        ("12㎥", "㎥", 12.0, "m3"),
        ("0.8㎏", "㎏", 0.0008, "ton"),
    ]
