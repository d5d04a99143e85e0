"""Monthly completed investment of many projects from one .xlsx/.csv (all or nothing).

Reading reuses the intake pipeline's parse stage (size limit, .xls/encrypted/corrupt
files, formulas, merged cells); each row is written through ``actions.record_progress``
so the checks are the same as the form's. One bad row and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.db import transaction

from citystat.accounts.permissions import can_update_unit_work
from citystat.importers.parse import cell_name, data_sheets, parse_bytes
from citystat.importers.problems import RejectedError
from citystat.projects import models as pm
from citystat.projects.actions import ProjectInputError, record_progress

if TYPE_CHECKING:
    from citystat.accounts.models import User

CODE_HEADERS = {"项目编号", "项目代码", "编号"}
AMOUNT_HEADERS = {
    "本年完成投资(亿元)",
    "本年完成投资\uff08亿元\uff09",
    "本年完成投资",
    "完成投资(亿元)",
    "完成投资",
}
NOTE_HEADERS = {"进展说明", "说明", "备注"}


@dataclass
class ProgressImport:
    written: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        return not self.problems


class _RollbackError(Exception):
    pass


def _find_header(rows: list[list[object]]) -> tuple[int, int, int, int | None] | None:
    for i, row in enumerate(rows[:10]):
        cells = [str(v).strip() if v is not None else "" for v in row]
        code = next((j for j, v in enumerate(cells) if v in CODE_HEADERS), None)
        amount = next((j for j, v in enumerate(cells) if v in AMOUNT_HEADERS), None)
        note = next((j for j, v in enumerate(cells) if v in NOTE_HEADERS), None)
        if code is not None and amount is not None:
            return i, code, amount, note
    return None


def import_progress(
    data: bytes, *, filename: str, year: int, month: int, user: User | None
) -> ProgressImport:
    out = ProgressImport()
    try:
        book = parse_bytes(data, filename)
    except RejectedError as exc:
        out.problems = [p.message for p in exc.problems]
        return out
    sheets = data_sheets(book)
    if not sheets:
        out.problems = ["文件中没有数据。"]
        return out
    try:
        with transaction.atomic():
            for sheet in sheets:
                _sheet(sheet.name, sheet.rows, year, month, user, out)
            if out.problems:
                raise _RollbackError
    except _RollbackError:
        out.written = 0
    return out


def _sheet(
    name: str,
    rows: list[list[object]],
    year: int,
    month: int,
    user: User | None,
    out: ProgressImport,
) -> None:
    header = _find_header(rows)
    if header is None:
        out.problems.append(
            f"工作表“{name}”:找不到表头。请在前10行写明“项目编号”和“本年完成投资(亿元)”两列。"
        )
        return
    h, code_col, amount_col, note_col = header
    projects = {p.code: p for p in pm.Project.objects.all()}
    for i in range(h + 1, len(rows)):
        row = rows[i]
        code = str(row[code_col]).strip() if code_col < len(row) and row[code_col] else ""
        amount = row[amount_col] if amount_col < len(row) else None
        if not code and amount in (None, ""):
            continue
        where = f"工作表“{name}”第{i + 1}行"
        project = projects.get(code)
        if project is None:
            out.problems.append(
                f"{where}({cell_name(i, code_col)}):项目编号“{code}”不存在,请核对或先登记项目。"
            )
            continue
        if user is not None and not can_update_unit_work(user, project.responsible_unit):
            out.problems.append(
                f"{where}:您无权更新项目 {code}(责任单位:{project.responsible_unit})。"
            )
            continue
        if amount in (None, ""):
            out.problems.append(f"{where}({cell_name(i, amount_col)}):本年完成投资为空。")
            continue
        note = row[note_col] if note_col is not None and note_col < len(row) else ""
        try:
            with transaction.atomic():
                record_progress(
                    project,
                    year=year,
                    month=month,
                    completed_ytd=amount,
                    note=str(note or ""),
                    user=user,
                )
            out.written += 1
        except ProjectInputError as exc:
            out.problems.append(f"{where}({cell_name(i, amount_col)}):{exc}")
