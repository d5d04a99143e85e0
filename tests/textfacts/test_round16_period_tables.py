"""Round 16 (session 7), tables with period groups: a monthly industrial release's table
whose header has two period groups (the month, the months since January), each over an
amount column and a growth column, the growth's unit wrapped to a cell of its own
(``同比增长`` / ``(%)``), its amount cells ``…`` (no data) and its category rows
(``分轻重工业``) empty — one cell a line between ``|`` bars, one cell a line without
them, in lines and in bordered rows; groups named by a kind of period (``本月`` /
``累计``); and a coal release's ``本月数 | 本年累计 | 同期累计 | 增长%``, where 同期累计 is
last year's months since January. Every text here is invented."""

from __future__ import annotations

from citystat.textfacts import Fact, extract
from citystat.textfacts.tables import kind_period, period_kind, wrapped_units

_PROSE = (
    "2024年5月份,全省规模以上工业增加值同比增长6.1%。以下增加值增速均为扣除价格因素的实际增长率。\n"
)
_TITLE = "2024年5月份全省规模以上工业生产主要数据"
_MONTH, _CUMULATIVE = "2024-05", "2024-01/2024-05"


def _facts(text: str, region: str = "河北省", year: int = 2024) -> list[Fact]:
    return extract(text, region=region, year=year)


def _table(facts: list[Fact]) -> list[tuple[str, str, str, float | None, str | None, bool]]:
    """The facts after the prose's first line (the table's), as tuples."""
    return [
        (f.text_span, f.subject, f.measure, f.value_base, f.period, f.comparable_price)
        for f in facts
        if f.char_start > len(_PROSE)
    ]


#: what each layout below must give: the dash of 重工业's month is an empty cell
_EXPECTED = [
    ("6.1", "规模以上工业增加值", "growth_yoy", 6.1, _MONTH, True),
    ("5.4", "规模以上工业增加值", "growth_yoy", 5.4, _CUMULATIVE, True),
    ("4.7", "轻工业增加值", "growth_yoy", 4.7, _MONTH, True),
    ("3.9", "轻工业增加值", "growth_yoy", 3.9, _CUMULATIVE, True),
    ("6.2", "重工业增加值", "growth_yoy", 6.2, _CUMULATIVE, True),
]


def _cells(groups: tuple[str, str], growth: tuple[str, ...]) -> list[str]:
    header = [*groups, "绝对量", *growth[:1], "绝对量", *growth[:1], *growth[1:] * 2]
    rows = ["一、规模以上工业增加值", "…", "6.1", "…", "5.4", "分轻重工业", "", "", "", ""]
    rows += ["轻工业", "…", "4.7", "…", "3.9", "重工业", "…", "—", "…", "6.2"]
    return header + rows


def test_a_stream_of_cells_between_bars_with_two_period_groups() -> None:
    cells = ["", *_cells(("5月", "1-5月"), ("同比增长", "(%)"))]
    text = _PROSE + _TITLE + " |\n" + "".join(f"{c} |\n" if c else "|\n" for c in cells)
    assert _table(_facts(text)) == _EXPECTED


def test_one_cell_a_line_without_bars_with_two_period_groups() -> None:
    cells = ["指标", *_cells(("5月", "1-5月"), ("同比增长", "(%)"))]
    text = _PROSE + _TITLE + "\n\n" + "".join(f"{c}\n\n" for c in cells)
    assert _table(_facts(text)) == _EXPECTED


def test_the_same_table_in_lines_and_in_bordered_rows() -> None:
    rows = "一、规模以上工业增加值 … 6.1 … 5.4\n分轻重工业\n轻工业 … 4.7 … 3.9\n重工业 … - … 6.2\n"
    lines = f"{_TITLE}\n指标 5月 1-5月\n绝对量 同比增长(%) 绝对量 同比增长(%)\n{rows}"
    assert _table(_facts(_PROSE + lines)) == _EXPECTED
    bordered = (
        f"{_TITLE}\n| 指标 | 5月 | | 1-5月 | |\n| | 绝对量 | 同比增长(%) | 绝对量 | 同比增长(%) |\n"
        "| 一、规模以上工业增加值 | … | 6.1 | … | 5.4 |\n| 分轻重工业 | | | | |\n"
        "| 轻工业 | … | 4.7 | … | 3.9 |\n| 重工业 | … | - | … | 6.2 |\n"
    )
    assert _table(_facts(_PROSE + bordered)) == _EXPECTED


def test_groups_named_by_a_kind_of_period_take_the_titles_month() -> None:
    cells = ["", *_cells(("本月", "累计"), ("同比增长", "(%)"))]
    stream = _PROSE + _TITLE + " |\n" + "".join(f"{c} |\n" if c else "|\n" for c in cells)
    assert _table(_facts(stream)) == _EXPECTED
    cells = ["指标", *_cells(("当月", "本年累计"), ("同比增长(%)",))]
    stacked = _PROSE + _TITLE + "\n\n" + "".join(f"{c}\n\n" for c in cells)
    assert _table(_facts(stacked)) == _EXPECTED


_COAL_TITLE = "2023年11月份全省原煤生产情况"
_COAL = [
    ("1250.3", "原煤产量", "level", 12503000.0, "2023-11"),
    ("12876.5", "原煤产量", "level", 128765000.0, "2023-01/2023-11"),
    ("12011.2", "原煤产量", "level", 120112000.0, "2022-01/2022-11"),
    ("7.2", "原煤产量", "growth_yoy", 7.2, "2023-01/2023-11"),
    ("310.2", "洗精煤", "level", 3102000.0, "2023-11"),
    ("3321.8", "洗精煤", "level", 33218000.0, "2023-01/2023-11"),
    ("3402.6", "洗精煤", "level", 34026000.0, "2022-01/2022-11"),
    ("-2.4", "洗精煤", "growth_yoy", -2.4, "2023-01/2023-11"),
]
_COAL_ROWS = [
    ["指标", "单位", "本月数", "本年累计", "同期累计", "增长%"],
    ["原煤产量", "万吨", "1250.3", "12876.5", "12011.2", "7.2"],
    ["洗精煤", "万吨", "310.2", "3321.8", "3402.6", "-2.4"],
]


def _coal(facts: list[Fact]) -> list[tuple[str, str, str, float | None, str | None]]:
    return [(f.text_span, f.subject, f.measure, f.value_base, f.period) for f in facts]


def test_a_coal_table_of_this_year_and_last_years_months_since_january() -> None:
    bordered = "".join("| " + " | ".join(row) + " |\n" for row in _COAL_ROWS)
    assert _coal(_facts(f"{_COAL_TITLE}\n{bordered}", "山西省", 2023)) == _COAL
    lines = "".join(" ".join(row) + "\n" for row in _COAL_ROWS)
    assert _coal(_facts(f"{_COAL_TITLE}\n{lines}", "山西省", 2023)) == _COAL
    stacked = "".join(f"{c}\n\n" for row in _COAL_ROWS for c in row)
    assert _coal(_facts(f"{_COAL_TITLE}\n\n{stacked}", "山西省", 2023)) == _COAL
    stream = "".join(f"{c} |\n" for row in _COAL_ROWS for c in row)
    assert _coal(_facts(f"{_COAL_TITLE} |\n{stream}", "山西省", 2023)) == _COAL


def test_the_kinds_of_period_and_the_units_wrapped_to_cells_of_their_own() -> None:
    assert [period_kind(c) for c in ("本月数", "本年累计", "同期累计", "同期累计增长")] == [
        "month",
        "cumulative",
        "prior",
        "cumulative",
    ]
    assert kind_period("prior", "2024-02") == "2023-01/2023-02"
    assert kind_period("cumulative", "2024") == "2024"  # no month: as the table's
    assert wrapped_units(["本月", "累计", "增长", "增长", "(%)", "(%)"]) == [
        "本月",
        "累计",
        "增长(%)",
        "增长(%)",
    ]
    assert wrapped_units(["绝对量", "增长", "(%)", "(%)", "(%)"]) is None  # too many units
