"""Stage 2: bytes → sheets of cell values. No Django.

The content decides the reader, never the file name: an OLE2 compound file is an old
Excel 97-2003 workbook (.xls, read with xlrd), a zip is an .xlsx (openpyxl), and text is
read as CSV only when it is named .csv/.txt. Both Excel readers produce the same
``Sheet`` (rows of ``None``/``str``/``int``/``float``/``bool``/``datetime`` values), so
every later stage is shared. Merged ranges are filled with their top-left value so a
merged header or region cell labels every column or row it spans. Formula cells without
a cached value (.xlsx files written by scripts and never opened in Excel) are reported,
never read as blank; an .xls always stores a formula's last result.

A password-protected workbook, a damaged file, a web page or CSV text renamed to .xls,
and anything else are refused with a message saying what the file really is and how to
fix it.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import xlrd

from citystat.importers.problems import Problem, RejectedError, column_letter, error

MAX_BYTES = 20 * 1024 * 1024
# A sheet spanning more cells than this is refused before it is laid out in memory.
MAX_CELLS = 2_000_000
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# An .xlsx is a zip: what it may hold once unzipped, checked from the zip's directory and
# while streaming each part, before openpyxl builds anything (a 200 KB file can declare
# gigabytes; a comment can hold 100 MB of text).
MAX_INFLATED = 200 * 1024 * 1024  # the whole workbook unzipped
MAX_PART = 16 * 1024 * 1024  # any one part but a worksheet (shared strings, comments, styles …)
MAX_PARTS = 2000
WORKSHEET = re.compile(r"xl/worksheets/[^/]+\.xml", re.IGNORECASE)
# A cell element, with or without a namespace prefix: <c r="A1" …>, <x:c …> (counted with
# bytes.count, which keeps up with zlib; a rare overcount only refuses a little earlier).
CELL_TAGS = (b"<c ", b"<c>", b"<c/", b"<c\n", b"<c\t", b"<c\r", b":c ", b":c>", b":c/", b":c\n")
# No part of a workbook has a DTD: entity expansion ("billion laughs") and external
# entities need one. Searched as UTF-8 and as UTF-16 (both allowed for OOXML parts).
DTD_MARKS = tuple(
    mark.encode(encoding)
    for mark in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
# Names people give workbooks; text under these names gets a "really a web page/CSV" message.
EXCEL_SUFFIXES = {".xls", ".xlsx", ".xlsm", ".et", ".ett"}
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
    """Parse an .xlsx, .xls or .csv file; raises RejectedError with the reasons."""
    too_big = size_problem(len(data))
    if too_big:
        raise RejectedError([too_big])
    suffix = PurePath(filename).suffix.lower()
    if not data:
        raise RejectedError([error("文件是空的(0 字节),请重新导出后上传。", code="empty")])
    if data.startswith(OLE2_MAGIC):
        return _parse_ole2(data, filename)
    if data.startswith(ZIP_MAGIC):
        return _parse_xlsx(data, filename)
    if suffix in {".csv", ".txt"}:
        return _parse_csv(data, filename)
    if suffix in EXCEL_SUFFIXES:
        disguised = disguised_text(data, suffix)
        if disguised:
            raise RejectedError([disguised])
    raise RejectedError(
        [
            error(
                "不是 Excel 文件(仅支持 .xlsx、.xls 和 .csv)。请使用“下载模板”得到的表格填报。",
                code="not_excel",
            )
        ]
    )


def _encrypted() -> RejectedError:
    return RejectedError(
        [
            error(
                "文件设置了打开密码(已加密),无法读取。请在 Excel 或 WPS 中输入密码打开文件,"
                "取消密码保护(Excel:文件→信息→保护工作簿→用密码进行加密,清空密码;"
                "WPS:文件→文档加密→密码加密,清空密码)并保存后重新上传。",
                code="encrypted",
            )
        ]
    )


def _corrupt(kind: str, exc: BaseException) -> RejectedError:
    return RejectedError(
        [
            error(
                f"文件已损坏,无法作为 {kind}读取({type(exc).__name__})。"
                "请在 Excel 或 WPS 中打开后“另存为”.xlsx 再上传;打不开的请向报送单位重新索取。",
                code="corrupt",
            )
        ]
    )


def _has_stream(names: set[str], *wanted: str) -> bool:
    return any(w.lower() in names for w in wanted)


def _parse_ole2(data: bytes, filename: str) -> Workbook:
    """An OLE2 compound file: an .xls, a password-protected .xlsx, or another Office file."""
    from xlrd import compdoc

    try:
        doc = compdoc.CompDoc(data, logfile=io.StringIO(), ignore_workbook_corruption=True)
    except Exception as exc:  # any failure of xlrd's reader on these bytes means "damaged"
        raise _corrupt(".xls(Excel 97-2003 工作簿)", exc) from exc
    names = {d.name.lower() for d in doc.dirlist}
    if _has_stream(names, "EncryptedPackage", "EncryptionInfo"):
        raise _encrypted()  # an .xlsx saved with a password is an OLE2 file
    if _has_stream(names, "Workbook", "Book"):
        broken = _broken_chain(doc)
        if broken:
            raise _corrupt(".xls(Excel 97-2003 工作簿)", broken)
        return _parse_xls(data, filename)
    what = (
        "一个 Word 文档"
        if _has_stream(names, "WordDocument")
        else "一个 PowerPoint 演示文稿"
        if _has_stream(names, "PowerPoint Document")
        else "Office 格式的文件,但其中没有工作表"
    )
    raise RejectedError(
        [
            error(
                f"不是 Excel 文件:这是{what}。请上传 .xlsx、.xls 或 .csv 格式的报表,"
                "或使用“下载模板”得到的表格填报。",
                code="not_excel",
            )
        ]
    )


def _broken_chain(doc: Any) -> Exception | None:
    """Whether the workbook stream's sector chain loops or runs past the stream's size.

    xlrd follows a small stream's chain without a bound, so a loop in a damaged file
    would take all memory; the chain is walked here first, at most as many steps as the
    stream has sectors.
    """
    for entry in doc.dirlist:
        if entry.etype != 2 or entry.name.lower() not in {"workbook", "book"}:
            continue
        small = entry.tot_size < doc.min_size_std_stream
        table = doc.SSAT if small else doc.SAT
        size = doc.short_sec_size if small else doc.sec_size
        limit = -(-entry.tot_size // size)
        sid, steps = entry.first_SID, 0
        while sid >= 0:
            steps += 1
            if steps > limit or sid >= len(table):
                return ValueError(f"sector chain of {entry.name!r} is broken")
            sid = table[sid]
    return None


def _parse_xls(data: bytes, filename: str) -> Workbook:
    """Excel 97-2003 (BIFF8, also BIFF5) through xlrd, into the same form as .xlsx."""
    try:
        # formatting_info=True: xlrd only reports merged ranges with it.
        book = xlrd.open_workbook(
            file_contents=data,
            formatting_info=True,
            ragged_rows=True,  # rows as long as their own cells, not all as long as the widest
            logfile=io.StringIO(),
            ignore_workbook_corruption=True,
        )
    except Exception as exc:  # xlrd raises many kinds on damaged bytes; all mean "damaged"
        if "encrypted" in str(exc).lower():
            raise _encrypted() from exc
        raise _corrupt(".xls(Excel 97-2003 工作簿)", exc) from exc
    sheets: list[Sheet] = []
    try:
        for ws in book.sheets():
            cells = [
                [
                    _xls_value(t, v, book.datemode)
                    for t, v in zip(ws.row_types(i), ws.row_values(i), strict=True)
                ]
                for i in range(ws.nrows)
            ]
            merged = [m for m in ws.merged_cells if _cell(cells, m[0], m[2]) is not None]
            # The area that holds something, as openpyxl sees it: a damaged record can
            # claim a cell at row 65536, column 65536, which must not become 4e9 cells.
            height = max(
                [i + 1 for i, row in enumerate(cells) if any(v is not None for v in row)]
                + [m[1] for m in merged],
                default=0,
            )
            width = max(
                [
                    max((j + 1 for j, v in enumerate(row) if v is not None), default=0)
                    for row in cells
                ]
                + [m[3] for m in merged],
                default=0,
            )
            _check_area(ws.name, height, width)
            rows: list[list[object]] = [
                [_cell(cells, i, j) for j in range(width)] for i in range(height)
            ]
            _fill_merged(rows, merged)
            sheets.append(Sheet(ws.name, rows))
    finally:
        book.release_resources()
    return Workbook(filename, sheets)


def _cell(cells: list[list[object]], i: int, j: int) -> object:
    return cells[i][j] if i < len(cells) and j < len(cells[i]) else None


def _check_area(sheet: str, height: int, width: int) -> None:
    if height * width > MAX_CELLS:
        raise RejectedError(
            [
                error(
                    f"工作表“{sheet}”的范围过大({height} 行 × {width} 列),"
                    f"超过可读取的上限 {MAX_CELLS:,} 个单元格。通常是远处的单元格里误填了内容:"
                    "请删除数据区以外的多余行和列后保存,再上传。",
                    code="too_many_cells",
                )
            ]
        )


def _xls_value(ctype: int, value: object, datemode: int) -> object:
    """One xlrd cell → the value openpyxl gives for the same cell of an .xlsx.

    >>> _xls_value(xlrd.XL_CELL_NUMBER, 990521.0, 0), _xls_value(xlrd.XL_CELL_NUMBER, 3.2, 0)
    (990521, 3.2)
    >>> _xls_value(xlrd.XL_CELL_BLANK, "", 0) is None, _xls_value(xlrd.XL_CELL_ERROR, 7, 0)
    (True, '#DIV/0!')
    >>> _xls_value(xlrd.XL_CELL_DATE, 45323.0, 0)
    datetime.datetime(2024, 2, 1, 0, 0)
    """
    if ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if ctype == xlrd.XL_CELL_NUMBER and isinstance(value, float):
        # .xls stores every number as a double; .xlsx keeps 990521 an integer, and a
        # region code read as "990521.0" would not be found.
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if ctype == xlrd.XL_CELL_DATE and isinstance(value, float):
        try:
            moment = xlrd.xldate.xldate_as_datetime(value, datemode)
        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
            return value
        return moment.time() if 0 <= value < 1 else moment
    if ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(value, "#N/A") if isinstance(value, int) else "#N/A"
    return value


def _fill_merged(rows: list[list[object]], ranges: Iterable[tuple[int, int, int, int]]) -> None:
    """Give every cell of each merged range its top-left value.

    Ranges are 0-based and half-open, (first row, row after last, first col, col after
    last), as xlrd gives them.

    >>> rows = [["地区", None, "x"], [None, None, None]]
    >>> _fill_merged(rows, [(0, 2, 0, 2)])
    >>> rows
    [['地区', '地区', 'x'], ['地区', '地区', None]]
    """
    for r0, r1, c0, c1 in ranges:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        top = rows[r0][c0]
        for r in range(r0, min(r1, len(rows))):
            for c in range(c0, min(c1, len(rows[r]))):
                rows[r][c] = top


def disguised_text(data: bytes, suffix: str) -> Problem | None:
    r"""A text file named like a workbook: what it really is and how to fix it.

    Web systems' "export to Excel" often writes an HTML table or CSV text under an
    .xls name; Excel opens those with a warning, but they are not workbooks.

    >>> disguised_text(b"<html><body><table><tr><td>1</td></tr></table>", ".xls").code
    'html'
    >>> disguised_text("指标,本期值\nfai,3.2\n".encode("gb18030"), ".xls").code
    'csv'
    >>> disguised_text(bytes(range(256)), ".xls") is None
    True
    """
    text = _as_text(data)
    if text is None:
        return None
    head = text[:4096].lstrip().lower()
    fix = "请用 Excel 或 WPS 打开它,“另存为”Excel 工作簿(.xlsx)后再上传。"
    if "urn:schemas-microsoft-com:office:spreadsheet" in head:
        return error(
            f"文件扩展名是 {suffix},但内容其实是“XML 电子表格 2003”,不是 Excel 工作簿。{fix}",
            code="xml_spreadsheet",
        )
    if head.startswith("mime-version:") or any(
        tag in head for tag in ("<html", "<!doctype html", "<table", "<body", "<head>", "<meta")
    ):
        return error(
            f"文件扩展名是 {suffix},但内容其实是网页(HTML),不是 Excel 工作簿"
            "(常见于从网站或业务系统“导出 Excel”)。" + fix,
            code="html",
        )
    lines = [line for line in text[:8192].splitlines() if line.strip()][:20]
    if lines and not any("\t" in line for line in lines) and any("," in line for line in lines):
        return error(
            f"文件扩展名是 {suffix},但内容其实是逗号分隔的 CSV 文本,不是 Excel 工作簿。"
            "请把扩展名改为 .csv 后上传,或用 Excel 或 WPS 打开它,“另存为”Excel 工作簿(.xlsx)后再上传。",
            code="csv",
        )
    return error(
        f"文件扩展名是 {suffix},但内容其实是纯文本(如制表符分隔的文本),不是 Excel 工作簿。{fix}",
        code="text",
    )


TEXT_ENCODINGS = ("utf-8-sig", "gb18030")


def _decode(data: bytes, encodings: tuple[str, ...] = TEXT_ENCODINGS) -> str | None:
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _as_text(data: bytes) -> str | None:
    """The bytes as text if they are text (UTF-8, GB18030 or UTF-16 with a BOM), else None."""
    text = _decode(
        data, ("utf-16",) if data.startswith((b"\xff\xfe", b"\xfe\xff")) else TEXT_ENCODINGS
    )
    if text is None:
        return None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\r\n\f")
    return text if controls == 0 and "\x00" not in text else None


def _parse_csv(data: bytes, filename: str) -> Workbook:
    text = _decode(data)
    if text is None:
        raise RejectedError([error("CSV 文件编码无法识别,请保存为 UTF-8 编码。", code="encoding")])
    if "\x00" in text:
        raise RejectedError([error("不是 Excel 或 CSV 文件(含二进制内容)。", code="not_excel")])
    reader = csv.reader(io.StringIO(text))
    rows: list[list[object]] = []
    cells = 0
    try:
        for r in reader:
            cells += len(r)
            if cells > MAX_CELLS:
                raise _hostile(
                    f"CSV 文件超过可读取的上限 {MAX_CELLS:,} 个单元格(读到第 {reader.line_num} 行)。"
                    "请只保留本期数据后再上传,或按月份拆分文件。",
                    "too_many_cells",
                )
            rows.append(list(r))
    except csv.Error as exc:
        line = reader.line_num
        if "field larger than field limit" in str(exc):
            message = (
                f"CSV 第 {line} 行有一个单元格超过 {csv.field_size_limit() // 1024} KB,"
                "不是正常的报表内容(常见于引号未配对,把后面的内容都读进了一个单元格)。"
                "请检查该行的引号,或用 Excel 打开后“另存为”.xlsx 再上传。"
            )
        elif "new-line character" in str(exc):
            message = (
                f"CSV 第 {line} 行有一个未加引号的单元格里含有换行符(回车)。"
                "请把该单元格用英文双引号括起来,或用 Excel 打开后“另存为”.xlsx 再上传。"
            )
        else:
            message = f"CSV 第 {line} 行格式有误({exc})。请用 Excel 打开后“另存为”.xlsx 再上传。"
        raise RejectedError([error(message, code="csv_format", row=line)]) from exc
    return Workbook(filename, [Sheet(PurePath(filename).stem, rows)])


def _zip_kind(data: bytes) -> str | None:
    """What an Office zip really is when it is not a workbook (a .docx named .xlsx …)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None  # damaged: openpyxl's failure says so below
    if "xl/workbook.xml" in names or any(n.endswith("/workbook.xml") for n in names):
        return None
    if "word/document.xml" in names:
        return "一个 Word 文档(.docx)"
    if "ppt/presentation.xml" in names:
        return "一个 PowerPoint 演示文稿(.pptx)"
    if "content.xml" in names and "mimetype" in names:
        return "一个 OpenDocument 文件(.odt/.ods 等)"
    return "一个压缩包(.zip),其中没有 Excel 工作表"


def _hostile(message: str, code: str) -> RejectedError:
    return RejectedError([error(message, code=code)])


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def check_xlsx_parts(data: bytes) -> None:
    """Refuse a hostile or damaged .xlsx from its zip directory and a streaming pass over
    its parts, before it is loaded: declared and actual unzipped sizes, the cells of every
    worksheet, any DTD (entity expansion, external entities), damaged compressed data."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _corrupt(".xlsx ", exc) from exc
    if len(parts) > MAX_PARTS:
        raise _hostile(
            f"文件内部包含 {len(parts)} 个部件,超过 Excel 工作簿的正常范围(上限 {MAX_PARTS})。"
            "请在 Excel 或 WPS 中打开后“另存为”.xlsx 再上传。",
            "too_many_parts",
        )
    declared = sum(p.file_size for p in parts)
    if declared > MAX_INFLATED:
        raise _hostile(
            f"文件解压后有 {_mb(declared)},超过上限 {_mb(MAX_INFLATED)}(文件只有 {_mb(len(data))},"
            "压缩比异常)。请删除无关工作表、图片后“另存为”.xlsx 再上传,或按月份拆分文件。",
            "inflated_size",
        )
    for part in parts:
        if not WORKSHEET.fullmatch(part.filename) and part.file_size > MAX_PART:
            raise _hostile(
                f"文件中的部件“{part.filename}”解压后有 {_mb(part.file_size)},超过上限 {_mb(MAX_PART)}"
                "(常见于超长批注、超大图片或样式)。请删除批注和图片后“另存为”.xlsx 再上传。",
                "part_size",
            )
    for part in parts:
        _stream_part(archive, part)


def _stream_part(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    """Unzip one part in blocks (zipfile stops at the declared size and checks the CRC),
    counting worksheet cells and looking for a DTD; nothing is kept in memory."""
    is_sheet = WORKSHEET.fullmatch(part.filename) is not None
    is_xml = part.filename.lower().endswith((".xml", ".rels", ".vml"))
    cells, tail = 0, b""
    try:
        with archive.open(part) as stream:
            while block := stream.read(1 << 20):
                window = tail + block
                if is_xml and any(mark in window for mark in DTD_MARKS):
                    raise _hostile(
                        f"文件中的部件“{part.filename}”含有文档类型定义(DTD/实体声明),"
                        "正常的 Excel 工作簿不会有;为安全起见拒绝读取。"
                        "请在 Excel 或 WPS 中打开后“另存为”.xlsx 再上传。",
                        "xml_entities",
                    )
                if is_sheet:
                    cut = window.rfind(b"<")
                    cut = len(window) if cut < len(window) - 64 else cut
                    counted = window[:cut]
                    cells += sum(counted.count(tag) for tag in CELL_TAGS)
                    if cells > MAX_CELLS:
                        raise _hostile(
                            f"工作表(部件“{part.filename}”)的单元格超过可读取的上限 {MAX_CELLS:,} 个。"
                            "通常是远处的单元格里误填了内容或格式:请删除数据区以外的多余行和列后保存,再上传。",
                            "too_many_cells",
                        )
                    tail = window[cut:]
                else:
                    tail = window[-32:]
    except RejectedError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
    ) as exc:
        raise RejectedError(
            [
                error(
                    f"文件已损坏:部件“{part.filename}”的压缩数据无法解开({type(exc).__name__})。"
                    "请在 Excel 或 WPS 中打开后“另存为”.xlsx 再上传;打不开的请向报送单位重新索取。",
                    code="corrupt",
                )
            ]
        ) from exc


# What openpyxl (lxml, defusedxml, zipfile, zlib) raises on damaged parts.
XLSX_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    KeyError,
    OSError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    SyntaxError,  # xml.etree ParseError, lxml XMLSyntaxError
    EOFError,
    NotImplementedError,
    RecursionError,
    OverflowError,
)


def _parse_xlsx(data: bytes, filename: str) -> Workbook:
    what = _zip_kind(data)
    if what is not None:
        raise RejectedError(
            [
                error(
                    f"不是 Excel 文件:这是{what}。请上传 .xlsx、.xls 或 .csv 格式的报表,"
                    "或使用“下载模板”得到的表格填报。",
                    code="not_excel",
                )
            ]
        )
    check_xlsx_parts(data)
    try:
        return _load_xlsx(data, filename)
    except RejectedError:
        raise
    except XLSX_ERRORS as exc:
        raise _corrupt(".xlsx ", exc) from exc


def _load_xlsx(data: bytes, filename: str) -> Workbook:
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    cached = None
    sheets: list[Sheet] = []
    for ws in book.worksheets:
        _check_area(ws.title, ws.max_row, ws.max_column)
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
        _fill_merged(
            rows,
            [(m.min_row - 1, m.max_row, m.min_col - 1, m.max_col) for m in ws.merged_cells.ranges],
        )
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
