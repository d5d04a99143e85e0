"""Every Excel/CSV the platform writes keeps text as text: a cell beginning with =, +, -, @,
a tab or a CR is prefixed with an apostrophe (citystat.cells); plain numbers stay numbers."""

from __future__ import annotations

import csv
import doctest
import io
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from django.test import Client
from openpyxl import load_workbook

from citystat import cells
from citystat.accounts.models import User
from citystat.commands.compute import _write
from citystat.commands.extract import extract_command
from citystat.importers.template import TemplateLine, build_template
from citystat.indicators.models import Indicator
from citystat.projects.models import Project


def test_the_rule_and_its_examples() -> None:
    assert doctest.testmod(cells).failed == 0
    for text in ("=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "-", "+"):
        assert cells.safe_cell(text) == "'" + text
    for text in ("1.5", "-1.5", "+2", "-5%", "1e3", "-.5", "定襄县", "", "a=1"):
        assert cells.safe_cell(text) == text


@pytest.mark.django_db
def test_a_project_named_as_a_formula_exports_as_text() -> None:
    project = Project.objects.filter(region__code="140981").order_by("code").first()
    assert project is not None
    project.name = '=HYPERLINK("http://x.example/","点击")'
    project.save(update_fields=["name"])
    client = Client()
    client.force_login(User.objects.get(username="leader"))
    r = client.get("/export/projects.xlsx?period=2023-11&region=140981")
    assert r.status_code == 200
    ws = load_workbook(io.BytesIO(r.content)).active
    assert ws is not None
    cell = next(c for row in ws.iter_rows() for c in row if "HYPERLINK" in str(c.value))
    assert (cell.value, cell.data_type) == ('\'=HYPERLINK("http://x.example/","点击")', "s")


@pytest.mark.django_db
def test_the_sdmx_csv_escapes_text_but_keeps_negative_numbers() -> None:
    Indicator.objects.filter(code="fai").update(unit="=1+1")
    client = Client()
    client.force_login(User.objects.get(username="leader"))
    r = client.get("/api/data/fai.csv?region=140921&start=2023-02&end=2023-02&bom=0")
    assert r.status_code == 200
    (row,) = list(csv.DictReader(io.StringIO(r.content.decode())))
    assert (row["UNIT_MEASURE"], row["OBS_VALUE"], row["GROWTH_YOY"]) == (
        "'=1+1",
        "3.08",
        "-1.3",
    )


def test_extract_csv_escapes_a_region_beginning_with_at(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("全县小学36所。", encoding="utf-8")
    out = tmp_path / "facts.csv"
    result = CliRunner().invoke(
        extract_command,
        [str(path), "--format", "csv", "--output", str(out), "--region", "@SUM(1+1)*cmd"],
    )
    assert result.exit_code == 0, result.output
    (row,) = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert row["region"] == "'@SUM(1+1)*cmd"
    assert row["value_base"] == "36.0"


def test_compute_output_and_the_input_template_keep_codes_as_text(tmp_path: Path) -> None:
    frame = pd.DataFrame({"indicator": ["=cmd|' /C calc'!A0", "gdp"], "growth": [-1.5, 2.0]})
    _write(frame, tmp_path / "out.xlsx")
    _write(frame, tmp_path / "out.csv")
    ws = load_workbook(tmp_path / "out.xlsx").active
    assert ws is not None
    assert [c.value for c in ws["A"]] == ["indicator", "'=cmd|' /C calc'!A0", "gdp"]
    assert [c.value for c in ws["B"]][1:] == [-1.5, 2.0]
    written = pd.read_csv(tmp_path / "out.csv", dtype=str)
    assert list(written["indicator"]) == ["'=cmd|' /C calc'!A0", "gdp"]
    data = build_template(
        region_name="定襄县",
        region_code="140921",
        year=2024,
        month=3,
        lines=[TemplateLine("x", "+名称", "@单位", Decimal("1"), True)],
    )
    ws = load_workbook(io.BytesIO(data)).active
    assert ws is not None
    row = next(r for r in ws.iter_rows(values_only=True) if r[0] == "x")
    assert row[1:3] == ("'+名称", "'@单位")
