"""Round 27 (session 17): three layouts of flattened tables that no reader knew.

* a table of price indices on a base (``上年=100``): each label run into its first value
  (``一、食品烟酒103.2 102.8``), the columns 全市 / 城市 / 农村 run together with their
  spaces astray; the values are index points of the row's index, in the town or country
  part for the columns so named;
* a monthly table whose change columns are marked by a line of ``±%`` under them alone
  (``本月 | 比上年同月 | 本月止累计 | 比上年同期`` over ``±% | ±%``), under a cell of the month;
  visitors from 香港 or 台湾 are counted where they were received;
* a bilingual yearbook table: English captions among the header's lines, English names
  after the labels, and rows whose values the page put on a line of their own.

Tables and figures are our own.
"""

from __future__ import annotations

from citystat.textfacts.table_blocks import _header_cells

from .rows import fact_rows

_INDICES = (
    "2024年度全市价格指数\n"
    "\n"
    "类    别上年=100\n"
    "\n"
    "全  市城  市农  村\n"
    "居民消费价格总指数101.4 101.6 100.9 \n"
    "一、食品烟酒103.2 102.8 104.0 \n"
    "  1.粮食100.7 100.5 101.1 \n"
    "二、衣着98.6 99.0 97.5 \n"
)


def test_a_table_of_price_indices_with_labels_run_into_their_values() -> None:
    rows = fact_rows(
        _INDICES, "subject", "region", "period", "measure", "unit", "base_unit",
        region="320500", year=2024,
    )  # fmt: skip
    assert rows[:6] == [
        ("101.4", "居民消费价格总指数", "苏州市", "2024", "level", None, "index"),
        ("101.6", "城市居民消费价格总指数", "苏州市", "2024", "level", None, "index"),
        ("100.9", "农村居民消费价格总指数", "苏州市", "2024", "level", None, "index"),
        ("103.2", "食品烟酒价格指数", "苏州市", "2024", "level", None, "index"),
        ("102.8", "城市食品烟酒价格指数", "苏州市", "2024", "level", None, "index"),
        ("104.0", "农村食品烟酒价格指数", "苏州市", "2024", "level", None, "index"),
    ]
    assert [row[:2] for row in rows[6:]] == [
        ("100.7", "粮食价格指数"),
        ("100.5", "城市粮食价格指数"),
        ("101.1", "农村粮食价格指数"),
        ("98.6", "衣着价格指数"),
        ("99.0", "城市衣着价格指数"),
        ("97.5", "农村衣着价格指数"),
    ]


def test_columns_of_the_whole_and_its_parts_run_together() -> None:
    assert _header_cells("全  市城  市农  村") == ["全市", "城市", "农村"]
    assert _header_cells("全省 城镇 乡村") == ["全省", "城镇", "乡村"]
    assert _header_cells("项  目 本年 上年") == ["项目", "本年", "上年"]  # (no such columns)


def test_a_label_is_not_split_from_a_figure_it_governs() -> None:
    # 增长5.2 6.1: a comparison's word before a number is no label run into a value
    text = "指标 本年 上年\n地区生产总值(亿元) 2310.5 2201.4\n比上年增长5.2 6.1\n"
    spans = [row[0] for row in fact_rows(text, region="320500", year=2024)]
    assert "5.2" not in spans and "6.1" not in spans


_GUESTS = (
    "|\n"
    "全省旅馆接待住宿游客统计 |\n"
    "2024年3月 |\n"
    "| 本 月 | 比上年同月 | 本月止累计 | 比上年同期 |\n"
    "±% | ±% |\n"
    "一、接待住宿游客(人次) | 812345 | 6.21 | 2345678 | 4.35 |\n"
    "1.入 境 游 客 | 45678 | 12.40 | 123456 | 9.87 |\n"
    "香港同胞 | 23456 | 15.02 | 65432 | 11.20 |\n"
    "二、平均停留天数(天/人) | 2.3 | -2.05 | 2.15 | -1.60 |\n"
)


def test_change_columns_marked_by_a_line_of_signed_percents() -> None:
    rows = fact_rows(
        _GUESTS, "subject", "region", "period", "measure", "unit",
        region="350000", year=2024,
    )  # fmt: skip
    assert rows[:4] == [
        ("812345", "接待住宿游客", "福建省", "2024-03", "level", "人次"),
        ("6.21", "接待住宿游客", "福建省", "2024-03", "growth_yoy", "%"),
        ("2345678", "接待住宿游客", "福建省", "2024-01/2024-03", "level", "人次"),
        ("4.35", "接待住宿游客", "福建省", "2024-01/2024-03", "growth_yoy", "%"),
    ]
    assert rows[8:12] == [
        ("23456", "香港同胞", "福建省", "2024-03", "level", "人次"),
        ("15.02", "香港同胞", "福建省", "2024-03", "growth_yoy", "%"),
        ("65432", "香港同胞", "福建省", "2024-01/2024-03", "level", "人次"),
        ("11.20", "香港同胞", "福建省", "2024-01/2024-03", "growth_yoy", "%"),
    ]
    assert len(rows) == 16


def test_days_per_guest_are_a_level_in_days_per_person() -> None:
    rows = fact_rows(_GUESTS, "measure", "unit", "base_unit", region="350000", year=2024)
    assert rows[12] == ("2.3", "level", "天/人", "day/person")


_YEARBOOK = (
    "城镇供水情况\n"
    "Water Supplied to Towns\n"
    "All  All Districts\n"
    "2022 2023 2022 2023\n"
    "城镇供水 Water Supplied to Towns\n"
    "供水管道长度(公里) Pipelines at Year End (km) 5120 5388 4210 4432\n"
    "供水总量(万立方米) Water Supplied (10 thousand m3) 61234 62345 50123 51234\n"
    "用水户数(户) Tap Water Users (household)\n"
    "1234567 1267890 987654 1002345\n"
    "用水人口(万人) People Using Tap Water\n"
    "  (10 thousand people)\n"
    "512.34 523.45 401.23 410.56\n"
    "城镇供气 Gas Supplied to Towns\n"
    "天然气供气总量(万立方米) Gas Supplied, Natural (10 thousand m3) 12345 13456 10234 11345\n"
)


def test_a_bilingual_yearbook_table() -> None:
    rows = fact_rows(_YEARBOOK, "subject", "period", "unit", region="500000", year=2023)
    assert [row for row in rows if row[2] == "2022"] == [
        ("5120", "供水管道长度", "2022", "公里"),
        ("4210", "供水管道长度", "2022", "公里"),
        ("61234", "供水总量", "2022", "万立方米"),
        ("50123", "供水总量", "2022", "万立方米"),
        ("1234567", "用水户数", "2022", "户"),
        ("987654", "用水户数", "2022", "户"),
        ("512.34", "用水人口", "2022", "万人"),
        ("401.23", "用水人口", "2022", "万人"),
        ("12345", "天然气供气总量", "2022", "万立方米"),
        ("10234", "天然气供气总量", "2022", "万立方米"),
    ]
    assert len(rows) == 20


_SIDE_BY_SIDE = (
    "表2  前三季度各县农村常住居民人均可支配收入\n\n"
    "县(市、区、特区)名称\n\n农村常住居民人均可支配收入(元)\n\n比上年同期增长(%)\n\n"
    "县(市、区、特区)名称\n\n农村常住居民人均可支配收入(元)\n\n比上年同期增长(%)\n\n"
    "花溪区\n\n15210\n\n7.2\n\n正安县\n\n11032\n\n8.4\n\n"
    "修文县\n\n14876\n\n6.9\n\n兴仁\n\n12054\n\n8.1\n\n"
    "清镇市\n\n14520\n\n7.0\n\n道真县\n\n10988\n\n8.6\n"
)


def test_a_table_one_cell_a_line_with_two_rows_side_by_side() -> None:
    rows = fact_rows(
        _SIDE_BY_SIDE, "subject", "region", "period", "measure",
        region="520000", year=2024,
    )  # fmt: skip
    assert rows[:4] == [
        ("15210", "农村常住居民人均可支配收入", "花溪区", "2024-01/2024-09", "level"),
        ("7.2", "农村常住居民人均可支配收入", "花溪区", "2024-01/2024-09", "growth_yoy"),
        ("11032", "农村常住居民人均可支配收入", "正安县", "2024-01/2024-09", "level"),
        ("8.4", "农村常住居民人均可支配收入", "正安县", "2024-01/2024-09", "growth_yoy"),
    ]
    # 兴仁, a former 县 named short; 道真县, an autonomous county by its common name
    assert [row[2] for row in rows[6:8] + rows[10:]] == [
        "兴仁市", "兴仁市", "道真仡佬族苗族自治县", "道真仡佬族苗族自治县",
    ]  # fmt: skip
    assert len(rows) == 12


_COUNTIES = (
    "附表:2024年上半年各县(市)地区生产总值及增速\n\n"
    "市    县\n\n绝对数\n\n(亿元)\n\n比上年同期增长\n\n(%)\n\n"
    "东部地区\n\n1620.35\n\n5.8\n\n甲 乙 市\n\n830.12\n\n6.1\n\n"
    "陵 水 县\n\n81.40\n\n4.2\n\n琼中县\n\n20.15\n\n3.9\n"
)


def test_a_table_of_counties_named_by_its_title() -> None:
    rows = fact_rows(_COUNTIES, "subject", "region", "period", region="460000", year=2024)
    assert rows[4:] == [
        ("81.40", "地区生产总值", "陵水黎族自治县", "2024-01/2024-06"),
        ("4.2", "地区生产总值", "陵水黎族自治县", "2024-01/2024-06"),
        ("20.15", "地区生产总值", "琼中黎族苗族自治县", "2024-01/2024-06"),
        ("3.9", "地区生产总值", "琼中黎族苗族自治县", "2024-01/2024-06"),
    ]


_COLUMN_BY_COLUMN = (
    "表3  2024年全县主要农产品产量和增长速度\n\n单位:吨\n\n"
    "产品名称\n\n产量\n\n比上年增长%\n\n"
    "粮食\n\n其中:夏粮\n\n油料\n\n蔬菜\n\n"
    "98210\n\n40120\n\n55.4\n\n20110.5\n\n"
    "3.1\n\n2.4\n\n-6.2\n\n1.9\n"
)


def test_a_table_flattened_column_by_column_names_its_items_by_its_title() -> None:
    rows = fact_rows(_COLUMN_BY_COLUMN, "subject", "measure", "unit", region="140322", year=2024)
    assert rows == [  # (in the order of the text: the column of amounts first)
        ("98210", "粮食产量", "level", "吨"),
        ("40120", "夏粮产量", "level", "吨"),
        ("55.4", "油料产量", "level", "吨"),
        ("20110.5", "蔬菜产量", "level", "吨"),
        ("3.1", "粮食产量", "growth_yoy", "%"),
        ("2.4", "夏粮产量", "growth_yoy", "%"),
        ("-6.2", "油料产量", "growth_yoy", "%"),
        ("1.9", "蔬菜产量", "growth_yoy", "%"),
    ]


_NO_LABEL_HEADER = (
    "全省生产总值\n\n2024年一季度\n\n\n总量\n\n(亿元)\n\n比上年同期\n\n增长(%)\n\n"
    "地区生产总值\n\n6120.45\n\n5.1\n\n  按产业分\n\n\n\n"
    "    第一产业\n\n301.20\n\n3.4\n\n    第二产业\n\n2410.88\n\n6.0\n"
)


def test_a_table_one_cell_a_line_whose_label_column_has_no_header() -> None:
    rows = fact_rows(_NO_LABEL_HEADER, "subject", "period", "measure", region="450000", year=2024)
    assert rows == [
        ("6120.45", "地区生产总值", "2024-01/2024-03", "level"),
        ("5.1", "地区生产总值", "2024-01/2024-03", "growth_yoy"),
        ("301.20", "第一产业增加值", "2024-01/2024-03", "level"),
        ("3.4", "第一产业增加值", "2024-01/2024-03", "growth_yoy"),
        ("2410.88", "第二产业增加值", "2024-01/2024-03", "level"),
        ("6.0", "第二产业增加值", "2024-01/2024-03", "growth_yoy"),
    ]


_SECTIONS = (
    "2024年全省主要指标表\n\n指   标\n\n总量指标\n\n人口与就业\n\n  \n\n人口(万人)\n\n  \n\n"
    " 总人口\n\n2410.6\n\n   男性人口\n\n1220.4\n\n   女性人口\n\n1190.2\n\n"
    "财政(亿元)\n\n  \n\n 一般公共预算收入\n\n688.1\n\n"
    "物价指数(以上年为100)\n\n  \n\n 居民消费价格总指数\n\n100.4\n"
)


def test_a_table_of_one_column_in_sections_each_in_its_unit() -> None:
    rows = fact_rows(_SECTIONS, "subject", "unit", "base_unit", region="620000", year=2024)
    assert rows == [
        ("2410.6", "总人口", "万人", "person"),
        ("1220.4", "男性人口", "万人", "person"),
        ("1190.2", "女性人口", "万人", "person"),
        ("688.1", "一般公共预算收入", "亿元", "yuan"),
        ("100.4", "居民消费价格总指数", None, "index"),
    ]


_AMOUNT_FIRST = (
    "全年全市生产总值2210.5亿元。\n\n1  2024年全市生产总值\n\n       \n\n"
    "绝对数(亿元)\n\n比上年增长(%)\n\n生产总值\n\n2210.5\n\n5.6\n\n"
    "第一产业\n\n301.4\n\n3.9\n\n批发和零售业\n\n160.2\n\n6.4\n"
)


def test_a_numbered_table_of_a_regions_product_names_its_sectors_value_added() -> None:
    rows = fact_rows(_AMOUNT_FIRST, "subject", "measure", region="411700", year=2024)
    assert rows[1:] == [
        ("2210.5", "生产总值", "level"),
        ("5.6", "生产总值", "growth_yoy"),
        ("301.4", "第一产业增加值", "level"),
        ("3.9", "第一产业增加值", "growth_yoy"),
        ("160.2", "批发和零售业增加值", "level"),
        ("6.4", "批发和零售业增加值", "growth_yoy"),
    ]


def test_a_table_run_into_one_line() -> None:
    text = (
        "各省用水指标列后: 地 区 单位产值用水量上升或下降(±%) "
        "用水总量增速 (%) 河 北 -4.21 -1.3 山 西 -2.50 0.4 内蒙古 3.12 2.2 "
        "西 藏 陕 西 -1.06 0.9 附注: 西藏数据暂缺。"
    )
    rows = fact_rows(text, "subject", "region", "measure", region=None, year=2024)
    assert rows == [  # (figures of our own)
        ("-4.21", "单位产值用水量", "河北省", "growth_yoy"),
        ("-1.3", "用水总量", "河北省", "growth_yoy"),
        ("-2.50", "单位产值用水量", "山西省", "growth_yoy"),
        ("0.4", "用水总量", "山西省", "growth_yoy"),
        ("3.12", "单位产值用水量", "内蒙古自治区", "growth_yoy"),
        ("2.2", "用水总量", "内蒙古自治区", "growth_yoy"),
        ("-1.06", "单位产值用水量", "陕西省", "growth_yoy"),
        ("0.9", "用水总量", "陕西省", "growth_yoy"),
    ]
