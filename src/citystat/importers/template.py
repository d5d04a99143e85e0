"""The monthly reporting template (.xlsx) for one unit and month."""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal

VALUE_COL, GROWTH_COL, NOTE_COL = "E", "F", "G"
HEADER_ROW = 3


@dataclass(frozen=True)
class TemplateLine:
    code: str
    name: str
    unit: str
    prior: Decimal | None  # last year's same-period value
    cumulative: bool
    value: Decimal | None = None
    growth: Decimal | None = None


def period_words(year: int, month: int) -> str:
    return f"{year}年1月" if month == 1 else f"{year}年1-{month}月"


def title(region_name: str, year: int, month: int) -> str:
    return f"{region_name}主要经济指标完成情况({period_words(year, month)})"


def build_template(
    *, region_name: str, region_code: str, year: int, month: int, lines: list[TemplateLine]
) -> bytes:
    """An .xlsx: title naming unit and period, locked header, number validation, instructions."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    from citystat.cells import safe_cell

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "数据"
    ws["A1"] = safe_cell(title(region_name, year, month))
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = f"区划代码:{region_code}    期别:{year}-{month:02d}    单位:按各行“计量单位”填报"
    headers = [
        "指标代码",
        "指标名称",
        "计量单位",
        f"上年同期({period_words(year - 1, month)})",
        f"本期值({period_words(year, month)})",
        "同比增长(%)",
        "说明",
    ]
    fill = PatternFill("solid", fgColor="EEF2F7")
    for j, text in enumerate(headers, start=1):
        c = ws.cell(row=HEADER_ROW, column=j, value=text)
        c.font = Font(bold=True)
        c.fill = fill
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    first = HEADER_ROW + 1
    for i, line in enumerate(lines):
        r = first + i
        ws.cell(row=r, column=1, value=line.code)
        ws.cell(row=r, column=2, value=safe_cell(line.name))
        ws.cell(row=r, column=3, value=safe_cell(line.unit))
        ws.cell(row=r, column=4, value=float(line.prior) if line.prior is not None else None)
        for col, v in ((5, line.value), (6, line.growth)):
            cell = ws.cell(row=r, column=col, value=float(v) if v is not None else None)
            cell.protection = Protection(locked=False)
        ws.cell(row=r, column=7).protection = Protection(locked=False)
    last = first + max(len(lines), 1) - 1
    dv = DataValidation(
        type="decimal",
        operator="between",
        formula1="-1000000000000",
        formula2="1000000000000",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="请填写数字",
        error="本列只能填写数字;无数据请留空。",
    )
    dv.add(f"{VALUE_COL}{first}:{GROWTH_COL}{last}")
    ws.add_data_validation(dv)
    ws.freeze_panes = f"A{first}"
    for letter, width in zip("ABCDEFG", (18, 34, 12, 18, 18, 14, 30), strict=True):
        ws.column_dimensions[letter].width = width
    # Protection keeps codes, names and the header fixed; value cells stay editable.
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False

    notes = wb.create_sheet("填报说明")
    for i, text in enumerate(
        (
            "填报说明",
            "1. 只在“本期值”“同比增长(%)”“说明”三列填写;指标代码、名称、单位不要修改。",
            "2. 本期值为本年累计数(如1-2月);时点指标填期末数。按“计量单位”列的单位填报,万元与亿元不要混用。",
            "3. 无数据的指标请留空或填“—”,不要填0。",
            "4. 同比增长按百分数填写,如增长5.2%填 5.2,下降3%填 -3。",
            "5. 填好后在平台“数据报送”页面上传;系统会一次列出所有问题及其所在行列。",
            "6. 存在警告(如增速异常)时,须在“说明”列或上传页面写明原因后才能报送。",
        ),
        start=1,
    ):
        notes.cell(row=i, column=1, value=text)
    notes.column_dimensions["A"].width = 100
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
