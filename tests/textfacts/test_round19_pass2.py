"""Round 19, second pass (session 9): text hard-wrapped from a PDF, read reflowed.

Sentences written for these tests (other places, other numbers).
"""

from __future__ import annotations

from citystat.textfacts import extract
from citystat.textfacts.normalise import reading_text, wrapped_breaks

# lines cut at the page's width, inside words (指\n数, 排\n名) and before figures
WRAPPED = (
    "3 月 1 日至 9 月 20 日,我县综合指\n"
    "数为 6.12,全市 16 个区县排名第 9(全\n"
    "省排名并列第 120),同比下降 8.25%;PM\n"
    "2.5 浓度为 47μg/m3,全市 16 个区县排名\n"
    "第 7,同比上升 2.40%。\n"
)


def _facts(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [
        (f.text_span, f.measure, f.subject, f.region, f.period)
        for f in extract(text, region="鸡泽县", region_code="130431", year=2022)
        if f.measure != "count"
    ]


def test_a_hard_wrapped_text_drops_its_line_breaks_inside_sentences() -> None:
    breaks = wrapped_breaks(WRAPPED)
    assert [WRAPPED[a:b] for a, b in breaks] == ["\n"] * 4
    reading, where = reading_text(WRAPPED)
    assert "综合指数为 6.12" in reading and "全省排名并列" in reading
    assert where is not None and WRAPPED[where[reading.index("6.12")]] == "6"


def test_a_wrapped_texts_figures_keep_their_offsets_and_read_as_one_sentence() -> None:
    spans = [(f.text_span, f.char_start) for f in extract(WRAPPED, region="鸡泽县", year=2022)]
    assert all(WRAPPED[start : start + len(span)] == span for span, start in spans)
    assert _facts(WRAPPED) == [
        ("6.12", "level", "综合指数", "鸡泽县", "2022-03/2022-09"),
        ("第 9", "rank", "综合指数", "鸡泽县", "2022-03/2022-09"),
        ("第 120", "rank", "综合指数", "鸡泽县", "2022-03/2022-09"),
        ("8.25%", "growth_yoy", "综合指数", "鸡泽县", "2022-03/2022-09"),
        ("47μg/m3", "level", "PM2.5浓度", "鸡泽县", "2022-03/2022-09"),
        ("第 7", "rank", "PM2.5浓度", "鸡泽县", "2022-03/2022-09"),
        ("2.40%", "growth_yoy", "PM2.5浓度", "鸡泽县", "2022-03/2022-09"),
    ]


def test_paragraphs_and_tables_are_not_read_as_wrapped() -> None:
    assert (
        wrapped_breaks("全市增长5.1%,比上年加快0.2个百分点。\n全省增长6.3%,比上年回落1个百分点。\n")
        == []
    )
    table = "2023年主要产品产量\n指标 绝对量 增长(%)\n钢材(万吨) 310.5 4.1\n水泥(万吨) 95.2 -2.0\n"
    assert wrapped_breaks(table) == []


def test_places_counted_before_a_rank_are_its_scope() -> None:
    text = "1月1日至5月31日,我县综合指数为5.05,全市 16 个区县排名第 11,同比下降3.3%。"
    assert _facts(text) == [
        ("5.05", "level", "综合指数", "鸡泽县", "2022-01/2022-05"),
        ("第 11", "rank", "综合指数", "鸡泽县", "2022-01/2022-05"),
        ("3.3%", "growth_yoy", "综合指数", "鸡泽县", "2022-01/2022-05"),
    ]


def test_an_index_summed_over_the_year_so_far_is_the_index() -> None:
    text = "1月1日至4月30日,我县综合指数年累计为4.66,全市 16 个区县排名第 2。"
    assert _facts(text) == [
        ("4.66", "level", "综合指数", "鸡泽县", "2022-01/2022-04"),
        ("第 2", "rank", "综合指数", "鸡泽县", "2022-01/2022-04"),
    ]


# a table one cell a line, its label column's header blank: a year, then a growth column,
# each row a label, an amount with its unit, a growth (blank lines between the cells)
CELL_TABLE = (
    "全年粮食播种面积41.2万亩,增长0.6%。\n\n"
    "主要农产品产量\n\n\n2022年\n\n比上年增长(%)\n\n"
    "粮食总产量\n\n85120吨\n\n1.3\n\n其中:小麦\n\n40210吨\n\n-2.4\n\n"
    "          玉米\n\n38800吨\n\n6.1\n\n"
    "蔬菜总产量\n\n120455吨\n\n3.8\n\n"
    "畜牧业生产\n\n\n2022年\n\n比上年增长(%)\n\n"
    "当年出栏猪\n\n51200头\n\n2.2\n\n"
)


def test_a_cell_a_line_table_under_a_year_reads_amounts_with_their_units() -> None:
    rows = [
        (f.text_span, f.measure, f.subject, f.unit, f.period)
        for f in extract(CELL_TABLE, region="鸡泽县", region_code="130431", year=2022)
        if f.char_start > CELL_TABLE.index("主要农产品产量")
    ]
    assert rows == [
        ("85120吨", "level", "粮食总产量", "吨", "2022"),
        ("1.3", "growth_yoy", "粮食总产量", "%", "2022"),
        ("40210吨", "level", "小麦产量", "吨", "2022"),
        ("-2.4", "growth_yoy", "小麦产量", "%", "2022"),
        ("38800吨", "level", "玉米产量", "吨", "2022"),
        ("6.1", "growth_yoy", "玉米产量", "%", "2022"),
        ("120455吨", "level", "蔬菜总产量", "吨", "2022"),
        ("3.8", "growth_yoy", "蔬菜总产量", "%", "2022"),
        ("51200头", "count", "生猪出栏", "头", "2022"),
        ("2.2", "growth_yoy", "生猪出栏", "%", "2022"),
    ]


def test_a_provinces_parts_named_bare_or_with_a_digit_are_regions() -> None:
    text = (
        "1-8月,全省商品房销售面积9800.4万平方米,同比增长5.5%。"
        "苏南4市商品房销售面积4000.1万平方米,增长3.2%;苏北商品房销售面积3500.6万平方米,"
        "增长9.9%;苏中地区商品房销售面积2300.7万平方米,增长4.4%。"
    )
    facts = extract(text, region="江苏省", year=2020)
    assert [(f.text_span, f.region, f.subject) for f in facts] == [
        ("9800.4万平方米", "江苏省", "商品房销售面积"),
        ("5.5%", "江苏省", "商品房销售面积"),
        ("4000.1万平方米", "苏南4市", "商品房销售面积"),
        ("3.2%", "苏南4市", "商品房销售面积"),
        ("3500.6万平方米", "苏北", "商品房销售面积"),
        ("9.9%", "苏北", "商品房销售面积"),
        ("2300.7万平方米", "苏中地区", "商品房销售面积"),
        ("4.4%", "苏中地区", "商品房销售面积"),
    ]


def test_a_bare_group_inside_a_name_is_no_region() -> None:
    facts = extract("全省新建苏北运河护岸12公里。", region="江苏省", year=2020)
    assert [(f.text_span, f.region) for f in facts] == [("12公里", "江苏省")]


def test_an_area_sold_named_by_its_verb_after_the_whole() -> None:
    text = (
        "1-8月,全省商品房销售面积9800.4万平方米。"
        "其中,南京市共完成销售面积3100.5万平方米,同比增长2.6%;徐州市完成销售2400.2万平方米,同比增长8.8%。"
    )
    facts = extract(text, region="江苏省", year=2020)
    assert [(f.text_span, f.subject) for f in facts][1:] == [
        ("3100.5万平方米", "销售面积"),
        ("2.6%", "销售面积"),
        ("2400.2万平方米", "销售面积"),
        ("8.8%", "销售面积"),
    ]


def test_a_clause_of_last_years_same_months_dates_its_figure() -> None:
    text = "1月1日至8月15日,我县优良天数为141天,去年同期为 102 天。"
    assert [(f.text_span, f.period) for f in extract(text, region="鸡泽县", year=2022)] == [
        ("141天", "2022-01/2022-08"),
        ("102 天", "2021-01/2021-08"),
    ]
