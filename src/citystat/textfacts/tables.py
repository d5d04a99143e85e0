"""Tables flattened into running text: a header line with units, then one row per line.

::

    指 标 年末数(万人) 比重(%)          ← header: columns with their units
    全县常住人口 21.2                    ← rows: a label, then numbers left to right
    其中:城 镇 9.14 43.1

    排名 城市 2022年GDP(亿元) 增速(%)
    3 甲市 2100.5 5.2                   ← a rank column first, a region as the label

A header is a line of short cells without sentence punctuation, with at least one column
whose unit is in brackets (``(亿元)``, ``（%）``) or a ``单位:万元`` line just before it.
Rows follow while lines are a label and numbers. Each number becomes a fact with the
column's unit, the subject of its row (a region row takes the column's name), the
column's year when it names one, and a measure from the column's name (比重 → share,
增长/增速 → growth, 排名/位次 → rank).

Examples
--------
>>> text = "指 标 年末数(万人) 比重(%)\\n全县常住人口 21.2\\n其中:城 镇 9.14 43.1\\n"
>>> [(c.span, c.subject, c.measure, c.unit) for c in read_tables(text)]
... # doctest: +NORMALIZE_WHITESPACE
[('21.2', '常住人口', 'level', '万人'), ('9.14', '城镇常住人口', 'level', '万人'),
 ('43.1', '城镇常住人口', 'share', '%')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import parse_number
from .regions import find_mentions

#: A column of a header: its name and the unit in brackets (``2022年GDP(亿元)``).
_COLUMN = re.compile(
    r"(?P<name>[^\s()（）|,，。;；:：]{0,16}?)\s*[(（](?P<unit>[^()（）\s\d]{1,6})[)）]"
)
_UNIT_LINE = re.compile(r"^\s*(?:[^\s]{0,20}\s+)?单位\s*[:：]\s*(?P<unit>[^\s,，。;；]{1,6})\s*$")
_SENTENCE_MARKS = re.compile(r"[,，。;；!！?？]")
_NUMBER = r"-?\d+(?:\.\d+)?"
_ROW = re.compile(
    rf"^\s*(?:(?P<lead>\d{{1,3}})\s+)?(?P<label>[^\d\s|][^\d|]{{0,24}}?)\s*[|]?\s*"
    rf"(?P<nums>{_NUMBER}(?:\s*[|\s]\s*{_NUMBER})*)\s*[|]?\s*$"
)
_RANK_COLUMN = re.compile(r"^(?:排名|位次|排序|名次)")
_SERIAL_COLUMN = re.compile(r"^(?:序号|编号)")
_LABEL_LEAD = re.compile(r"^(?:其中|内)[:：]?|^(?:全县|全市|全区|全省)")
_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})年(?:末|底)?")


@dataclass(frozen=True, slots=True)
class Cell:
    """One number of a table row, read as a fact."""

    start: int
    end: int
    span: str
    value: float
    unit: str | None
    subject: str
    measure: str
    label: str
    column: str
    year: int | None
    period_kind: str | None = None


@dataclass(frozen=True, slots=True)
class _Column:
    name: str
    unit: str | None


#: Unbracketed columns that name a period of the table's month (``本月``, ``1-本月``).
_PERIOD_COLUMN = re.compile(
    r"^(?:本月|当月|本期|(?:1|一)\s*[-—－~～至]\s*本月(?:累计)?|本年累计|累计|"
    r"(?:1|一)\s*[-—－~～至]\s*\d{1,2}月(?:份)?(?:累计)?)$"
)
#: A row label's own unit: ``社会消费品零售总额(亿元)``.
_LABEL_UNIT = re.compile(r"\s*[(（](?P<unit>[^()（）\s\d]{1,6})[)）]\s*$")


def period_kind(column: str) -> str | None:
    """``month`` for a column of the month alone, ``cumulative`` for one since January.

    >>> period_kind("本月"), period_kind("1-本月"), period_kind("比去年同月增长"), period_kind("增速")
    ('month', 'cumulative', 'month', None)
    """
    if re.search(r"本月|当月|本期|同月", column) and not re.search(
        r"[1一]\s*[-—－~～至]|累计", column
    ):
        return "month"
    if re.search(r"[1一]\s*[-—－~～至]|累计|同期", column):
        return "cumulative"
    return None


def _ordered_columns(line: str) -> list[_Column] | None:
    """Every numeric column in header order, when unbracketed period columns (``本月``,
    ``1-本月``) stand between bracketed ones: ``指标 本月 比去年同月增长(%) 1-本月 …``."""
    cells = line.replace("|", " ").split()
    if not any(_PERIOD_COLUMN.match(c) for c in cells):
        return None
    out = []
    for cell in cells:
        bracketed = _COLUMN.fullmatch(cell)
        if bracketed:
            out.append(_Column(bracketed["name"], bracketed["unit"]))
        elif _PERIOD_COLUMN.match(cell):
            out.append(_Column(cell, None))
    return out


def _header(line: str, unit_line: str | None) -> tuple[list[_Column], bool] | None:
    """The numeric columns of a header line, and whether it opens with a rank column."""
    if _SENTENCE_MARKS.search(line) or len(line) > 80:
        return None
    columns = _ordered_columns(line) or [
        _Column(m["name"], m["unit"]) for m in _COLUMN.finditer(line)
    ]
    cells = line.replace("|", " ").split()
    ranked = bool(cells) and bool(_RANK_COLUMN.match(cells[0]))
    if not columns and unit_line:
        names = [c for c in cells[1:] if not _RANK_COLUMN.match(c) and len(c) >= 2]
        if len(cells) < 2 or not names:
            return None
        columns = [_Column(name, unit_line) for name in names]
    if not columns:
        return None
    if unit_line and len(cells) - (2 if ranked else 1) > len(columns):
        # 单位:亿元 / 城市 地区生产总值 增速(%): the unbracketed columns are in 亿元
        columns = []
        for cell in cells[(2 if ranked else 1) :]:
            bracketed = _COLUMN.fullmatch(cell)
            if bracketed:
                columns.append(_Column(bracketed["name"], bracketed["unit"]))
            else:
                columns.append(_Column(cell, unit_line))
    if unit_line:
        columns = [c if c.unit else _Column(c.name, unit_line) for c in columns]
    # unbracketed numeric columns between label and bracketed ones are not guessed
    return columns, ranked


def read_tables(text: str) -> list[Cell]:
    """The numbers of every flattened table of ``text`` (offsets into ``text``).

    Examples
    --------
    >>> rows = "排名 城市 2022年GDP(亿元) 增速(%)\\n3 太原市 2100.5 5.2\\n"
    >>> [(c.span, c.subject, c.label, c.measure, c.year) for c in read_tables(rows)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('3', 'GDP', '太原市', 'rank', 2022), ('2100.5', 'GDP', '太原市', 'level', 2022),
     ('5.2', 'GDP', '太原市', 'growth_yoy', 2022)]
    >>> rows = "单位:亿元\\n城市 地区生产总值 增速(%)\\n洛阳市 1361.8 7.4\\n"
    >>> [(c.span, c.subject, c.measure, c.unit) for c in read_tables(rows)]
    [('1361.8', '地区生产总值', 'level', '亿元'), ('7.4', '地区生产总值', 'growth_yoy', '%')]
    >>> read_tables("全年增长5.2%(初步核算)。\\n")
    []
    """
    cells: list[Cell] = []
    lines = _lines(text)
    i = 0
    while i < len(lines):
        _, line = lines[i]
        unit_line = None
        if i > 0:
            found = _UNIT_LINE.match(lines[i - 1][1])
            unit_line = found["unit"] if found else None
        header = _header(line, unit_line)
        if header is None and _unit_column_header(line) is not None:
            header = [], False
        if header is None:
            i += 1
            continue
        columns, ranked = header
        unit_columns = _unit_column_header(line)
        if unit_columns is not None:
            read = _unit_column_rows(lines, i + 1, unit_columns)
        else:
            read = _rows(lines, i + 1, columns, ranked)
        if not read:
            i += 1
            continue
        cells.extend(read)
        i += 1
        while i < len(lines) and any(c.start >= lines[i][0] for c in read[-1:]):
            i += 1
    return cells


#: A header cell naming the column that holds each row's unit (``指标 单位 绝对数 …``).
_UNIT_HEADER = re.compile(r"^(?:计量)?单位$")
_PLACEHOLDER = re.compile(r"^(?:[—–\-]{1,2}|…+|/)$")
_CELL_NUMBER = re.compile(rf"^{_NUMBER}$")


def _unit_column_header(line: str) -> list[_Column] | None:
    """The numeric columns after a unit column: ``指标 单位 绝对数 比上年增长(%)``.

    >>> [(c.name, c.unit) for c in _unit_column_header("指标名称 单位 绝对数 比上年增长(%)") or []]
    [('绝对数', None), ('比上年增长', '%')]
    >>> _unit_column_header("指 标 年末数(万人) 比重(%)") is None
    True
    """
    if _SENTENCE_MARKS.search(line) or len(line) > 80:
        return None
    cells = line.replace("|", " ").split()
    where = next((k for k, c in enumerate(cells) if _UNIT_HEADER.match(c)), None)
    if where is None or where == 0 or where == len(cells) - 1:
        return None
    columns = []
    for cell in cells[where + 1 :]:
        bracketed = _COLUMN.fullmatch(cell)
        columns.append(
            _Column(bracketed["name"], bracketed["unit"]) if bracketed else _Column(cell, None)
        )
    return columns


def _unit_column_rows(
    lines: list[tuple[int, str]], first: int, columns: list[_Column]
) -> list[Cell]:
    """Rows of a table with a unit column: a label, its unit, then one cell per column
    (a number, or a dash for none): ``地区生产总值 亿元 1250.6 5.3``.

    >>> text = "指标 单位 绝对数 比上年增长(%)\\n地区生产总值 亿元 1250.6 5.3\\n规上工业增加值 亿元 — 6.2\\n"
    >>> [(c.span, c.subject, c.measure, c.unit) for c in read_tables(text)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('1250.6', '地区生产总值', 'level', '亿元'), ('5.3', '地区生产总值', 'growth_yoy', '%'),
     ('6.2', '规上工业增加值', 'growth_yoy', '%')]
    """
    cells: list[Cell] = []
    years = " ".join(c.name for c in columns)
    for start, line in lines[first:]:
        if not line.strip():
            if cells:
                break
            continue
        tokens = [(m.start(), m.group()) for m in re.finditer(r"[^\s|]+", line)]
        k = next(
            (
                j
                for j, (_, t) in enumerate(tokens)
                if _CELL_NUMBER.match(t) or _PLACEHOLDER.match(t)
            ),
            None,
        )
        if k is None or k < 2 or _SENTENCE_MARKS.search(line):
            break
        values = tokens[k:]
        if not all(_CELL_NUMBER.match(t) or _PLACEHOLDER.match(t) for _, t in values):
            break
        unit = tokens[k - 1][1]
        label = _LABEL_LEAD.sub("", "".join(t for _, t in tokens[: k - 1]).lstrip("#＃")).strip(
            ":："
        )
        if not label or _CELL_NUMBER.match(unit):
            break
        for (position, raw), column in zip(values, columns, strict=False):
            if _CELL_NUMBER.match(raw):
                cells.append(
                    _cell(start + position, raw, column.unit or unit, label, column, "", "", years)
                )
    return cells


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    position = 0
    for line in text.split("\n"):
        out.append((position, line))
        position += len(line) + 1
    return out


def _rows(
    lines: list[tuple[int, str]], first: int, columns: list[_Column], ranked: bool
) -> list[Cell]:
    cells: list[Cell] = []
    head_label: str | None = None
    row_unit: str | None = None  # a unit in the first row's label holds for the rows after
    for start, line in lines[first:]:
        if not line.strip():
            if cells:
                break
            continue
        m = _ROW.match(line)
        if m is None or _SENTENCE_MARKS.search(m["label"]):
            break
        label = _LABEL_LEAD.sub("", re.sub(r"\s+", "", m["label"]).lstrip("#＃")).strip(":：")
        own_unit = _LABEL_UNIT.search(label)
        if own_unit:  # 社会消费品零售总额(亿元): the row's unit, for columns without one
            label = label[: own_unit.start()]
            row_unit = own_unit["unit"]
        elif head_label is None:
            row_unit = None
        if not label:
            break
        if head_label is None:
            head_label = label
        elif len(label) <= 3 and head_label not in label and not _looks_like_region(label):
            label = label + head_label  # 城镇 under 常住人口 → 城镇常住人口
        numbers = list(re.finditer(_NUMBER, line[m.start("nums") :]))
        offset = start + m.start("nums")
        years = " ".join(c.name for c in columns)
        amount = next(
            (_YEAR.sub("", c.name).strip() for c in columns if not _GROWTH_COLUMN.search(c.name)),
            "",
        )
        if ranked and m["lead"]:
            rank_column = columns[0] if columns else _Column("", None)
            cells.append(
                _cell(
                    start + m.start("lead"),
                    m["lead"],
                    None,
                    label,
                    rank_column,
                    "rank",
                    amount,
                    years,
                )
            )
        for number, column in zip(numbers, columns, strict=False):
            cells.append(
                _cell(
                    offset + number.start(),
                    number.group(),
                    column.unit or row_unit,
                    label,
                    column,
                    "",
                    amount,
                    years,
                )
            )
    return cells


def _cell(
    position: int,
    raw: str,
    unit: str | None,
    label: str,
    column: _Column,
    measure: str,
    amount_column: str,
    table_year: str = "",
) -> Cell:
    year_match = _YEAR.search(column.name) or _YEAR.search(table_year)
    name = _YEAR.sub("", column.name).strip()
    if measure != "rank":
        measure = _measure(name, unit)
    if _looks_like_region(label):  # a region row: the column names the indicator
        subject = amount_column if measure in ("growth_yoy", "rank") or not name else name
    else:
        subject = label
    return Cell(
        position,
        position + len(raw),
        raw,
        parse_number(raw),
        unit,
        subject,
        measure,
        label,
        name,
        int(year_match["year"]) if year_match else None,
        period_kind(column.name),
    )


_GROWTH_COLUMN = re.compile(r"增长|增速|增幅|比上年|同比")
_SHARE_COLUMN = re.compile(r"比重|占比|构成|占")


def _measure(name: str, unit: str | None) -> str:
    if unit in ("%", "‰") and _GROWTH_COLUMN.search(name):
        return "growth_yoy"
    if unit in ("%", "‰") and (_SHARE_COLUMN.search(name) or not name):
        return "share"
    if unit in ("个", "家", "户", "所", "座", "项", "条", "件"):
        return "count"
    return "level"


def _looks_like_region(label: str) -> bool:
    found = find_mentions(label)
    return bool(found) and found[0][0] == 0 and found[0][1] >= len(label) - 1
