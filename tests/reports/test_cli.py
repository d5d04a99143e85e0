"""`citystat report` writes the requested document and explains bad arguments in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from citystat.commands.report import report

pytestmark = pytest.mark.django_db


def test_report_command_writes_a_checked_docx(tmp_path: Path) -> None:
    out = tmp_path / "review.docx"
    result = CliRunner().invoke(
        report,
        [
            "review",
            "--region",
            "140900",
            "--period",
            "2023",
            "--format",
            "docx",
            "--output",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 10_000
    assert "个数字已核对" in result.output


def test_report_command_rejects_a_wrong_period_format(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        report, ["quarterly", "--period", "2023-11", "--output", str(tmp_path / "x.docx")]
    )
    assert result.exit_code != 0
    assert "季度报告的期别应写作 2023-Q3" in result.output
