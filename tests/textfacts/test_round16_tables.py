"""Round 16 (session 7), tables and periods: an industrial release's table whose
``绝对量`` column is empty in every row (the page dropped its cells), read by its growth
column, with category rows (``分三大门类``) and rows of sectors and types of ownership
taking the table's head 增加值 (convention 16), one cell a line, in lines and between
borders; and a price release's average over the months since January (``1-6平均``,
``今年以来``) as the cumulative period. Every text here is invented."""

from __future__ import annotations

from citystat.textfacts import Fact, extract
from citystat.textfacts.tables import sector_part


def _facts(text: str, region: str = "邯郸市", year: int | None = 2025) -> list[Fact]:
    return extract(text, region=region, year=year)


def _rows(facts: list[Fact]) -> list[tuple[str, str, str, float | None, str | None]]:
    return [(f.text_span, f.subject, f.measure, f.value_base, f.period) for f in facts]


_CUMULATIVE = "2025-01/2025-05"
_TITLE = "2025年1-5月份全市规模以上工业生产主要数据\n"

#: one cell a line, blank lines between; the 绝对量 column has no cell in any row, and a
#: category row's empty cell is a blank line. The prose names none of the parts.
_STACKED = (
    _TITLE + "\n指标\n\n绝对量\n\n比上年同期增长(%)\n\n规模以上工业增加值\n\n4.2\n\n"
    "分三大门类\n\n\n\n 采矿业\n\n-1.6\n\n 制造业\n\n6.3\n\n"
    "分经济类型\n\n\n\n 其中:国有控股企业\n\n2.2\n\n    私营企业\n\n-0.7\n\n"
    "主要行业增加值\n\n\n\n冶金工业\n\n3.1\n\n纺织工业\n\n-2.4\n"
)


def test_a_stacked_table_whose_amount_column_is_empty_reads_its_growth_column() -> None:
    assert _rows(_facts(_STACKED)) == [
        ("4.2", "规模以上工业增加值", "growth_yoy", 4.2, _CUMULATIVE),
        ("-1.6", "采矿业增加值", "growth_yoy", -1.6, _CUMULATIVE),
        ("6.3", "制造业增加值", "growth_yoy", 6.3, _CUMULATIVE),
        ("2.2", "国有控股企业增加值", "growth_yoy", 2.2, _CUMULATIVE),
        ("-0.7", "私营企业增加值", "growth_yoy", -0.7, _CUMULATIVE),
        ("3.1", "冶金工业增加值", "growth_yoy", 3.1, _CUMULATIVE),
        ("-2.4", "纺织工业增加值", "growth_yoy", -2.4, _CUMULATIVE),
    ]


def test_an_amount_column_filled_by_a_rows_unit_is_still_read() -> None:
    text = "指标\n\n绝对量\n\n增速(%)\n\n工业用电量(亿千瓦时)\n\n45.6\n\n3.2\n\n其中:轻工业\n\n7.1\n\n-1.5\n"
    assert [(s, subject, m, v) for s, subject, m, v, _ in _rows(_facts(text))] == [
        ("45.6", "工业用电量", "level", 4.56e9),
        ("3.2", "工业用电量", "growth_yoy", 3.2),
        ("7.1", "轻工业用电量", "level", 7.1e8),
        ("-1.5", "轻工业用电量", "growth_yoy", -1.5),
    ]


def test_rows_of_one_value_under_a_period_column_and_a_growth_are_left() -> None:
    # 1-5月 / 增速(%): whether a row's one value is the period's amount or its growth
    # cannot be told (绝对量 alone is a column the page leaves empty)
    text = "2025年1-5月份全市工业主要数据\n\n指标\n\n1-5月\n\n增速(%)\n\n规模以上工业增加值\n\n4.2\n\n采矿业\n\n-1.6\n"
    assert _facts(text) == []


def test_the_same_table_in_lines_and_between_borders() -> None:
    lines = (
        _TITLE + "指标 绝对量 增速(%)\n规模以上工业增加值 4.2\n分三大门类\n采矿业 -1.6\n"
        "制造业 6.3\n分经济类型\n其中:国有控股企业 2.2\n私营企业 -0.7\n"
    )
    assert _rows(_facts(lines)) == [
        ("4.2", "规模以上工业增加值", "growth_yoy", 4.2, _CUMULATIVE),
        ("-1.6", "采矿业增加值", "growth_yoy", -1.6, _CUMULATIVE),
        ("6.3", "制造业增加值", "growth_yoy", 6.3, _CUMULATIVE),
        ("2.2", "国有控股企业增加值", "growth_yoy", 2.2, _CUMULATIVE),
        ("-0.7", "私营企业增加值", "growth_yoy", -0.7, _CUMULATIVE),
    ]
    bordered = (
        _TITLE + "| 指标 | 绝对量 | 增速(%) |\n| --- | --- | --- |\n"
        "| 规模以上工业增加值 | | 4.2 |\n| 分三大门类 | | |\n| 采矿业 | | -1.6 |\n"
        "| 制造业 | | 6.3 |\n"
    )
    assert _rows(_facts(bordered)) == [
        ("4.2", "规模以上工业增加值", "growth_yoy", 4.2, _CUMULATIVE),
        ("-1.6", "采矿业增加值", "growth_yoy", -1.6, _CUMULATIVE),
        ("6.3", "制造业增加值", "growth_yoy", 6.3, _CUMULATIVE),
    ]


def test_a_sector_takes_the_head_of_an_industrys_figure_only() -> None:
    assert sector_part("采矿业", "规模以上工业增加值") == "采矿业增加值"
    assert sector_part("股份制企业", "规上工业增加值") == "股份制企业增加值"
    # (round 27: a sector under the product of the whole economy is its value added, as
    # the accounts name it; round 16 left it unnamed)
    assert sector_part("第一产业", "地区生产总值") == "第一产业增加值"
    assert sector_part("第一产业", "全省财政收入") is None  # not an industry's figure
    assert sector_part("城镇", "规模以上工业增加值") is None  # not a sector


def test_an_average_over_the_months_since_january_is_the_cumulative_period() -> None:
    ppi = (
        "2024年6月份甲省工业生产者价格情况\n\n6月份,全省工业生产者出厂价格同比下降2.3%。"
        "1-6平均,全省工业生产者出厂价格比上年同期下降3.1%,工业生产者购进价格下降2.6%。"
    )
    assert _rows(_facts(ppi, "河北省", 2024)) == [
        ("2.3%", "工业生产者出厂价格", "growth_yoy", -2.3, "2024-06"),
        ("3.1%", "工业生产者出厂价格", "growth_yoy", -3.1, "2024-01/2024-06"),
        ("2.6%", "工业生产者购进价格", "growth_yoy", -2.6, "2024-01/2024-06"),
    ]
    cpi = (
        "2024年6月份甲省居民消费价格情况\n\n6月份,全省居民消费价格同比上涨0.4%。"
        "今年以来,全省居民消费价格比上年同期上涨0.2%。1—6月份,全省食品价格比去年同期下降1.5%。"
    )
    assert _rows(_facts(cpi, "河北省", 2024)) == [
        ("0.4%", "居民消费价格", "growth_yoy", 0.4, "2024-06"),
        ("0.2%", "居民消费价格", "growth_yoy", 0.2, "2024-01/2024-06"),
        ("1.5%", "食品价格", "growth_yoy", -1.5, "2024-01/2024-06"),
    ]


#: rows of 增加值 with a growth alone beside products with a unit and both cells
_MIXED = (
    _TITLE + "\n指标\n\n绝对量\n\n同比增长(%)\n\n规模以上工业增加值\n\n4.2\n\n分三大门类\n\n\n\n"
    "采矿业\n\n-1.6\n\n制造业\n\n6.3\n\n主要产品产量\n\n\n\n原煤(万吨)\n\n5210.3\n\n-2.1\n\n"
    "焦炭(万吨)\n\n860.5\n\n4.4\n\n发电量(亿千瓦时)\n\n301.2\n\n6.0\n"
)
_MIXED_FACTS = [
    ("4.2", "规模以上工业增加值", "growth_yoy", 4.2, _CUMULATIVE),
    ("-1.6", "采矿业增加值", "growth_yoy", -1.6, _CUMULATIVE),
    ("6.3", "制造业增加值", "growth_yoy", 6.3, _CUMULATIVE),
    ("5210.3", "原煤产量", "level", 5.21030e7, _CUMULATIVE),
    ("-2.1", "原煤产量", "growth_yoy", -2.1, _CUMULATIVE),
    ("860.5", "焦炭产量", "level", 8.605e6, _CUMULATIVE),
    ("4.4", "焦炭产量", "growth_yoy", 4.4, _CUMULATIVE),
    ("301.2", "发电量", "level", 3.012e10, _CUMULATIVE),
    ("6.0", "发电量", "growth_yoy", 6.0, _CUMULATIVE),
]


def test_rows_of_a_growth_alone_beside_rows_of_a_unit_and_both_cells() -> None:
    # a row without a unit leaves 绝对量 empty; a heading of items (主要产品产量) names
    # what the rows after it are (原煤 → 原煤产量; 发电量 names its quantity already)
    assert _rows(_facts(_MIXED)) == _MIXED_FACTS
    lines = (
        _TITLE + "指标 绝对量 同比增长(%)\n规模以上工业增加值 4.2\n分三大门类\n采矿业 -1.6\n"
        "制造业 6.3\n主要产品产量\n原煤(万吨) 5210.3 -2.1\n焦炭(万吨) 860.5 4.4\n"
        "发电量(亿千瓦时) 301.2 6.0\n"
    )
    assert _rows(_facts(lines)) == _MIXED_FACTS


def test_a_growth_column_after_an_items_amount_is_of_the_same_item() -> None:
    text = "2024年主要农产品产量\n指标 绝对量 增长(%)\n粮食(万吨) 120.5 2.1\n油料(万吨) 3.2 -1.0\n"
    assert [(s, subject, m) for s, subject, m, _, _ in _rows(_facts(text, year=2024))] == [
        ("120.5", "粮食产量", "level"),
        ("2.1", "粮食产量", "growth_yoy"),
        ("3.2", "油料产量", "level"),
        ("-1.0", "油料产量", "growth_yoy"),
    ]


def test_the_words_of_an_average_over_months_are_no_part_of_the_subject() -> None:
    # 平均 and a month range after a price are when and how, not what (the subject
    # carried from the clause before, or the price named before them)
    head = "2024年8月份甲省工业生产者价格\n\n"
    carried = head + "8月份,全省工业生产者购进价格同比下降2.2%,1-8月平均下降3.0%。"
    assert _rows(_facts(carried, "河北省", 2024)) == [
        ("2.2%", "工业生产者购进价格", "growth_yoy", -2.2, "2024-08"),
        ("3.0%", "工业生产者购进价格", "growth_yoy", -3.0, "2024-01/2024-08"),
    ]
    after = head + "全省居民消费价格1-8月平均上涨0.2%。前8个月,全省食品价格平均下降1.1%。"
    assert _rows(_facts(after, "河北省", 2024)) == [
        ("0.2%", "居民消费价格", "growth_yoy", 0.2, "2024-01/2024-08"),
        ("1.1%", "食品价格", "growth_yoy", -1.1, "2024-01/2024-08"),
    ]
