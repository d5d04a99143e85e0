"""A reference-data table in a workbook: one header row, one record per row, cells by header.

Used by the region and catalogue files (``citystat load regions|catalogue``). The header
row is the first of the first ten rows that holds every required column; other columns are
matched by name (full-width and spaces ignored). Every problem carries its sheet, row and
column, so a refusal says where to look. Pure (no Django).

>>> cols = (Column("code", "区划代码", required=True), Column("name", "名称", required=True))
>>> t = read_table(Sheet("区划", [["区划代码", "名称"], ["990500", "澄川市"], [None, None]]), cols)
>>> [(r.number, r.values) for r in t.records], t.problems
([(2, {'code': '990500', 'name': '澄川市'})], [])
>>> print(read_table(Sheet("区划", [["代码", "名称"]]), cols).problems[0].message)
找不到表头行:前10行中没有同时含有“区划代码”“名称”的一行。请按文件格式说明(docs/load-files.md)写表头。
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from citystat.importers.numbers import NotANumberError, normalise_text, parse_number
from citystat.importers.parse import Sheet, Workbook
from citystat.importers.problems import Problem, column_letter, error

HEADER_SEARCH_ROWS = 10
YES = {"是", "y", "yes", "true", "1", "√", "✓"}
NO = {"否", "n", "no", "false", "0", "", "×"}
LIST_SEPARATORS = ("、", ";", ";", ",", ",", "|")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    required: bool = False
    aliases: tuple[str, ...] = ()

    def matches(self, head: object) -> bool:
        text = normalise_text(head or "")
        return text in {normalise_text(h) for h in (self.header, *self.aliases)}


@dataclass
class Record:
    """One data row: its 1-based row number and the raw text of each known column."""

    number: int
    values: dict[str, str]
    letters: dict[str, str]  # column key → Excel letter, for messages


@dataclass
class Table:
    sheet: str
    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def problem(self, record: Record, key: str, message: str) -> Problem:
        """An error located at ``record``'s cell of column ``key``."""
        return error(message, sheet=self.sheet, row=record.number, column=record.letters[key])


def _text(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).strip()


def pick_sheet(book: Workbook, names: Iterable[str]) -> Sheet:
    """The sheet named one of ``names``, else the first sheet (a CSV has only one)."""
    wanted = {normalise_text(n) for n in names}
    for s in book.sheets:
        if normalise_text(s.name) in wanted:
            return s
    return book.sheets[0]


def read_table(sheet: Sheet, columns: tuple[Column, ...]) -> Table:
    """Find the header, map the columns, and read every non-blank row below it."""
    out = Table(sheet.name)
    required = [c for c in columns if c.required]
    header_at = next(
        (
            n
            for n, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS])
            if all(any(c.matches(h) for h in row) for c in required)
        ),
        None,
    )
    if header_at is None:
        names = "”“".join(c.header for c in required)
        out.problems.append(
            error(
                f"找不到表头行:前{HEADER_SEARCH_ROWS}行中没有同时含有“{names}”的一行。"
                "请按文件格式说明(docs/load-files.md)写表头。",
                sheet=sheet.name,
            )
        )
        return out
    mapping: dict[int, Column] = {}
    for j, head in enumerate(sheet.rows[header_at]):
        if _text(head) == "":
            continue
        column = next((c for c in columns if c.matches(head)), None)
        if column is None:
            known = "、".join(c.header for c in columns)
            out.problems.append(
                error(
                    f"表头“{_text(head)}”不是本文件的列。可用的列:{known}。",
                    sheet=sheet.name,
                    row=header_at + 1,
                    column=column_letter(j),
                )
            )
        elif column in mapping.values():
            out.problems.append(
                error(
                    f"列“{column.header}”出现了两次,请只保留一列。",
                    sheet=sheet.name,
                    row=header_at + 1,
                    column=column_letter(j),
                )
            )
        else:
            mapping[j] = column
    letters = {c.key: column_letter(j) for j, c in mapping.items()}
    for n, row in enumerate(sheet.rows[header_at + 1 :], start=header_at + 2):
        values = {c.key: _text(row[j]) if j < len(row) else "" for j, c in mapping.items()}
        if not any(values.values()):
            continue
        for c in columns:
            values.setdefault(c.key, "")
            letters.setdefault(c.key, "")
        out.records.append(Record(n, values, letters))
    return out


def yes_no(text: str) -> bool | None:
    """是/否 (and y/n, 1/0, true/false); None when it is neither."""
    t = normalise_text(text).lower()
    if t in YES:
        return True
    if t in NO:
        return False
    return None


def split_list(text: str) -> list[str]:
    """「甲、乙;丙」 → ['甲', '乙', '丙'] (empty items dropped)."""
    for sep in LIST_SEPARATORS[1:]:
        text = text.replace(sep, LIST_SEPARATORS[0])
    return [p.strip() for p in text.split(LIST_SEPARATORS[0]) if p.strip()]


def number(text: str) -> Decimal | None:
    """A cell's number; None when blank; NotANumberError otherwise."""
    return None if text == "" else parse_number(text)


__all__ = [
    "Column",
    "NotANumberError",
    "Record",
    "Table",
    "number",
    "pick_sheet",
    "read_table",
    "split_list",
    "yes_no",
]
