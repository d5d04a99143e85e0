"""`citystat template` and `citystat import` from the command line."""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from citystat.cli import cli
from citystat.observations.models import Observation
from tests.intake.helpers import HEADER, fingerprint, write, xlsx

pytestmark = pytest.mark.django_db


def test_template_command_writes_the_unit_month_workbook(tmp_path):
    out = tmp_path / "t.xlsx"
    result = CliRunner().invoke(
        cli, ["template", "--unit", "140921", "--period", "2024-03", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(out)["数据"]
    assert ws["A1"].value == "定襄县主要经济指标完成情况(2024年1-3月)"
    codes = [r[0] for r in ws.iter_rows(min_row=4, values_only=True)]
    assert "gdp" in codes  # March closes a quarter
    assert len(codes) == 52  # 58 less the 6 annual indicators


def test_template_command_refuses_bad_input(tmp_path):
    result = CliRunner().invoke(cli, ["template", "--unit", "999999", "--period", "2024-03"])
    assert result.exit_code == 1 and "区划代码“999999”不存在" in result.output
    result = CliRunner().invoke(cli, ["template", "--unit", "140921", "--period", "2024-13"])
    assert result.exit_code == 1 and "期别“2024-13”不存在,月份应为 01–12。" in result.output


def test_dry_run_prints_old_and_new_and_writes_nothing(tmp_path):
    path = write(tmp_path, "f.xlsx", xlsx([HEADER, ["fai", "固定资产投资", "亿元", 3.2, 3.9]]))
    before = fingerprint()
    result = CliRunner().invoke(
        cli, ["import", str(path), "--dry-run", "--user", "reporter_140921"]
    )
    assert result.exit_code == 0, result.output
    assert "新增 140921 定襄县 fai 固定资产投资: — → 3.2  增速 — → 3.9" in result.output
    assert "预检通过(未写入)" in result.output
    assert fingerprint() == before


def test_import_accepted_exits_zero_and_hints_are_used_when_the_file_is_silent(tmp_path):
    path = write(tmp_path, "f.csv", "指标代码,本期值,同比增长(%)\nfai,3.2,3.9\n".encode())
    result = CliRunner().invoke(
        cli,
        [
            "import",
            str(path),
            "--user",
            "reporter_140921",
            "--unit",
            "140921",
            "--period",
            "2024-02",
            "--submit",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "已导入:期别 2024-02,写入 1 个数据" in result.output
    o = Observation.objects.get(indicator__code="fai", region__code="140921", year=2024, month=2)
    assert o.status == "submitted"


def test_warnings_without_explanation_exit_nonzero(tmp_path):
    rows = [HEADER, ["fiscal_revenue", "一般公共预算收入", "亿元", 1.7, 250.0]]
    path = write(tmp_path, "f.xlsx", xlsx(rows))
    result = CliRunner().invoke(cli, ["import", str(path), "--user", "reporter_140921"])
    assert result.exit_code == 1
    assert "--explain" in result.output
    result = CliRunner().invoke(
        cli, ["import", str(path), "--user", "reporter_140921", "--explain", "土地出让收入入库"]
    )
    assert result.exit_code == 0, result.output
