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
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final, NamedTuple

from .measures import decide, share_named
from .numbers import parse_number
from .periods import find_events, infer_year
from .regions import find_mentions
from .subjects import SHARE_PARTS, head_of
from .units import UNITS, per_unit, split_unit, unit_info

#: A column of a header: its name and the unit in brackets (``2022年GDP(亿元)``).
_COLUMN = re.compile(
    r"(?P<name>[^\s()（）|,，。;；:：]{0,16}?)\s*[(（](?P<unit>[^()（）\s\d]{1,6})[)）]"
)
_UNIT_LINE = re.compile(
    r"^\s*(?:\S[^,，。;；]{0,20}?\s+)?单位\s*[:：]\s*(?P<unit>[^\s,，。;；]{1,6})\s*"
    r"(?:[(（][A-Za-z ]{1,20}[)）]\s*)?$"  # 单位:个 (unit): a bilingual yearbook's English
)
#: A title's unit in brackets at its end (``某表(单位:件)``).
_TITLE_UNIT = re.compile(r"[(（]单位\s*[:：]\s*(?P<unit>[^\s,，。;；()（）]{1,6})[)）]\s*$")
_SENTENCE_MARKS = re.compile(r"[,，。;；!！?？]")
_NUMBER = r"-?\d+(?:\.\d+)?"
#: A footnote's mark after a name (``比重[4]``).
_NOTE_MARK = re.compile(r"\[\d{1,2}\]|［\d{1,2}］")
#: A value cell with a bound after its number (``7左右``, ``6以上``).
_BOUNDED_CELL = re.compile(rf"^(?P<number>{_NUMBER})(?P<bound>左右|以上|以内|以下)$")
_ROW = re.compile(
    rf"^\s*(?:(?P<lead>\d{{1,3}})\s+)?(?P<label>[^\d\s|][^\d|]{{0,24}}?)\s*[|]?\s*"
    rf"(?P<nums>{_NUMBER}%?(?:\s*[|\s]\s*{_NUMBER}%?)*)"
    # (贵州 1071 全部开工: a last cell in words where a figure would be, read as none)
    r"(?:\s+[\u4e00-\u9fa5]{2,6})?\s*[|]?\s*$"
)
_RANK_COLUMN = re.compile(r"^(?:排名|位次|排序|名次|排行(?!榜))")
_SERIAL_COLUMN = re.compile(r"^(?:序号|编号)")
_LABEL_LEAD = re.compile(
    r"^(?:其中[:：]?|内[:：]|附[:：])|^(?:全县|全市|全区|全省)"
)  # (not 内蒙古)
_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})年(?:末|底)?")
#: A year's digits alone (a column so named: ``指标 | 单位 | 2014 | 2015``, round 31).
_BARE_YEAR = re.compile(r"^(?P<year>(?:19|20)\d{2})$")
#: A line ending in two numbers apart (``… 35 41``): a row's values, no header's cells.
_ENDS_IN_VALUE = re.compile(
    r"\s-?\d+(?:\.\d+)?\s+(?!(?:19|20)\d\d\s*[|｜]?\s*$)-?\d+(?:\.\d+)?\s*[|｜]?\s*$"
)
#: A cell of a unit alone in brackets (``(万件)``): a row label's unit on a line of its own.
_UNIT_CELL = re.compile(r"^[(（][^()（）\d\s]{1,6}[)）]$")


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
    #: the period the table's title names (``表1 2024年1—9月份…``), when it names one
    period: str | None = None
    #: the region a column names (``指标 甲市 乙市``), when a column names one
    region: str | None = None
    #: the base unit a column without a unit implies by its name (``学校数`` → ``count``)
    base: str | None = None


@dataclass(frozen=True, slots=True)
class _Column:
    name: str
    unit: str | None
    #: the period a group header names over this column (``9月`` / ``1-9月`` above it)
    period: str | None = None
    #: a column without a unit of its own (``绝对量``): its cells need the row's unit
    bare: bool = False
    #: a column of a grid (``学校数 招生数 …`` over rows of kinds): its cells are of the
    #: row's label and the column's name together (高等学校 + 招生数)
    joined: bool = False
    #: the indicator a grouped header names over this column (``利润总额`` over
    #: ``1~6月累计(亿元) | 同比(%)``): its cells are of the row's label and the indicator
    indicator: str = ""


#: Unbracketed columns that name a period of the table's month (``本月``, ``1-本月``).
_PERIOD_COLUMN = re.compile(
    r"^(?:本月|当月|本期|(?:1|一)\s*[-—－~～至]\s*本月(?:累计)?|本年累计|累计|"
    r"(?:1|一)\s*[-—－~～至]\s*\d{1,2}月(?:份)?(?:累计)?)$"
)
#: A row label's own unit: ``社会消费品零售总额(亿元)``.
_LABEL_UNIT = re.compile(r"\s*[(（](?P<unit>[^()（）\s\d]{1,6})[)）]\s*$")


#: A column of last year's months since January (``同期累计``, ``上年同期累计``, ``去年累计``).
_PRIOR_CUMULATIVE = re.compile(r"(?:上年|去年)?同期累计(?:数)?|(?:上年|去年)累计(?:数)?")


def period_kind(column: str) -> str | None:
    """``month`` for a column of the month alone, ``cumulative`` for one since January.

    >>> period_kind("本月"), period_kind("1-本月"), period_kind("比去年同月增长"), period_kind("增速")
    ('month', 'cumulative', 'month', None)

    ``prior`` for the same months of the year before (``同期累计`` beside ``本年累计``, a
    coal release's ``本月数 | 本年累计 | 同期累计 | 增长%``); a growth over them
    (``比上年同期累计增长``) is of this year's months:

    >>> period_kind("同期累计"), period_kind("上年累计"), period_kind("同期累计增长")
    ('prior', 'prior', 'cumulative')
    """
    if "累计" in column and _PRIOR_CUMULATIVE.fullmatch(column):
        return "prior"
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
    if _SENTENCE_MARKS.search(line) or len(line) > 80 or _ENDS_IN_VALUE.search(line):
        return None  # (线路长度(公里) Length of Lines (km) 35 41: a row, its values last)
    if "(" in line and _LABEL_HEADER.fullmatch(line.strip(" |｜")):
        return None  # 县(市、区、特区)名称: the label column's cell alone, its bracket no unit
    columns = _ordered_columns(line) or [
        _Column(m["name"], m["unit"])
        for m in (_COLUMN.finditer(line) if "(" in line or "（" in line else ())  # (a bracket)
    ]
    if columns and any(c.unit and c.unit.isascii() for c in columns):
        # Collection of Cultural Relics(piece), …for reader(time): a bilingual yearbook's
        # English line, its brackets no units
        columns = [
            c for c in columns if not (c.unit and c.unit.isascii() and not unit_info(c.unit))
        ]
    cells = line.replace("|", " ").split()
    if len(cells) > 2 and _SERIAL_COLUMN.fullmatch(cells[0]) and _LABEL_HEADER.fullmatch(cells[1]):
        # 序号 省份 新开工小区数(个) 开工率: the rows' numbers count them (no rank), then the
        # label column (session 23)
        return _header(line[line.index(cells[1]) :], unit_line)
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
    flat = line.replace("|", " ").replace("｜", " ").strip()
    lead = _LABEL_HEADER.match(flat)
    rest = flat[lead.end() :].split() if lead and not unit_line and not ranked else []
    if len(rest) > len(columns) and all(len(c) <= 12 for c in rest):
        # 指标 | 绝对量 | 同比增长(%): every cell after the label column's is a column;
        # one without a unit takes the row's (房地产开发投资(亿元) | 78680 | -10.1)
        columns = [c if c.unit else replace(c, bare=True) for c in (_named_column(n) for n in rest)]
    return columns, ranked


class GeneralReaders(NamedTuple):
    """The general reader's entry points (``table_blocks.READERS``), passed in by the
    caller: :mod:`table_blocks` builds on this module, which cannot import it."""

    #: the cells of a table at a line (its first row, or its header's first line)
    at_line: Callable[[list[tuple[int, str]], int, str, int | None], list[Cell]]
    #: a quick test of a line that may open cells between ``|`` borders
    stream_start: Callable[[str], bool]
    #: the cells between ``|`` borders from a line
    stream: Callable[[list[tuple[int, str]], int, int | None], list[Cell]]


def read_tables(
    text: str, year: int | None = None, general: GeneralReaders | None = None
) -> list[Cell]:
    """The numbers of every flattened table of ``text`` (offsets into ``text``);
    ``year``, the document's, dates columns naming a month (``3月``, ``1-3月``);
    ``general``, the general reader (``table_blocks.READERS``) tried with these.

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
        block = general.at_line(lines, i, line, year) if general else []
        if block:  # a row under a header of any layout (see table_blocks)
            cells.extend(block)
            while i < len(lines) and lines[i][0] < block[-1].end:
                i += 1
            continue
        form = read_report_form(lines, i) if "单位" in line else None
        if form:
            cells.extend(form)
            while i < len(lines) and lines[i][0] < form[-1].end:
                i += 1
            continue
        own = _own_unit_rows(lines, i) if "(" in line or "（" in line else []
        if own and not _period_header_above(lines, i, year):
            # 巡游车(辆) | 发布指标 | 192: each row's unit in its label
            if titled := _title_period_above(lines, i, year):
                own = [replace(c, period=titled) for c in own]
            cells.extend(own)
            while i < len(lines) and lines[i][0] < own[-1].end:
                i += 1
            continue
        header = _header(line, unit_line)
        if header is None:
            stacked = read_stacked(text, lines, i, year)
            if stacked:
                cells.extend(stacked)
                while i < len(lines) and lines[i][0] < stacked[-1].end:
                    i += 1
                continue
        if header is None and general and general.stream_start(line):
            stream = general.stream(lines, i, year)
            if stream and _stacked_reads_more(text, lines, i, stream):
                i += 1  # 卫生机构基本情况 | / 项目 | / 2020年 | …: the table one cell a line
                continue  # from its label column's header, read there whole (round 20)
            fuller = _block_reads_more(lines, i, stream, general, year) if stream else None
            if fuller is not None:
                i = fuller  # a row under a header of its own lines (本月 | 比上年同月 …)
                continue
            if stream:  # cells between | borders, over lines (see table_blocks)
                cells.extend(stream)
                while i < len(lines) and lines[i][0] < stream[-1].end:
                    i += 1
                continue
        if header is None and _unit_column_header(line) is not None:
            header = [], False
        if header is None and line.count(" ") >= 2 and not any(c.isdigit() for c in line):
            grid = read_grid(lines, i)
            if grid:
                cells.extend(grid)
                while i < len(lines) and lines[i][0] < grid[-1].end:
                    i += 1
                continue
        if header is None:
            i += 1
            continue
        columns, ranked = header
        unit_columns = _unit_column_header(line)
        if unit_columns is not None:
            read = _unit_column_rows(lines, i + 1, unit_columns)
        else:
            read = _rows(lines, i + 1, columns, ranked, text)
        if not read and ("|" in line or len(columns) == 1):
            # 排名 | 城市 | 综合指数(%)…: the rows a line with a column of words or cells with
            # their %, read as cells; 绝对数(亿元) alone: the first cell of a header one cell
            # a line, its label column's left blank
            read = read_stacked(text, lines, i, year)
            if read:
                cells.extend(read)
                while i < len(lines) and lines[i][0] < read[-1].end:
                    i += 1
                continue
        if not read:
            i += 1
            continue
        above = lines[i - 1][1] if i > 0 else ""
        if (
            not any(c.period or c.period_kind for c in read)  # 本月 / 1-本月 columns: their own
            and len(above) <= 30
            and not _SENTENCE_MARKS.search(above)
            # 指 标2023年1-3月份 / 同比增长(%): the line above the columns names their period
            and (named := _named_period(above, infer_year(above)))
        ):
            read = [replace(c, period=named) for c in read]
        cells.extend(read)
        i += 1
        while i < len(lines) and any(c.start >= lines[i][0] for c in read[-1:]):
            i += 1
    return cells


#: A row whose label carries its unit and whose one value follows, after words of a kind
#: at most (``巡游车(辆) | 发布指标 | 192 | ||``, ``其中 | 新能源巡游车(辆) | 自选指标 | 179``).
_OWN_UNIT_ROW = re.compile(
    r"^\s*(?:[^\d|｜()（）]{1,8}\s*[|｜]\s*)?"
    # (运距<10公里的日均订单数(单): a class's bound inside the label, no figure)
    r"(?P<label>(?:[^\d|｜()（）\s<>≤≥＜＞]|[<>≤≥＜＞]\d+(?:\.\d+)?){2,24})"
    r"[(（](?P<sign>±)?(?P<unit>[^()（）\s\d|｜]{1,6})[)）]\s*[|｜]"
    # (the words of a kind between, not a column of a change: 地区生产总值(亿元) | 增长 | 5.2)
    r"(?:\s*[^\d|｜+\-\s增降比率同%][^\d|｜增降比率同%]{0,8}[|｜])?"
    r"\s*(?P<value>[+\-]?\d+(?:\.\d+)?%?)\s*[|｜\s]*$"
)
#: A row label's end naming a change of what it counts (``巡游车增减数量``).
_CHANGE_LABEL = re.compile(r"增减(?:数量|数|量)$")


def _title_period_above(lines: list[tuple[int, str]], at: int, year: int | None) -> str | None:
    """The period a table's title names, a few short lines above its first row (``甲市出租汽车
    行业运行监测表 / (2023年1-6月) / 一级指标 | …``), or None."""
    for _, above in reversed(lines[max(0, at - 4) : at]):
        if not above.strip() or len(above) > 40 or _SENTENCE_MARKS.search(above):
            break
        if named := _named_period(above, year):
            return named
    return None


def _period_header_above(lines: list[tuple[int, str]], at: int, year: int | None) -> bool:
    """Whether the line above ``at`` is a bordered header naming a period (``指标 |
    2023年1-6月``): its rows are read under it, by column."""
    above = lines[at - 1][1] if at else ""
    return "|" in above and _named_period(above, year) is not None


def _named_period(line: str, year: int | None) -> str | None:
    """The first period ``line`` names (a table's title or header above its rows), or None."""
    return next((e.period for e in find_events(line, year) if e.period), None)


def _own_unit_rows(lines: list[tuple[int, str]], first: int) -> list[Cell]:
    """The rows from ``first`` on, two at least, that each carry their unit in their label
    and one value after it (a monitoring table of indicators as a city posts it); none when
    the line is another table's row or header.

    >>> rows = [(0, "巡游车(辆) | 发布指标 | 192 | ||"), (28, "网约车增减数量(±辆) | 发布指标 | +105 |")]
    >>> [(c.span, c.subject, c.unit, c.measure) for c in _own_unit_rows(rows, 0)]
    [('192', '巡游车', '辆', 'count'), ('+105', '网约车', '辆', 'abs_change')]
    """
    cells: list[Cell] = []
    for start, line in lines[first:]:
        found = _OWN_UNIT_ROW.match(line)
        if found is None:
            break
        unit = "%" if found["value"].endswith("%") else found["unit"]
        if unit != "%" and unit_info(unit) is None:
            break
        label = found["label"]
        raw = found["value"]
        measure = ""
        if change := _CHANGE_LABEL.search(label):
            label, measure = label[: change.start()], "abs_change"
        at = start + found.start("value")
        cell = _cell(at, raw.rstrip("%"), unit, label, _Column("", unit), "", "")
        cells.append(replace(cell, end=at + len(raw), span=raw, measure=measure or cell.measure))
    return cells if len(cells) >= 2 else []


#: A header cell naming the column that holds each row's unit (``指标 单位 绝对数 …``).
_UNIT_HEADER = re.compile(r"^(?:计量)?单位$")
#: The dashes a page writes for an empty cell (``―`` is U+2015, a horizontal bar).
DASHES = "—–\\-－―"
_PLACEHOLDER = re.compile(rf"^(?:[{DASHES}]{{1,2}}|…+|/)$")
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
    # (by index, not lines[first:]: a copy of the rest of the text's lines for each table
    # was quadratic in a text of many tables)
    for at in range(first, len(lines)):
        start, line = lines[at]
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
        if k is None or k < 1 or _SENTENCE_MARKS.search(line):
            break
        values = tokens[k:]
        if not all(_CELL_NUMBER.match(t) or _PLACEHOLDER.match(t) for _, t in values):
            break
        # a row of a label and a value for every column: its unit cell is the one empty
        unitless = k == 1 and len(values) == len(columns)
        if k < 2 and not unitless:
            break
        unit = None if unitless else tokens[k - 1][1]
        named = [t for _, t in tokens[: k if unitless else k - 1]]
        numbered = next((j for j, t in enumerate(named) if _FORM_NUMBERING.match(t)), None)
        if numbered is not None:  # 经济稳定 | 1.地区生产总值…: a category before the row
            named = named[numbered:]
            named[0] = named[0][_FORM_NUMBERING.match(named[0]).end() :]  # type: ignore[union-attr]
        label = row_note_free(_LABEL_LEAD.sub("", "".join(named).lstrip("#＃")).strip(":："))
        if not label or (unit and _CELL_NUMBER.match(unit)):
            break
        kind = implied(label) if unitless else None
        if unitless and not kind:
            continue
        for (position, raw), column in zip(values, columns, strict=False):
            if _CELL_NUMBER.match(raw):
                cell = _cell(
                    start + position, raw, column.unit or unit, label, column, "", "", years
                )
                if kind:  # 城乡居民收入比 with its unit cell empty: a ratio by its name
                    cell = replace(cell, unit=None, measure=kind[0], base=kind[1])
                cells.append(cell)
    return cells


def _lines(text: str) -> list[tuple[int, str]]:
    r"""Each line with its offset, without the empty cells a page pads a row of three cells
    or more with at its end (``甲 | 1.2 | 3.4 | |``: round 24). Rows of a bordered form
    (``| 甲 | 1.2 |``), headings over its rows (``乙 | ||``) and rows of an empty value
    (``丙 | 个 | |``) keep their bars.

    >>> _lines("甲 | 1.2 | 3.4 | |\n乙 | ||\n丙 | 个 | |\n| 丁 | 1 | |")
    [(0, '甲 | 1.2 | 3.4'), (18, '乙 | ||'), (25, '丙 | 个 | |'), (35, '| 丁 | 1 | |')]
    """
    out: list[tuple[int, str]] = []
    position = 0
    for line in text.split("\n"):
        padded = _PADDED_END.search(line) if line.endswith("|") and line[:1] != "|" else None
        if padded and line.count("|", 0, padded.start()) >= 2:
            line_read = line[: padded.start()]
        else:
            line_read = line
        rows = _rows_of_one_line(line_read) if line_read.count("|") >= 9 else None
        if rows:
            out.extend((position + at, row) for at, row in rows)
        else:
            out.append((position, line_read))
        position += len(line) + 1
    return out


#: The header cell of a ranking's rank column, after its caption (``…名单: 排序``).
_ONE_LINE_RANK = re.compile(r"^(?P<caption>.*[:：]\s*)?(?P<rank>排序|排名|名次|位次)\s*$")


def _rows_of_one_line(line: str) -> list[tuple[int, str]] | None:
    """A ranking a page ran into one line (``名单: 排序 | 城市 | 总分 | 1 | 甲市 | 95.6 | 2 |
    乙市 | 93.8 | …``): its caption, header and rows as lines of their own, each with its
    offset in ``line``; None unless the line is one (three rows at least, ranked 1, 2, 3 …).

    >>> _rows_of_one_line("名单: 排序 | 城市 | 总分 | 1 | 甲市 | 95.6 | 2 | 乙市 | 93.8 | 3 | 丙市 | 90 | 注")
    ... # doctest: +NORMALIZE_WHITESPACE
    [(0, '名单: '), (4, '排序 | 城市 | 总分 |'), (19, '1 | 甲市 | 95.6 |'), (35, '2 | 乙市 | 93.8 |'),
     (51, '3 | 丙市 | 90 |'), (65, '注')]
    """
    bars = [k for k, c in enumerate(line) if c == "|"]
    starts = [0, *(k + 1 for k in bars)]
    ends = [*bars, len(line)]
    cells = [line[a:b].strip() for a, b in zip(starts, ends, strict=True)]
    head = _ONE_LINE_RANK.match(cells[0])
    width = next((j for j, c in enumerate(cells) if c == "1"), 0)
    if head is None or width < 2:
        return None
    rows = 0
    while width * (rows + 2) <= len(cells) and cells[width * (rows + 1)] == str(rows + 1):
        rows += 1
    if rows < 3:
        return None
    rank_at = head.start("rank")
    out = [(0, line[:rank_at])] if rank_at else []
    for k in range(rows + 1):  # the header, then each row (with the bar after its last cell)
        first = starts[width * k] if k else rank_at
        stop = ends[width * (k + 1) - 1] + 1
        out.append(
            (
                first + (len(line[first:stop]) - len(line[first:stop].lstrip())),
                line[first:stop].strip(),
            )
        )
    rest = starts[width * (rows + 1)] if width * (rows + 1) < len(cells) else len(line)
    if line[rest:].strip():
        out.append((rest + len(line[rest:]) - len(line[rest:].lstrip()), line[rest:].strip()))
    return out


#: Empty cells ending a row (two bars or more).
_PADDED_END = re.compile(r"(?:\s*\|){2,}\s*$")


def _rows(
    lines: list[tuple[int, str]],
    first: int,
    columns: list[_Column],
    ranked: bool,
    text: str = "",
) -> list[Cell]:
    cells: list[Cell] = []
    head_label: str | None = None
    first_label = ""
    heading = False  # rows after a heading line (按构成分) are parts of the first row
    row_unit: str | None = None  # a unit in the first row's label holds for the rows after
    # (by index, not lines[first:]: a copy of the rest of the text's lines for each table
    # was quadratic in a text of many tables)
    for at in range(first, len(lines)):
        start, line = lines[at]
        if not line.strip():
            if cells and not (at + 1 < len(lines) and _ROW.match(lines[at + 1][1])):
                break  # (rows a blank line apart, as a page spaces them, go on)
            continue
        m = _ROW.match(line)
        if m is None and cells and _heading(lines, at):
            heading = True  # 按构成分 over the rows after it: parts of the table's first row
            continue
        if m is None or _SENTENCE_MARKS.search(m["label"]):
            break
        label = _LABEL_LEAD.sub("", re.sub(r"\s+", "", m["label"]).lstrip("#＃")).strip(":：")
        own_unit = _LABEL_UNIT.search(label)
        if own_unit:  # 社会消费品零售总额(亿元): the row's unit, for columns without one
            label = label[: own_unit.start()]
            row_unit = own_unit["unit"]
            if head_label is not None and any(c.bare for c in columns):
                head_label = None  # 房屋施工面积(万平方米) after 投资(亿元)…: a new parent
        elif head_label is None:
            row_unit = None
        if not label:
            break
        if head_label is None:
            head_label = label
            first_label = label
        elif heading and text:
            part = _part_head(text, label, first_label)
            label = label + part if part and not label.endswith(part) else label
        elif len(label) <= 3 and head_label not in label and not _looks_like_region(label):
            label = label + head_label  # 城镇 under 常住人口 → 城镇常住人口
        numbers = list(re.finditer(_NUMBER, line[m.start("nums") :]))
        if len(numbers) != len(columns) and "%" in m["nums"]:
            break  # 甲 12.9% 527.3 371.5 under one column: a header this reader did not see
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
            percent = line.startswith("%", m.start("nums") + number.end())
            if column.bare and not row_unit and not percent:
                continue  # a column without a unit in a row without one: no figure
            cell = _cell(
                offset + number.start(),
                number.group(),
                column.unit or row_unit or ("%" if percent else None),
                label,
                column,
                "",
                amount,
                years,
            )
            if percent:  # 99%: the span with its sign
                cell = replace(cell, span=cell.span + "%", end=cell.end + 1)
            cells.append(cell)
    return cells


def _heading(lines: list[tuple[int, str]], at: int) -> bool:
    """Whether line ``at`` heads the rows after it (``按构成分``, ``分产业``): a short line of
    words alone, followed by a row."""
    body = lines[at][1].strip()
    if not 2 <= len(body) <= 8 or not re.fullmatch(r"[\u4e00-\u9fa5]+", body):
        return False
    return at + 1 < len(lines) and _ROW.match(lines[at + 1][1]) is not None


#: Notes on a row's name that are no part of it: a footnote's mark (``[1]``), how it is
#: computed (``(按可比价格计算)``, ``(以农村居民为1)``), the prices it is at (``(现价)``, no
#: unit: the columns' or the 单位 line's holds), brackets left empty by a lost note.
_ROW_NOTE = re.compile(
    r"\[\d{1,2}\]|[(（](?:按|以|含|不含)[^()（）]{0,30}[)）]|[(（]\s*[)）]|[(（][A-Z]{2,5}[)）]"
    r"|[(（](?:现价|不变价|可比价|当年价)格?[)）]"
)
#: A row's name that carries its measure, a growth: ``X增长率``, ``X增速``, ``X涨幅`` (not
#: 自然增长率, a rate of events: convention 8).
_LABEL_GROWTH = re.compile(r"(?P<amount>.{2,}?)(?<!自然)(?:增长率|增长速度|增速|增幅|涨幅)")


def row_note_free(label: str) -> str:
    """A row's name without its notes.

    >>> row_note_free("高技术产业[1]增加值占比"), row_note_free("单位GDP能耗(按当量值计算)")
    ('高技术产业增加值占比', '单位GDP能耗')
    >>> row_note_free("居民消费价格涨幅(CPI)"), row_note_free("城乡收入比(以农村为1)")
    ('居民消费价格涨幅', '城乡收入比')
    >>> row_note_free("工业总产值(现价)")
    '工业总产值'
    """
    return _ROW_NOTE.sub("", label) if ("[" in label or "(" in label or "（" in label) else label


def row_measure(label: str) -> tuple[str, str] | None:
    """The measure a row's name gives a cell in % whose column names none (``1-3月``,
    ``累计``), with the cell's subject: a growth of the amount named, or a share.

    >>> row_measure("地区生产总值增长率"), row_measure("税收占GDP比重")
    (('growth_yoy', '地区生产总值'), ('share', '税收占GDP比重'))
    >>> row_measure("人口自然增长率"), row_measure("城镇登记失业率")
    (None, None)
    """
    growth = _LABEL_GROWTH.fullmatch(label)
    if growth:
        return "growth_yoy", growth["amount"]
    if SHARE_PARTS.fullmatch(label) or (label.endswith("率") and share_named(label)):
        return "share", label  # (有线电视入户率 | %: a rate of coverage, round 31)
    return None


def _cell(
    position: int,
    raw: str,
    unit: str | None,
    label: str,
    column: _Column,
    measure: str,
    amount_column: str,
    table_year: str = "",
    place: bool = False,
) -> Cell:
    year_match = (
        _YEAR.search(column.name) or _BARE_YEAR.fullmatch(column.name) or _YEAR.search(table_year)
    )
    name = _YEAR.sub("", column.name).strip()
    if measure != "rank":
        measure = _measure(name, unit)
    by_row = row_measure(label) if measure == "level" and unit in ("%", "‰") else None
    if by_row:  # 1-3月 | 地区生产总值增长率 | %: the row's name says the measure
        measure, label = by_row
    if place or _looks_like_region(label):  # a region row: the column names the indicator
        changes = ("growth_yoy", "rank", "pp_change")
        bare_share = measure == "share" and _SHARE_COLUMN.fullmatch(name) is not None
        # (比重 beside 常住人口数: the amount's share, round 28)
        subject = amount_column if measure in changes or not name or bare_share else name
        subject = column.indicator or subject
    elif column.joined:
        subject = label + name
    elif column.indicator:
        subject = label + column.indicator
    else:
        subject = label
    value = signed_by_column(parse_number(raw), measure, name)
    return Cell(
        position,
        position + len(raw),
        raw,
        value,
        unit,
        subject,
        measure,
        label,
        name,
        int(year_match["year"]) if year_match else None,
        period_kind(column.name),
    )


_GROWTH_COLUMN = re.compile(r"增长|增速|增幅|增减|比上年|同比|环比|变化率")
#: Columns of falls, whose cells are the size of the fall (``同比下降(%)``, ``降幅``), and
#: columns of either (``上升或下降``, ``增减``), whose cells carry their sign.
_FALL_COLUMN = re.compile(r"下降|减少|降幅|降低|下滑|减幅")
_RISE_OR_FALL = re.compile(r"增减|升降|上升|增长|提高|增加|[±+]")
_CHANGES: Final = frozenset({"growth_yoy", "abs_change", "pp_change"})


def signed_by_column(value: float, measure: str, column: str) -> float:
    """A change cell's value with the sign its column's name gives it: a column of falls
    holds their sizes (``同比下降(%)`` | ``14.7`` is a growth of -14.7; session 23).

    >>> signed_by_column(14.7, "growth_yoy", "同比下降"), signed_by_column(-30.3, "growth_yoy", "同比下降")
    (-14.7, 30.3)
    >>> signed_by_column(14.7, "growth_yoy", "增减"), signed_by_column(14.7, "level", "下降")
    (14.7, 14.7)
    """
    if measure in _CHANGES and _FALL_COLUMN.search(column) and not _RISE_OR_FALL.search(column):
        return -value
    return value


_SHARE_COLUMN = re.compile(r"比重|占比|构成|占|比例")


#: A column of changes in the unit of the amounts (``增减``, ``比上年增减``, ``同比增加``).
_CHANGE_COLUMN = re.compile(
    r"增减(?:数|量|额)?$|(?:比上年|比去年|较上年|同比)(?:增加|增长)(?:数|量|额)?$"
)


@lru_cache(maxsize=1024)  # pure; every cell of a column asks it (decide reads 开工率 each time)
def _measure(name: str, unit: str | None) -> str:
    """The measure of a column's cells from its name and unit.

    >>> _measure("增减", "所"), _measure("比上年增减", "万人"), _measure("增减", "%")
    ('abs_change', 'abs_change', 'growth_yoy')
    >>> _measure("2017年", "所"), _measure("工业增加值", "亿元"), _measure("目标增长", "%")
    ('count', 'level', 'target')
    >>> _measure("2001年", "万卷"), _measure("2001年", "万人次")
    ('count', 'level')
    """
    if unit == "百分点":  # 同比变化(百分点) beside a share: the share's change
        return "pp_change"
    if "目标" in name or "计划" in name:  # 目标增长(%) beside 实际增长(%): a target (round 28)
        return "target"
    if unit in ("%", "‰") and _GROWTH_COLUMN.search(name):
        return "growth_yoy"
    if unit not in ("%", "‰") and "增" in name and _CHANGE_COLUMN.search(name):
        return "abs_change"  # 增减 in 所 beside the year's and last year's counts (round 18b)
    if unit in ("%", "‰") and (_SHARE_COLUMN.search(name) or not name):
        return "share"
    if (
        unit in ("%", "‰")
        and name.endswith("率")
        and decide(name, "", unit, "number")[0] == "share"
    ):
        return "share"  # 开工率(%): a rate as the text reads it (失业率 no share; session 23)
    info = unit_info(unit) if unit else None
    if info is not None and info.kind == "count":
        # 个, 家, 万张, 万卷: things counted, as a figure in the text is (round 29; 万头,
        # 万只 of livestock in heads, convention 10)
        return "count"
    return "level"


#: A column without a unit whose name says what its cells are: things counted
#: (``学校数``, ``班级数``), persons (``在校学生数``, ``专任教师数``, ``人数``) or a ratio of
#: two quantities (``学生与专任教师比``, ``生师比``).
_COUNTED_NAME = re.compile(
    r"(?:学校|班级|企业|单位|机构|医院|项目|户|家|个|所|座|场馆|网点)数$|(?:决定|申请|案件)数量$"
)
#: A column of things counted by a unit its name ends in (``本年制发件数``: 件).
_UNIT_NAMED = re.compile(r"(?P<unit>件|宗|起)数$")


def unit_named(name: str) -> str | None:
    """The unit a unitless column's name ends in, or None.

    >>> unit_named("本年制发件数"), unit_named("现行有效件数"), unit_named("学校数")
    ('件', '件', None)
    """
    found = _UNIT_NAMED.search(name)
    return found["unit"] if found else None


_PERSONS_NAME = re.compile(r"(?:人|学生|生|教师|职工|员工|人员)数$|人口$")
_RATIO_NAME = re.compile(r"[\u4e00-\u9fa5]比$")
#: A composite quality index (``环境空气质量综合指数``, ``水环境质量指数``): a value without
#: a unit, of base ``index`` (dev20a's convention for 综合指数); a price index is not one.
_INDEX_NAME = re.compile(r"(?:综合|质量)指数$")
#: A column of a ranking's points, named without 分 (``总分``, ``综合得分``).
_SCORE_NAME = re.compile(r"(?:综合|总体?)?(?:得分|评分|分值|分数)|总分")


def implied(name: str) -> tuple[str, str] | None:
    """The measure and base unit that a unitless column's name implies, or None.

    >>> implied("学校数"), implied("在校学生数"), implied("学生与专任教师比"), implied("累计")
    (('count', 'count'), ('level', 'person'), ('ratio', 'ratio'), None)
    >>> implied("环境空气质量综合指数"), implied("居民消费价格指数"), implied("总分")
    (('level', 'index'), None, ('level', 'score'))
    """
    if _COUNTED_NAME.search(name):
        return "count", "count"
    if _PERSONS_NAME.search(name):
        return "level", "person"
    if _RATIO_NAME.search(name) and not name.endswith(("占比", "同比", "环比")):
        return "ratio", "ratio"
    if name.endswith("指数") and _INDEX_NAME.search(name):
        return "level", "index"
    if _SCORE_NAME.fullmatch(name):  # 排序 | 城市 | 总分: a ranking's points (session 23)
        return "level", "score"
    return None


#: A row of a table's total: its cells are of the column's quantity alone.
_TOTAL_ROW = re.compile(r"^(?:总计|合计|总数|全部|总体)$")


#: A row of the whole of the document's region (``全省``, ``全市平均``): a region row.
_WHOLE_ROW = re.compile(r"全(?:国|省|市|县|区|州)(?:平均)?")


def _looks_like_region(label: str) -> bool:
    if label.startswith("全") and _WHOLE_ROW.fullmatch(label):
        return True
    found = find_mentions(label)
    if found and found[0][0] == 0 and _OFFICE.fullmatch(label, found[0][1]):
        return True  # 甲市工商局: a place's office, a row of that place (round 28)
    return bool(found) and found[0][0] == 0 and found[0][1] >= len(label) - 1


#: A government office after its place's name (``工商局``, ``市场监督管理局``).
_OFFICE = re.compile(r"[\u4e00-\u9fa5]{0,12}(?:局|委|办|厅|中心|分局|政府)")


#: One cell of a table flattened one cell per line: the line without ``|`` borders.
_STACKED_BORDER = re.compile(r"^[\s|｜]*(?P<cell>.*?)[\s|｜]*$")
#: A value cell: a number, with or without thousands separators (``78,680``).
#: (``+7.1``: a growth cell signed as an industry association's table signs it)
_VALUE = re.compile(rf"^[-+]?\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?$|^\+?{_NUMBER}$")
_STACKED_NUMBER = re.compile(rf"{_VALUE.pattern}|^[{DASHES}]{{1,3}}$|^…+$|^/$")
#: Cells that head the label column of a table (``指标``, ``项 目``, ``地区``).
_LABEL_HEADER = re.compile(
    r"(?:主要)?指\s*标(?:名称)?|项\s*目(?:名称)?|地\s*区(?:名称)?|城\s*市(?:名称)?|县\s*区|区\s*县|地\s*市|"
    # the places of a province's ranking (设区市, 市州, 省辖市, 县市区)
    r"设区市|市\s*州|市\s*县|省辖市|地级市|县\s*市\s*区|县\s*区\s*市|"
    r"县[(（]市、?区?(?:、特区)?[)）](?:名称)?|行\s*业(?:类别|名称|分类)?|类\s*别|名\s*称|产品(?:名称)?|分\s*组|分\s*类"
    # 排名 | 公司简称 | 营收(亿元): a ranking of firms (session 22)
    r"|(?:公司|企业|品牌)(?:简称|名称)?|简\s*称"
    # 省(区、市) | 人均公园绿地面积(平方米): the provinces of a national ranking (session 23)
    r"|省份|省\s*[(（](?:区|自治区)、?(?:市|直辖市)[)）]|省区市"
)
#: A sub-row (``其中:住宅``); ``其中`` alone is a heading.
_SUB_ROW = re.compile(r"^(?:其中|内)\s*[:：]\s*")


def _stacked_cell(line: str) -> str:
    found = _STACKED_BORDER.match(line)
    return found["cell"] if found else line.strip()


def read_stacked(
    text: str, lines: list[tuple[int, str]], first: int, doc_year: int | None = None
) -> list[Cell]:
    """A table flattened one cell per line, as statistical releases come out of a web
    page: the header cells, then each row's label and its values, every one on its own
    line (``|`` borders and blank lines dropped). The label column's header opens it
    (``指标``; after a rank column, ``排名``/``城市``); the header's number of value
    columns must equal the number of values of every row. A row label's bracketed unit
    holds for columns without one; rows after a ``其中:`` row are its parent's parts
    until a row with its own unit, and take the parent's head as the text itself names
    it (``其中:住宅`` under ``…投资(亿元)`` is ``住宅投资`` when the text says 住宅投资,
    and its siblings take the same head).

    >>> text = "指标\\n总量\\n比上年增长(%)\\n工业用电量(亿千瓦时)\\n45.6\\n3.2\\n其中:轻工业\\n7.1\\n-1.5\\n"
    >>> [(c.span, c.subject, c.measure, c.unit) for c in read_tables(text)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('45.6', '工业用电量', 'level', '亿千瓦时'), ('3.2', '工业用电量', 'growth_yoy', '%'),
     ('7.1', '轻工业用电量', 'level', '亿千瓦时'), ('-1.5', '轻工业用电量', 'growth_yoy', '%')]
    """
    barred = _bar_cells(lines[first]) if "|" in lines[first][1] else None
    head = barred[0][1] if barred else lines[first][1].strip(" \t|｜\r\u3000")
    if len(head) > 16 or (
        len(head) > 8
        and not _LABEL_HEADER.fullmatch(head)
        and not (head[-1:] in ")）" and _COLUMN.fullmatch(head))  # 企业法人单位(个)
    ):
        return []  # no header cell of a label or rank column (most lines: fast)
    serial = bool(_SERIAL_COLUMN.fullmatch(head))  # 序号 / 指标 / …: numbered rows, no rank
    ranked = serial or bool(_RANK_COLUMN.fullmatch(head))
    # (an empty cell) / 单位 / 1-3季度 / …: the label column's header left blank
    unit_first = not ranked and bool(_UNIT_HEADER.fullmatch(head))
    month = None
    year_first = False  # 2023年 / 较上年增长(%) under a caption: no label column header
    if not ranked and not unit_first and not _LABEL_HEADER.fullmatch(head):
        month = _headless_month(lines, first, head)
        year_first = month is None and (
            _headless_year(lines, first, head) or _headless_amount(lines, first, head)
        )
        if month is None and not year_first:
            return []
    if barred and (month is not None or unit_first):
        return []
    # 排名 | 城市 | 综合指数 | 主要污染物, a row a line: the same cells, split at the bars
    cells = _barred_run(lines, first) if barred else _stacked_run(lines, first + 1)
    # 87.1% / -6.8%: a cell with its percent sign, read as its number (the sign kept for
    # the span) when its column has no unit or a unit of %
    percent: dict[int, str] = {}
    carried: dict[int, tuple[str, str]] = {}  # 162817吨: the cell with its unit, the unit
    for j, (at, c) in enumerate(cells):
        if c.endswith(("%", "％")) and _CELL_NUMBER.match(c[:-1]):
            percent[at] = c
            cells[j] = (at, c[:-1])
        elif c[-1:] in "右上内下" and (bound := _BOUNDED_CELL.match(c)):
            # 7左右 under 目标增长(%): the number, its bound kept in the span (round 28)
            carried[at] = (c, "")
            cells[j] = (at, bound["number"])
        elif c[-1:] >= "\u4e00" and (own := _VALUE_WITH_UNIT.match(c)):
            # a value cell that carries its unit (the table has no unit column): its
            # number, the unit the row's (round 19, second pass)
            info = unit_info(own["unit"])
            if info is not None and info.kind != "duration":
                carried[at] = (c, own["unit"])
                cells[j] = (at, own["number"])
    if month is not None:  # 10 / 1-10 / 绝对量 / …: the label column's header dropped
        cells = _headless_header(lines, first, cells, month)
    if unit_first or year_first:
        cells.insert(0, (lines[first][0] + lines[first][1].index(head), head))
    if ranked:  # 排名 / 城市 / GDP(亿元) / …: the label column's header comes next
        if not cells or not (
            _LABEL_HEADER.fullmatch(cells[0][1])
            # 序号 / 单位 / 咨询 / 投诉 …: the bodies numbered are the rows (round 28)
            or (serial and cells[0][1] in ("单位", "单位名称", "名称"))
        ):
            return []
        cells = cells[1:]
    if not ranked and not month and not unit_first and not year_first:
        cells = _row_major(cells) or cells
    # the header: cells up to the first row (its label, or its rank), before a number
    # 指 标 | 2007 | 2008 | …: a yearbook's columns of bare years, ascending, are the header's
    years = 0
    while (
        not ranked
        and years < len(cells)
        and _BARE_YEAR.match(cells[years][1])
        and (years == 0 or int(cells[years][1]) > int(cells[years - 1][1]))
    ):
        years += 1
    years = years if years >= 2 else 0
    k = next((j for j, (_, c) in enumerate(cells) if j >= years and _STACKED_NUMBER.match(c)), None)
    if k is None:
        return []
    # 指标 / 1995 / 2000 / 2001 / 馆藏档案 / 全宗(个) / 13018 …: the bare years are the whole
    # header, and the headings before the first row are rows without values (round 29)
    headings = k - 1 - years if years and not ranked and k - 1 > years else 0
    k -= headings
    # a ranked table's first number is its first rank; else the label is the cell before
    names = [
        c + "年" if j < years else _NOTE_MARK.sub("", c)  # 比重[4]: a footnote's mark dropped
        for j, (_, c) in enumerate(cells[: k if ranked else k - 1])
    ]
    half = len(names) // 2
    if (
        half
        and len(names) == 2 * half + 1
        and names[:half] == names[half + 1 :]
        and _LABEL_HEADER.fullmatch(names[half])
    ):
        # 县名称 / 收入(元) / 增长(%) / 县名称 / 收入(元) / 增长(%): two rows side by side
        # on the page, under their header twice; read a row at a time
        names = names[:half]
    # 指标 / 总量指标 / 人口与就业 / 人口(万人) / 总人口 / 3171.0 / 男性人口 / 1588.2: one
    # column, the headings of its first section before its first row
    sections = not ranked and len(names) >= 2 and _single_values(cells, k + headings)
    if sections:
        names = names[:1]
    unit_at = next((j for j, c in enumerate(names) if _UNIT_HEADER.match(c)), None)
    if unit_at is not None:  # a unit column: each row is its label, its unit, its values
        names = [_closed(name) for name in names[unit_at + 1 : -1]]
    names = wrapped_units(_rejoined(names)) or names  # 同比增长 / (%) on lines of their own
    if not names:
        return []
    # the three lines above the header, blank lines between them skipped (表2 … / 单位:吨)
    above = [c for _, line in lines[max(0, first - 6) : first] if (c := _stacked_cell(line))][-3:]
    title = next((c for c in reversed(above) if _TITLE.match(c) or _CAPTION.search(c)), "")
    year = infer_year(title)
    columns = (
        _grouped_columns(names, year)
        or _indicator_groups(names)
        or [_named_column(name) for name in names]
    )
    before = [_stacked_cell(line) for _, line in lines[max(0, first - 2) : first]]
    unit_line = next(
        (m["unit"] for c in before if (m := _UNIT_LINE.match(c) or _TITLE_UNIT.search(c))), None
    )
    units = unit_line.split("、") if unit_line and "、" in unit_line else []
    if len(units) == len(columns):  # 单位:人、%: one unit for each column, in order (round 28)
        columns = [c if c.unit else _Column(c.name, u) for c, u in zip(columns, units, strict=True)]
    elif unit_line:  # 单位:亿元 before the table: columns without a unit of their own
        columns = [c if c.unit else _Column(c.name, unit_line) for c in columns]
    columns = _growth_of_period(columns)
    rows: list[tuple[str, str | None, list[tuple[int, str]]]] = []
    ranks: list[tuple[int, str]] = []
    row = k if ranked else k - (2 if unit_at is not None else 1)
    if sections:
        row = 1  # (the headings, read as rows without values)
    if not ranked and unit_at is None:
        columns = _filled_columns(columns, cells, row)
    width = len(columns)
    # a column of words (主要污染物 / 臭氧, 首要污染物, 级别): its cells are no figures
    # and do not end the table; told by the first two rows, whose cells there are words
    words = _word_columns(
        cells, row + headings + (1 if ranked else 0), columns, 1 if ranked else 0
    )  # (after the headings before the first row)
    # bare amount columns (绝对量) a row without a unit leaves empty, its growth filled
    bare = [j for j, c in enumerate(columns) if not c.unit and BARE_AMOUNT.match(c.name)]
    if ranked or unit_at is not None or len(bare) >= width or unit_line:
        bare = []
    unit_seen = False  # a row named a unit: rows without one may be in it (# 批发零售业)
    dropped = len(columns) < len(names)  # the bare amount columns the rows leave out
    while row < len(cells):
        if dropped and row + 1 < len(cells):  # 乙业 / … / 9.6 / 8.4: the bare amount's
            # cell kept empty (…) beside the columns with a unit, which the row fills
            run = 0
            while row + 1 + run < len(cells) and _STACKED_NUMBER.match(cells[row + 1 + run][1]):
                run += 1
            numbers = [c for c in cells[row + 1 : row + 1 + run] if _VALUE.match(c[1])]
            if run > width and len(numbers) == width:
                rows.append((cells[row][1], None, numbers))
                row += 1 + run
                continue
        if ranked:  # 3 / 甲市 / 2100.5 / 5.2
            if not re.fullmatch(r"\d{1,3}", cells[row][1]):
                break
            rank = cells[row]
            row += 1
            if row >= len(cells):
                break
        label = cells[row][1]
        if _STACKED_NUMBER.match(label) or _SENTENCE_MARKS.search(label):
            break
        if (
            sections
            and row + 1 < len(cells)
            and not _STACKED_NUMBER.match(cells[row + 1][1])
            and not _UNIT_CELL.match(cells[row + 1][1])
        ):
            rows.append((label, None, []))  # 宏观经济 / 国民经济核算(亿元): headings
            row += 1
            continue
        if (
            unit_at is None
            and _UNIT_CELL.match(label)
            and rows
            and rows[-1][2]
            and not _LABEL_UNIT.search(rows[-1][0])
            and not rows[-1][1]
            and unit_info(label[1:-1])
        ):
            # 服务面积 / 41.6 / 40.9 / (平方公里): the row's unit wrapped after its values
            rows[-1] = (rows[-1][0] + label, rows[-1][1], rows[-1][2])
            row += 1
            continue
        after = [c for _, c in cells[row + 1 : row + 4]]
        if (
            unit_at is None
            # (the first row too when the label after it names its unit: 馆藏档案 / 全宗(个)
            # / 13018 …, a yearbook's first heading; round 29)
            and (rows or bool(after and _LABEL_UNIT.search(after[0])))
            and not words
            and len(after) == 3
            and not _LABEL_UNIT.search(label)
            and not _STACKED_NUMBER.match(after[0])
            and not _UNIT_CELL.match(after[0])
            and (_VALUE.match(after[1]) or (_UNIT_CELL.match(after[1]) and _VALUE.match(after[2])))
        ):
            # 邮政业务量 / 包裹 / (万件) / 88.2: a heading over the rows after it
            rows.append((label, None, []))
            row += 1
            continue
        if (
            unit_at is None
            and row + 1 < len(cells)
            and _UNIT_CELL.match(cells[row + 1][1])
            and not _LABEL_UNIT.search(label)
        ):
            # 快递 / (万件) / 310.2 …: the label's unit on a line of its own
            label += cells[row + 1][1]
            row += 1
        unit_cell: str | None = None
        values_at = row + 1
        if unit_at is not None:
            unit_cell = cells[row + 1][1] if row + 1 < len(cells) else None
            values_at = row + 2
        values = cells[values_at : values_at + width]
        if unit_at is not None:  # a row with a unit cell ends at its last number: the
            # cells dropped at the end of a row (甲 / 万吨 / 3.9 / 1.2 / 乙 …) are empty
            count = next(
                (j for j, (_, c) in enumerate(values) if not _STACKED_NUMBER.match(c)),
                len(values),
            )
            values = values[:count]
        short = next(
            (
                j
                for j, (_, c) in enumerate(values)
                if j not in words and not _STACKED_NUMBER.match(c)
            ),
            len(values),
        )
        unit_seen = unit_seen or bool(_LABEL_UNIT.search(label))
        if (
            bare
            and short == width - len(bare)
            and not unit_seen
            and not _SUB_ROW.match(label)
            and not implied(label)
            and all(_VALUE.match(c) for _, c in values[:short])
        ):  # 采矿业 / -0.3 under 绝对量 / 增速(%), beside rows of a unit and both cells
            rows.append((label, None, _bare_empty(values[:short], bare, width)))
            row += 1 + short
            continue
        if (
            unit_at is None
            and 0 < short < width
            and row + 1 + short + 1 < len(cells)
            and not _SENTENCE_MARKS.search(values[short][1])
            and _STACKED_NUMBER.match(cells[row + 1 + short + 1][1])
        ):  # a row with a cell missing, the next row's label after it: which cell is
            # empty cannot be told, so the row is left unread and the table goes on
            row += 1 + short
            continue
        if (
            not values
            or (len(values) != width and unit_at is None)
            or not all(
                _STACKED_NUMBER.match(c) or (j in words and not _SENTENCE_MARKS.search(c))
                for j, (_, c) in enumerate(values)
            )
        ):
            following = cells[row + 1 : row + 3]
            if (
                rows
                and not ranked
                and unit_at is None
                and len(following) == 2
                and not _STACKED_NUMBER.match(following[0][1])
                and _STACKED_NUMBER.match(following[1][1])
            ):  # 按经营单位所在地分: a heading over the rows after it, no values
                # (the next row's first cell may be empty: 轻工业 / … / 4.7)
                rows.append((label, None, []))
                row += 1
                continue
            break
        if ranked:
            ranks.append(rank)
        if unit_cell is None and carried:
            unit_cell = next(
                (carried[at][1] for at, _ in values if at in carried and carried[at][1]), None
            )
        rows.append((label, unit_cell, values))
        row = values_at + len(values)
    if not rows or (
        not any(c.unit or implied(c.name) for c in columns)
        and not any(_LABEL_UNIT.search(label) or unit for label, unit, _ in rows)
    ):
        return []
    if years and not all(
        _LABEL_UNIT.search(label) or unit or _SUB_ROW.match(label) or label[:1] in "#＃"
        for label, unit, v in rows
        if v
    ):  # (a part of the row above, 其中: or a yearbook's #库房面积, takes that row's unit)
        return []  # 单位:万张、张 over bare years: rows of the unit line's units, read elsewhere
    # 表1 前三季度全省各县…: the title's span, of the document's year when it names none
    found = [e.period for e in find_events(title, year or doc_year) if e.period]
    if not found and above and _whole_period(above[-1]):  # 2022年上半年 over the columns
        found = [e.period for e in find_events(above[-1], doc_year) if e.period]
    period = found[0] if found else None
    named = title or next((c for c in reversed(above) if _NAMED_TABLE.match(c)), "")
    read = _stacked_cells(
        text, rows, columns, percent, table_topic(named) if named else None,
        {at: raw for at, (raw, _) in carried.items()},
    )  # fmt: skip
    ranked_rows = rows if ranked and not serial else []
    for (position, raw), (label, _, _) in zip(
        ranks if ranked_rows else [], ranked_rows, strict=True
    ):
        amount = next((c.subject for c in read if c.label == label), "")
        rank_cell = Cell(position, position + len(raw), raw, parse_number(raw), None, amount,
                         "rank", label, "", None)  # fmt: skip
        read.append(rank_cell)
    read.sort(key=lambda c: c.start)
    return [replace(c, period=c.period or kind_period(c.period_kind, period)) for c in read]


#: What a table's title says around its indicator (``表2 2023年各市…完成情况``).
_TOPIC_NOISE = re.compile(
    r"^(?:附)?表\s*[0-9一二三四五六七八九十]+\s*[:：.、]?|^附表\s*[:：]|^\s*\d{1,2}\s*[-—－.]\s*\d{1,3}\s+|"
    r"(?:19|20)\d{2}\s*[-—－~～至]\s*(?:19|20)\d{2}(?:学)?年(?:度)?|"  # 2024-2025年: a school year
    r"(?:19|20)\d{2}年(?:[\d\-—－~～至]+月份?)?|[上下]半年|前三季度|[一二三四]季度|\d{1,2}月份?|"
    r"^(?:全国|全省|全市|全县|各省|各市县|各市|[各分]县[(（]市、?区?[)）]|各县|各地区?|"
    r"分(?:地区|区域|县|市|区)|主要)+|"
    r"(?:完成)?(?:情况|统计|一览表|汇总表|数据|对比|表)+$|(?:列示|列表)?如下[:：]?$|\s+|"
    r"(?<=[\u4e00-\u9fa5]{2})[及和]其?(?:增长速度|增速|增长|增幅)(?:情况)?$"  # …及其增长速度
)


def table_topic(title: str) -> str | None:
    """The indicator a table's title names, when it names one alone.

    >>> table_topic("表2 2023年各市地区生产总值"), table_topic("10-3  分县规模以上工业增加值")
    ('地区生产总值', '规模以上工业增加值')
    >>> table_topic("2023年主要经济指标完成情况") is None, table_topic("2022-2023年全市基础教育情况表")
    (True, '基础教育')
    >>> table_topic("附表:2024年一季度各县(市)地区生产总值及增速")
    '地区生产总值'
    >>> table_topic("表2  2023年平遥县主要农产品产量和增长速度")
    '农产品产量'

    """
    if not title or len(title) > 40 or _SENTENCE_MARKS.search(title):
        return None
    topic = _TOPIC_NOISE.sub("", title.strip(" |｜"))
    place = find_mentions(topic)
    if place and place[0][0] == 0 and place[0][1] < len(topic):
        topic = topic[place[0][1] :]  # 2020年甲县主要农产品产量: of the county, no name
    topic = _TOPIC_NOISE.sub("", topic)
    if not 2 <= len(topic) <= 16 or "指标" in topic:
        return None
    return topic if re.fullmatch(r"[\u4e00-\u9fa5()（）]+", topic) else None


#: A period group's cell with its 月 dropped (``10``, ``1-10``).
_BARE_MONTH = re.compile(r"^(?:(?P<from>1)\s*[-—－~～至]\s*)?(?P<month>\d{1,2})$")
#: A unit cell that lost its opening bracket (``%)``).
_HALF_UNIT = re.compile(r"^(?P<unit>%|‰|[^()（）\s\d]{1,4})[)）]$")


def _headless_month(lines: list[tuple[int, str]], first: int, head: str) -> int | None:
    """The month of a stacked table without its label column's header, its period
    groups written without 月 (``10`` / ``1-10`` under a caption ``2024年10月…主要数据``):
    the caption's month, when the line ``first`` is that month; else None."""
    found = _BARE_MONTH.match(head)
    if not found or found["from"] or first == 0:
        return None
    caption = _stacked_cell(lines[first - 1][1])
    if not caption or not (_CAPTION.match(caption) or _TITLE.match(caption)):
        return None
    named = [e.period for e in find_events(caption, infer_year(caption)) if e.period]
    if not named or not re.fullmatch(r"\d{4}-\d{2}", named[0]):
        return None
    month = int(named[0][5:])
    return month if int(found["month"]) == month else None


#: A value cell with its unit (``162817吨``, ``3.9万亩``).
_VALUE_WITH_UNIT = re.compile(r"^(?P<number>-?\d[\d,]*(?:\.\d+)?)(?P<unit>[\u4e00-\u9fa5]{1,3})$")
#: A year heading a stacked table's first value column (``2023年``).
_YEAR_HEAD = re.compile(r"^(?:19|20)\d{2}年$")


def _headless_year(lines: list[tuple[int, str]], first: int, head: str) -> bool:
    """Whether line ``first`` opens a stacked table whose label column's header was left
    blank, its first column a year (``2023年`` / ``较上年增长(%)`` / ``粮食 / 120吨 / 2.1``):
    a year cell under a caption of a few words (``主要产品产量``), a blank line or
    none between."""
    if not _YEAR_HEAD.match(head):
        return False
    above = next(
        (c for _, line in reversed(lines[max(0, first - 4) : first]) if (c := _stacked_cell(line))),
        "",
    )
    return 2 <= len(above) <= 20 and re.fullmatch(r"[\u4e00-\u9fa5()（）]+", above) is not None


#: A numbered table's title (``2-1单位数与个体经营户数``, ``表3 …``).
_NUMBERED_TITLE = re.compile(
    r"^\s*(?:表\s*\d{1,2}(?:\s*[-—－.]\s*\d{1,3})?|\d{1,2}\s*[-—－.]\s*\d{1,3})"
    r"\s*(?![月日号季年份])[\u4e00-\u9fa5]{2}"
)


def _headless_amount(lines: list[tuple[int, str]], first: int, head: str) -> bool:
    """Whether line ``first`` opens a stacked table whose label column's header was left
    blank, its first column an amount with its unit (``绝对数(亿元)``), or with its unit on
    the next line (``总量`` / ``(亿元)`` / ``比上年同期`` / ``增长(%)`` / ``地区生产总值`` /
    ``19349.31`` / ``-5.7``)."""
    bracketed = _COLUMN.fullmatch(head)
    if bracketed and BARE_AMOUNT.fullmatch(bracketed["name"]) and unit_info(bracketed["unit"]):
        return True  # 绝对数(亿元) / 比上年增长(%) / 生产总值 / 3082.82
    if bracketed and unit_info(bracketed["unit"]) and first > 0:
        # 2-1单位数 / 单位数(个) / 比重(%) / 一、法人单位 / N: a numbered
        # table's title right above its first column (round 28)
        above = next(
            (
                c
                for _, line in reversed(lines[max(0, first - 3) : first])
                if (c := _stacked_cell(line))
            ),
            "",
        )
        return _NUMBERED_TITLE.match(above) is not None
    if not BARE_AMOUNT.fullmatch(head):
        return False
    below = next((c for _, line in lines[first + 1 : first + 4] if (c := _stacked_cell(line))), "")
    return _UNIT_CELL.match(below) is not None


def _headless_header(
    lines: list[tuple[int, str]], first: int, cells: list[tuple[int, str]], month: int
) -> list[tuple[int, str]]:
    """The header cells of a table whose label column's header was dropped, as the
    reader reads them: its groups with 月 (``10`` → ``10月``, ``1-10`` → ``1-10月``), a
    unit cell that lost its opening bracket joined to the name before it (``同比增长`` /
    ``%)`` → ``同比增长(%)``). The cells after the header are unchanged.

    >>> ls = _lines("2023年6月主要数据\\n6\\n1-6\\n绝对量\\n增长\\n%)\\n绝对量\\n增长\\n%)\\n甲\\n1.2\\n")
    >>> [c for _, c in _headless_header(ls, 1, _stacked_run(ls, 2), 6)][:6]
    ['6月', '1-6月', '绝对量', '增长(%)', '绝对量', '增长(%)']
    """
    start = lines[first][0] + lines[first][1].index(_stacked_cell(lines[first][1]))
    out = [(start, f"{month}月")]
    for at, (position, cell) in enumerate(cells):
        if _STACKED_NUMBER.match(cell):
            return out + cells[at:]
        bare = _BARE_MONTH.match(cell)
        half = _HALF_UNIT.match(cell)
        if bare and int(bare["month"]) == month:
            cell += "月"
        elif half and len(out) > 1:  # 同比增长( / %): the name's bracket wrapped
            out[-1] = (out[-1][0], f"{out[-1][1]}({half['unit']})")
            continue
        out.append((position, cell))
    return out


def kind_period(kind: str | None, period: str | None) -> str | None:
    """The period of a column of ``kind`` (:func:`period_kind`) in a table of the month
    ``period`` (``YYYY-MM``): the month, the months since January, or last year's; a
    table's period as it is when it is no month or the column names no kind.

    >>> kind_period("cumulative", "2023-11"), kind_period("prior", "2023-11")
    ('2023-01/2023-11', '2022-01/2022-11')
    >>> kind_period("month", "2023-11"), kind_period(None, "2023-11"), kind_period("prior", "2023")
    ('2023-11', '2023-11', '2023')
    """
    month = re.fullmatch(r"(\d{4})-(\d{2})", period or "")
    if not month or kind not in ("cumulative", "prior"):
        return period
    year = int(month[1]) - (kind == "prior")
    return f"{year}-01/{year}-{month[2]}"


def _growth_of_period(columns: list[_Column]) -> list[_Column]:
    """A growth column that names no period, after a column that does, is that column's
    growth (``本月数 | 本年累计 | 同期累计 | 增长%``: this year's months since January,
    compared with the same months of the year before).

    >>> [c.name for c in _growth_of_period(
    ...     [_Column("本月数", None), _Column("同期累计", None), _Column("增长", "%")])]
    ['本月数', '同期累计', '同期累计增长']
    """
    out = list(columns)
    for k in range(1, len(out)):
        column, before = out[k], out[k - 1]
        if (
            _GROWTH_COLUMN.search(column.name)
            and not column.period
            and not period_kind(column.name)
            and period_kind(before.name)
            and not _GROWTH_COLUMN.search(before.name)
        ):
            out[k] = replace(column, name=before.name + column.name)
    return out


def _filled_columns(
    columns: list[_Column], cells: list[tuple[int, str]], row: int
) -> list[_Column]:
    """The columns a stacked table's rows fill, when a column without a unit is empty
    in every row and the page dropped its cells (``指标 / 绝对量 / 同比增长(%)`` over
    ``甲 / 0.6 / 乙 / -0.3``): a unitless column (``绝对量``) gives no fact unless a row's
    label names a unit, so when no label does and the first row has as many values as the
    columns with a unit, the values are theirs. Else ``columns`` unchanged (a row short of
    a cell is left to the row rule).

    >>> cols = [_Column("绝对量", None), _Column("同比增长", "%")]
    >>> [c.name for c in _filled_columns(cols, [(0, "甲"), (2, "0.6"), (6, "乙"), (8, "-1")], 0)]
    ['同比增长']
    >>> [c.name for c in _filled_columns(cols, [(0, "甲(亿元)"), (2, "0.6"), (6, "乙")], 0)]
    ['绝对量', '同比增长']
    """
    filled = [c for c in columns if c.unit or implied(c.name)]
    width = len(filled)
    if not 0 < width < len(columns) or row + 1 + width > len(cells):
        return columns
    if not all(c in filled or BARE_AMOUNT.match(c.name) for c in columns):
        return columns  # 1-2月 / 增速(%): which one a row's value is cannot be told
    values = cells[row + 1 : row + 1 + width]
    after = cells[row + 1 + width][1] if row + 1 + width < len(cells) else ""
    if not all(_VALUE.match(c) for _, c in values) or _STACKED_NUMBER.match(after):
        return columns  # the first row has a value for more than the unit columns
    if any(_LABEL_UNIT.search(c) for _, c in cells[row : row + _FILLED_SCAN]):
        return columns  # 房地产开发投资(亿元) / 78680 / -10.1: the bare column is in 亿元
    return filled


def _bare_empty(
    values: list[tuple[int, str]], bare: list[int], width: int
) -> list[tuple[int, str]]:
    """A row's values placed in the ``width`` columns, the ``bare`` ones empty (``—``).

    >>> _bare_empty([(5, "0.6")], [0], 2)
    [(5, '—'), (5, '0.6')]
    """
    filled = iter(values)
    at = values[0][0]
    return [(at, "—") if j in bare else next(filled) for j in range(width)]


#: A column of amounts named by no quantity (``绝对量``): with no unit, it gives no fact.
BARE_AMOUNT = re.compile(r"^(?:绝对[数量值额]|数值|总量|金额|数量)$")
#: How many cells are looked at for a row's unit before the unit columns are taken alone.
_FILLED_SCAN = 400


def _closed(name: str) -> str:
    """A header cell whose bracket the page cut off (``比去年同期增长(%``), closed.

    >>> _closed("比去年同期增长(%"), _closed("增长(%)"), _closed("总量")
    ('比去年同期增长(%)', '增长(%)', '总量')
    """
    found = _OPEN_UNIT.search(name)
    return name + ("）" if found.group()[0] == "（" else ")") if found else name


#: A cell ending in an opened bracket with a unit and no closing one.
_OPEN_UNIT = re.compile(r"[(（](?:%|‰|[^()（）\s\d]{1,4})$")


def _named_column(name: str) -> _Column:
    """A header cell's name and unit.

    >>> _named_column("二氧化硫(SO2)年均浓度(微克/立方米)")
    _Column(name='二氧化硫(SO2)年均浓度', unit='微克/立方米', period=None, bare=False, joined=False, indicator='')
    """
    bracketed = _COLUMN.fullmatch(name)
    if bracketed:
        return _Column(bracketed["name"], bracketed["unit"])
    last = _LABEL_UNIT.search(name) if name.endswith((")", "）")) else None
    if last and last.start() > 0 and unit_info(last["unit"]) is not None:
        # 细颗粒物(PM2.5)月均浓度(微克/立方米): a name with a bracket of its own
        return _Column(name[: last.start()], last["unit"])
    percent = percent_column(name)
    return _Column(*percent) if percent else _Column(name, None)


#: The base year a change column is compared with (``比2020年±%``): not the column's period.
_BASE_YEAR = re.compile(r"^比(?:19|20)\d{2}年(?:同期)?")


def percent_column(cell: str) -> tuple[str, str] | None:
    """A header cell with its unit unbracketed at its end, and its name: ``增长%``,
    ``比重‰``; ``±%`` and ``比2020年±%`` are the change from the base, a growth.

    >>> percent_column("±%"), percent_column("比上年增长%"), percent_column("比2020年±%")
    (('增减', '%'), ('比上年增长', '%'), ('增减', '%'))
    >>> percent_column("%"), percent_column("累计")
    (None, None)
    """
    if len(cell) < 2 or cell[-1] not in "%‰":
        return None
    name = cell[:-1].rstrip("±+-")
    if "±" in cell[-3:]:
        name += "增减"
    return _BASE_YEAR.sub("", name) or "增减", cell[-1]


#: A header cell of a unit alone in brackets (``(%)``).
UNIT_ALONE = re.compile(r"^[(（](?P<unit>[^()（）\s\d]{1,6})[)）]$")


#: A comparison broken before its growth word (``比上年同期`` / ``增长(%)``).
_BROKEN_COMPARISON = re.compile(r"(?:比|较)(?:上年|去年)(?:同期|同月)?$")


def _rejoined(names: list[str]) -> list[str]:
    """A header's cells with each name a page broke over two lines put back together: a
    name and its unit alone (``总量`` / ``(亿元)``), a comparison and its growth word
    (``比上年同期`` / ``增长(%)``); the units all at the end are left to :func:`wrapped_units`.

    >>> _rejoined(["总量", "(亿元)", "比上年同期", "增长(%)"])
    ['总量(亿元)', '比上年同期增长(%)']
    >>> _rejoined(["总量", "增长", "(亿元)", "(%)"])
    ['总量', '增长', '(亿元)', '(%)']
    """
    out: list[str] = []
    for k, name in enumerate(names):
        tail = all(UNIT_ALONE.match(n) for n in names[k:])
        unit = bool(UNIT_ALONE.match(name)) and not tail
        if out and (
            (unit and not UNIT_ALONE.match(out[-1]))
            or (_BROKEN_COMPARISON.search(out[-1]) and re.match(r"增|降|±", name))
        ):
            out[-1] += name
        else:
            out.append(name)
    return out


def wrapped_units(names: list[str], width: int | None = None) -> list[str] | None:
    """A header's cells with the units alone at its end (``(%)``, a name's bracket the
    page wrapped to a line of its own) put back after the names of the last ``width``
    columns (else the columns after the period groups, ``5月 / 1-5月``): one per column,
    or one per column that is no bare amount (``绝对量``, a cell spanning both lines);
    None when they cannot be placed.

    >>> wrapped_units(["5月", "1-5月", "绝对量", "同比增长", "绝对量", "同比增长", "(%)", "(%)"])
    ['5月', '1-5月', '绝对量', '同比增长(%)', '绝对量', '同比增长(%)']
    >>> wrapped_units(["总量", "增长", "(亿元)", "(%)"]), wrapped_units(["总量", "(%)", "(%)"])
    (['总量(亿元)', '增长(%)'], None)
    """
    units = 0
    while units < len(names) and UNIT_ALONE.match(names[len(names) - 1 - units]):
        units += 1
    if not units:
        return names
    head = names[: len(names) - units]
    if width is None:
        groups = 0
        while groups < len(head) and _whole_period(head[groups]):
            groups += 1
        width = len(head) - groups
    if not 0 < width <= len(head):
        return None
    at = [
        j
        for j in range(len(head) - width, len(head))
        if not _COLUMN.fullmatch(head[j]) and not percent_column(head[j])
    ]
    if len(at) != units:
        at = [j for j in at if not BARE_AMOUNT.match(head[j])]
    if len(at) != units:
        return None
    out = list(head)
    for j, unit in zip(at, names[len(head) :], strict=True):
        out[j] += unit
    return out


def _whole_period(cell: str) -> bool:
    """Whether a header cell is a period and nothing else (``5月``, ``1-5月``, ``本月``)."""
    if len(cell) <= 6 and period_kind(cell) and not _GROWTH_COLUMN.search(cell):
        return True
    found = find_events(cell, None) if len(cell) <= 12 else []
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(cell)


def _grouped_columns(names: list[str], year: int | None) -> list[_Column] | None:
    """Columns under period groups: ``9月 / 1-9月`` then, for each, ``绝对量(亿元) /
    同比增长(%)`` — each column gets its group's period.

    >>> [(c.name, c.unit, c.period) for c in _grouped_columns(
    ...     ["9月", "1-9月", "绝对量(亿元)", "增长(%)", "绝对量(亿元)", "增长(%)"], 2024)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('绝对量', '亿元', '2024-09'), ('增长', '%', '2024-09'),
     ('绝对量', '亿元', '2024-01/2024-09'), ('增长', '%', '2024-01/2024-09')]
    >>> [(c.name, c.period) for c in _grouped_columns(["本月", "累计", "增长(%)", "增长(%)"], 2024)]
    [('本月增长', None), ('累计增长', None)]
    """
    groups: list[tuple[str, str | None]] = []  # (the group's cell, its period)
    for name in names:
        if _COLUMN.fullmatch(name) or _UNIT_HEADER.match(name):
            break
        found = find_events(name, year)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(name):
            groups.append((name, found[0].period))
        elif len(name) <= 6 and period_kind(name) and not _GROWTH_COLUMN.search(name):
            groups.append((name, None))  # 本月 / 累计: the kind of period, by its name
        elif len(groups) >= 2:
            break  # 5月 / 1-5月 over 绝对量 / 同比增长(%): a column without a unit
        else:
            return None
    rest = names[len(groups) :]
    if len(groups) < 2 or not rest or len(rest) % len(groups):
        return None
    if not all(period or period_kind(cell) for cell, period in groups):
        return None
    size = len(rest) // len(groups)
    out = []
    for k, name in enumerate(rest):
        cell, period = groups[k // size]
        column = _named_column(name)
        # 本月 / 累计 over 绝对量 / 增长(%): the group's word names the column's period
        out.append(
            replace(column, period=period) if period else replace(column, name=cell + column.name)
        )
    return out


def _indicator_groups(names: list[str]) -> list[_Column] | None:
    """Columns under indicators, each over the same sub-columns: ``企业数(个) | 资产总计 |
    利润总额`` then ``1~6月累计(亿元) | 同比(%)`` twice. The header cells before the
    indicators are columns of their own; a sub-column takes its indicator's name, and its
    unit when it has none (``亏损额(亿元)`` over ``1~6月累计 | 同比(%)``).

    >>> [(c.name, c.unit, c.indicator) for c in _indicator_groups(
    ...     ["企业数(个)", "资产", "利润", "1~6月累计(亿元)", "同比(%)", "1~6月累计(亿元)", "同比(%)"])]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('企业数', '个', '企业数'), ('1~6月累计', '亿元', '资产'), ('同比', '%', '资产'),
     ('1~6月累计', '亿元', '利润'), ('同比', '%', '利润')]
    """
    for size in (2, 3):
        tail = names[-size:]
        groups = 1
        while names[-size * (groups + 1) : len(names) - size * groups] == tail:
            groups += 1
        indicators = names[-size * groups - groups : -size * groups]
        if (
            groups < 2
            or len(indicators) != groups
            or any(_whole_period(c) or c in tail or _GROWTH_COLUMN.search(c) for c in indicators)
            or not any(_GROWTH_COLUMN.search(c) or period_kind(c) for c in tail)
        ):
            continue
        # 企业数(个) beside the indicators: an indicator of its own
        out = [
            replace(column, indicator=column.name)
            for column in map(_named_column, names[: -size * groups - groups])
        ]
        for indicator in indicators:
            over = _named_column(indicator)
            for name in tail:
                column = _named_column(name)
                out.append(replace(column, unit=column.unit or over.unit, indicator=over.name))
        return out
    return None


#: A cell of a stacked table: a short line without sentence punctuation.
_STACKED_LIMIT = 4000


def _stacked_reads_more(
    text: str, lines: list[tuple[int, str]], i: int, stream: list[Cell]
) -> bool:
    """Whether a table one cell a line, its label column's header (``项目 |``) a few lines
    after ``i`` under a title cell, reads more cells than the stream of ``|`` cells read
    from ``i`` (which stops at the first row without a unit of its own)."""
    for j in range(i + 1, min(i + 4, len(lines))):
        head = _stacked_cell(lines[j][1])
        if head and _LABEL_HEADER.fullmatch(head):
            return len(read_stacked(text, lines, j)) > len(stream)
    return False


def _block_reads_more(
    lines: list[tuple[int, str]],
    first: int,
    stream: list[Cell],
    general: GeneralReaders,
    year: int | None,
) -> int | None:
    """The line, before the stream's first cell, where the general reader reads more cells
    than the stream from line ``first`` does (a header of lines with borders over rows of
    a line each, which a stream misplaces), or None."""
    at = first + 1
    while at < len(lines) and at <= first + 12 and lines[at][0] < stream[0].start:
        if len(general.at_line(lines, at, lines[at][1], year)) > len(stream):
            return at
        at += 1
    return None


#: A heading's bracket: a unit (``人口(万人)``) or the base of indices (``(上年=100)``).
_SECTION_UNIT = re.compile(r"[(（](?P<unit>[^()（）\s]{1,8})[)）]\s*$")
#: The base of a table of indices (``上年=100``, ``以上年同月为100``): its values are index
#: points, without a unit.
INDEX_BASE = re.compile(
    r"[(（]?(?:以)?(?:上年|去年|上月|上期|上年同期|上年同月)(?:\s*[=＝]\s*|为)100[)）]?"
)


def _single_values(cells: list[tuple[int, str]], first: int) -> bool:
    """Whether the rows from the number at ``first`` on hold one value each: the first three
    labels each followed by a single number."""
    at = first
    for _ in range(3):
        if at >= len(cells) or not _STACKED_NUMBER.match(cells[at][1]):
            return False
        if at + 1 < len(cells) and _STACKED_NUMBER.match(cells[at + 1][1]):
            return False
        at += 2  # (the next label, then its value)
    return True


def _row_major(cells: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """The cells of a table a page flattened column by column, put row by row: the header's
    ``w`` names, the ``L`` row labels, then the ``w`` columns of ``L`` values each (``产量 /
    增长% / 粮食 / 油料 / 135197 / 62.3 / 5.2 / -1.0``); None when the cells are not so.

    >>> [c for _, c in _row_major(list(enumerate(
    ...     ["产量", "增长%", "粮食", "油料", "蔬菜", "100", "20", "30", "1.5", "-2.0", "3.1"])))]
    ['产量', '增长%', '粮食', '100', '1.5', '油料', '20', '-2.0', '蔬菜', '30', '3.1']
    """
    first = next((j for j, (_, c) in enumerate(cells) if _STACKED_NUMBER.match(c)), None)
    if (
        first is None
        or first < 3
        or _STACKED_NUMBER.match(cells[first + 1][1] if first + 1 < len(cells) else "") is None
    ):
        return None
    run = first
    while run < len(cells) and _STACKED_NUMBER.match(cells[run][1]):
        run += 1
    values = run - first
    for width in range(1, 5):
        labels = first - width
        if labels >= 2 and width * labels == values and values > labels:
            names, rows = cells[:width], cells[width:first]
            if any(_BARE_YEAR.match(c) or _STACKED_NUMBER.match(c) for _, c in rows):
                return None
            out = list(names)
            for k, label in enumerate(rows):
                out.append(label)
                out.extend(cells[first + j * labels + k] for j in range(width))
            return out + cells[run:]
    return None


def _stacked_run(lines: list[tuple[int, str]], first: int) -> list[tuple[int, str]]:
    """The cells from line ``first`` on, as (offset, text), blank lines skipped, up to
    the first line that cannot be a cell (a sentence)."""
    out: list[tuple[int, str]] = []
    for start, line in lines[first : first + _STACKED_LIMIT]:
        cell = _stacked_cell(line)
        if not cell:
            continue
        if len(cell) > 30 or (_SENTENCE_MARKS.search(cell) and not _VALUE.match(cell)):
            break
        out.append((start + line.index(cell), cell))
    return out


def _bar_cells(line: tuple[int, str]) -> list[tuple[int, str]] | None:
    """The cells of a line between ``|`` bars, as (offset, text), when there are three or
    more (a row of a table a row a line); else None.

    >>> _bar_cells((10, "1 | 甲市 | 2.87 | 臭氧"))
    [(10, '1'), (14, '甲市'), (19, '2.87'), (26, '臭氧')]
    """
    start, text = line
    out: list[tuple[int, str]] = []
    at = 0
    for part in re.split(r"[|｜]", text):
        cell = part.strip(" \t\r\u3000")
        if cell:
            out.append((start + at + part.index(cell), cell))
        at += len(part) + 1
    return out if len(out) >= 3 else None


def _barred_run(lines: list[tuple[int, str]], first: int) -> list[tuple[int, str]]:
    """The cells of a table a row a line between bars, from the header line ``first`` (its
    first cell left out) to the first line that is no row."""
    out: list[tuple[int, str]] = []
    for k, line in enumerate(lines[first : first + _STACKED_LIMIT]):
        if not line[1].strip():
            continue
        cells = _bar_cells(line) if "|" in line[1] or "｜" in line[1] else None
        if cells is None and k and (heading := _barred_heading(line)):
            out.append(heading)  # 按交易项目: | ||||: a heading over the rows after it
            continue
        if cells is None or any(
            len(c) > 30 or (_SENTENCE_MARKS.search(c) and not _VALUE.match(c)) for _, c in cells
        ):
            break
        out.extend(cells[1:] if k == 0 else cells)
    return out


#: A bordered row of one cell of words, the others empty: a heading over the rows after it.
_HEADING_CELL = re.compile(r"^[|｜\s]*(?P<cell>[\u4e00-\u9fa5]{2,12}[:：]?)[|｜\s]*$")


def _barred_heading(line: tuple[int, str]) -> tuple[int, str] | None:
    """The one cell of words of a bordered row whose other cells are empty (``按币种: | |||``,
    ``其中: | ||``), as (offset, text without its colon); else None."""
    start, text = line
    if text.count("|") + text.count("｜") < 2:
        return None
    found = _HEADING_CELL.match(text)
    if not found:
        return None
    return start + found.start("cell"), found["cell"].rstrip(":：")


#: A table's caption without a number: a short line ending so (``…主要指标完成情况``).
_CAPTION = re.compile(r"^[^,，。;；!！?？]{4,40}(?:情况|数据|指标|统计|一览表|汇总表)$")


def _topic_named(topic: str, name: str) -> str:
    """A total row's subject: the table's topic and the column's name, a word they share
    said once (``卫生机构``, ``机构数`` → 卫生机构数; ``基础教育``, ``学校数`` → 基础教育学校数).

    >>> _topic_named("卫生机构", "机构数"), _topic_named("基础教育", "学校数")
    ('卫生机构数', '基础教育学校数')
    """
    for k in range(min(len(topic), len(name)) - 1, 1, -1):
        if topic.endswith(name[:k]):
            return topic + name[k:]
    return topic + name


#: A line naming the table after it (``2022-2023年全市基础教育情况表``): what its total row is
#: of (not a period: a school year's table is of the year the release counts).
_NAMED_TABLE = re.compile(r"^[^,，。;；!！?？]{4,40}(?:情况表|统计表)$")
#: A table's title line: ``表1 …`` or ``表一：…``.
_TITLE = re.compile(r"^(?:附)?表\s*[0-9一二三四五六七八九十]+\s*[:：.、]?|^附表\s*[:：]")


def _word_columns(
    cells: list[tuple[int, str]], row: int, columns: list[_Column], lead: int = 0
) -> set[int]:
    """The columns of words of a table one cell a line (``主要污染物``: ``臭氧``), told by
    the first two rows from ``row`` (a row's label, then its values; ``lead`` cells before
    each label, a rank): a column without a unit whose cell is a short word in both,
    beside a column of figures.

    >>> cells = [(0, "甲市"), (3, "2.5"), (7, "臭氧"), (10, "乙市"), (13, "3.1"), (17, "细颗粒物")]
    >>> _word_columns(cells, 0, [_Column("综合指数", None), _Column("主要污染物", None)])
    {1}
    """
    width = len(columns)
    step = lead + 1 + width
    if row + step + width >= len(cells):  # (the second row's last cell)
        return set()
    found: set[int] = set()
    for j, column in enumerate(columns):
        if column.unit:
            continue
        firsts = [cells[row + 1 + j][1], cells[row + 1 + j + step][1]]
        if all(
            len(c) <= 8 and not _STACKED_NUMBER.match(c) and not _SENTENCE_MARKS.search(c)
            for c in firsts
        ):
            found.add(j)
    return found if len(found) < width else set()


def _stacked_cells(
    text: str,
    rows: list[tuple[str, str | None, list[tuple[int, str]]]],
    columns: list[_Column],
    percent: dict[int, str] | None = None,
    title_topic: str | None = None,
    carried: dict[int, str] | None = None,
) -> list[Cell]:
    cells: list[Cell] = []
    years = " ".join(c.name for c in columns)
    amount = next(
        (_YEAR.sub("", c.name).strip() for c in columns if not _GROWTH_COLUMN.search(c.name)),
        "",
    )
    named_kinds = any(not c.unit and implied(c.name) for c in columns)
    # a change column is of the amount before it (PM2.5浓度 | 同比(%) | 优良天数比例(%) |
    # 同比变化(百分点): the second change is the share's)
    owners: list[str] = []
    for c in columns:
        own = _YEAR.sub("", c.name).strip()
        changed = (
            _GROWTH_COLUMN.search(c.name)
            or _RANK_COLUMN.match(c.name)
            or _SHARE_COLUMN.fullmatch(own)  # 比重 beside 常住人口数: the amount's (round 28)
        )
        if own and not changed and c.unit != "百分点":
            owners.append(own)
        else:
            owners.append(owners[-1] if owners else amount)
    parent: str | None = None
    parent_unit: str | None = None
    first_unit: str | None = None
    children: list[str] = []  # the parts under the current parent
    head: str | None = None  # the parent's head as the text names a part
    first: str | None = None  # the table's first row: what a heading's rows are parts of
    last_unit: str | None = None  # the last unit a row's label named
    topic: str | None = None  # the quantity a heading names of the items under it
    # a table of items by its title (表2 主要农产品产量…): every row an item
    title_items = _HEADING_TOPIC.search(title_topic) if title_topic else None
    valued = [label for label, _, values in rows if values]
    places = sum(1 for label in valued if _looks_like_region(label))
    # a table of places (县 / 收入 / 增长): a row the gazetteer does not know (兴仁, a
    # former 县 named short; 道真县, an autonomous county's common name) is a place too
    of_places = len(valued) >= 3 and places >= 0.75 * len(valued)
    indices = False  # rows under a heading of indices (…指数(上年=100)): index points
    for label, unit_cell, values in rows:
        label = re.sub(r"\s+", "", label).lstrip("#＃")
        if "栏" in label:  # 当年出栏猪: 生猪出栏 (round 19, second pass)
            label = _LIVESTOCK.sub(_livestock, label)
        numbering = _FORM_NUMBERING.match(label)  # 一、规模以上工业增加值: its number dropped
        if numbering and len(label) > numbering.end():
            label = label[numbering.end() :]
        section = _SECTION_UNIT.search(label) if not values else None
        if section and (unit_info(section["unit"]) or INDEX_BASE.fullmatch(section["unit"])):
            # 人口(万人) over 总人口 / 男性人口, 物价指数(上年=100) over 居民消费价格总指数: a
            # section in a unit, or of indices, its rows items of their own
            parent, parent_unit, children, head, topic = None, None, [], None, None
            indices = unit_info(section["unit"]) is None
            last_unit = None if indices else section["unit"]
            continue
        if not values:  # a heading (按消费类型分): the rows after it are parts of the first
            parent, parent_unit, children, head = first, first_unit, [label], None
            items = _HEADING_TOPIC.search(label)  # 主要产品产量: 原煤(万吨) is 原煤产量
            topic = items.group() if items else None
            continue
        own_unit = _LABEL_UNIT.search(label)
        if own_unit:
            label = label[: own_unit.start()]
        sub = _SUB_ROW.match(label)
        if sub:
            label = label[sub.end() :]
        if own_unit or (not sub and not children):
            parent, parent_unit, children, head = (
                _LABEL_LEAD.sub("", label) or label,
                own_unit["unit"] if own_unit else None,
                [],
                None,
            )
            subject = parent
            if first is None:
                first, first_unit = parent, parent_unit
            if topic and own_unit and head_of(parent) is None and not parent.endswith(_NAMED):
                subject = parent + topic
        elif parent is not None:
            children.append(label)
            head = head or _part_head(text, label, parent)
            subject = label + head if head is not None else _part_name(label, parent)
        else:
            subject = label
        if title_items and head_of(label) is None and not label.endswith(_NAMED):
            subject = label + title_items.group()  # 秋粮 in 主要农产品产量…: 秋粮产量
        last_unit = own_unit["unit"] if own_unit else last_unit
        unit = unit_cell or parent_unit or last_unit  # # 批发零售业 under …(亿元)
        for j, ((position, raw), column) in enumerate(
            zip(values, columns[: len(values)], strict=True)
        ):
            if not _VALUE.match(raw):
                continue
            signed = percent.get(position) if percent else None
            if signed and column.unit not in (None, "%"):
                continue  # 3.5% under a column of 亿元: not the column's
            if not column.unit and _RANK_COLUMN.match(column.name):
                # 排名 among the columns: the rank by the column before it (综合指数)
                ranked = next(
                    (
                        _YEAR.sub("", c.name).strip()
                        for c in reversed(columns[:j])
                        if not _GROWTH_COLUMN.search(c.name) and not _RANK_COLUMN.match(c.name)
                    ),
                    amount,
                )
                rank = Cell(position, position + len(raw), raw, parse_number(raw), None,
                            ranked if _looks_like_region(label) else subject + ranked,
                            "rank", label, column.name, None)  # fmt: skip
                cells.append(rank)
                continue
            place = (
                of_places and len(label) <= 8 and not own_unit and not sub
                and not _looks_like_region(label)
            )  # fmt: skip
            cell = _cell(
                position, raw, column.unit or unit or ("%" if signed else None), label, column,
                "", owners[j], years, place,
            )  # fmt: skip
            cell = replace(cell, period=column.period)
            if signed:
                cell = replace(cell, span=signed, end=position + len(signed))
            elif carried and position in carried:  # 162817吨: the span with its unit
                cell = replace(cell, span=carried[position], end=position + len(carried[position]))
            kind = None if cell.unit else implied(column.name)
            if kind is None and cell.unit is None and indices:
                cells.append(replace(cell, subject=subject, base="index"))
                continue
            if kind:  # 学校数, 在校学生数, 生师比: no unit, the name says what the cells are
                name = _YEAR.sub("", column.name).strip()
                whole = _TOTAL_ROW.match(label) or _looks_like_region(label)
                named = name if whole else subject + name
                if title_topic and _TOTAL_ROW.match(label) and not _looks_like_region(title_topic):
                    named = _topic_named(title_topic, name)  # 基础教育情况表 / 总计 (18b)
                cells.append(replace(cell, subject=named, measure=kind[0], base=kind[1]))
                continue
            if cell.unit is None and named_kinds:  # 床位数 beside 学校数: says no kind
                continue
            if place or _looks_like_region(label):  # the column names the indicator
                if title_topic and (not cell.subject or BARE_AMOUNT.match(cell.subject)):
                    cell = replace(cell, subject=title_topic)  # 各市县地区生产总值 / 绝对数
                cells.append(replace(cell, region=label) if place else cell)
                continue
            # 合计 / 研究和试验发展 under 企业法人单位(个) | 从业人员(人): each row's own units
            # and persons (round 28); 利润总额 over 1~6月累计 | 同比: the row's profits
            named = column.name if _KIND_COUNTED_COLUMN.fullmatch(column.name) else column.indicator
            own = subject
            if named:
                own = named if _TOTAL_ROW.match(label.replace(" ", "")) else subject + named
            cells.append(replace(cell, subject=own))
    return cells


#: A column counting a kind of unit or person, named whole (``企业法人单位``, ``从业人员``),
#: beside the rows of kinds they are of.
_KIND_COUNTED_COLUMN = re.compile(
    r"(?:企业|法人|产业活动|个体经营)?(?:法人)?单位|从业人员|个体经营户"
)


#: A heading over items that names their quantity (``主要产品产量``, ``主要商品销售额``).
_HEADING_TOPIC = re.compile(r"(?<=[品物类])(?:产量|产值|销量|销售量|销售额|零售额|出口额|进口额)$")
#: The endings of an item's label that name a quantity already (``发电量``, ``营业收入``).
_NAMED = ("量", "额", "值", "数", "面积", "收入", "支出")


def _part_head(text: str, part: str, parent: str) -> str | None:
    """The longest proper ending of ``parent`` that the text writes after ``part``
    (``住宅`` + ``投资`` of ``房地产开发投资``), or None."""
    if not parent:  # a label of only a lead word (其中:) named no parent
        return None
    for k in range(1, len(parent) - 1):
        if part + parent[k:] in text:
            return parent[k:]
    # the text's own short form: 城镇消费品零售额 for a part of 社会消费品零售总额
    for m in re.finditer(
        re.escape(part) + rf"([\u4e00-\u9fa5]{{1,10}}?{re.escape(parent[-1])})", text
    ):
        tail = m.group(1)
        if len(tail) >= 3 and _subsequence(tail, parent):
            return tail
    return None


def _subsequence(short: str, long: str) -> bool:
    """Whether ``short``'s characters appear in ``long`` in order (消费品零售额 in
    社会消费品零售总额)."""
    rest = iter(long)
    return all(c in rest for c in short)


#: The product of a whole economy (``地区生产总值``, ``GDP``).
_GDP_NAME = re.compile(r"(?:地区)?生产总值|GDP|国内生产总值")


def sector_part(part: str, parent: str) -> str | None:
    """A sector or a type of ownership (``采矿业``, ``私营企业``) under an industry's
    figure (``规模以上工业增加值``): the part and the figure's head, the industry's scope
    not repeated (convention 16); None when the one is not a sector or the other not an
    industry's figure.

    >>> sector_part("采矿业", "规模以上工业增加值"), sector_part("第一产业", "地区生产总值")
    ('采矿业增加值', '第一产业增加值')

    A sector under the product of a whole economy is its value added, as the accounts
    name it (the product is the sum of the sectors' value added).
    """
    if part.endswith("业") and _GDP_NAME.fullmatch(parent):
        return part + "增加值"
    head = head_of(parent) if part.endswith("业") else None
    if head and parent.endswith("业" + head):
        return part + head
    return None


#: A livestock row named verb first (``当年出栏猪``, ``年末存栏牛``).
_LIVESTOCK = re.compile(
    r"^(?:当年|全年|年末)?(?P<verb>出栏|存栏)(?P<animal>生?猪|肉?牛|肉?羊|家禽|禽)$"
)


def _livestock(found: re.Match[str]) -> str:
    """``当年出栏猪`` → ``生猪出栏``: the animal, then what was counted of it.

    >>> _LIVESTOCK.sub(_livestock, "当年出栏猪"), _LIVESTOCK.sub(_livestock, "年末存栏羊")
    ('生猪出栏', '羊存栏')
    """
    animal = "生猪" if found["animal"] == "猪" else found["animal"]
    return animal + found["verb"]


def _part_name(part: str, parent: str) -> str:
    """A part's name when the text never names it: the part alone when it has the
    parent's head (``税收收入`` under ``一般公共预算收入``), else the part before the
    parent, sharing what ends the one and opens the other (``轻工业`` + ``工业用电量``).

    >>> _part_name("税收收入", "一般公共预算收入"), _part_name("轻工业", "工业用电量")
    ('税收收入', '轻工业用电量')
    >>> _part_name("城镇", "常住人口"), _part_name("豆类", "粮食总产量")
    ('城镇常住人口', '豆类产量')

    A sector or a type of ownership under an industry's figure takes the figure's head
    alone, the industry's scope not repeated (convention 16):

    >>> _part_name("采矿业", "规模以上工业增加值"), _part_name("私营企业", "规上工业增加值")
    ('采矿业增加值', '私营企业增加值')
    """
    if (len(part) > 2 and part[-2:] == parent[-2:]) or head_of(part) is not None:
        return part  # 税收收入, 除汽车以外的消费品零售额: a name of its own
    sector = sector_part(part, parent)
    if sector:
        return sector
    if parent.endswith("产量") and not part.endswith("量"):
        return part + "产量"  # 谷物 under 粮食总产量: 谷物产量 (round 19, second pass)
    for k in range(min(len(part), len(parent)) - 1, 0, -1):
        if part.endswith(parent[:k]):
            return part + parent[k:]
    return part + parent


#: The header of a report form (统计报表) flattened to lines, cells run together or not:
#: ``指标名称单位数量``, ``指 标 计量单位 本月 累计 同比增长(%)``.
_FORM_HEADER = re.compile(
    r"^(?:主要)?(?:指标|项目)(?:名称)?(?:计量)?单位(?P<columns>(?:数量|本月(?:数)?|当月|本期|"
    r"(?:本年)?累计(?:数)?|(?:1|一)[-—－~～至]本月(?:累计)?|上年同期(?:数)?|"
    r"(?:比上年)?同(?:期|比)(?:增长|增减)?(?:[(（]%[)）])?|(?:比上年)?增长(?:[(（]%[)）])?){1,6})$"
)
_FORM_COLUMN = re.compile(
    r"数量|本月(?:数)?|当月|本期|(?:本年)?累计(?:数)?|(?:1|一)[-—－~～至]本月(?:累计)?|"
    r"上年同期(?:数)?|(?:比上年)?同(?:期|比)(?:增长|增减)?(?:[(（]%[)）])?|"
    r"(?:比上年)?增长(?:[(（]%[)）])?"
)
#: A row's numbering: ``一、``, ``1.``, ``(一)``, ``1.1`` before words (not ``3.0级``).
_FORM_NUMBERING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}(?:[.．]\d{1,2}){1,2}(?=[\u4e00-\u9fa5])"
    r"(?![级万亿千百元米吨倍个公平立克升度小天年岁人户家项所座台辆张成])"
    r")"
)
#: The figures that end a row: one per column, the first run into the unit (``万张11.8``).
_FORM_VALUES = re.compile(
    r"(?P<values>(?:\s*-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))+)\s*$"
)
_FORM_FIGURE = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")
#: Units a label may end in without a magnitude (``…支出元``); others need one (``万张``)
#: or a ``/`` (``元/人·月``): a bare 所, 站, 位 ends names (区公所, 社区服务站).
_FORM_BARE_UNITS = frozenset("元吨个家户人辆台项件亩张%‰")


def _form_unit(label: str) -> tuple[str, str | None]:
    """Split a row's run-together label and unit: (label, unit or None).

    >>> _form_unit("提供住宿的民政机构床位万张"), _form_unit("社区服务站")
    (('提供住宿的民政机构床位', '万张'), ('社区服务站', None))
    >>> _form_unit("最低生活保障平均标准元/人·月")
    ('最低生活保障平均标准', '元/人·月')
    """
    for k in range(min(8, len(label) - 1), 0, -1):
        unit = label[-k:]
        if k == 1 and unit not in _FORM_BARE_UNITS:
            continue
        if k > 1 and split_unit(unit) is None and ("/" not in unit or per_unit(unit) is None):
            continue
        if k > 1 and unit[0] not in "万亿千百十" and "/" not in unit and unit not in UNITS:
            continue
        return label[:-k], unit
    return label, None


def _form_indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t\u3000"))


def read_report_form(lines: list[tuple[int, str]], first: int) -> list[Cell]:
    """A report form (统计报表) flattened to lines: a header ``指标名称 单位 数量`` (or
    本月/累计/同比 columns), then rows whose label, unit and figures are run together
    (``床位万张11.8``), numbered (一、 1.) and indented. A line without figures or unit is a
    heading; a row indented under another is its part, and takes the parent's opening
    when it repeats the parent's end (``最低生活保障人数`` under ``城市最低生活保障``).
    A row without a unit is a count, as is one in a unit of things (万张, 万户).

    >>> text = ("指标名称单位数量\\n一、机构\\n  1.养老机构                 58\\n"
    ...         "  2.养老机构床位万张1.2\\n  城市低保\\n     低保人数万人0.7\\n")
    >>> [(c.span, c.subject, c.measure, c.unit) for c in read_tables(text)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('58', '养老机构', 'count', None), ('1.2', '养老机构床位', 'count', '万张'),
     ('0.7', '城市低保人数', 'level', '万人')]
    """
    header = re.sub(r"[\s|]+", "", lines[first][1])
    found = _FORM_HEADER.match(header)
    if found is None:
        return []
    # 指标名称 | 单位 | 数量 |: the same form with its cells between | borders, no indents;
    # its headings (``城市最低生活保障 | ||``) then hold for the rows up to the next one
    # (round 19, third pass)
    bordered = "|" in lines[first][1]
    columns = [m.group() for m in _FORM_COLUMN.finditer(found["columns"])]
    cells: list[Cell] = []
    stack: list[tuple[int, str]] = []  # (indent, label) of the rows and headings above
    for at in range(first + 1, min(len(lines), first + _STACKED_LIMIT)):
        start, line = lines[at]
        if bordered:
            if "|" not in line:
                break
            line = line.replace("|", " ")  # (one character for one: offsets kept)
        if not line.strip():
            continue
        if _SENTENCE_MARKS.search(_FORM_FIGURE.sub("", line)) or len(line.strip()) > 60:
            break
        indent = _form_indent(line)
        body = line.strip()
        numbering = _FORM_NUMBERING.match(body)
        if numbering:
            body = body[numbering.end() :]
        values = _FORM_VALUES.search(body)
        label = (body[: values.start()] if values else body).strip()
        label, unit = _form_unit(re.sub(r"\s+", "", label))
        if not label:
            break
        if bordered and values is None and unit is None:
            indent = -1  # a heading: the parent of the rows below it
        while stack and stack[-1][0] >= indent:
            stack.pop()
        subject = label
        if stack:
            parent = stack[-1][1]
            for k in range(1, len(parent) - 1):
                if label.startswith(parent[k:]):  # 城市最低生活保障 / 最低生活保障人数
                    subject = parent[:k] + label
                    break
        stack.append((indent, subject))
        if values is None:
            continue
        offset = start + line.index(body) + values.start()
        figures = list(_FORM_FIGURE.finditer(values["values"]))
        if len(figures) > len(columns):
            continue
        kind = "cumulative" if "累计" in label else None
        for figure, column in zip(figures, columns, strict=False):
            # 本月 累计 同比增长(%): a growth column is of the column before it
            kind = period_kind(column) or kind
            percent = re.search(r"[(（]%[)）]", column) or (
                column != columns[0] and _GROWTH_COLUMN.search(column)
            )
            cell_unit = "%" if percent else unit
            info = unit_info(cell_unit)
            if percent:
                measure = "growth_yoy"
            elif cell_unit is None or (info is not None and info.kind == "count"):
                measure = "count"
            else:
                measure = "level"
            raw = figure.group()
            cells.append(
                Cell(
                    offset + figure.start(),
                    offset + figure.end(),
                    raw,
                    parse_number(raw.replace(",", "")),
                    cell_unit,
                    subject,
                    measure,
                    label,
                    column,
                    None,
                    kind,
                )
            )
    return cells


#: A unit line under a grid's header: one bracketed unit per column (``(所) (人) (人)``).
_GRID_UNITS = re.compile(r"^\s*(?:[(（][^()（）\s\d]{1,6}[)）]\s*)+$")
_GRID_NAME = re.compile(r"^[\u4e00-\u9fa5#＃]{2,10}$")


def read_grid(lines: list[tuple[int, str]], first: int) -> list[Cell]:
    """A grid flattened to lines: a header of column names without units (``学校数 招生数
    毕业生数``), then a unit line (``(所) (人) (人)``, one per column, or ``单位:人``
    for all), then rows of a label and one value per column. Each value is of the row's
    label and the column's name (高等学校招生数); a column in a unit of things counts. A
    row with another number of values than columns is left (its cells cannot be placed).

    >>> text = "学校数 招生数 在校学生数\\n(所) (人) (人)\\n1.高等学校 3 6968 21096\\n初中 44 14071\\n"
    >>> [(c.span, c.subject, c.measure, c.unit) for c in read_tables(text)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('3', '高等学校学校数', 'count', '所'), ('6968', '高等学校招生数', 'level', '人'),
     ('21096', '高等学校在校学生数', 'level', '人')]
    """
    cells_of_header = lines[first][1].replace("|", " ").split()
    if cells_of_header and _LABEL_HEADER.fullmatch(cells_of_header[0]):
        cells_of_header = cells_of_header[1:]
    if len(cells_of_header) < 3 or not all(_GRID_NAME.match(c) for c in cells_of_header):
        return []
    names = [c.lstrip("#＃") for c in cells_of_header]
    at = first + 1
    while at < len(lines) and not lines[at][1].strip():
        at += 1
    if at >= len(lines):
        return []
    units: list[str]
    unit_line = _UNIT_LINE.match(lines[at][1])
    before = _UNIT_LINE.match(lines[first - 1][1]) if first > 0 else None
    if unit_line or before:
        units = [(unit_line or before)["unit"]] * len(names)  # type: ignore[index]
        at += 1 if unit_line else 0
    elif _GRID_UNITS.match(lines[at][1]):
        units = re.findall(r"[(（]([^()（）\s\d]{1,6})[)）]", lines[at][1])
        at += 1
    else:
        return []
    if len(units) != len(names):
        return []
    columns = [_Column(n, u, joined=True) for n, u in zip(names, units, strict=True)]
    cells: list[Cell] = []
    for row in range(at, min(len(lines), at + _STACKED_LIMIT)):
        start, line = lines[row]
        if not line.strip():
            if cells:
                break
            continue
        if _SENTENCE_MARKS.search(line):
            break
        tokens = [(m.start(), m.group()) for m in re.finditer(r"[^\s|]+", line)]
        k = next((j for j, (_, t) in enumerate(tokens) if _CELL_NUMBER.match(t)), None)
        if k is None or k == 0:
            break
        values = tokens[k:]
        if not all(_CELL_NUMBER.match(t) for _, t in values):
            break
        label = "".join(t for _, t in tokens[:k])
        numbering = _FORM_NUMBERING.match(label)
        label = _LABEL_LEAD.sub("", label[numbering.end() :] if numbering else label)
        label = label.lstrip("#＃").strip(":：")
        if not label or any(ch.isdigit() for ch in label):
            break
        if len(values) != len(columns):
            continue
        for (position, raw), column in zip(values, columns, strict=True):
            cells.append(_cell(start + position, raw, column.unit, label, column, "", ""))
    return cells
