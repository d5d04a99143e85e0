"""Every bad-input case from the issue, with a real file; nothing stored changes."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from citystat.cli import cli
from citystat.intake import pipeline
from citystat.intake.models import ImportBatch
from tests.intake.helpers import HEADER, fingerprint, write, xlsx

GOOD = [
    HEADER,
    ["fai", "固定资产投资", "亿元", 3.20, 3.9],
    ["retail", "社会消费品零售总额", "亿元", 3.80, 5.0],
]


def run(data: bytes, name: str = "f.xlsx", user=None, **kw):  # type: ignore[no-untyped-def]
    return pipeline.run(data, filename=name, user=user, channel="web", **kw)


def only_error(outcome):  # type: ignore[no-untyped-def]
    assert not outcome.accepted
    assert outcome.errors, outcome.problems
    return outcome.errors


@pytest.fixture
def unchanged(db):  # type: ignore[no-untyped-def]
    before = fingerprint()
    yield
    assert fingerprint() == before


pytestmark = pytest.mark.usefixtures("unchanged")


def test_a_file_that_is_not_excel(reporter):
    out = run(b"%PDF-1.4 this is a pdf\x00\x01", "report.pdf", reporter)
    (e,) = only_error(out)
    assert e.code == "not_excel"
    assert "不是 Excel 文件" in e.message
    assert e.location == "文件"
    assert out.batch.status == ImportBatch.Status.REJECTED
    assert out.batch.sha256 and out.batch.file.read().startswith(b"%PDF")


def test_random_bytes_named_xlsx_are_refused_as_not_excel_or_corrupt(reporter):
    data = os.urandom(4096)
    out = run(data, "月报.xlsx", reporter)
    (e,) = only_error(out)
    assert e.code == "not_excel"
    # An OLE2 header over garbage: not a readable compound file (a real password-protected
    # file is: see test_xls.py), so it is called damaged, not encrypted.
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4000)
    (e,) = only_error(run(ole, "加密.xlsx", reporter))
    assert e.code == "corrupt"
    assert "无法作为 .xls(Excel 97-2003 工作簿)读取" in e.message
    broken = xlsx(GOOD)[:3000]
    (e,) = only_error(run(broken, "截断.xlsx", reporter))
    assert e.code == "corrupt"
    assert "已损坏" in e.message


def test_an_empty_sheet(reporter):
    (e,) = only_error(run(xlsx([], title=None), "empty.xlsx", reporter))
    assert e.code == "empty_sheet"
    assert "工作表为空" in e.message


def test_a_header_the_harmoniser_cannot_map(reporter):
    rows = [[*HEADER, "第四季度预计"], ["fai", "固定资产投资", "亿元", 3.2, 3.9, 4.1]]
    errors = only_error(run(xlsx(rows), user=reporter))
    (e,) = [e for e in errors if e.code == "unknown_header"]
    assert (e.sheet, e.row, e.column) == ("数据", 2, "F")
    assert "第四季度预计" in e.message
    assert "表头别名" in e.message


def test_a_header_alias_added_by_an_administrator_is_then_understood(reporter):
    from citystat.intake.models import HeaderAlias

    rows = [[*HEADER[:4], "较上年同期±"], ["fai", "固定资产投资", "亿元", 3.2, 3.9]]
    HeaderAlias.objects.create(text="较上年同期±", role="growth")
    out = run(xlsx(rows), user=reporter, dry_run=True)
    assert not out.errors
    (c,) = out.changes
    assert str(c.new_growth) == "3.900000"


def test_a_county_that_does_not_exist(reporter):
    rows = [
        ["地区", "指标名称", "1-2月", "增幅"],
        ["定襄县", "固定资产投资", 3.2, 3.9],
        ["东湖县", "固定资产投资", 1.1, 2.0],
    ]
    errors = only_error(run(xlsx(rows, title="各县主要指标(2024年1-2月)"), user=reporter))
    (e,) = errors
    assert (e.code, e.row, e.column) == ("unknown_region", 4, "A")
    assert "“东湖县”不存在" in e.message


def test_a_period_in_the_future(reporter):
    rows = [HEADER, ["fai", "固定资产投资", "亿元", 3.2, 3.9]]
    errors = only_error(
        run(xlsx(rows, title="定襄县主要经济指标完成情况(2099年1-2月)"), user=reporter)
    )
    assert [e.code for e in errors] == ["future_period"]
    assert "2099年2月 尚未到来" in errors[0].message


def test_text_in_a_number_cell(reporter):
    rows = [*GOOD, ["fiscal_revenue", "一般公共预算收入", "亿元", "约1.7亿", 3.0]]
    errors = only_error(run(xlsx(rows), user=reporter))
    (e,) = errors
    assert (e.code, e.sheet, e.row, e.column) == ("not_a_number", "数据", 5, "D")
    assert "“约1.7亿”不是数字" in e.message


def test_dash_and_slash_are_missing_markers_not_zero(reporter):
    rows = [*GOOD, ["fiscal_revenue", "一般公共预算收入", "亿元", "—", "/"]]
    out = run(xlsx(rows), user=reporter)
    assert not out.errors
    (w,) = out.warnings
    assert (w.code, w.row, w.column) == ("missing", 5, "D")
    assert "按缺报处理" in w.message
    assert out.needs_explanation and not out.accepted
    assert {c.indicator.code for c in out.changes} == {"fai", "retail"}


def test_wan_yuan_figures_in_a_yi_yuan_column_are_caught_by_magnitude(reporter):
    rows = [HEADER, ["fai", "固定资产投资", "亿元", 32000, 3.9]]
    out = run(xlsx(rows), user=reporter)
    (w,) = [p for p in out.problems if p.code == "magnitude"]
    assert (w.severity, w.row, w.column) == ("warning", 3, "D")
    assert "可能把万元填成了亿元" in w.message
    assert not out.accepted and out.needs_explanation


def test_a_declared_wan_yuan_unit_is_converted_exactly(reporter):
    rows = [HEADER, ["fai", "固定资产投资", "万元", "32,000", 3.9]]
    out = run(xlsx(rows), user=reporter, dry_run=True)
    assert not out.problems
    (c,) = out.changes
    assert str(c.new_value) == "3.200000"


def test_duplicate_rows_for_the_same_indicator_and_unit(reporter):
    rows = [*GOOD, ["fai", "固定资产投资", "亿元", 3.3, 4.0]]
    (e,) = only_error(run(xlsx(rows), user=reporter))
    assert (e.code, e.row) == ("duplicate", 5)
    assert "已在第3行出现" in e.message


def test_a_formula_cell_without_a_cached_value(reporter):
    rows = [*GOOD, ["fiscal_revenue", "一般公共预算收入", "亿元", "=1.2+0.5", 3.0]]
    (e,) = only_error(run(xlsx(rows), user=reporter))
    assert (e.code, e.row, e.column) == ("formula_no_value", 5, "D")
    assert "公式但没有计算结果" in e.message


def test_a_100_mb_file_is_refused_by_size_before_reading(tmp_path, reporter):
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as f:
        f.truncate(100 * 1024 * 1024)
    result = CliRunner().invoke(cli, ["import", str(path), "--user", "reporter_140921"])
    assert result.exit_code == 1
    assert "文件大小为 100.0 MB,超过上限 20 MB" in result.output
    batch = ImportBatch.objects.latest("pk")
    assert (batch.size, batch.sha256, batch.file.name) == (100 * 1024 * 1024, "", "")


def test_a_file_for_a_unit_the_user_may_not_write(reporter):
    rows = [HEADER, ["fai", "固定资产投资", "亿元", 3.2, 3.9]]
    data = xlsx(rows, title="五台县主要经济指标完成情况(2024年1-2月)")
    (e,) = only_error(run(data, user=reporter))
    assert e.code == "forbidden"
    assert "您无权填报五台县的数据(第3行)" in e.message


def test_the_cli_prints_each_problem_with_its_location_and_exits_nonzero(tmp_path):
    rows = [
        *GOOD,
        ["fiscal_revenue", "一般公共预算收入", "亿元", "abc", 3.0],
        ["no_such", "不存在的指标", "亿元", 1, 1],
    ]
    path = write(tmp_path, "bad.xlsx", xlsx(rows))
    result = CliRunner().invoke(cli, ["import", str(path), "--user", "reporter_140921"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert (
        "[错误] 工作表“数据” 第5行 D列:“abc”不是数字。请只填写数字(可带小数点),不填单位或文字;无数据请填“—”。"
        in lines
    )
    assert any(
        line.startswith("[错误] 工作表“数据” 第6行 B列:无法识别指标“不存在的指标”")
        for line in lines
    )
    assert "未导入:2 个错误" in lines[-1]
