"""Rules of the thirteenth text-facts session (rules other than subjects, on the classes of
error of the spent sets heldout9-12): spans of quarters, tables flattened one cell per line
with a unit column and no label header, rows with their last cells left empty, stocks at a
table span's end; on short texts of our own of the same shapes."""

from __future__ import annotations

from citystat.textfacts import Fact, extract
from citystat.textfacts.periods import find_events


def _facts(text: str, region: str = "晋中市", year: int | None = 2023) -> list[Fact]:
    return extract(text, region=region, year=year)


def test_a_span_of_quarters_runs_from_january() -> None:
    found = [(e.text, e.period) for e in find_events("2023年1-3季度,一至二季度,2-3季度", None)]
    assert found == [
        ("2023年1-3季度", "2023-01/2023-09"),
        ("一至二季度", "2023-01/2023-06"),
        ("2-3季度", "2023-04/2023-09"),
    ]


def test_a_span_of_quarters_in_running_text() -> None:
    rows = [(f.text_span, f.period) for f in _facts("1-3季度,全县粮食产量8.6万吨,增长2.1%。")]
    assert rows == [("8.6万吨", "2023-01/2023-09"), ("2.1%", "2023-01/2023-09")]


_STACKED = (
    "2023年1-3季度主要畜产品生产情况\n"
    "\n"
    "   \n"
    "单位\n"
    "1-3季度\n"
    "比上年同期增长(%\n"
    "\n"
    "肉牛出栏\n"
    "万头\n"
    "12.40\n"
    "5.1\n"
    "肉牛季末存栏\n"
    "万头\n"
    "30.25\n"
    "-0.6\n"
    "羊肉产量\n"
    "万吨\n"
    "0.92\n"
    "鲜奶产量\n"
    "万吨\n"
    "6.81\n"
    "2.4\n"
    " \n"
    " \n"
    "注:存栏为季度末数。\n"
)


def test_a_table_one_cell_a_line_with_a_unit_cell_in_each_row() -> None:
    rows = [
        (f.text_span, f.measure, f.value_base, f.unit, f.period, f.subject)
        for f in _facts(_STACKED)
    ]
    assert rows == [
        ("12.40", "count", 124000.0, "万头", "2023-01/2023-09", "肉牛出栏"),
        ("5.1", "growth_yoy", 5.1, "%", "2023-01/2023-09", "肉牛出栏"),
        # a stock at the quarter's end: the span's last month
        ("30.25", "count", 302500.0, "万头", "2023-09", "肉牛季末存栏"),
        ("-0.6", "growth_yoy", -0.6, "%", "2023-09", "肉牛季末存栏"),
        # a row whose last cell was left empty: the cells it has, from the left
        ("0.92", "level", 9200.0, "万吨", "2023-01/2023-09", "羊肉产量"),
        ("6.81", "level", 68100.0, "万吨", "2023-01/2023-09", "鲜奶产量"),
        ("2.4", "growth_yoy", 2.4, "%", "2023-01/2023-09", "鲜奶产量"),
    ]


def test_a_line_reading_unit_alone_in_running_text_is_no_table() -> None:
    text = "单位\n负责人介绍,全县新增市场主体1200户,增长5.2%。\n"
    rows = [(f.text_span, f.measure) for f in _facts(text)]
    assert rows == [("1200户", "count"), ("5.2%", "growth_yoy")]


def test_changes_against_listed_bases_are_all_changes() -> None:
    text = "一季度全县财政收入12.6亿元,分别比上年一季度、三季度增加1.2亿元、0.8亿元。"
    rows = [(f.text_span, f.measure, f.value) for f in _facts(text)]
    assert rows == [
        ("12.6亿元", "level", 12.6),
        ("1.2亿元", "abs_change", 1.2),
        ("0.8亿元", "abs_change", 0.8),
    ]


def test_a_bare_increase_or_decrease_right_after_tongbi_is_a_change() -> None:
    text = "全市空气优良天数同比增12天,重污染天数同比减5天,优良天数比例同比增3.1%。"
    rows = [(f.text_span, f.measure, f.value) for f in _facts(text)]
    assert rows == [
        ("12天", "abs_change", 12.0),
        ("5天", "abs_change", -5.0),
        ("3.1%", "growth_yoy", 3.1),  # a rate after 同比增 stays a growth
    ]


def test_he_before_the_county_offices_names_no_county() -> None:
    text = "今年以来,太谷区各乡镇和县直部门共引进项目18个。安徽省和县粮食产量增长2%。"
    rows = [(f.text_span, f.region) for f in _facts(text, region="太谷区")]
    assert rows == [("18个", "太谷区"), ("2%", "和县")]


def test_a_note_on_comparable_prices_holds_for_growths_of_value_added() -> None:
    text = (
        "1-4月,全县规模以上工业增加值增长8.2%;工业用电量增长3.5%;地区生产总值增长5.1%。\n"
        "注:1.增加值增长速度按可比价计算;2.其他指标按现价计算。\n"
    )
    rows = [(f.text_span, f.comparable_price) for f in _facts(text)]
    assert rows == [("8.2%", True), ("3.5%", False), ("5.1%", True)]


def test_a_note_on_comparable_prices_holds_for_a_table_too() -> None:
    text = (
        "表1 各县主要指标\n"
        "单位:%\n"
        "地区 规模工业增加值增速 社会消费品零售总额增速\n"
        "榆次区 6.1 4.2\n"
        "太谷区 5.3 3.8\n"
        "说明:规模工业增加值增长速度为扣除价格因素后的增长速度,即按可比价计算。\n"
    )
    rows = [(f.text_span, f.subject, f.comparable_price) for f in _facts(text, region="晋中市")]
    assert [r[2] for r in rows] == [True, False, True, False]


def test_a_sentence_with_its_own_figure_is_no_note() -> None:
    text = "上半年,规模以上工业增加值增长速度按可比价计算为5.2%。下半年,全县工业增加值增长4.1%。"
    rows = [(f.text_span, f.comparable_price) for f in _facts(text)]
    assert rows == [("5.2%", True), ("4.1%", False)]


def test_a_bracketed_rate_of_an_earlier_quarter_is_that_quarter_s_growth() -> None:
    text = "上半年,全县地区生产总值增长5.2%,较一季度(4.1%)加快1.1个百分点。"
    rows = [(f.text_span, f.measure, f.value, f.period) for f in _facts(text)]
    assert rows == [
        ("5.2%", "growth_yoy", 5.2, "2023-01/2023-06"),
        ("4.1%", "growth_yoy", 4.1, "2023-01/2023-03"),  # (read as a share before: 季度's 度)
        ("1.1个百分点", "pp_change", 1.1, "2023-01/2023-06"),
    ]


def test_an_amount_converted_with_yuehe_is_about() -> None:
    text = "全县人均生产总值为65210元,按年平均汇率折算约合9450美元;出口额1.2亿美元(约合人民币8.6亿元)。"
    rows = [(f.text_span, f.qualifier) for f in _facts(text)]
    assert rows == [("65210元", None), ("9450美元", "约"), ("1.2亿美元", None), ("8.6亿元", "约")]
