"""Stage 3: sheets → rows keyed by codes (region, indicator, period), in the indicator's unit.

No Django. Every cell that cannot be read becomes a Problem with its sheet, row and
column; the stage never stops at the first one, so a reporter sees everything in one pass.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from citystat.importers.numbers import NotANumberError, normalise_text, parse_number
from citystat.importers.parse import Sheet, Workbook, data_sheets
from citystat.importers.problems import Problem, column_letter, error
from citystat.importers.units import UnitMismatchError, factor, unit_in_header, unit_line
from citystat.importers.vocabulary import Vocabulary, classify_header

_PERIOD = re.compile(
    r"(\d{4})\s*年\s*(?:(\d{1,2})\s*[-—–~至到]\s*)?(\d{1,2})\s*月|(\d{4})[-./_](\d{1,2})(?!\d)"
)
_YEAR_ONLY = re.compile(r"(\d{4})\s*年")
_MONTH_RANGE = re.compile(r"(?:(\d{1,2})\s*[-—–~至到]\s*)?(\d{1,2})\s*月")
_NOTE_START = (
    "注",
    "说明",
    "备注",
    "资料来源",
    "数据来源",
    "填表人",
    "审核人",
    "负责人",
    "统计负责人",
    "填报日期",
    "制表",
)
_TOTAL_WORDS = {"合计", "总计", "小计", "总计合计"}
KEY_ROLES = {"indicator", "code", "region", "region_code"}


@dataclass
class Row:
    sheet: str
    row: int  # 1-based, as Excel shows it
    region: str
    indicator: str
    value: Decimal | None
    growth: Decimal | None = None
    prior: Decimal | None = None
    declared_unit: str = ""
    note: str = ""
    columns: dict[str, str] = field(default_factory=dict)  # field → column letter


@dataclass
class Harmonised:
    rows: list[Row]
    problems: list[Problem]
    region: str = ""
    year: int | None = None
    month: int | None = None


def find_period(text: str) -> tuple[int, int] | None:
    """(year, last month) from a title or sheet name.

    >>> find_period("青柘县主要经济指标完成情况(2024年1-2月)")
    (2024, 2)
    >>> find_period("2023年1—11月"), find_period("数据2024-03")
    ((2023, 11), (2024, 3))
    """
    m = _PERIOD.search(normalise_text(text).replace("—", "-"))
    if not m:
        return None
    if m.group(1):
        return int(m.group(1)), int(m.group(3))
    return int(m.group(4)), int(m.group(5))


def _text(v: object) -> str:
    return "" if v is None else normalise_text(v)


def _is_numberlike(v: object) -> bool:
    if isinstance(v, int | float) and not isinstance(v, bool):
        return True
    if isinstance(v, str):
        try:
            return parse_number(v) is not None
        except NotANumberError:
            return False
    return False


@dataclass
class _Columns:
    roles: dict[int, str]
    wide: dict[int, tuple[str, str]]  # col → (indicator, role) for county × indicator tables
    labels: dict[int, str]


def _find_header(sheet: Sheet, vocab: Vocabulary) -> int | None:
    for i, row in enumerate(sheet.rows[:30]):
        texts = [_text(v) for v in row if _text(v)]
        roles = [classify_header(t, vocab.header_roles) for t in texts]
        named = sum(1 for t, r in zip(texts, roles, strict=True) if not r and vocab.indicator(t))
        if any(r in KEY_ROLES for r in roles) and sum(1 for r in roles if r) + named >= 2:
            return i
    return None


def _header_rows(sheet: Sheet, start: int, vocab: Vocabulary) -> list[int]:
    rows = [start]
    first = sheet.rows[start]
    key_cols = [
        j for j, v in enumerate(first) if classify_header(_text(v), vocab.header_roles) in KEY_ROLES
    ]
    for k in range(start + 1, min(start + 4, len(sheet.rows))):
        row = sheet.rows[k]
        if any(_is_numberlike(v) for v in row):
            break
        keys = [_text(row[j]) if j < len(row) else "" for j in key_cols]
        if any(
            t and t != _text(first[j]) and (vocab.indicator(t) or vocab.region(t))
            for t, j in zip(keys, key_cols, strict=True)
        ):
            break
        if not any(_text(v) for v in row):
            break
        rows.append(k)
    return rows


def _columns(sheet: Sheet, header: list[int], vocab: Vocabulary) -> _Columns:
    width = max((len(sheet.rows[i]) for i in header), default=0)
    roles: dict[int, str] = {}
    wide: dict[int, tuple[str, str]] = {}
    labels: dict[int, str] = {}
    for j in range(width):
        parts: list[str] = []
        for i in header:
            t = _text(sheet.rows[i][j]) if j < len(sheet.rows[i]) else ""
            if t and t not in parts:
                parts.append(t)
        label = "|".join(parts)
        labels[j] = label
        if not label:
            continue
        role = classify_header(label, vocab.header_roles)
        indicator = vocab.indicator(parts[0])
        if indicator and role not in KEY_ROLES:
            sub = classify_header("|".join(parts[1:]), vocab.header_roles) if len(parts) > 1 else ""
            wide[j] = (indicator, sub if sub in {"growth", "prior", "unit", "note"} else "value")
            continue
        roles[j] = role
    return _Columns(roles, wide, labels)


def _column_periods(sheet: Sheet, col: int, start: int) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for i in range(start, len(sheet.rows)):
        v = sheet.rows[i][col] if col < len(sheet.rows[i]) else None
        if isinstance(v, dt.date):
            found.add((v.year, v.month))
        elif v not in (None, ""):
            p = find_period(str(v))
            if p:
                found.add(p)
    return found


def _pick(cols: dict[int, str], role: str, labels: dict[int, str]) -> tuple[int | None, list[int]]:
    found = [j for j, r in cols.items() if r == role]
    if len(found) <= 1:
        return (found[0] if found else None), []
    cumulative = [j for j in found if "累计" in labels[j] or re.search(r"\d[-—–~至]\d", labels[j])]
    if len(cumulative) == 1:
        return cumulative[0], [j for j in found if j != cumulative[0]]
    return found[0], found[1:]


def harmonise(
    book: Workbook,
    vocab: Vocabulary,
    *,
    region_hint: str = "",
    period_hint: tuple[int, int] | None = None,
) -> Harmonised:
    problems: list[Problem] = []
    rows: list[Row] = []
    sheets = data_sheets(book)
    if not sheets:
        return Harmonised(
            [],
            [
                error(
                    "文件中没有任何数据(工作表为空)。请填写模板中的“数据”工作表后再上传。",
                    code="empty_sheet",
                )
            ],
        )
    file_region, file_period = "", None
    for sheet in sheets:
        got = _harmonise_sheet(sheet, vocab, region_hint, period_hint, problems)
        if got is None:
            continue
        sheet_rows, region, period = got
        rows.extend(sheet_rows)
        file_region = file_region or region
        file_period = file_period or period
    if not rows and not any(p.is_error for p in problems):
        problems.append(error("没有找到可导入的数据行。请检查是否填写了数值。", code="no_rows"))
    year, month = file_period if file_period else (None, None)
    return Harmonised(rows, problems, file_region, year, month)


def _harmonise_sheet(
    sheet: Sheet,
    vocab: Vocabulary,
    region_hint: str,
    period_hint: tuple[int, int] | None,
    problems: list[Problem],
) -> tuple[list[Row], str, tuple[int, int] | None] | None:
    where = {"sheet": sheet.name}
    start = _find_header(sheet, vocab)
    if start is None:
        problems.append(
            error(
                "找不到表头:需要“指标名称”(或“指标代码”)列,或“地区”列加各指标列。"
                "请使用模板,或请管理员在“表头别名”中添加本表的列名。",
                code="no_header",
                **where,
            )
        )
        return None
    header = _header_rows(sheet, start, vocab)
    title = " ".join(_text(v) for row in sheet.rows[:start] for v in row if _text(v))
    title_full = f"{sheet.name} {title}"
    cols = _columns(sheet, header, vocab)
    data_start = header[-1] + 1

    # Period: the title or sheet name, else the hint; both present must agree.
    period = find_period(title) or find_period(sheet.name)
    if period is None:
        year_m = _YEAR_ONLY.search(title_full)
        months = {
            int(m.group(2))
            for j, r in cols.roles.items()
            if r == "value" and (m := _MONTH_RANGE.search(cols.labels[j]))
        }
        if year_m and len(months) == 1:
            period = (int(year_m.group(1)), months.pop())
    period_cols = [j for j, r in cols.roles.items() if r == "period"]
    if period_cols:
        found = _column_periods(sheet, period_cols[0], data_start)
        if len(found) > 1:
            listed = "、".join(f"{y}年{m}月" for y, m in sorted(found))
            problems.append(
                error(
                    f"“期别”列含多个期别({listed})。每个文件只能报送一个月,请按月拆分。",
                    code="many_periods",
                    sheet=sheet.name,
                    column=column_letter(period_cols[0]),
                )
            )
        elif found:
            (column_period,) = found
            if period and period != column_period:
                problems.append(
                    error(
                        f"标题写明的期别 {period[0]}年{period[1]}月 与“期别”列的 {column_period[0]}年{column_period[1]}月 不一致。",
                        code="period_conflict",
                        sheet=sheet.name,
                        column=column_letter(period_cols[0]),
                    )
                )
            period = period or column_period
    if period_hint:
        if period and period != period_hint:
            problems.append(
                error(
                    f"文件写明的期别为 {period[0]}年{period[1]}月,与指定的 {period_hint[0]}年{period_hint[1]}月 不一致。"
                    "请核对文件或指定的期别。",
                    code="period_conflict",
                    **where,
                )
            )
        period = period_hint
    if period is None:
        problems.append(
            error(
                "无法确定数据期别。请在标题中写明,如“(2024年1-2月)”,或在命令中使用 --period YYYY-MM。",
                code="no_period",
                **where,
            )
        )

    has_region_col = any(r in {"region", "region_code"} for r in cols.roles.values())
    region = vocab.find_region_in(title_full)
    if region_hint:
        if region and region != region_hint and not has_region_col:
            problems.append(
                error(
                    f"文件标题写明的单位为“{vocab.regions[region].name}”,与指定的单位“{vocab.regions[region_hint].name}”不一致。",
                    code="region_conflict",
                    **where,
                )
            )
        region = region_hint
    if not region and not has_region_col:
        problems.append(
            error(
                "无法确定填报单位。请在标题中写明单位名称(如“××县主要经济指标完成情况”),"
                "或增加“地区”列,或在命令中使用 --unit 区划代码。",
                code="no_unit",
                **where,
            )
        )

    title_indicator = ""
    has_indicator_col = any(r in {"indicator", "code"} for r in cols.roles.values())
    if not has_indicator_col and not cols.wide:
        title_indicator = vocab.find_indicator_in(title_full)
        if not title_indicator:
            problems.append(
                error(
                    "找不到指标:需要“指标名称”或“指标代码”列,或在标题中写明指标名称。",
                    code="no_indicator",
                    **where,
                )
            )
            return None

    value_col, extra_values = _pick(cols.roles, "value", cols.labels)
    growth_col, extra_growth = _pick(cols.roles, "growth", cols.labels)
    for j in (*extra_values, *extra_growth):
        cols.roles[j] = "ignore"
    if value_col is None and not cols.wide:
        if any(r == "month_value" for r in cols.roles.values()):
            value_col = next(j for j, r in cols.roles.items() if r == "month_value")
        else:
            problems.append(
                error(
                    "找不到数值列(如“1-11月”“本月止累计”“本期值”)。请使用模板,或请管理员添加表头别名。",
                    code="no_value_column",
                    **where,
                )
            )
            return None
    for j, r in cols.roles.items():
        if r == "month_value" and j != value_col:
            cols.roles[j] = "ignore"

    # A column the harmoniser cannot map is an error only when it holds data.
    for j, r in cols.roles.items():
        if r:
            continue
        if any(
            j < len(sheet.rows[i]) and _text(sheet.rows[i][j])
            for i in range(data_start, len(sheet.rows))
        ):
            problems.append(
                error(
                    f"无法识别表头“{cols.labels[j].replace('|', ' ')}”。请改用模板中的列名"
                    "(如“本期值”“同比增长(%)”),或请管理员在“表头别名”中添加该列名。",
                    code="unknown_header",
                    sheet=sheet.name,
                    row=header[0] + 1,
                    column=column_letter(j),
                )
            )

    sheet_unit = unit_line(title)
    col_of = {r: j for j, r in cols.roles.items() if r}
    col_of["value"] = value_col if value_col is not None else -1
    if growth_col is not None:
        col_of["growth"] = growth_col
    rows: list[Row] = []
    for i in range(data_start, len(sheet.rows)):
        cells = sheet.rows[i]
        texts = [_text(v) for v in cells]
        if not any(texts):
            continue
        first = next(t for t in texts if t)
        if first.startswith(_NOTE_START) or (sum(1 for t in texts if t) == 1 and len(first) > 15):
            continue

        def cell(role: str, cells: list[object] = cells) -> object:
            j = col_of.get(role)
            return cells[j] if j is not None and 0 <= j < len(cells) else None

        loc = {"sheet": sheet.name, "row": i + 1}
        row_region = region
        if "region" in col_of or "region_code" in col_of:
            raw = _text(cell("region_code")) or _text(cell("region"))
            if raw in _TOTAL_WORDS:
                continue
            if raw:
                row_region = vocab.region(raw)
                if not row_region:
                    problems.append(
                        error(
                            f"区划“{raw}”不存在。请使用规范的县(市、区)名称或区划代码;"
                            "如为别称,请管理员在“区划别名”中添加。",
                            code="unknown_region",
                            column=column_letter(
                                col_of.get("region_code", col_of.get("region", 0))
                            ),
                            **loc,
                        )
                    )
                    continue
        if not row_region:
            continue
        if cols.wide:
            rows.extend(_wide_row(sheet, i, cells, cols, row_region, problems, vocab, sheet_unit))
            continue
        indicator = title_indicator
        if not indicator:
            raw_code, raw_name = _text(cell("code")), _text(cell("indicator"))
            if (raw_name or raw_code) in _TOTAL_WORDS:
                continue
            indicator = (vocab.indicator(raw_code) if raw_code else "") or (
                vocab.indicator(raw_name) if raw_name else ""
            )
            if not indicator:
                if not raw_code and not raw_name:
                    continue
                col = col_of.get("indicator", col_of.get("code", 0))
                problems.append(
                    error(
                        f"无法识别指标“{raw_name or raw_code}”。请使用模板中的指标名称或代码;"
                        "如为别称,请管理员在“指标别名”中添加。",
                        code="unknown_indicator",
                        column=column_letter(col),
                        **loc,
                    )
                )
                continue
        if all(cell(role) is None or _text(cell(role)) == "" for role in ("value", "growth")):
            continue  # a template line left blank is simply not reported
        numbers: dict[str, Decimal | None] = {}
        bad = False
        for role in ("value", "growth", "prior"):
            jj = col_of.get(role)
            if jj is None or jj < 0:
                numbers[role] = None
                continue
            j = jj
            if (i, j) in sheet.formulas_without_value:
                problems.append(
                    error(
                        "该单元格是公式但没有计算结果(文件未在 Excel 中保存过)。请在 Excel 中打开并保存,"
                        "或将公式“选择性粘贴”为数值后再上传。",
                        code="formula_no_value",
                        column=column_letter(j),
                        **loc,
                    )
                )
                bad = True
                continue
            raw_v = cells[j] if j < len(cells) else None
            try:
                numbers[role] = parse_number(raw_v)
            except NotANumberError as exc:
                problems.append(
                    error(
                        exc.words(raw_v),
                        code=exc.code,
                        column=column_letter(j),
                        **loc,
                    )
                )
                bad = True
        if bad:
            continue
        value_j = col_of["value"]
        declared = (
            _text(cell("unit"))
            or (unit_in_header(cols.labels.get(value_j, "")) if value_j >= 0 else "")
            or sheet_unit
        )
        ref = vocab.indicators[indicator]
        value = numbers["value"]
        prior = numbers["prior"]
        if declared and declared != ref.unit:
            try:
                f = factor(declared, ref.unit)
            except UnitMismatchError as exc:
                problems.append(
                    error(
                        f"{exc};请按指标单位“{ref.unit}”填报,或填写可换算的单位(如万元/亿元)。",
                        code="unit_mismatch",
                        column=column_letter(col_of.get("unit", max(value_j, 0))),
                        **loc,
                    )
                )
                continue
            value = None if value is None else value * f
            prior = None if prior is None else prior * f
        rows.append(
            Row(
                sheet=sheet.name,
                row=i + 1,
                region=row_region,
                indicator=indicator,
                value=value,
                growth=numbers["growth"],
                prior=prior,
                declared_unit=declared,
                note=_text(cell("note"))[:300],
                columns={
                    k: column_letter(col_of[k])
                    for k in ("value", "growth", "indicator", "code")
                    if col_of.get(k, -1) >= 0
                },
            )
        )
    return rows, region, period


def _wide_row(
    sheet: Sheet,
    i: int,
    cells: list[object],
    cols: _Columns,
    region: str,
    problems: list[Problem],
    vocab: Vocabulary,
    sheet_unit: str,
) -> list[Row]:
    """A county row of a county × indicator table: one Row per indicator."""
    by_indicator: dict[str, Row] = {}
    out: list[Row] = []
    for j, (indicator, role) in cols.wide.items():
        if role not in {"value", "growth"}:
            continue
        loc = {"sheet": sheet.name, "row": i + 1, "column": column_letter(j)}
        if (i, j) in sheet.formulas_without_value:
            problems.append(
                error(
                    "该单元格是公式但没有计算结果。请在 Excel 中打开并保存,或粘贴为数值后再上传。",
                    code="formula_no_value",
                    **loc,
                )
            )
            continue
        raw = cells[j] if j < len(cells) else None
        try:
            number = parse_number(raw)
        except NotANumberError as exc:
            problems.append(
                error(
                    f"“{raw}”不是数字。" + (exc.hint or "请只填写数字;无数据请填“—”。"),
                    code="not_a_number",
                    **loc,
                )
            )
            continue
        row = by_indicator.setdefault(
            indicator, Row(sheet.name, i + 1, region, indicator, None, columns={})
        )
        if role == "value":
            row.value = number
            row.columns["value"] = column_letter(j)
            row.declared_unit = unit_in_header(cols.labels[j])
        else:
            row.growth = number
            row.columns["growth"] = column_letter(j)
    for row in by_indicator.values():
        declared = row.declared_unit or sheet_unit
        ref = vocab.indicators[row.indicator]
        if declared and declared != ref.unit and row.value is not None:
            try:
                row.value = row.value * factor(declared, ref.unit)
            except UnitMismatchError as exc:
                problems.append(
                    error(
                        f"{exc};请按指标单位“{ref.unit}”填报。",
                        code="unit_mismatch",
                        sheet=sheet.name,
                        row=i + 1,
                        column=row.columns.get("value", ""),
                    )
                )
                continue
        out.append(row)
    return out
