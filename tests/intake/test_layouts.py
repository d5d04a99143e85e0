"""Layouts bureaus really send: merged headers, county × indicator tables, notes and totals rows."""

from __future__ import annotations

from decimal import Decimal

import pytest

from citystat.importers import parse
from citystat.importers.harmonise import harmonise
from citystat.intake import context
from tests.intake.helpers import xlsx

pytestmark = pytest.mark.django_db


def rows_of(data: bytes, name: str = "f.xlsx", **hints):  # type: ignore[no-untyped-def]
    h = harmonise(parse.parse_bytes(data, name), context.vocabulary(), **hints)
    return h


def test_county_table_with_merged_indicator_headers_fullwidth_digits_and_notes():
    rows = [
        ["县(市、区)", "固定资产投资", None, "社会消费品零售总额", None],
        [None, "1—11月", "±%", "本月止累计", "增幅"],
        ["忻府区", "１２３.４", "5.1", "1,234.5", 6.0],
        ["定襄县", 30.2, "-3.2", "45.6", "—"],
        ["合计", 153.6, None, 1280.1, None],
        [],
        ["注:本表数据为快报数。"],
    ]
    data = xlsx(
        rows,
        title="各县(市、区)主要指标完成情况(2023年1-11月)",
        merges=["B2:C2", "D2:E2", "A2:A3"],
    )
    h = rows_of(data)
    assert not h.problems, h.problems
    assert (h.year, h.month) == (2023, 11)
    got = {(r.region, r.indicator): (r.value, r.growth, r.row) for r in h.rows}
    assert got == {
        ("140902", "fai"): (Decimal("123.4"), Decimal("5.1"), 4),
        ("140902", "retail"): (Decimal("1234.5"), Decimal("6.0"), 4),
        ("140921", "fai"): (Decimal("30.2"), Decimal("-3.2"), 5),
        ("140921", "retail"): (Decimal("45.6"), None, 5),
    }


def test_long_layout_with_unit_column_converts_wan_yuan_and_skips_notes():
    rows = [
        ["序号", "指标名称", "计量单位", "1-2月", "同比增长(%)", "备注"],
        [1, "固定资产投资(不含农户)", "万元", "32,000", 3.9, ""],
        [2, "社零", "亿元", 3.8, 5.0, "含网络零售"],
        [None, None, None, None, None, None],
        ["填表人:张三", None, None, None, None, None],
    ]
    h = rows_of(xlsx(rows, title="定襄县主要经济指标完成情况(2024年1-2月)"))
    assert not h.problems
    assert h.region == "140921"
    assert [(r.indicator, r.value, r.declared_unit, r.note) for r in h.rows] == [
        ("fai", Decimal("3.2000"), "万元", ""),
        ("retail", Decimal("3.8"), "亿元", "含网络零售"),
    ]


def test_unit_declared_in_the_header_and_period_from_the_sheet_name():
    rows = [["指标", "本期值(万元)", "增速"], ["一般公共预算收入", 17000, 3.0]]
    h = rows_of(xlsx(rows, title=None, sheet="定襄县2024-02"))
    assert not h.problems
    assert (h.region, h.year, h.month) == ("140921", 2024, 2)
    assert h.rows[0].value == Decimal("1.7000")


def test_csv_in_gbk_with_hints_for_unit_and_period():
    text = "指标代码,本期值,同比增长(%)\nfai,3.2,3.9\n"
    h = rows_of(text.encode("gb18030"), "fai.csv", region_hint="140921", period_hint=(2024, 2))
    assert not h.problems
    assert [(r.region, r.indicator, r.value) for r in h.rows] == [("140921", "fai", Decimal("3.2"))]


def test_without_unit_or_period_the_file_is_refused_with_how_to_fix():
    h = rows_of(xlsx([["指标代码", "本期值"], ["fai", 3.2]], title="主要指标"))
    codes = {p.code for p in h.problems}
    assert codes == {"no_period", "no_unit"}
    assert any("--period YYYY-MM" in p.message for p in h.problems)


def test_hint_that_contradicts_the_title_is_an_error():
    data = xlsx([["指标代码", "本期值"], ["fai", 3.2]])
    h = rows_of(data, period_hint=(2024, 3))
    (p,) = h.problems
    assert p.code == "period_conflict"
    assert "2024年2月" in p.message and "2024年3月" in p.message


def test_period_and_unit_read_from_columns():
    rows = [
        ["期别", "地区", "指标名称", "本期值", "增速"],
        ["2024年1-2月", "定襄县", "固定资产投资", 3.2, 3.9],
        ["2024-02", "忻府", "固定资产投资", 12.0, 4.0],
    ]
    h = rows_of(xlsx(rows, title=None, sheet="Sheet1"))
    assert not h.problems
    assert (h.year, h.month) == (2024, 2)
    assert [(r.region, r.indicator) for r in h.rows] == [("140921", "fai"), ("140902", "fai")]


def test_a_period_column_with_two_months_is_refused():
    rows = [
        ["期别", "地区", "指标名称", "本期值"],
        ["2024-02", "定襄县", "固定资产投资", 3.2],
        ["2024-03", "定襄县", "社零", 5.0],
    ]
    h = rows_of(xlsx(rows, title=None, sheet="Sheet1"))
    assert [p.code for p in h.problems] == ["many_periods", "no_period"]
    assert "2024年2月、2024年3月" in h.problems[0].message


def test_one_sheet_per_county_with_a_unit_line_and_an_instructions_sheet():
    import io

    import openpyxl

    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "填报说明"
    first.append(["请按万元填报"])
    for name, value in (("定襄县", 32000), ("五台县", 21000)):
        ws = wb.create_sheet(name)
        ws.append(["主要指标完成情况(2024年1-2月)"])
        ws.append(["单位:万元"])
        ws.append(["指标名称", "本期值", "同比增长(%)"])
        ws.append(["固定资产投资", value, 3.9])
    out = io.BytesIO()
    wb.save(out)
    h = rows_of(out.getvalue())
    assert not h.problems
    assert [(r.sheet, r.region, r.value) for r in h.rows] == [
        ("定襄县", "140921", Decimal("3.2000")),
        ("五台县", "140922", Decimal("2.1000")),
    ]
