"""Tables flattened to text, round 15 (session 6, round 2): forms of the unseen sets made
general — a table one cell a line whose columns have no unit but names that say what the
cells are, a row with a cell missing left unread while the table goes on, a total row,
a growth column headed ``±%`` or ``增长%``, and the dash ``―`` of an empty cell. Every
table here is invented (no text of a published table)."""

from __future__ import annotations

from citystat.textfacts import Fact, extract
from citystat.textfacts.tables import implied, percent_column


def _facts(text: str, region: str = "晋中市", year: int | None = 2023) -> list[Fact]:
    return extract(text, region=region, year=year)


def _rows(facts: list[Fact]) -> list[tuple[str, str, str, float | None, str | None, str | None]]:
    return [(f.text_span, f.subject, f.measure, f.value_base, f.unit, f.base_unit) for f in facts]


_COUNTS = (
    "2023年全县卫生机构情况表\n"
    "类别 |\n"
    "机构数 |\n"
    "床位数 |\n"
    "卫生技术人员数 |\n"
    "床位与医生比 |\n"
    "医院 |\n"
    "12 |\n"
    "1650 |\n"
    "2310 |\n"
    "2.75 |\n"
    "乡镇卫生院 |\n"
    "21 |\n"
    "/ |\n"
    "540 |\n"
    "1.90 |\n"
    "村卫生室 |\n"
    "208 |\n"
    "415 |\n"
    "0.95 |\n"
    "合计 |\n"
    "241 |\n"
    "2380 |\n"
    "3265 |\n"
    "2.10 |\n"
)


def test_a_table_without_units_whose_column_names_say_what_the_cells_are() -> None:
    # 机构数 counts things, 人员数 persons, …比 a ratio; 床位数 names no kind: left
    assert _rows(_facts(_COUNTS)) == [
        ("12", "医院机构数", "count", 12.0, None, "count"),
        ("2310", "医院卫生技术人员数", "level", 2310.0, None, "person"),
        ("2.75", "医院床位与医生比", "ratio", 2.75, None, "ratio"),
        ("21", "乡镇卫生院机构数", "count", 21.0, None, "count"),
        ("540", "乡镇卫生院卫生技术人员数", "level", 540.0, None, "person"),
        ("1.90", "乡镇卫生院床位与医生比", "ratio", 1.9, None, "ratio"),
        # 村卫生室 has three cells for four columns: which is empty cannot be told
        # a total row: the table's topic and the column (round 18b; was the column alone)
        ("241", "卫生机构数", "count", 241.0, None, "count"),
        ("3265", "卫生机构卫生技术人员数", "level", 3265.0, None, "person"),
        ("2.10", "卫生机构床位与医生比", "ratio", 2.1, None, "ratio"),
    ]


def test_the_names_a_unitless_column_may_have() -> None:
    assert [implied(n) for n in ("班级数", "在校学生数", "教职工数", "生师比", "占比", "数量")] == [
        ("count", "count"),
        ("level", "person"),
        ("level", "person"),
        ("ratio", "ratio"),
        None,
        None,
    ]


def test_a_table_of_units_under_a_column_without_names_is_not_read_as_counts() -> None:
    text = "指标\n本月\n累计\n发电量\n12.5\n130.2\n用电量\n10.1\n98.7\n"
    assert _facts(text) == []  # no unit anywhere and no column naming what it counts


_GROWTH = (
    "2023年1-6月全县主要经济指标\n"
    "指标\n"
    "|\n"
    "单位\n"
    "|\n"
    "累计\n"
    "|\n"
    "±%\n"
    "|\n"
    "规模以上工业增加值\n"
    "|\n"
    "亿元\n"
    "|\n"
    "―\n"
    "|\n"
    "4.6\n"
    "|\n"
    "一般公共预算收入\n"
    "|\n"
    "亿元\n"
    "|\n"
    "8.35\n"
    "|\n"
    "-2.1\n"
    "|\n"
    "商品零售价格总指数\n"
    "|\n"
    "%\n"
    "|\n"
    "101.20\n"
    "|\n"
    "1.2\n"
    "|\n"
)


def test_a_growth_column_headed_plus_minus_percent_and_a_bar_for_an_empty_cell() -> None:
    facts = _facts(_GROWTH)
    assert [(f.text_span, f.subject, f.measure, f.unit, f.period) for f in facts] == [
        ("4.6", "规模以上工业增加值", "growth_yoy", "%", "2023-01/2023-06"),
        ("8.35", "一般公共预算收入", "level", "亿元", "2023-01/2023-06"),
        ("-2.1", "一般公共预算收入", "growth_yoy", "%", "2023-01/2023-06"),
        ("101.20", "商品零售价格总指数", "level", "%", "2023-01/2023-06"),  # convention 6
        ("1.2", "商品零售价格总指数", "growth_yoy", "%", "2023-01/2023-06"),
    ]


def test_header_cells_with_an_unbracketed_percent() -> None:
    assert [percent_column(c) for c in ("±%", "增长%", "比上年增长%", "比2022年±%", "累计")] == [
        ("增减", "%"),
        ("增长", "%"),
        ("比上年增长", "%"),
        ("增减", "%"),
        None,
    ]


_INDICATORS = (
    "一类指标 | 二 类 指 标 | 计量单位 | 1-6月 |\n"
    "经济运行 | 1.地区生产总值(GDP)增长率(按可比价格计算) | % | 6.1 |\n"
    "2.商品零售价格涨幅(RPI) | % | 1.4 | |\n"
    "结构调整 | 3.第三产业增加值占GDP比重 | % | 48.20 |\n"
    "4.新兴产业[1]增加值占规模以上工业增加值比重 | % | 12.6 | |\n"
    "民生保障 | 5.农村居民人均可支配收入增长率 | % | 7.9 |\n"
    "6.人口自然增长率 | ‰ | 2.1 | |\n"
    "7.城乡居民收入比(以农村居民为1) | 2.31 |\n"
    "[1]新兴产业包括新材料、新能源等行业。\n"
)


def test_rows_under_a_unit_column_whose_names_carry_the_measure() -> None:
    facts = _facts(_INDICATORS, year=2023)
    assert [(f.text_span, f.subject, f.measure, f.unit, f.period) for f in facts] == [
        ("6.1", "地区生产总值", "growth_yoy", "%", "2023-01/2023-06"),
        ("1.4", "商品零售价格", "growth_yoy", "%", "2023-01/2023-06"),
        ("48.20", "第三产业增加值占GDP比重", "share", "%", "2023-01/2023-06"),
        ("12.6", "新兴产业增加值占规模以上工业增加值比重", "share", "%", "2023-01/2023-06"),
        ("7.9", "农村居民人均可支配收入", "growth_yoy", "%", "2023-01/2023-06"),
        ("2.1", "人口自然增长率", "level", "‰", "2023-01/2023-06"),  # convention 8: a rate
        # the unit cell is the one empty: label and a value for the one column
        ("2.31", "城乡居民收入比", "ratio", None, "2023-01/2023-06"),
    ]


def test_the_general_reader_takes_unitless_columns_named_by_what_they_count() -> None:
    text = (
        "2023年全县养老服务情况\n"
        "类别 机构数 床位数 护理人员数 床位与护理人员比\n"
        "公办机构 12 1650 310 5.32\n"
        "民办机构 9 720 150 4.80\n"
        "合计 21 2370 460 5.15\n"
    )
    assert _rows(_facts(text)) == [
        ("12", "公办机构机构数", "count", 12.0, None, "count"),
        ("310", "公办机构护理人员数", "level", 310.0, None, "person"),
        ("5.32", "公办机构床位与护理人员比", "ratio", 5.32, None, "ratio"),
        ("9", "民办机构机构数", "count", 9.0, None, "count"),
        ("150", "民办机构护理人员数", "level", 150.0, None, "person"),
        ("4.80", "民办机构床位与护理人员比", "ratio", 4.8, None, "ratio"),
        ("21", "养老服务机构数", "count", 21.0, None, "count"),  # (round 18b: the topic's)
        ("460", "养老服务护理人员数", "level", 460.0, None, "person"),
        ("5.15", "养老服务床位与护理人员比", "ratio", 5.15, None, "ratio"),
    ]


def test_the_general_reader_takes_the_measure_a_row_names() -> None:
    text = (
        "指标 2022年 2023年\n"
        "1.地区生产总值增长率(%) 4.5 5.2\n"
        "2.城镇化率(%) 55.1 56.3\n"
        "3.人口自然增长率(‰) 1.2 0.9\n"
    )
    facts = _facts(text)
    assert [(f.text_span, f.subject, f.measure, f.period) for f in facts] == [
        ("4.5", "地区生产总值", "growth_yoy", "2022"),
        ("5.2", "地区生产总值", "growth_yoy", "2023"),
        ("55.1", "城镇化率", "share", "2022"),  # convention 8
        ("56.3", "城镇化率", "share", "2023"),
        ("1.2", "人口自然增长率", "level", "2022"),
        ("0.9", "人口自然增长率", "level", "2023"),
    ]


def test_rows_between_borders_keep_an_empty_cell_where_it_stands() -> None:
    text = (
        "2023年全县养老服务情况表\n"
        "| 类别 | 机构数 | 护理人员数 | 床位与护理人员比 |\n"
        "| 公办机构 | 12 | 310 | 5.32 |\n"
        "| 民办机构 | 9 | | 4.80 |\n"
        "| 合计 | 21 | 460 | 5.15 |\n"
    )
    assert [(f.text_span, f.subject, f.measure) for f in _facts(text)] == [
        ("12", "公办机构机构数", "count"),
        ("310", "公办机构护理人员数", "level"),
        ("5.32", "公办机构床位与护理人员比", "ratio"),
        ("9", "民办机构机构数", "count"),
        ("4.80", "民办机构床位与护理人员比", "ratio"),  # the borders say which cell is empty
        ("21", "养老服务机构数", "count"),  # (round 18b: the topic's)
        ("460", "养老服务护理人员数", "level"),
        ("5.15", "养老服务床位与护理人员比", "ratio"),
    ]
