"""Stage 2: bytes → sheets of cell values. No Django.

Merged ranges are filled with their top-left value so a merged header or region cell
labels every column or row it spans. Formula cells without a cached value (files
written by scripts and never opened in Excel) are reported, never read as blank.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath

from citystat.importers.problems import Problem, RejectedError, column_letter, error

MAX_BYTES = 20 * 1024 * 1024
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
INSTRUCTION_SHEETS = {"填报说明", "说明", "instructions"}


@dataclass
class Sheet:
    name: str
    rows: list[list[object]]
    # (row, col), 0-based: formula cells that carry no cached value
    formulas_without_value: set[tuple[int, int]] = field(default_factory=set)


@dataclass
class Workbook:
    filename: str
    sheets: list[Sheet]


def size_problem(size: int, *, limit: int = MAX_BYTES) -> Problem | None:
    """Checked before anything is read, so a huge upload costs nothing."""
    if size > limit:
        return error(
            f"文件大小为 {size / 1024 / 1024:.1f} MB,超过上限 {limit // 1024 // 1024} MB。"
            "请删除无关工作表、图片后再上传,或按月份拆分文件。",
            code="size",
        )
    return None


def parse_bytes(data: bytes, filename: str) -> Workbook:
    """Parse an .xlsx or .csv file; raises RejectedError with the reasons."""
    too_big = size_problem(len(data))
    if too_big:
        raise RejectedError([too_big])
    suffix = PurePath(filename).suffix.lower()
    if not data:
        raise RejectedError([error("文件是空的(0 字节),请重新导出后上传。", code="empty")])
    if data.startswith(OLE2_MAGIC):
        if suffix == ".xls":
            raise RejectedError(
                [
                    error(
                        "暂不支持旧版 .xls 文件,请在 Excel 中“另存为”.xlsx 后上传。",
                        code="xls",
                    )
                ]
            )
        raise RejectedError(
            [
                error(
                    "文件已加密或已损坏,无法读取。请取消密码保护(文件→信息→保护工作簿)"
                    "并另存为 .xlsx 后重新上传。",
                    code="encrypted",
                )
            ]
        )
    if data.startswith(ZIP_MAGIC):
        return _parse_xlsx(data, filename)
    if suffix in {".csv", ".txt"}:
        return _parse_csv(data, filename)
    raise RejectedError(
        [
            error(
                "不是 Excel 文件(仅支持 .xlsx 和 .csv)。请使用“下载模板”得到的表格填报。",
                code="not_excel",
            )
        ]
    )


def _parse_csv(data: bytes, filename: str) -> Workbook:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise RejectedError([error("CSV 文件编码无法识别,请保存为 UTF-8 编码。", code="encoding")])
    if "\x00" in text:
        raise RejectedError([error("不是 Excel 或 CSV 文件(含二进制内容)。", code="not_excel")])
    rows: list[list[object]] = [list(r) for r in csv.reader(io.StringIO(text))]
    return Workbook(filename, [Sheet(PurePath(filename).stem, rows)])


def _parse_xlsx(data: bytes, filename: str) -> Workbook:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise RejectedError(
            [
                error(
                    f"文件已损坏,无法作为 .xlsx 读取({type(exc).__name__})。"
                    "请在 Excel 中打开后另存为 .xlsx 再上传。",
                    code="corrupt",
                )
            ]
        ) from exc
    cached = None
    sheets: list[Sheet] = []
    for ws in book.worksheets:
        rows: list[list[object]] = [list(r) for r in ws.iter_rows(values_only=True)]
        missing: set[tuple[int, int]] = set()
        formula_cells = [
            (i, j)
            for i, row in enumerate(rows)
            for j, v in enumerate(row)
            if isinstance(v, str) and v.startswith("=")
        ]
        if formula_cells:
            if cached is None:
                cached = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
            values = [list(r) for r in cached[ws.title].iter_rows(values_only=True)]
            for i, j in formula_cells:
                rows[i][j] = values[i][j]
                if values[i][j] is None:
                    missing.add((i, j))
        for merged in ws.merged_cells.ranges:
            top = rows[merged.min_row - 1][merged.min_col - 1]
            for r in range(merged.min_row - 1, merged.max_row):
                for c in range(merged.min_col - 1, merged.max_col):
                    if r < len(rows) and c < len(rows[r]):
                        rows[r][c] = top
        sheets.append(Sheet(ws.title, rows, missing))
    return Workbook(filename, sheets)


def data_sheets(book: Workbook) -> list[Sheet]:
    """Sheets holding figures: not the instructions, not empty."""
    return [
        s
        for s in book.sheets
        if s.name.strip().lower() not in INSTRUCTION_SHEETS
        and any(v not in (None, "") for row in s.rows for v in row)
    ]


def cell_name(row: int, col: int) -> str:
    return f"{column_letter(col)}{row + 1}"
