"""The 年度目标 grid as an Excel file: the template to fill in, and its import (all or nothing).

Layout of the sheet 「年度目标」: A1 holds the title 「2024年度目标」 (the year is read from
it); row 2 is the header — 指标代码, 指标名称, 单位, 目标类型, then for each region a target
column headed 「青柘县(990521)」 and a grey 「上年实际」 column beside it, which the import
ignores. One row per indicator. A blank target cell means "no target set here" and leaves
any stored target alone.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db import transaction
from openpyxl import Workbook as XlsxWorkbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from citystat.accounts.permissions import can_set_targets
from citystat.importers.numbers import NotANumberError, parse_number
from citystat.importers.parse import Sheet, Workbook
from citystat.importers.problems import Problem, SortsProblems, column_letter, error
from citystat.indicators.models import Indicator
from citystat.regions.models import Region
from citystat.targets.actions import set_target
from citystat.targets.grid import grid, target_indicators, target_regions
from citystat.targets.models import Target
from citystat.targets.signals import targets_changed

if TYPE_CHECKING:
    from citystat.accounts.models import User

SHEET = "年度目标"
TITLE = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?\s*(?:目标|年度目标)")
REGION_HEADER = re.compile(r"[((]\s*(\d{6})\s*[))]")
GREY = PatternFill("solid", fgColor="EEEEEE")


def kind_words(indicator: Indicator) -> str:
    if indicator.target_kind == Indicator.TargetKind.GROWTH:
        return "增速目标(%)"
    return f"总量目标({indicator.unit})" if indicator.unit else "总量目标"


def template(year: int) -> bytes:
    """The grid of ``year`` with the current targets filled in and last year's actuals."""
    g = grid(year)
    book = XlsxWorkbook()
    ws = book.active
    ws.title = SHEET
    ws["A1"] = f"{year}年度目标"
    ws["A1"].font = Font(bold=True, size=14)
    head = ["指标代码", "指标名称", "单位", "目标类型"]
    for r in g.regions:
        head += [f"{r.name}({r.code})", f"{r.name}{year - 1}年实际"]
    ws.append(head)
    for row in g.rows:
        i = row.indicator
        line: list[object] = [i.code, i.name, "%" if row.is_growth else i.unit, kind_words(i)]
        for c in row.cells:
            line += [
                None if c.value is None else float(c.value),
                None if c.last_year is None else round(c.last_year, i.decimals + 2),
            ]
        ws.append(line)
    for col in range(6, 5 + 2 * len(g.regions), 2):
        for cell in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            cell[0].fill = GREY
    for col in range(1, 5 + 2 * len(g.regions)):
        ws.column_dimensions[get_column_letter(col)].width = 14 if col > 4 else 12
    ws.column_dimensions["B"].width = 24
    ws.freeze_panes = "E3"
    notes = book.create_sheet("填报说明")
    for line_text in (
        f"{year}年度目标:每个指标一行,每个区划一列“目标”,右侧灰色列为上年实际(仅供参考,导入时不读)。",
        "总量目标填总量(单位见“单位”列),增速目标填百分数(如 6.5 表示增长6.5%)。",
        "留空表示该区划不设此项目标;已设的目标不会因留空而删除。",
        "修改已设目标时须写明修订说明(网页上传时填写,命令行用 --reason)。",
    ):
        notes.append([line_text])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def is_targets_book(book: Workbook) -> bool:
    """Recognised by its sheet name or its title, whatever the file is called."""
    return _targets_sheet(book) is not None


def _targets_sheet(book: Workbook) -> Sheet | None:
    for s in book.sheets:
        if s.name.strip() == SHEET:
            return s
        first = next((v for row in s.rows[:2] for v in row if v not in (None, "")), None)
        if isinstance(first, str) and TITLE.search(first):
            return s
    return None


@dataclass
class TargetChange:
    indicator: Indicator
    region: Region
    old: Decimal | None
    new: Decimal

    @property
    def is_revision(self) -> bool:
        return self.old is not None


@dataclass
class TargetImport(SortsProblems):
    year: int | None = None
    problems: list[Problem] = field(default_factory=list)
    changes: list[TargetChange] = field(default_factory=list)
    written: bool = False

    @property
    def revisions(self) -> list[TargetChange]:
        return [c for c in self.changes if c.is_revision]


def read(book: Workbook) -> TargetImport:
    """Sheet → changes against the stored targets, and every problem with its location."""
    out = TargetImport()
    sheet = _targets_sheet(book)
    if sheet is None:
        out.problems.append(error(f"找不到工作表“{SHEET}”。请使用“下载目标模板”得到的表格填写。"))
        return out
    name = sheet.name
    title = next(
        (v for row in sheet.rows[:2] for v in row if isinstance(v, str) and TITLE.search(v)), None
    )
    match = TITLE.search(title or "")
    if match is None:
        out.problems.append(
            error("第1行缺少标题“YYYY年度目标”(如“2024年度目标”),无法确定年份。", sheet=name, row=1)
        )
        return out
    out.year = year = int(match.group(1))
    header_at = next(
        (n for n, row in enumerate(sheet.rows[:10]) if row and str(row[0]).strip() == "指标代码"),
        None,
    )
    if header_at is None:
        out.problems.append(error("找不到表头行(第一列为“指标代码”)。", sheet=name))
        return out
    regions = {r.code: r for r in target_regions()}
    columns: dict[int, Region] = {}
    for col, head in enumerate(sheet.rows[header_at]):
        m = REGION_HEADER.search(str(head or ""))
        if m is None:
            continue
        region = regions.get(m.group(1))
        if region is None:
            out.problems.append(
                error(
                    f"表头“{head}”中的区划代码 {m.group(1)} 不是本市的区划。请使用模板中的表头。",
                    sheet=name,
                    row=header_at + 1,
                    column=column_letter(col),
                )
            )
            continue
        columns[col] = region
    if not columns and not out.problems:
        out.problems.append(
            error(
                f"表头中没有区划列(形如“{Region.example(name_first=True)}”)。",
                sheet=name,
                row=header_at + 1,
            )
        )
    indicators = {i.code: i for i in target_indicators()}
    stored = grid(year)
    current = {(row.indicator.pk, c.region.pk): c.value for row in stored.rows for c in row.cells}
    seen: set[str] = set()
    for n, row in enumerate(sheet.rows[header_at + 1 :], start=header_at + 2):
        code = str(row[0]).strip() if row and row[0] not in (None, "") else ""
        if not code:
            continue
        indicator = indicators.get(code)
        if indicator is None:
            out.problems.append(
                error(
                    f"指标代码“{code}”不是设年度目标的指标。请使用模板中的指标代码。",
                    sheet=name,
                    row=n,
                    column="A",
                )
            )
            continue
        if code in seen:
            out.problems.append(
                error(
                    f"指标“{indicator.name}”出现了两次,请只保留一行。",
                    sheet=name,
                    row=n,
                    column="A",
                )
            )
            continue
        seen.add(code)
        for col, region in columns.items():
            raw = row[col] if col < len(row) else None
            try:
                value = parse_number(raw)
            except NotANumberError as exc:
                out.problems.append(
                    error(
                        f"“{raw}”不是数字({region.name} · {indicator.name})。"
                        + (exc.hint or "请填写数字,或留空表示不设目标。"),
                        sheet=name,
                        row=n,
                        column=column_letter(col),
                    )
                )
                continue
            if value is None:
                continue
            growth = indicator.target_kind == Indicator.TargetKind.GROWTH
            if not growth and value < 0:
                out.problems.append(
                    error(
                        f"总量目标不能为负数({region.name} · {indicator.name}:{raw})。",
                        sheet=name,
                        row=n,
                        column=column_letter(col),
                    )
                )
                continue
            if growth and not Decimal(-100) <= value <= Decimal(1000):
                out.problems.append(
                    error(
                        f"增速目标 {raw}% 超出 −100%…1000%({region.name} · {indicator.name})。"
                        "增速目标填百分数,如 6.5。",
                        sheet=name,
                        row=n,
                        column=column_letter(col),
                    )
                )
                continue
            old = current.get((indicator.pk, region.pk))
            if old is not None and old == value:
                continue
            out.changes.append(TargetChange(indicator, region, old, value))
    return out


def load(
    book: Workbook, *, user: User | None, reason: str = "", dry_run: bool = False
) -> TargetImport:
    """Read, check and (unless ``dry_run`` or any error) write every change as a new version.

    Changing a target already set needs a reason; nothing is written when anything is wrong.
    ``user=None`` is the system operator (the CLI without ``--user``).
    """
    out = read(book)
    if user is not None and not can_set_targets(user):
        out.problems.insert(
            0, error("您没有设定年度目标的权限(需“目标管理”角色或系统管理员)。", code="permission")
        )
    if out.revisions and not reason.strip():
        out.problems.append(
            error(
                f"本次修改了 {len(out.revisions)} 项已设目标,须写明修订说明"
                "(网页上填写“修订说明”,命令行用 --reason)。",
                code="reason",
            )
        )
    if out.errors or dry_run or not out.changes:
        return out
    assert out.year is not None
    with transaction.atomic():
        for c in out.changes:
            growth = c.indicator.target_kind == Indicator.TargetKind.GROWTH
            set_target(
                indicator=c.indicator,
                region=c.region,
                year=out.year,
                target_value=None if growth else c.new,
                target_growth=c.new if growth else None,
                user=user,
                reason=reason.strip() or f"导入{out.year}年度目标",
                recompute=False,
            )
        targets_changed.send(
            sender=Target,
            indicators={c.indicator.pk for c in out.changes},
            year=out.year,
            regions={c.region.pk for c in out.changes},
            rebuild=True,
        )
    out.written = True
    return out
