"""A general reader of tables flattened to lines: a block of rows under a header.

The special readers of :mod:`tables` each know one layout (a header line with bracketed
units, a report form, a grid with a unit line, a table one cell per line). This one starts
from the rows and reads the header above them, whatever its layout:

* **rows**: a label (numbering ``1.``/``一、``/``(一)`` and ``其中:`` dropped), perhaps a unit
  cell (``万元``, under a ``计算单位`` column) or a bracketed unit of its own
  (``出生人口(人)``), then a run of values (numbers, ``78,680``, or placeholders ``-``);
  cells are split at ``|`` when the line has borders, else at spaces;
* **the header**: the lines just above the first row that are no sentence, no title
  (``表1``, ``2-3  人口变动``) and no row, up to five; a ``单位:万元`` line among or above
  them is the unit of the columns without one. Cells may run over several lines, a name
  broken across them (``在  校`` / ``学生数``) and units in brackets on lines of their own
  (``(所) (人)``); single characters spaced apart are one cell (``项 目`` → 项目). The
  label column's cell (``项目名称``, ``指标``) and a unit column's (``计算单位``) are dropped;
* **the columns** (as many as the widest row has values) come from the header's cells by
  the first rule that fits: one cell per column; or a line of periods, one per column
  (``2008 2007``, ``1982年 1990年``), under a group cell over all of them (``全市``); or
  period groups over the columns (``9月 1-9月`` over ``绝对量(亿元) 增长(%)`` twice); or
  cells flowing down into the columns left to right, a unit closing its column
  (``学校数 … 在校`` / ``(所) (人) (人) 学生数`` / ``(人)``). When none fits the block is
  left (its cells cannot be placed);
* **a row with fewer values** than columns: with borders its cells are where they stand;
  without, a wider space marks an empty cell (``41382   2555``: one cell left empty), and
  when none does the row is left rather than guessed.

Each value is a :class:`tables.Cell`: its subject the row's label, joined with the column's
name when that names a quantity (高等学校 + 招生数) rather than a period (``3月``, ``2008``)
or a measure (``增长(%)``, ``比重(%)``, ``结构(%)``); its unit the column's, else the row's,
else the unit line's (a column marked ``#`` as a part of the one before takes its unit);
its measure from the column's name (growth, share), else the row's (``出生率(‰)`` a level).

>>> from citystat.textfacts.tables import _lines
>>> text = "项目 全市\\n2008 2007\\n出生人口(人) 68088 63404\\n出生率(‰) 8.20 7.70\\n"
>>> [(c.span, c.subject, c.measure, c.unit, c.year) for c in read_block(_lines(text), 2)]
... # doctest: +NORMALIZE_WHITESPACE
[('68088', '出生人口', 'level', '人', 2008), ('63404', '出生人口', 'level', '人', 2007),
 ('8.20', '出生率', 'level', '‰', 2008), ('7.70', '出生率', 'level', '‰', 2007)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Final

from .measures import _PLAN_SHARE
from .measures import _SHARE as _RATE_SHARE
from .numbers import parse_number
from .periods import PART_OF_YEAR, find_events, infer_year, years_moved
from .tables import (
    _CAPTION,
    _CHANGE_COLUMN,
    _COLUMN,
    _FORM_NUMBERING,
    _LABEL_HEADER,
    _LABEL_LEAD,
    _LABEL_UNIT,
    _SENTENCE_MARKS,
    _SUB_ROW,
    _TITLE,
    _UNIT_LINE,
    BARE_AMOUNT,
    DASHES,
    INDEX_BASE,
    Cell,
    GeneralReaders,
    _form_unit,
    _looks_like_region,
    _part_name,
    _topic_named,
    implied,
    kind_period,
    percent_column,
    period_kind,
    row_measure,
    row_note_free,
    sector_part,
    signed_by_column,
    table_topic,
    unit_named,
    wrapped_units,
)
from .units import UNITS, split_unit, unit_info

__all__ = ["READERS", "maybe_row", "maybe_stream", "read_block", "read_general", "read_stream"]

#: A value cell: a number (``78,680``, ``-1.0``).
_VALUE = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
#: A value cell with its unit (``1250.6亿元``, ``5.3%``), between borders.
_VALUE_UNIT = re.compile(
    r"^(?P<number>-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<unit>%|‰|[^\d\s.,%]{1,6})$"
)


def _value(cell: str, bordered: bool = True) -> re.Match[str] | None:
    """A value cell: a number, or between borders a number and a unit (``1250.6亿元``,
    ``5.3%``; not a year, ``2024年``, which heads a column)."""
    found = _VALUE_UNIT.match(cell) if bordered else None
    if (
        found
        and found["unit"] not in _NOT_VALUE_UNITS
        and (found["unit"] in ("%", "‰") or _is_unit(found["unit"]))
    ):
        return found
    return _VALUE.match(cell)


_NOT_VALUE_UNITS = frozenset(("年", "月", "日", "号", "季度"))


#: A cell standing for no value: a dash, dots, a slash, or nothing between borders.
_EMPTY = re.compile(rf"^(?:[{DASHES}]{{1,2}}|…+|/|)$")
#: A name with brackets of its own before its unit's: ``固定资产投资(不含农户)增速(%)``.
_LAST_BRACKET = re.compile(r"(?P<name>.+?)\s*[(（](?P<unit>[^()（）\s\d]{1,6})[)）]")
#: A unit cell alone in brackets (``(所)``), on a header line of its own.
_UNIT_ONLY = re.compile(r"^[(（](?P<unit>[^()（）\s\d]{1,6})[)）]$")
#: A unit column's header cell.
_UNIT_HEADER = re.compile(r"^(?:计量|计算)?单位$")
#: A table's number opening its title line (``2-3  人口变动``, ``10-15 …``).
_TABLE_NUMBER = re.compile(r"^\s*\d{1,2}\s*[-—－.]\s*\d{1,3}\s")
#: A column naming a year (``2008``, ``1990年``, ``2022年末``).
_YEAR_COLUMN = re.compile(r"^(?P<year>(?:19|20)\d{2})(?:年(?:末|底)?)?$")
#: A bordered row of a label and only empty cells (``北 京 | |||``, ``| 西 藏 | | |``).
_NO_DATA_ROW = re.compile(r"\s*[|｜]?\s*[\u4e00-\u9fa5][\u4e00-\u9fa5 ]{0,12}(?:\s*[|｜]){2,}\s*")
#: A column naming a month or the months since January (``3月``, ``1-3月累计``).
_MONTH_COLUMN = re.compile(r"^(?P<range>[1一]\s*[-—－~～至]\s*)?\d{1,2}月(?:份)?(?:累计)?$")
#: Column names that say what kind of value, not which quantity (not joined to the label).
_MEASURE_NAME = re.compile(
    r"增长|增速|增幅|增减|比上年|比去年|同比|环比|比重|占比|构成|结构|"
    r"^(?:绝对[数量值额]|总[量数额计]|数量|数值|金额|合计|本[月期年]数?|当月|累计数?|实际(?:完成)?数?"
    r"|完成[数值额]?|实绩数?|指标值|"
    r"(?:年末|年底|期末|年初|全年|本年|上年)数?)$"
)
#: The words of a column's name that name its period (``2023年1-9月``, ``本月``).
_PERIOD_WORDS = re.compile(
    r"(?:19|20)\d{2}年?(?:末|底)?|[1一]?\s*[-—－~～至]?\s*\d{1,2}月(?:份)?|"
    r"[一二三四]季度|上半年|下半年|前三季度|[1-4一二三四]季(?:总计|累计)"
)
#: A header cell naming one period over the columns below it (``2023年2季总计``).
_SPANNING_PERIOD = re.compile(
    r"(?:19|20)\d{2}年(?:[1-4一二三四]季(?:度|总计|累计)?|上半年|前三季度|\d{1,2}[-—－~～至]\d{1,2}月份?|全年)?"
)
#: What is left of a column's name of a kind of period that names no indicator (``本月止累计``
#: → 止, ``本月比上年同月增长`` → 本月比上年同月, ``本期累计比上年同期增长`` → 本期).
_KIND_WORDS = re.compile(r"(?:本[月期年]|当月|止|至|累计|比?(?:上年|去年)?同[月期]|比)+")
#: A column of this year or the year before in a year's table (``本年``, ``上年数``); not
#: ``上年同期`` (the same months of the year before).
_RELATIVE_YEAR = re.compile(r"(?P<which>本年|今年|上年|去年)(?=数|末|底|实际|完成|$)(?!同期)")
#: The head of a title naming items of a kind and their quantity (``主要农产品产量列示如下``):
#: the rows are the items (``粮食(吨)`` → 粮食产量).
_TOPIC_WORDS = (
    r"(?:产量|产值|播种面积|种植面积|面积|销量|销售量|销售额|零售额|出口额|进口额|增加值)"
)
_TOPIC_HEAD = re.compile(rf"(?<=[品物类]){_TOPIC_WORDS}$")
#: The head a growth column's item took in the column before (粮食 + 产量).
_ITEM_HEAD = re.compile(_TOPIC_WORDS)
#: A row label that names its quantity already (``发电量``, ``销售额``, ``播种面积``).
_HEAD_NAMED: Final = ("量", "额", "值", "数", "面积", "产值", "收入", "支出")
#: Words after an indicator in a column's name that say what kind of value (``…绝对值``).
_VALUE_WORDS = re.compile(r"(?<=.)(?:绝对[数量值额]|数值|金额|数量)$|(?<=[值额量])总量$")
#: The label column's cell over rows of years or months (``年份``).
_TIME_HEADER = re.compile(r"年\s*份|年\s*度|时\s*间|月\s*份|日\s*期|指标\s*/\s*年份")
#: A column of ranks.
_RANK = re.compile(r"位次|排名|排序|名次|排位")
#: The words of a column's name that say it is a rate of change (``增加值环比增速``).
_RATE_WORDS = re.compile(
    r"(?:环比|同比|比上年|比去年同期|比去年同月|累计)?(?:增长速度|增长率|增速|增幅|增长|增减)$"
)
#: The whole of the document's region or its province as a row label.
_WHOLE = re.compile(r"全(?:国|省|市|县|区|州|盟)(?:合计|总计)?|合计|总计")
_GROWTH = re.compile(r"增长|增速|增幅|增减|比上年|比去年|同比|环比")
_SHARE = re.compile(r"比重|占比|构成|结构|占")
_CJK_ONE = re.compile(r"^[\u4e00-\u9fa5]$")
_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u4e00-\u9fa5]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2}")
#: A bilingual yearbook's English head of the label column, before the years it heads.
_ENGLISH_ITEM_HEAD = re.compile(r"(?<![A-Za-z])(?:Items?|Indicators?)\s+(?:19|20)\d\d(?!\d)")


def _damaged_item_head(cell: str, line: str) -> bool:
    """``目 … Item 2006 2007``: a bilingual header whose Chinese head lost characters (项目)
    to one, which the English head over the years says heads the label column (round 30).

    >>> _damaged_item_head("目", "  目      Item 2006 2007"), _damaged_item_head("目", "目 2006")
    (True, False)
    """
    return bool(_CJK_ONE.match(cell) and _ENGLISH_ITEM_HEAD.search(line))


#: A cell in Latin letters alone: a bilingual yearbook's English column (``Built-up Area(sq.km)``).
_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9 .,&'/()（）:%\-]*$")
#: A rule under a header (``|---|:--:|``, ``———``).
_RULE = re.compile(r"^[\s|｜:：\-—–=+]{3,}$")
_HEADER_LINES = 5
_BLOCK_LIMIT = 400


@dataclass
class _Col:
    parts: list[str] = field(default_factory=list)
    unit: str | None = None
    period: str | None = None
    closed: bool = False

    @property
    def name(self) -> str:
        return "".join(self.parts)


def _split(line: str) -> list[tuple[int, str, int]]:
    """The cells of a line as (offset, text, spaces before it); at ``|`` when it has
    borders (empty cells kept), else at runs of spaces."""
    if "|" in line or "｜" in line:
        out = []
        start = 0
        pieces = re.split(r"[|｜]", line)
        for k, piece in enumerate(pieces):
            stripped = piece.strip()
            if (k == 0 or k == len(pieces) - 1) and not stripped:
                start += len(piece) + 1
                continue
            offset = start + (piece.index(stripped) if stripped else 0)
            out.append((offset, stripped, 1))
            start += len(piece) + 1
        return out
    out = []
    end = 0
    for m in re.finditer(r"\S+", line):
        out.append((m.start(), m.group(), m.start() - end))
        end = m.end()
    return out


@dataclass
class _Row:
    start: int
    label: str
    unit: str | None
    values: list[tuple[int, str]]  # (offset in the line, cell) of the value cells
    gaps: list[int]  # spaces before each value cell (without borders)
    bordered: bool
    part: bool = False  # 其中:火电 — a part of the row with a unit above it
    period: str | None = None  # a row of a year (``2021``, ``2021年``): its period
    marked: bool = False  # #食品制造业: marked as one of the parts of a row above


def maybe_row(line: str) -> bool:
    """A quick test before :func:`read_block`: a short line with a digit, no sentence
    (an English name in the row, its commas and its length, not counted)."""
    if _DIGIT.search(line) is None:
        return False
    if len(line) <= 160 and not _SENTENCE_MARKS.search(line):
        return True
    chinese = _without_english(line)
    return (
        chinese is not line
        and len(" ".join(chinese.split())) <= 160
        and not _SENTENCE_MARKS.search(chinese)
    )


def _without_english(line: str) -> str:
    """A line without borders, the English name after its Chinese label blanked (offsets
    kept) with its bracketed English unit: a bilingual yearbook table whose English words
    stand in the row. The English run must start with a word after a Chinese label, reach
    the row's values and hold no Chinese (``PM2.5浓度 35 41`` stays); ``line`` itself when
    there is none.

    >>> line = "造林面积 (公顷)  Area of Afforestation, Total (hectare)  4521 4610"
    >>> blank = _without_english(line)
    >>> blank.split(), len(blank) == len(line)
    (['造林面积', '(公顷)', '4521', '4610'], True)
    >>> _without_english("林业机械总动力 (万瓦) Total Power (10000 w) 8215 8390").split()
    ['林业机械总动力', '(万瓦)', '8215', '8390']
    >>> line = "GDP 增速 (%) 5.2 6.1"
    >>> _without_english(line) is line
    True
    """
    if line is _LAST_BLANKED[0]:  # (the same line object again: see _LAST_BLANKED)
        return _LAST_BLANKED[1]
    if "|" in line or "｜" in line or not _LATIN_WORD.search(line):
        blanked = line
    else:
        blanked = _blanked(line)
    _LAST_BLANKED[0], _LAST_BLANKED[1] = line, blanked
    return blanked


#: The line :func:`_without_english` read last and what it gave: the readers ask it of the
#: same line object several times in a row (``read_general``'s test, ``maybe_row``,
#: ``_row``; again as the line below a header), each time searching the whole line for
#: Latin letters (a long sentence line, most of the cost). Kept by identity, one line: the
#: same object, the same answer.
_LAST_BLANKED: Final[list[str]] = ["", ""]


def _blanked(line: str) -> str:
    """:func:`_without_english` of a line without borders and with two Latin letters."""
    cells = _split(line)
    k = len(cells)
    while k > 0 and (_value(cells[k - 1][1], False) or _EMPTY.match(cells[k - 1][1])):
        k -= 1
    for j in range(1, k):
        word = cells[j][1]
        if len(word) >= 2 and word[:2].isalpha() and word.isascii():
            if all(t.isascii() for _, t, _ in cells[j:k]) and _CJK.search(line, 0, cells[j][0]):
                end = cells[k - 1][0] + len(cells[k - 1][1])
                return line[: cells[j][0]] + " " * (end - cells[j][0]) + line[end:]
            break
    return line


def _row(start: int, line: str, unit_column: bool) -> _Row | None:
    if not maybe_row(line):
        return None
    raw = line
    line = _without_english(line)  # 林业人口 (人) Forestry Population (person) 95120
    cells = _split(line)
    k = len(cells)
    bordered = "|" in line or "｜" in line
    while k > 0 and (_value(cells[k - 1][1], bordered) or _EMPTY.match(cells[k - 1][1])):
        k -= 1
    if 0 < k < len(cells) and not bordered:
        glued = _GLUED_VALUE.fullmatch(cells[k - 1][1])
        places = _decimals(glued["number"]) if glued else None
        if glued and all(_decimals(t) == places for _, t, _ in cells[k:]):
            # 居民消费价格总指数101.4 101.6 100.9: a page that ran the label into the first value
            at, _, gap = cells[k - 1]
            number = (at + glued.start("number"), glued["number"], 0)
            cells[k - 1 : k] = [(at, glued["label"], gap), number]  # the number at k
    year_row = None
    if k == 0 and len(cells) >= 3 and _YEAR_COLUMN.match(cells[0][1]):
        k, year_row = 1, _YEAR_COLUMN.match(cells[0][1])["year"]  # type: ignore[index]
    values = cells[k:]
    if k == 0 or not any(_value(t, bordered) for _, t, _ in values):
        return None
    label_cells = [t for _, t, _ in cells[:k]]
    if len(label_cells) >= 2:
        # | 城区面积(平方公里) | Built-up Area(sq.km) | 812.5 |: the English column is no label
        label_cells = label_cells[:1] + [
            t for t in label_cells[1:] if not _LATIN.match(t) or _is_unit(t)
        ]
    head = "".join(label_cells)
    if (
        (head[:1] in "指项年" and (_LABEL_HEADER.fullmatch(head) or _TIME_HEADER.fullmatch(head)))
        or _damaged_item_head(head, raw)
    ) and all(_YEAR_COLUMN.match(t) for _, t, _ in values):
        return None  # 指 标 2019 2020: a yearbook's header of bare years, no row
    while label_cells and _VALUE.match(label_cells[0]) and not year_row:  # a serial or rank
        label_cells = label_cells[1:]
    unit = None
    if len(label_cells) >= 2 and (unit_column or _is_unit(label_cells[-1])):
        unit = label_cells.pop()
    numbered = next((j for j, t in enumerate(label_cells) if j and _FORM_NUMBERING.match(t)), 0)
    label = "".join(label_cells[numbered:])  # 经济稳定 | 1.地区生产总值…: a category first
    if unit_column and unit is None:  # 发电量亿千瓦时 under 计量单位: run together
        label, unit = _form_unit(label)
    numbering = _FORM_NUMBERING.match(label)
    if numbering:
        label = label[numbering.end() :]
    part = bool(_SUB_ROW.match(label))
    marked = label.startswith(("#", "＃"))
    label = row_note_free(_LABEL_LEAD.sub("", label.lstrip("#＃")).strip(":："))
    if " " in label:  # 入 境 游 客: a label spaced out to the width of its column
        label = _SPACED_OUT.sub("", label)
    own = _LABEL_UNIT.search(label)
    if own and unit_info(own["unit"]) is None and "/" not in own["unit"]:
        own = None  # 社区卫生服务中心(站): a part of the name, no unit (round 18b)
    if own:
        label, unit = label[: own.start()], unit or own["unit"]
    period = year_row or (_row_period(label) if _DIGIT.search(label) else None)
    if period is None and (
        not label
        or len(label) > 30
        or not re.search(r"[\u4e00-\u9fa5]", label)
        or re.search(r"(?<![A-Za-z.])\d(?![\d.]*[A-Za-z])", _CODE_NAMED.sub("", label))
        # (PM2.5, 5G, 12345转办, 110接警: names; 3月, 2023年: no row's name)
    ):
        return None
    return _Row(
        start,
        label,
        unit,
        [(o, t) for o, t, _ in values],
        [g for _, _, g in values],
        bordered,
        part,
        period,
        marked,
    )


#: A service's number naming it (``12345转办``, ``110接警``, ``12348热线``): three to six digits
#: before a word that is no date's or term's (年, 月, 日, 号, 季, 期, 届, 时).
_CODE_NAMED = re.compile(r"(?<![\d.])\d{3,6}(?=(?![年月日号季期届时])[\u4e00-\u9fa5])")
#: A row's unit alone opening its line, the label above it (``(万公里) | 54.7 | …``).
_UNIT_OPENING = re.compile(r"^\s*[(（](?P<unit>[^()（）\s\d]{1,6})[)）]\s*[|｜]")


#: A label run into a value with decimals (``1.食品110.6``), not a word that heads a figure.
_GLUED_VALUE = re.compile(
    r"(?P<label>.*[\u4e00-\u9fa5](?<![第约近超达为比增降长至]))(?P<number>\d+\.\d+)"
)


def _decimals(cell: str) -> int | None:
    """How many decimals a value cell has; None when it is no number."""
    if not _VALUE.match(cell):
        return None
    return len(cell) - cell.index(".") - 1 if "." in cell else 0


def _wrapped_label_row(
    start: int, line: str, below: tuple[int, str], unit_column: bool
) -> _Row | None:
    """A row whose label a yearbook page broke over two lines: the label with empty cells
    (``投递路线长度 | ||||``), then its unit and values (``(万公里) | 54.7 | 57.6 |``);
    None when line and ``below`` are not so.

    >>> row = _wrapped_label_row(0, "投递路线总长度 | ||||", (22, "(万公里) | 54.7 | 57.6 |"), False)
    >>> row.label, row.unit, [(row.start + o, v) for o, v in row.values]
    ('投递路线总长度', '万公里', [(30, '54.7'), (37, '57.6')])
    """
    found = _UNIT_OPENING.match(below[1])
    if found is None or unit_info(found["unit"]) is None or _DIGIT.search(line):
        return None
    label = re.sub(r"[\s|｜\u3000]+", "", line)
    if not 2 <= len(label) <= 24 or _SENTENCE_MARKS.search(label):
        return None
    # the label set before the unit line, the values kept at their places in the text
    return _row(below[0] - len(label), label + below[1], unit_column)


#: The spaces between the characters of a label spaced out (``外 国 人``).
_SPACED_OUT = re.compile(r"(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])")


def _english_line(line: str) -> bool:
    """A line of English words alone (``All  All Districts``, ``  (10 thousand people)``)."""
    return bool(_LATIN_WORD.search(line)) and not _CJK.search(line) and "|" not in line


def _orphan_values(line: str) -> bool:
    """A line of two or more values and nothing else, not a line of years."""
    cells = line.split()
    return (
        len(cells) >= 2
        and all(_VALUE.match(c) for c in cells)
        and not all(_YEAR_COLUMN.match(c) for c in cells)
    )


def _label_over_values(
    lines: list[tuple[int, str]], at: int, unit_column: bool
) -> tuple[_Row, int] | None:
    """A row of a bilingual yearbook whose values the page put on a line of their own: a
    label with its English name (``用水户数(户) Households with Access to Tap Water``),
    perhaps an English line more (``(10 thousand people)``), then the values; the row and the
    number of lines it takes, or None.

    >>> lines = [(0, "用水人口(万人) Residents with Tap Water"), (30, " (10 thousand people)"),
    ...          (48, "512.34 523.45")]
    >>> row, taken = _label_over_values(lines, 0, False)
    >>> row.label, row.unit, [(row.start + o, v) for o, v in row.values], taken
    ('用水人口', '万人', [(48, '512.34'), (55, '523.45')], 3)
    """
    line = lines[at][1]
    if _DIGIT.search(line) or not _LATIN_WORD.search(line) or "|" in line:
        return None
    label = line[: _LATIN_WORD.search(line).start()].strip()  # type: ignore[union-attr]
    if not label or _CJK.search(label) is None or _SENTENCE_MARKS.search(label):
        return None
    below = at + 1
    if below < len(lines) and _english_line(lines[below][1]):
        below += 1
    if below >= len(lines) or not _orphan_values(lines[below][1]):
        return None
    start, values = lines[below]
    row = _row(start - len(label) - 1, f"{label} {values}", unit_column)
    return (row, below - at + 1) if row is not None else None


def _row_period(label: str) -> str | None:
    """The year a row's label is, alone (``2021年``, ``2021年末``)."""
    whole = _YEAR_COLUMN.match(label)
    return whole["year"] if whole else None


def _is_unit(cell: str) -> bool:
    return cell in UNITS or (split_unit(cell) is not None and cell[0] in "万亿千百十")


def _header_cells(line: str) -> list[str]:
    """A header line's cells, single characters spaced apart joined (``在  校`` → 在校,
    ``项 目 名 称`` → 项目名称)."""
    cells = [t for _, t, _ in _split(line)]
    if "|" not in line and "｜" not in line:
        words = _PLACE_COLUMNS.fullmatch("".join(cells))
        if words and len(cells) > 1:  # 全  市城  市农  村: columns whose spaces ran astray
            return _PLACE_COLUMN.findall(words.group())
        joined: list[str] = []
        singles = False  # the last cell is built of single characters alone
        for cell in cells:
            one = bool(_CJK_ONE.match(cell))
            if (joined and one and singles) or (
                joined and cell == "单位" and joined[-1] in ("计算", "计量")
            ):
                joined[-1] += cell
            else:
                joined.append(cell)
                singles = one
        cells = joined
    return [re.sub(r"\s+", "", c) for c in cells if c.strip()]


#: Columns of the whole and of its town and country parts (``全市 城市 农村``), which a page
#: may run together with their inner spaces misplaced.
_PLACE_COLUMN = re.compile(r"全[国省市县区]|城市|农村|城镇|乡村")
_PLACE_COLUMNS = re.compile(rf"(?:{_PLACE_COLUMN.pattern}){{2,}}")
#: Columns of a town or country part: the part names the row's indicator (城市居民消费价格指数).
_PART_COLUMN = re.compile(
    r"城市|农村|城镇|乡村"
    # 国有及国有控股企业 beside 合计: the kind of enterprise a column is of (round 28)
    r"|(?:国有及国有控股|国有控股|国有|集体|私营|民营|股份制|外商投资|港澳台投资|大中型|小微)企业"
)


_PRICE_INDEX = re.compile(r"价格总?指数$")


def _is_period(cell: str) -> bool:
    return bool(
        _YEAR_COLUMN.match(cell)
        or _MONTH_COLUMN.match(cell)
        or (period_kind(cell) and len(cell) <= 6)
    )


def _columns(header: list[list[str]], width: int, year: int | None) -> list[_Col] | None:
    """The ``width`` columns from the header's cells (line by line), or None."""
    flat = [c for line in header for c in line]
    if not flat:
        return None
    units_alone = [c for c in flat if _UNIT_ONLY.match(c)]
    if len(flat) == width and not units_alone:  # one cell per column
        return [_col(c) for c in flat]
    for at, line in enumerate(header):
        if len(line) == width and all(_is_period(c) for c in line):
            rest = [c for k, cells in enumerate(header) if k != at for c in cells]
            if len(rest) <= 1 and not units_alone:  # 全市 over 2008 2007
                return [_col(c) for c in line]
    for at, line in enumerate(header):
        if (
            (2 <= len(line) < width or (len(line) == 1 and _SPANNING_PERIOD.fullmatch(line[0])))
            and width % len(line) == 0
            and at + 1 < len(header)
            and all(_is_period(c) or not (_UNIT_ONLY.match(c) or _with_unit(c)) for c in line)
        ):
            # (2023年2季总计 over 合计 | 国有及国有控股企业: one period over every column,
            # round 28)
            # 3月 1-3月 over 绝对值(亿元) 增长% twice, or over 绝对值 增长 / (亿元) (%) …;
            # 地区生产总值 一般公共预算收入 over 绝对值(亿元) 增速(%) twice
            below = _columns(header[at + 1 :], width, year) if header[at + 1 :] else None
            if below is not None:
                size = width // len(line)
                for k, column in enumerate(below):
                    column.parts.insert(0, line[k // size])
                return below
    return _signed_columns(header, width, year) or _flow(header, width)


#: A header cell marking a column's values as changes in per cent (``±%``, ``(%)``).
_SIGNED_PERCENT = re.compile(r"[(（]?[±+]?%[)）]?")


def _signed_columns(header: list[list[str]], width: int, year: int | None) -> list[_Col] | None:
    """A line of ``width`` columns with a line of ``±%`` marks under its change columns
    alone (``本月 | 比上年同月 | 本月止累计 | 比上年同期`` over ``±% | ±%``), perhaps under a
    cell of the table's month; None when the header is not so.

    >>> cols = _signed_columns([["2020年2月"], ["本月", "比上年同月", "累计", "比上年同期"],
    ...                         ["±%", "±%"]], 4, 2020)
    >>> [(c.name, c.unit, c.period) for c in cols]  # doctest: +NORMALIZE_WHITESPACE
    [('本月', None, '2020-02'), ('比上年同月', '%', '2020-02'),
     ('累计', None, '2020-01/2020-02'), ('比上年同期', '%', '2020-01/2020-02')]
    """
    marks = [k for k, line in enumerate(header) if all(_SIGNED_PERCENT.fullmatch(c) for c in line)]
    if len(marks) != 1:
        return None
    for at, line in enumerate(header):
        changes = [k for k, c in enumerate(line) if _GROWTH.search(c) and not _with_unit(c)]
        rest = [c for k, cells in enumerate(header) if k not in (at, marks[0]) for c in cells]
        if (
            len(line) != width
            or len(changes) != len(header[marks[0]])
            or len(rest) > 1
            or not all(_is_period(c) or find_events(c, year) for c in rest)
        ):
            continue
        columns = [_col(c) for c in line]
        for k in changes:
            columns[k].unit, columns[k].closed = "%", True
        events = [e.period for e in find_events(rest[0], year) if e.period] if rest else []
        if events:  # 2020年2月 over the columns: the month and the months since January
            for column in columns:
                column.period = kind_period(period_kind(column.name), events[0])
        return columns
    return None


def _single_column(header: list[list[str]]) -> _Col | None:
    """The one column that rows of a single value fill, when the header has one column
    with a unit and the others are bare amounts the page left empty (``指标 绝对量
    增速(%)`` over ``采矿业 -1.6``), or None.

    >>> _single_column([["绝对量", "增速(%)"]]).name, _single_column([["本月", "增速(%)"]])
    ('增速', None)
    """
    flat = [c for line in header for c in line]
    if (
        len(flat) == 2
        and not any(_with_unit(c) for c in flat)
        and (unit_named(flat[1]) or implied(flat[1]))
    ):  # 信息内容 | 本年制发件数 over 规章 | 2: the label's column, then what is counted
        return _Col([flat[1]], unit_named(flat[1]), None, True)  # (round 31)
    filled = [c for c in flat if _with_unit(c)]
    if len(filled) != 1 or len(flat) < 2:
        return None
    if not all(c in filled or BARE_AMOUNT.match(c) for c in flat):
        return None
    return _col(filled[0])


def _with_unit(cell: str) -> tuple[str, str] | None:
    """A header cell's name and unit: ``增速(%)``, ``本月(万元)``, ``增长%``, ``比重‰``."""
    bracketed = _COLUMN.fullmatch(cell) or _LAST_BRACKET.fullmatch(cell)
    if bracketed and (bracketed.re is _COLUMN or _is_unit(bracketed["unit"])):
        return bracketed["name"], bracketed["unit"]
    return percent_column(cell)


def _col(cell: str) -> _Col:
    named = _with_unit(cell)
    if named:
        return _Col([named[0]], named[1], None, True)
    return _Col([cell])


def _flow(header: list[list[str]], width: int) -> list[_Col] | None:
    """Cells flowing down into the columns: on each line, left to right, every cell goes
    to the next column still open; a unit (alone or in brackets after a name) closes it."""
    columns = [_Col() for _ in range(width)]
    for line in header:
        k = 0
        for cell in line:
            while k < width and columns[k].closed:
                k += 1
            if k >= width:
                return None
            alone = _UNIT_ONLY.match(cell)
            named = None if alone else _with_unit(cell)
            if alone:
                if not columns[k].parts:
                    return None  # a unit over a column without a name
                columns[k].unit, columns[k].closed = alone["unit"], True
            elif named:
                columns[k].parts.append(named[0])
                columns[k].unit, columns[k].closed = named[1], True
            else:
                columns[k].parts.append(cell)
            k += 1
    if not all(c.parts for c in columns):
        return None
    return columns


def _header_above(
    lines: list[tuple[int, str]], first: int, unit_column_seen: list[bool], spaced: bool = False
) -> tuple[list[list[str]], str | None, int] | None:
    """The header's cells line by line above row ``first``, the unit line's unit, and the
    index of the header's first line; ``spaced``: lines of the table stand between blank
    lines (a web page's), so a single blank line does not end the header."""
    header: list[list[str]] = []
    unit_line: str | None = None
    at = first - 1
    top = first
    reach = 2 * _HEADER_LINES + 2 if spaced else _HEADER_LINES + 1
    while at >= 0 and first - at <= reach:
        line = lines[at][1]
        body = line.strip(" \t\u3000|｜")
        if not body and spaced and at > 0 and lines[at - 1][1].strip():
            at -= 1
            continue
        if not body and ("|" in line or "｜" in line):
            at -= 1  # | | | | |: a row of empty cells under the header
            continue
        if not body:
            break
        if (
            not header
            and _heading_line(line)
            and (
                "|" in line
                or "｜" in line
                or (at and _LABEL_HEADER.fullmatch((_header_cells(lines[at - 1][1]) or [""])[0]))
            )
        ):
            # | 市政设施 | Municipal Facilities | | |, or 城市基本情况 under 指 标 2015 2016:
            # a section's heading over the rows, no line of the header
            at -= 1
            continue
        found = _UNIT_LINE.match(line)
        if found:
            unit_line = found["unit"]
            at -= 1
            continue
        if _RULE.match(line):  # |---|---| under a header: no cells
            at -= 1
            continue
        if _english_line(line) or _orphan_values(line):
            # a bilingual yearbook's English caption, or a row whose Chinese label the page
            # lost (31.20 33.45 under an English caption): no cells of the header
            at -= 1
            continue
        if (
            len(body) > 80
            or _SENTENCE_MARKS.search(body)
            or _TITLE.match(body)
            or _CAPTION.search(body)
            or _TABLE_NUMBER.match(line)
            or (
                _row(0, line, False) is not None
                and not all(_is_period(c) for c in _header_cells(line))
            )
        ):
            break
        cells = _header_cells(_without_english(line))  # 城镇供水 Water Supplied to Towns: 城镇供水
        if cells and _damaged_item_head(cells[0], line):
            cells = ["项目", *cells[1:]]
        if (
            len(cells) == 1
            and header
            and len(header[0]) >= 3
            and "|" not in line
            and "｜" not in line
            and ("|" in lines[top][1] or "｜" in lines[top][1])
        ):
            break  # (一)汇总表 over a barred header: the table's caption, no header cell
        if len(cells) >= 2 and all(c in ("%", "‰") or _is_unit(c) for c in cells):
            cells = [f"({c})" for c in cells]  # 万元 万元 %: a unit under each column
        header.insert(0, cells)
        top = at
        at -= 1
        if cells and _LABEL_HEADER.fullmatch(cells[0]):
            break  # 指标 / 项目: the header's first line
    if not header:
        return None
    if unit_line is None and at >= 0:
        found = _UNIT_LINE.match(lines[at][1])
        unit_line = found["unit"] if found else None
    # the label column's cell and a unit column's
    cleaned: list[list[str]] = []
    for k, cells in enumerate(header):
        kept = []
        for j, cell in enumerate(cells):
            if (
                j == 0
                and (k == 0 or not any(cleaned))
                and (
                    _LABEL_HEADER.fullmatch(cell)
                    or _TIME_HEADER.fullmatch(cell)
                    or (
                        _NAMED_LABEL_HEAD.fullmatch(cell)
                        and len(cells) >= 3
                        and all(_LABEL_UNIT.search(c) for c in cells[1:])
                    )
                )
            ):
                # (案件来源 | 6月受理数(宗) | 7月受理数(宗) | 增/减幅(%): a label column named
                # by what its rows are, over columns that each state a unit; round 29)
                continue
            if _UNIT_HEADER.match(cell):
                unit_column_seen[0] = True
                continue
            if j == 1 and _LATIN.match(cell) and _LABEL_HEADER.fullmatch(cells[0]):
                continue  # 项目 | Items | 2024 |: the English column's head

            kept.append(cell)
        cleaned.append(kept)
    return [c for c in cleaned if c], unit_line, top


#: A label column's header naming what its rows are (``案件来源``, ``单位名称``): words, no
#: number and no unit.
_NAMED_LABEL_HEAD = re.compile(r"[\u4e00-\u9fa5]{2,8}")


def _fill(
    row: _Row, width: int, typical_gap: int, bare: list[int] | None = None
) -> list[tuple[int, str] | None] | None:
    """The row's value cells placed in the ``width`` columns (None for an empty one);
    ``bare``, the columns of bare amounts (``绝对量``) a row without a unit leaves empty."""
    values: list[tuple[int, str] | None] = list(row.values)
    short = width - len(values)
    if short == 0:
        return values
    if short < 0:
        return None
    if bare and short == len(bare) and not row.part and not implied(row.label):
        filled = iter(values)  # 采矿业 -1.6 under 绝对量 增速(%): the growth
        return [None if k in bare else next(filled) for k in range(width)]
    if row.bordered:  # cells stand where the borders put them
        return values + [None] * short
    inner = row.gaps[1:]
    narrow = min(inner) if inner else 1
    wide = [k + 1 for k, g in enumerate(inner) if g >= narrow + 2]
    if row.gaps[0] >= typical_gap + 2:
        wide.insert(0, 0)
    if len(wide) == short:
        for k in reversed(wide):
            values.insert(k, None)
        return values
    if len(wide) == 1:
        for _ in range(short):
            values.insert(wide[0], None)
        return values
    return None  # cannot tell which cells are empty: leave the row


def read_general(lines: list[tuple[int, str]], i: int, line: str, year: int | None) -> list[Cell]:
    """The general reader at line ``i``: a table whose first row it is, or, when it is a
    header line over a row, a table it can read whole (before the special readers)."""
    if len(line) > 80 and ("(" in line or "（" in line) and (run := read_run_on(lines[i], year)):
        return run  # (a table run into one line, its line breaks lost)
    if (len(line) > 160 or _SENTENCE_MARKS.search(line)) and not maybe_row(line):
        return []  # (a bilingual row's English name may be long and hold commas)
    if i and _DIGIT.search(line) and _row(*lines[i], False) is not None:
        return read_block(lines, i, year=year)
    if len(line) > 80 or not line.strip():
        return []
    for j in range(i + 1, min(len(lines), i + 2 * _HEADER_LINES + 2)):
        below = lines[j][1]
        if maybe_row(below):  # the header's first line: read whole, or leave it
            return read_block(lines, j, whole=True, year=year, top=i)
        if not below.strip() and j + 1 < len(lines) and lines[j + 1][1].strip():
            continue  # a web page's table: its lines between blank lines
        if not below.strip() or len(below) > 80 or _SENTENCE_MARKS.search(below):
            break
    return []


def read_block(
    lines: list[tuple[int, str]],
    first: int,
    *,
    whole: bool = False,
    year: int | None = None,
    top: int | None = None,
) -> list[Cell]:
    """The cells of a table whose first row is line ``first``, under the header above it;
    [] when line ``first`` opens no such table or its cells cannot be placed (with
    ``whole``, when the cells of any row cannot be: a special reader may know its layout)."""
    if _row(*lines[first], False) is None:
        return []  # (most lines: no row)
    unit_column = [False]
    spaced = (
        first + 2 < len(lines)
        and not lines[first + 1][1].strip()
        and _row(*lines[first + 2], False) is not None
    )
    above = _header_above(lines, first, unit_column, spaced)
    if above is None:
        return []
    header, unit_line, opening = above
    if top is not None and opening != top:
        return []  # (the header the caller saw starts elsewhere)
    top = opening
    index = any(INDEX_BASE.search(line) for _, line in lines[max(0, top - 3) : first])
    if index:  # 类别 上年=100 over 全市 城市 农村: the base is no column
        header = [
            kept
            for cells in header
            if (kept := [c for c in (INDEX_BASE.sub("", x) for x in cells) if c])
        ]
    rows: list[_Row] = []
    headed: set[int] = set()  # the rows after a heading (分三大门类, 分经济类型)
    items: dict[int, str] = {}  # the rows under a heading of items (主要产品产量)
    heading: str | None = None
    at = first
    while at < len(lines) and at < first + _BLOCK_LIMIT:
        start, line = lines[at]
        if not line.strip(" \t\u3000|｜"):
            nxt = at + 1
            while (  # | / | / |: a few rows of empty cells (round 28)
                nxt < len(lines)
                and nxt - at < 4
                and ("|" in lines[nxt][1] or "｜" in lines[nxt][1])
                and not lines[nxt][1].strip(" \t\u3000|｜")
            ):
                nxt += 1
            if nxt < len(lines) and _row(*lines[nxt], unit_column[0]) is not None:
                at = nxt
                continue
            break
        row = _row(start, line, unit_column[0])
        if row is None and rows and at + 1 < len(lines):
            row = _wrapped_label_row(start, line, lines[at + 1], unit_column[0])
            if row is not None:
                rows.append(row)
                at += 2
                continue
            over = _label_over_values(lines, at, unit_column[0])
            if over is not None:
                rows.append(over[0])
                at += over[1]
                continue
        if row is None:
            heading_line = rows and _heading_line(_without_english(line))
            if rows and not heading_line and _NO_DATA_ROW.fullmatch(line) and at + 1 < len(lines):
                at += 1  # 北 京 | |||: a place without data between rows (round 31)
                continue
            if heading_line and at + 1 < len(lines):
                at += 1  # 按构成分, 一、机构: a heading between rows
                headed.add(len(rows))
                body = line.strip(" \t\u3000|｜")
                heading = body if _TOPIC_HEAD.search(body) else None
                continue
            break
        if headed:
            headed.add(len(rows))
        if heading:
            items[len(rows)] = heading
        rows.append(row)
        at += 1
    if len(rows) < 2:
        return []
    width = max(len(r.values) for r in rows)
    single = (
        _single_column(header)
        if width == 1 and not unit_line and not any(r.unit for r in rows)
        else None
    )
    if width < 2 and single is None:
        return []
    title = ""
    for _, line in reversed(lines[max(0, top - 5) : top]):
        if line.strip() and not _UNIT_LINE.match(line) and not INDEX_BASE.search(line):
            title = line  # a title, a blank, 单位:… or 类别 上年=100, the header
            break
    year = (infer_year(title) if len(title) <= 60 else None) or year
    columns = [single] if single else _columns(header, width, year)
    if columns is None:
        return []
    for k, column in enumerate(columns):
        if column.unit is None and column.name.startswith(("#", "＃")) and k:
            column.unit = columns[k - 1].unit  # #专任教师 under 教职工人数: a part of it
        column.parts = [p.lstrip("#＃") for p in column.parts]
        if k and _GROWTH.search(column.name) and not _has_period(column.name):
            previous = columns[k - 1].name
            if _has_period(previous) and not _GROWTH.search(previous):
                column.parts.insert(0, previous)  # 本月 增长(%) 累计 增长(%): of the one before
        if (
            column.unit is None
            and _GROWTH.search(column.name)
            and not column.name.endswith(("额", "量", "数", "值"))
        ):
            column.unit = "%"  # 增长, 同比 without a unit: a rate (not 增长额)
    _same_months_last_year(columns, year)
    if unit_line and not _is_unit(unit_line) and unit_line not in ("%", "‰"):
        parts = [p for p in re.split(r"[、,，/和及]", unit_line) if p]
        unit_line = next((p for p in parts if p not in ("%", "‰") and _is_unit(p)), None)
    if (
        not index
        and not any(c.unit or implied(c.name) or unit_named(c.name) for c in columns)
        and not unit_line
        and not any(r.unit or any(_VALUE_UNIT.match(v) for _, v in r.values) for r in rows)
    ):
        return []  # nothing says what the numbers are
    topic = table_topic(title)
    title_period = None
    if title and len(title) <= 60 and not _SENTENCE_MARKS.search(title):
        named = [e.period for e in find_events(title, year) if e.period]
        title_period = named[0] if named else None
    full = [r.gaps[0] for r in rows if len(r.values) == width]
    typical = sorted(full)[len(full) // 2] if full else 1
    # bare amount columns (绝对量) that a row without a unit leaves empty
    bare = [k for k, c in enumerate(columns) if c.unit is None and BARE_AMOUNT.match(c.name)]
    if unit_line or len(bare) >= width:
        bare = []
    if index and any(_PRICE_INDEX.search(r.label) for r in rows):
        rows = [  # 食品 under 居民消费价格总指数: the price index of 食品
            r if r.label.endswith("指数") else replace(r, label=r.label + "价格指数") for r in rows
        ]
    cells: list[Cell] = []
    parent: _Row | None = None  # the last row with a unit of its own
    marked = False  # a row marked # (a part) under the parent: the unit-less rows after too
    for n, row in enumerate(rows):
        if row.unit:
            parent, marked = row, False
        elif parent is not None:  # 其中:火电 under 发电量(亿千瓦时): the parent's unit
            # #食品制造业 / 金属制品业 under 工业产销率(%): sectors, parts of the rate
            marked = marked or (_RATE_SHARE.search(parent.label) is not None and row.marked)
            part = row.part or (marked and row.label.endswith("业"))
            label = _part_name(row.label, parent.label) if part else row.label
            row = replace(row, unit=parent.unit, label=label)
        elif n in headed:  # 分三大门类 / 采矿业 under 规模以上工业增加值: 采矿业增加值
            row = replace(row, label=sector_part(row.label, rows[0].label) or row.label)
        placed = _fill(row, width, typical, [] if row.unit else bare)
        if placed is None and whole:
            return []
        if placed is None:
            continue
        before: Cell | None = None
        for value, column in zip(placed, columns, strict=True):
            if value is None or not _value(value[1]):
                continue
            bare_name = _RANK.fullmatch(column.name) or not _RATE_WORDS.sub(
                "", _PERIOD_WORDS.sub("", column.name)
            ).strip("#＃")
            about = before.subject if before is not None and bare_name else items.get(n, topic)
            cell = _make(
                row, value, column, unit_line, title_period, year, row.period, about, index=index
            )
            if cell is not None and cell.measure == "rank" and before is not None:
                cell = replace(cell, subject=_rank_subject(before))
            before = cell or before
            if cell is None and whole:
                return []  # a cell of no known unit: a special reader may know the layout
            if cell is not None:
                cells.append(cell)
    return cells


#: A column of the same months a year before (``上年同期``, ``去年同期``).
_SAME_LAST_YEAR = re.compile(r"(?:上年|去年)同期(?:数|累计)?")


def _same_months_last_year(columns: list[_Col], year: int | None) -> None:
    """Dates a ``上年同期`` column after a dated one (``2025年1-9月 | 上年同期 | 同比增长``):
    the same months a year before; the growth after it, which took its name as its period
    word, is of the dated column's months.

    >>> cols = [_col("2024年1-6月"), _col("上年同期"), _col("同比增长(%)")]
    >>> cols[2].parts.insert(0, "上年同期")
    >>> _same_months_last_year(cols, 2024)
    >>> [(c.name, c.period) for c in cols]
    [('2024年1-6月', None), ('上年同期', '2023-01/2023-06'), ('同比增长', '2024-01/2024-06')]
    """
    for k in range(1, len(columns)):
        column = columns[k]
        if column.period or not _SAME_LAST_YEAR.fullmatch(column.name):
            continue
        found = find_events(columns[k - 1].name, year)
        dated = found[0].period if len(found) == 1 and found[0].period else None
        if dated is None or not PART_OF_YEAR.fullmatch(dated):
            continue
        column.period = years_moved(dated, -1)
        for after in columns[k + 1 :]:
            if not _GROWTH.search(after.name) or after.period:
                break
            if after.parts and _SAME_LAST_YEAR.fullmatch(after.parts[0]):
                after.parts.pop(0)  # 上年同期 + 同比增长: the growth of the dated months
            after.period = dated


def _rank_subject(cell: Cell) -> str:
    """What a rank column ranks: the figure before it (``…增加值增速`` of a growth)."""
    if cell.measure == "growth_yoy" and not cell.subject.endswith(("增速", "增长")):
        return cell.subject + "增速"
    return cell.subject


def _has_period(name: str) -> bool:
    """Whether a column's name names its period (``本月``, ``1-3月``, ``2023年``)."""
    return bool(period_kind(name) or _PERIOD_WORDS.search(name))


def _heading_line(line: str) -> bool:
    body = line.strip(" \t\u3000|｜")
    if "|" in body or "｜" in body:  # | 公共交通 | Transport | | |: the English cell aside
        named = [c for c in re.split(r"\s*[|｜]\s*", body) if c and not _LATIN.match(c)]
        if len(named) != 1:
            return False
        body = named[0]
    numbering = _FORM_NUMBERING.match(body)
    body = body[numbering.end() :] if numbering else body
    return 2 <= len(body) <= 16 and bool(re.fullmatch(r"[\u4e00-\u9fa5、()（）:：]+", body))


def _make(
    row: _Row,
    value: tuple[int, str],
    column: _Col,
    unit_line: str | None,
    title_period: str | None,
    year: int | None,
    row_period: str | None = None,
    topic: str | None = None,
    *,
    area: bool = False,
    index: bool = False,
) -> Cell | None:
    name = column.name
    whole_year = _YEAR_COLUMN.match(name)
    column_year = int(whole_year["year"]) if whole_year else None
    relative = _RELATIVE_YEAR.match(name)
    if relative and year and column_year is None:  # 本年 / 上年 of a year's table
        column_year = year - 1 if relative["which"] in ("上年", "去年") else year
        name = name[relative.end() :]
    kind = period_kind(name)
    period = column.period
    events = [] if column_year is not None or period else find_events(name, year)
    if kind and "累计" in name and not _DIGIT.search(name):
        events = []  # 本年累计, 同期累计: months since January, not the year 本年 names
    if events and events[0].period:  # 2023年1-9月, 3月 of the document's year
        period = events[0].period
    elif events and events[0].kind == "month":
        kind = "month"
    elif events and events[0].kind == "range":
        kind = "cumulative"
    quantity = _PERIOD_WORDS.sub("", name)
    unit = column.unit or row.unit or unit_line or unit_named(quantity)
    own = _VALUE_UNIT.match(value[1])
    if own:  # 1250.6亿元 in its cell: its own unit
        unit = own["unit"]
    if _RANK.fullmatch(quantity):  # 位次, 排名: the row's rank by the column before it
        start = row.start + value[0]
        return Cell(start, start + len(value[1]), value[1], parse_number(value[1]), None,
                    topic or row.label, "rank", row.label, quantity, None, None, None)  # fmt: skip
    named = implied(quantity) if unit is None else None
    if named:  # 学校数, 在校学生数, 生师比 without a unit: the column's name says what
        start = row.start + value[0]
        subject = quantity if _WHOLE.fullmatch(row.label) else row.label + quantity
        if topic and _WHOLE.fullmatch(row.label) and not _looks_like_region(topic):
            subject = _topic_named(topic, quantity)  # 基础教育情况表 / 总计 (round 18b)
        return Cell(start, start + len(value[1]), value[1], parse_number(value[1]), None,
                    subject, named[0], row.label, quantity, column_year, kind,
                    period if period or column_year or kind else title_period,
                    base=named[1])  # fmt: skip
    if unit is None and not index:
        return None
    info = unit_info(unit) if unit else None
    if unit in ("%", "‰"):
        # the column's name, unless it names only a period (上年同期): then the row's
        named_by = quantity if quantity and not _SAME_LAST_YEAR.fullmatch(quantity) else row.label
        if _GROWTH.search(quantity) and not _PLAN_SHARE.search(quantity):
            measure = "growth_yoy"
        elif (
            _SHARE.search(quantity) or _PLAN_SHARE.search(named_by) or _RATE_SHARE.search(named_by)
        ):
            measure = "share"  # 比重, 结构; 完成率, 覆盖率 (conventions 1 and 8)
        elif _GROWTH.search(row.label) and not row.label.endswith("率"):
            measure = "growth_yoy"
        elif _SHARE.search(row.label):
            measure = "share"
        else:  # 地区生产总值增长率 under 1-3月: a growth (not 自然增长率, a rate)
            by_row = row_measure(row.label)
            measure = by_row[0] if by_row else "level"
    elif "增" in quantity and _CHANGE_COLUMN.search(quantity):
        measure = "abs_change"  # 2017年 | 2016年 | 增减 (所): the change (round 18b)
    elif info is not None and info.kind == "count":
        measure = "count"
    else:
        measure = "level"
    raw = value[1]
    number = parse_number((own["number"] if own else raw).replace(",", ""))
    if measure == "share" and number == 100 and _SHARE.search(quantity):
        return None  # the whole's share of itself (结构 100)
    joined = bool(quantity) and not _MEASURE_NAME.search(quantity) and not _is_period(name)
    indicator = _VALUE_WORDS.sub("", _RATE_WORDS.sub("", quantity))
    if _MEASURE_NAME.fullmatch(indicator or "-") or (kind and _KIND_WORDS.fullmatch(indicator)):
        indicator = ""  # 本月止累计, 本月比上年同月增长: a kind of period, no indicator
    regional = area or _looks_like_region(row.label) or bool(_WHOLE.fullmatch(row.label))
    if (row_period is not None or regional) and not indicator and topic:
        indicator = topic  # 表2 各市地区生产总值 / 甲市 | 2022年 | 2023年: the title names it
    column_region = None
    if quantity and (_looks_like_region(quantity) or _WHOLE.fullmatch(quantity)):
        column_region, indicator, joined = quantity, "", False  # 指标 太原市 大同市: its region
    if row_period is not None and indicator:
        subject, period = indicator, row_period  # a row of a month: the column names it
    elif regional and indicator:
        subject = indicator  # a region row: the column names the indicator
    elif joined and _PART_COLUMN.fullmatch(quantity):
        subject = quantity + row.label  # 城市 over 居民消费价格总指数: of the town part
        if quantity.endswith("企业") and row.label.startswith("企业"):
            subject = quantity + row.label[2:]  # 国有企业 over 企业个数: 国有企业个数
    elif joined and not row.label.endswith(quantity):
        subject = row.label + quantity
    else:
        subject = row.label
        if measure == "growth_yoy" and (by_row := row_measure(row.label)):
            subject = by_row[1]  # 地区生产总值增长率: a growth of 地区生产总值
        head = _TOPIC_HEAD.search(topic) if topic and not regional else None
        if head and row_period is None and not subject.endswith(_HEAD_NAMED):
            subject = subject.lstrip("#＃") + head.group()  # 粮食 under 主要农产品产量: 粮食产量
        elif (
            topic
            and not regional
            and row_period is None
            and topic.startswith(subject)
            and _ITEM_HEAD.fullmatch(topic, len(subject))
        ):  # 增长(%) after 粮食产量's amount: of 粮食产量 too
            subject = topic
    number = signed_by_column(number, measure, quantity)
    start = row.start + value[0]
    if period is None and column_year is None and kind is None:
        period = title_period
    elif period is None and column_year is None and title_period and len(title_period) == 7:
        period = kind_period(kind, title_period)  # 累计 in a table of 2024年5月: 1-5月
    return Cell(
        start,
        start + len(raw),
        raw,
        number,
        unit,
        subject,
        measure,
        row.label,
        quantity,
        column_year,
        kind,
        period,
        column_region,
        base="index" if index and unit is None else None,
    )


#: A heading over rows of areas (``按经济区域分``, ``分区域``): the rows after it are areas of
#: the region (珠江三角洲经济区, 东翼), of the table's indicator, not parts of it.
_AREAS_HEADING = re.compile(
    r"(?:\d+[、.．]|[一二三四五六七八九十]+、)?(?:按|分)(?:经济)?(?:区域|地区|地域)(?:分|划分)?[:：]?"
)


#: A cell of a table flattened with ``|`` borders, maybe over several lines.
_STREAM_LIMIT = 3000


def maybe_stream(line: str) -> bool:
    """A quick test before :func:`read_stream`: a short line with a ``|`` border."""
    return ("|" in line or "｜" in line) and len(line.strip()) <= 40


def read_stream(lines: list[tuple[int, str]], first: int, *, year: int | None = None) -> list[Cell]:
    """A table flattened to a stream of cells between ``|`` borders, one or a few to a
    line and a cell running over lines (``规模工业增加值`` / ``增长速度 |``): the header's
    cells, then rows of a label and as many values each as the header has columns (the
    last cells before the first row; a title or a label column's cell before them is
    left). A row labelled by a region (``长沙市``) or a month (``2012年9月份``, then
    ``10月份`` of the same year) is of the column's indicator (``规模工业增加值`` of
    ``规模工业增加值增长速度``); others as :func:`read_block` reads them.

    >>> from citystat.textfacts.tables import _lines
    >>> text = "单位:%\\n|\\n工业增加值\\n增长速度 |\\n投资增长速度 |\\n太原市\\n|\\n8.1\\n|\\n5.2\\n|\\n大同市\\n|\\n7.4\\n|\\n-1.3\\n"
    >>> [(c.span, c.subject, c.measure, c.label) for c in read_stream(_lines(text), 1)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('8.1', '工业增加值', 'growth_yoy', '太原市'), ('5.2', '投资', 'growth_yoy', '太原市'),
     ('7.4', '工业增加值', 'growth_yoy', '大同市'), ('-1.3', '投资', 'growth_yoy', '大同市')]
    """
    base = lines[first][0]
    end = first
    while end < len(lines) and end < first + _STREAM_LIMIT:
        body = lines[end][1].strip()
        if body and (len(body) > 60 or _SENTENCE_MARKS.search(body)):
            break
        end += 1
    text = "\n".join(line for _, line in lines[first:end])
    cells: list[tuple[int, str]] = []
    at = 0
    for piece in re.split(r"[|｜]", text):
        stripped = piece.strip()
        if stripped:
            cells.append((base + at + piece.index(stripped), re.sub(r"\s+", "", stripped)))
        at += len(piece) + 1
    is_value = [bool(_VALUE.match(c) or (_EMPTY.match(c) and c)) for _, c in cells]
    start = next(
        (
            k
            for k in range(len(cells) - 2)
            if not is_value[k] and is_value[k + 1] and is_value[k + 2]
        ),
        None,
    )
    if start is None:
        return []
    width = 0
    while start + 1 + width < len(cells) and is_value[start + 1 + width]:
        width += 1
    header = [c for (_, c), v in zip(cells[:start], is_value[:start], strict=True) if not v]
    if len(header) < width:
        return []
    # the table's title, a cell before the header (``2024年5月份…主要数据 |``): its year
    # dates the columns' months (``5月``, ``1-5月``)
    title = header[0] if len(header) > width and 6 <= len(header[0]) <= 40 else ""
    year = (infer_year(title) if title and not _is_period(title) else None) or year
    named = [e.period for e in find_events(title, year) if e.period] if title else []
    title_period = named[0] if named else None
    columns = _stream_columns(header, width, year)
    if columns is None:
        return []
    unit_line = None
    for _, line in lines[max(0, first - 2) : first]:
        found = _UNIT_LINE.match(line)
        unit_line = found["unit"] if found else unit_line
    rows: list[tuple[str, list[tuple[int, str]]]] = []
    headed: set[int] = set()  # the rows after a heading (分轻重工业): parts of the first
    zoned = -1  # the first row after a heading of areas (按经济区域分), when there is one
    k = start
    while k + width < len(cells) and not is_value[k]:
        if _is_unit(cells[k][1]):
            break  # 指标 | 单位 | …: a unit cell is no row's label (a layout of rows)
        if (
            rows
            and not is_value[k + 1]
            and _heading_line(cells[k][1])
            and k + 2 + width <= len(cells)
            and all(is_value[k + 2 : k + 2 + width])
        ):  # 分轻重工业 | | | |: a heading, its cells empty, over the rows after it
            if _AREAS_HEADING.fullmatch(cells[k][1]):
                zoned = len(rows)  # 按经济区域分: the rows after it are areas, not parts
            else:
                headed.add(len(rows))
            k += 1
            continue
        if not all(is_value[k + 1 : k + 1 + width]):
            break
        if k + width + 1 < len(cells) and is_value[k + width + 1]:
            break  # more values than columns: not this table's row
        if headed and zoned < 0:
            headed.add(len(rows))
        rows.append((cells[k][1], cells[k + 1 : k + 1 + width]))
        k += width + 1
    if len(rows) < 2:
        return []
    caption = cells[k][1] if k < len(cells) and not is_value[k] else ""
    unit_line = unit_line or _stream_units(columns, caption, rows, lines, first)
    if title_period is None and any(period_kind(c.name) for c in columns):
        title_period = _month_before(lines, first, year)  # 本月 | 累计 under no dated title
    priced = _PRICE_TABLE.search(title) or _PRICE_TABLE.search(caption)
    amount_title = not priced and _AMOUNT_TITLE.search(title)
    out: list[Cell] = []
    carry = year
    first_label: str | None = None
    for n, (label, values) in enumerate(rows):
        numbering = _FORM_NUMBERING.match(label)
        label = row_note_free(label[numbering.end() :] if numbering else label)
        label = _IN_TOTAL.sub("", label)  # 在总计中:甲市, the first of the regions
        # 其中:玉米, a part row: its name without the lead (the subject kept the colon,
        # :玉米总产量, when the lead was dropped later and its colon not)
        label = _SUB_ROW.sub("", label)
        own = _LABEL_UNIT.search(label)  # 工业增加值(现价): a price, no unit (row_note_free)
        if own and unit_info(own["unit"]) is None and "/" not in own["unit"]:
            own = None  # 社区卫生服务中心(站): a part of the name, no unit (round 18b)
        unit = own["unit"] if own else None
        label = label[: own.start()] if own else label
        first_label = first_label or label
        if n in headed and unit is None:  # 轻工业 under 规模以上工业增加值: 轻工业增加值
            label = sector_part(label, first_label) or label
        row_period = None
        events = find_events(label, carry)
        if events and events[0].start == 0 and events[0].end >= len(label) - 1:
            row_period = events[0].period
            carry = events[0].year or carry
            if row_period is None:
                continue  # a month of no known year
        elif not label or re.search(r"(?<![A-Za-z.])\d(?![\d.]*[A-Za-z])", label):
            return []
        if priced and not label.endswith(("价格", "指数")) and not _looks_like_region(label):
            label += "价格"  # CPI指数大类 | 食品烟酒: the price of food, as the text names it
        elif amount_title and (part := sector_part(_TOTAL_TAIL.sub("", label), title)):
            label = part  # 工业总产值 | … | 纺织业: 纺织业产值 (convention 16); 合计 dropped
        row = _Row(0, label, unit, [], [], True)
        for (position, raw), column in zip(values, columns, strict=True):
            if not _VALUE.match(raw):
                continue
            area = 0 <= zoned <= n and not _looks_like_region(label)
            cell = _make(
                row,
                (position, raw),
                column,
                unit_line,
                title_period,
                year,
                row_period,
                first_label
                if first_label != label and (area or _looks_like_region(label))
                else None,
                area=area,
            )  # 甲市 under 工业增加值 | 本月 | 累计: of the first row's indicator
            if cell is not None:
                # 东翼 under 按经济区域分: an area of the region's own plan, the region of its
                # row (convention 11), as a city row is (round 18, second pass)
                out.append(replace(cell, region=label) if area else cell)
    return out


#: A caption after a stream that gives its unit (``…变动情况(%)``, ``…(单位:万元)``).
_CAPTION_UNIT = re.compile(r"[(（](?:单位[:：])?(?P<unit>%|‰|[^()（）\s\d%]{1,4})[)）]$")
#: A row's lead saying the rows from it are parts of the total (``在总计中:甲市``).
_IN_TOTAL = re.compile(r"^(?:在总计中|总计中|在合计中)[:：]")
#: A stream's title cell naming the amount its rows are parts of (``现价工业产值``).
_AMOUNT_TITLE = re.compile(r"(?:产值|增加值|销售额|营业收入)$")
#: A total row's word after its name (``五大产业合计``).
_TOTAL_TAIL = re.compile(r"(?<=..)(?:合计|总计)$")
#: A table of price changes (``CPI指数大类``, ``…商品及服务价格…变动情况``).
_PRICE_TABLE = re.compile(r"CPI|PPI|价格")
#: A change named by a table's caption: columns naming no measure are changes.
_CHANGE_CAPTION = re.compile(r"同比|环比|涨跌|变动|增长|增速|涨幅")
#: A figure of money in the prose before a table (``完成产值444.8亿元``).
_PROSE_MONEY = re.compile(r"(?P<number>\d+(?:\.\d+)?)(?P<unit>亿元|万元)")
_MONEY_SCALES: Final = (("元", 1.0), ("千元", 1e3), ("万元", 1e4), ("亿元", 1e8))
_PROSE_LINES = 6


def _stream_units(
    columns: list[_Col],
    caption: str,
    rows: list[tuple[str, list[tuple[int, str]]]],
    lines: list[tuple[int, str]],
    first: int,
) -> str | None:
    """The unit of a stream's columns that name none, when no line before gives it: a
    caption after the table (``…同比、环比变动情况(%)``; a change table's columns naming no
    measure, ``1-2月累计``, are changes), or the prose before the table naming the first
    row's amount in yuan (``当月完成产值444.8亿元`` over ``4448189``: 万元). A growth
    column without a unit beside one in % is in % (``增长% | 累计 | 累计增长``).

    >>> from citystat.textfacts.tables import _lines
    >>> ls = _lines("本月产值12.35亿元。\\n甲 |\\n本月 |\\n累计 |\\n合计 |\\n123456 |\\n987654 |\\n")
    >>> cols = [_col("本月"), _col("累计")]
    >>> _stream_units(cols, "", [("合计", [(0, "123456"), (0, "987654")])], ls, 1)
    '万元'
    """
    if any(c.unit for c in columns) and all(c.unit or _GROWTH.search(c.name) for c in columns):
        for column in columns:  # 增长% | 累计增长: the growth without a unit in % too
            if not column.unit and any(c.unit == "%" for c in columns):
                column.unit = "%"
        return None
    if any(c.unit and c.unit not in ("%", "‰") for c in columns):
        return None
    found = _CAPTION_UNIT.search(caption) if len(caption) <= 40 else None
    if found:
        if found["unit"] in ("%", "‰") and _CHANGE_CAPTION.search(caption):
            for column in columns:
                if not _GROWTH.search(column.name) and not _SHARE.search(column.name):
                    column.parts.append("增减")  # 1-2月累计 in a table of changes
        return found["unit"]
    amounts = [
        (raw, column)
        for (_, raw), column in zip(rows[0][1], columns, strict=False)
        if not column.unit and not _GROWTH.search(column.name) and re.fullmatch(r"\d{4,}", raw)
    ]
    if not amounts:
        return None
    prose = "\n".join(line for _, line in lines[max(0, first - _PROSE_LINES) : first])
    if "元" not in prose:
        return None
    for said in _PROSE_MONEY.finditer(prose):
        number = said["number"]
        digits = len(number.split(".")[1]) if "." in number else 0
        scale = 1e8 if said["unit"] == "亿元" else 1e4
        said_base = float(number) * scale
        for raw, _ in amounts:
            for unit, unit_scale in _MONEY_SCALES:
                if abs(int(raw) * unit_scale - said_base) <= 0.5 * 10**-digits * scale:
                    for column in columns:  # 增长% | 累计增长 beside: in % too
                        if not column.unit and _GROWTH.search(column.name):
                            column.unit = "%" if any(c.unit == "%" for c in columns) else None
                    return unit
    return None


def _month_before(lines: list[tuple[int, str]], first: int, year: int | None) -> str | None:
    """The month the paragraph just before a table opens with (``前11个月…``: its last
    month), for its columns of a kind of period (``本月``, ``累计``) under a title of no
    month; later months of the paragraph are comparisons (``比1-10月份回升``). A title line
    of the table that opens with its month (``2012年5月份工业增加值``, just above it) dates it
    first.

    >>> from citystat.textfacts.tables import _lines
    >>> _month_before(_lines("2012年5月份工业增加值\\n单位:亿元\\n指标 |\\n"), 2, 2012)
    '2012-05'
    """
    for _, line in reversed(lines[max(0, first - 3) : first]):
        title = line.strip()
        if 6 <= len(title) < 20 and title[0].isdigit() and not _SENTENCE_MARKS.search(title):
            events = find_events(title, year)
            period = events[0].period if events and events[0].start == 0 else None
            if period and re.fullmatch(r"\d{4}-\d{2}", period):
                return period
    for _, line in reversed(lines[max(0, first - _PROSE_LINES) : first]):
        if len(line) < 20:
            continue
        for event in find_events(line, year):
            if event.period and re.fullmatch(r"\d{4}-\d{2}", event.period[-7:]):
                return event.period[-7:]
        return None
    return None


def _stream_columns(header: list[str], width: int, year: int | None) -> list[_Col] | None:
    """The ``width`` columns of a stream's header cells (the last ones before the first
    row): their names, under period groups before them (``5月 | 1-5月``, each over as many
    columns), and units alone on cells after them (``(%) | (%)``: a name's bracket wrapped
    to a line of its own) — one per column, or one per column that is no bare amount
    (``绝对量``, a cell spanning both lines); None when the units cannot be placed.

    >>> [(c.name, c.unit, c.period) for c in _stream_columns(
    ...     ["5月", "1-5月", "绝对量", "同比增长", "绝对量", "同比增长", "(%)", "(%)"], 4, 2024)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('绝对量', None, '2024-05'), ('同比增长', '%', '2024-05'),
     ('绝对量', None, '2024-01/2024-05'), ('同比增长', '%', '2024-01/2024-05')]
    """
    folded = wrapped_units(header, width)
    if folded is None:
        return None
    names = folded
    columns = [_col(c) for c in names[len(names) - width :]]
    groups: list[str] = []
    for cell in reversed(names[: len(names) - width]):
        if not _is_period(cell) or _GROWTH.search(cell) or len(groups) >= width:
            break
        groups.insert(0, cell)
    if groups and width % len(groups) == 0 and not any(_is_period(c.name) for c in columns):
        size = width // len(groups)
        for k, column in enumerate(columns):
            group = groups[k // size]
            found = find_events(group, year)
            if len(found) == 1 and found[0].period and found[0].end == len(group):
                column.period = found[0].period  # 5月, 1-5月
            else:  # 本月 / 累计: the word names the column's kind of period
                column.parts.insert(0, group)
    return columns


def _stream(lines: list[tuple[int, str]], first: int, year: int | None) -> list[Cell]:
    return read_stream(lines, first, year=year)


#: The label column's cell of a table run into one line (``地 区``, ``指 标``), after the
#: start, a space or a colon.
_RUN_ON_HEAD = re.compile(
    r"(?:^|(?<=[\s:：]))(?:地\s?区|指\s?标|项\s?目|省\s?份|城\s?市|地\s?市)\s+"
)
#: A column of a table run into one line: its name and its unit in brackets.
_RUN_ON_COLUMN = re.compile(
    r"\s*(?P<name>[^\s()（）\d][^()（）\d:：。,，]{1,30}?)\s*[(（](?P<unit>[±+]?%|‰|[^()（）\s\d±]{1,6})[)）]"
)
#: A row label of a table run into one line, its characters perhaps spaced (``北 京``).
_RUN_ON_LABEL = re.compile(r"\s*(?P<label>[\u4e00-\u9fa5](?: ?[\u4e00-\u9fa5]){1,11})(?=\s)")
_RUN_ON_VALUE = re.compile(r"\s+(?P<value>-?\d+(?:\.\d+)?)(?=\s|$)")
#: Words of a column's name that say it is a change, written before its ``(±%)``.
_SIGNED_CHANGE = re.compile(r"(?:上升|提高|增加)(?:或|/)(?:下降|降低|减少)$")


def read_run_on(line: tuple[int, str], year: int | None) -> list[Cell]:
    """The cells of a table whose line breaks a page lost, run into one line: the label
    column's cell, the columns each with its unit in brackets, then each row's label and
    one value per column (a row without values, a place whose data are lacking, is
    passed over); [] when the line holds no such table of three rows or more.

    >>> line = ("数据如下: 地 区 甲能耗上升或下降(±%) 乙总量增速 (%) 北 京 -5.12 -3.3 "
    ...         "天 津 -2.04 -0.6 西 藏 河 北 -1.55 0.2 附注:")
    >>> [(c.span, c.subject, c.label, c.measure) for c in read_run_on((0, line), 2020)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('-5.12', '甲能耗', '北京', 'growth_yoy'), ('-3.3', '乙总量', '北京', 'growth_yoy'),
     ('-2.04', '甲能耗', '天津', 'growth_yoy'), ('-0.6', '乙总量', '天津', 'growth_yoy'),
     ('-1.55', '甲能耗', '河北', 'growth_yoy'), ('0.2', '乙总量', '河北', 'growth_yoy')]
    """
    start, text = line
    head = _RUN_ON_HEAD.search(text)
    if head is None:
        return []
    columns: list[_Col] = []
    at = head.end()
    while found := _RUN_ON_COLUMN.match(text, at):
        name, unit = found["name"].strip(), found["unit"]
        if unit.startswith(("±", "+")):  # 上升或下降(±%): a change in per cent
            name, unit = _SIGNED_CHANGE.sub("", name) + "增减", unit[1:]
        columns.append(_Col([name], unit, None, True))
        at = found.end()
    if len(columns) < 2:
        return []
    rows: list[_Row] = []
    while label := _RUN_ON_LABEL.match(text, at):
        values: list[tuple[int, str]] = []
        after = label.end()
        while len(values) < len(columns) and (value := _RUN_ON_VALUE.match(text, after)):
            values.append((value.start("value"), value["value"]))
            after = value.end()
        if not values:
            at = _next_label(text, label)  # 西 藏 陕 西 -2.11: a place without data
            continue
        if len(values) < len(columns):
            break
        named = label["label"].replace(" ", "")
        first = label.start("label")
        if len(named) >= 4 and not _looks_like_region(named):
            # 西 藏 河 北 -1.55: a place without data, then the row's own
            tail = next(
                (
                    k
                    for k in (2, 3)
                    if _looks_like_region(named[-k:]) and _looks_like_region(named[:-k])
                ),
                None,
            )
            if tail:
                first = label.end("label") - (2 * tail - 1 if " " in label["label"] else tail)
                named = named[-tail:]
        rows.append(
            _Row(
                start + first,
                named,
                None,
                [(o - first, v) for o, v in values],
                [1] * len(values),
                False,
            )
        )
        at = after
    if len(rows) < 3:
        return []
    cells: list[Cell] = []
    for row in rows:
        for cell_value, column in zip(row.values, columns, strict=True):
            cell = _make(row, cell_value, column, None, None, year)
            if cell is not None:
                cells.append(cell)
    return cells


def _next_label(text: str, label: re.Match[str]) -> int:
    """Where the next row's label starts after a label without values: the label is its
    first place only when the spaced characters hold two (``西 藏 陕 西``)."""
    spaced = label["label"]
    return label.start("label") + (4 if len(spaced) > 4 and spaced[1] == " " else len(spaced))


#: The general reader's entry points, for ``tables.read_tables(text, year, READERS)``.
READERS = GeneralReaders(read_general, maybe_stream, _stream)
