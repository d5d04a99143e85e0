"""Invariants on any input: no crash, spans are the text at their offsets, values are numbers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citystat.textfacts import extract
from citystat.textfacts.normalise import reading_copy

PIECES = st.sampled_from(
    [
        "全县",
        "地区生产总值",
        "增长",
        "下降",
        "分别",
        "为",
        "、",
        "和",
        ",",
        "。",
        "\n",
        "比上年",
        "12.5",
        "0.96",
        "-3",
        "１２",
        "三十六",
        "两",
        "万",
        "亿",
        "千万",
        "%",
        "‰",
        "个百分点",
        "倍",
        "亿元",
        "万吨",
        "个",
        "人",
        "所",
        "户",
        "第",
        "二",
        "位",
        "居全市",
        "2023年",
        "1-11月",
        "上半年",
        "截至",
        "11月",
        ":",
        "9.8",
        "41.2",
        "49.0",
        "突破",
        "约",
        "以上",
        "左右",
        "(",
        ")",
        "萬畝",
        "臺",
        "其中",
        "占",
        "比重",
        "定襄县",
        "原平市",
        "拉动",
        " ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_any_text_of_statistical_words_extracts_consistently(text: str) -> None:
    facts = extract(text, region="忻州市", year=2023)
    for fact in facts:
        assert text[fact.char_start : fact.char_end] == fact.text_span
        assert fact.measure in {
            "level",
            "count",
            "growth_yoy",
            "share",
            "pp_change",
            "ratio",
            "rank",
            "target",
            "abs_change",
        }
    assert [f.char_start for f in facts] == sorted(f.char_start for f in facts)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    assert len(reading_copy(text)) == len(text)
    for fact in extract(text):
        assert text[fact.char_start : fact.char_end] == fact.text_span


def test_an_ordinal_of_mixed_numerals_reads_its_first_kind_only() -> None:
    # 第二22位 (a garbled repost): the ordinal's Chinese numerals were once taken together
    # with the Arabic digits after them, and parsing 二22 raised.
    facts = extract("增速居全省第二22位,排名第一2位。")
    assert [(f.text_span, f.value) for f in facts] == [
        ("第二", 2.0),
        ("22位", 22.0),
        ("第一", 1.0),
        ("2位", 2.0),
    ]


def test_a_stacked_table_row_named_only_by_its_unit_is_no_crash() -> None:
    # A row whose label is only a unit in brackets leaves no name for the parts under it;
    # looking for the parts' short form then indexed an empty name.
    text = (
        "指标\n绝对量\n增长(%)\n开发投资(亿元)\n120\n5.1\n(万平方米)\n800\n2.0\n其中:住宅\n500\n1.5"
    )
    assert [(f.text_span, f.subject, f.unit) for f in extract(text)] == [
        ("120", "开发投资", "亿元"),
        ("5.1", "开发投资", "%"),
        ("800", "", "万平方米"),
        ("2.0", "", "%"),
        ("500", "住宅", "万平方米"),
        ("1.5", "住宅", "%"),
    ]
