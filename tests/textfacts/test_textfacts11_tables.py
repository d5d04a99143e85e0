"""Round 11: the general reader of tables flattened to lines (``table_blocks``).

Invented tables of the shapes the previous judges held (no sentence of a published text):
a header over several lines with names broken across them, fewer values than columns,
本月/累计 columns with a unit column, year columns, a unit line.
"""

from __future__ import annotations

from citystat.textfacts import extract


def _facts(text: str, **kw: object) -> list[tuple[str, str, str, str | None, str | None]]:
    kw.setdefault("region", "盐湖区")
    facts = extract(text, **kw)  # type: ignore[arg-type]
    return [(f.text_span, f.subject, f.measure, f.unit, f.period) for f in facts]


def test_header_over_three_lines_with_a_broken_name_and_a_missing_cell() -> None:
    text = (
        "表3  某区卫生机构基本情况\n"
        "\n"
        "  机构数 床位数 卫生技术 在  岗 #执业\n"
        "(个) (张) 人员 职工 医师\n"
        "      (人) (人)\n"
        "  1.医院 12 3460 5120 6033 1874\n"
        "      公立医院 5 2810 4377   1502\n"
        "  2.卫生院 20 640 702 911 260\n"
    )
    assert _facts(text) == [
        ("12", "医院机构数", "count", "个", None),
        ("3460", "医院床位数", "count", "张", None),
        ("5120", "医院卫生技术人员", "level", "人", None),
        ("6033", "医院在岗职工", "level", "人", None),
        ("1874", "医院执业医师", "level", "人", None),
        ("5", "公立医院机构数", "count", "个", None),
        ("2810", "公立医院床位数", "count", "张", None),
        ("4377", "公立医院卫生技术人员", "level", "人", None),
        ("1502", "公立医院执业医师", "level", "人", None),  # the wide gap: 在岗职工 empty
        ("20", "卫生院机构数", "count", "个", None),
        ("640", "卫生院床位数", "count", "张", None),
        ("702", "卫生院卫生技术人员", "level", "人", None),
        ("911", "卫生院在岗职工", "level", "人", None),
        ("260", "卫生院执业医师", "level", "人", None),
    ]


def test_a_row_whose_empty_cell_cannot_be_placed_is_left() -> None:
    text = (
        "  机构数 床位数 人员数\n"
        "(个) (张) (人)\n"
        "  医院 12 3460 5120\n"
        "  诊所 40 95\n"  # two values for three columns, no gap tells which is empty
        "  卫生院 20 640 702\n"
    )
    assert [f[0] for f in _facts(text)] == ["12", "3460", "5120", "20", "640", "702"]


def test_month_and_cumulative_columns_with_a_unit_column_between_borders() -> None:
    text = (
        "2024年3月全区工业用电情况\n"
        "| 指 标 名 称 | 计量 单位 |\n"
        "本月 | 1-本月 累计 |\n"
        "累计比上年同期增长(%) | 构成(%) |\n"
        "| 一、工业用电量 | 万千瓦时 | 52310 | 151203 | 4.6 | 100 |\n"
        "| 1、轻工业 | 万千瓦时 | 8120 | 24019 | -2.3 | 15.9 |\n"
        "| 二、用电企业数 | 个 | - | 418 | | |\n"
    )
    assert _facts(text) == [
        ("52310", "工业用电量", "level", "万千瓦时", "2024-03"),
        ("151203", "工业用电量", "level", "万千瓦时", "2024-01/2024-03"),
        ("4.6", "工业用电量", "growth_yoy", "%", "2024-01/2024-03"),
        ("8120", "轻工业", "level", "万千瓦时", "2024-03"),
        ("24019", "轻工业", "level", "万千瓦时", "2024-01/2024-03"),
        ("-2.3", "轻工业", "growth_yoy", "%", "2024-01/2024-03"),
        ("15.9", "轻工业", "share", "%", "2024-03"),
        # a count of firms in the 1-本月 column is their number at the month's end (round 20,
        # extract._firms_counted; heldout22 08's gold so)
        ("418", "用电企业数", "count", "个", "2024-03"),
    ]


def test_year_columns_under_a_group_with_units_in_the_row_labels() -> None:
    text = (
        "5-1  户籍人口\n"
        "项目 全区\n"
        "1982年 1990年\n"
        "总户数(户) 41230 52988\n"
        "总人口(人) 168042 190377\n"
        "人口密度(人/平方公里) 412 467\n"
        "性别比(%) 104.6 103.9\n"
    )
    assert _facts(text) == [
        ("41230", "总户数", "count", "户", "1982"),
        ("52988", "总户数", "count", "户", "1990"),
        ("168042", "总人口", "level", "人", "1982"),
        ("190377", "总人口", "level", "人", "1990"),
        ("412", "人口密度", "level", "人/平方公里", "1982"),
        ("467", "人口密度", "level", "人/平方公里", "1990"),
        ("104.6", "性别比", "level", "%", "1982"),
        ("103.9", "性别比", "level", "%", "1990"),
    ]


def test_a_unit_line_above_a_header_of_quantities() -> None:
    text = (
        "单位：万元\n"
        "项目 收入 支出 结余\n"
        "一、社会保险基金 8621 7410 1211\n"
        "  养老保险 5102 4388 714\n"
        "二、住房公积金 2310 1987 323\n"
    )
    assert _facts(text, year=2023) == [
        ("8621", "社会保险基金收入", "level", "万元", "2023"),
        ("7410", "社会保险基金支出", "level", "万元", "2023"),
        ("1211", "社会保险基金结余", "level", "万元", "2023"),
        ("5102", "养老保险收入", "level", "万元", "2023"),
        ("4388", "养老保险支出", "level", "万元", "2023"),
        ("714", "养老保险结余", "level", "万元", "2023"),
        ("2310", "住房公积金收入", "level", "万元", "2023"),
        ("1987", "住房公积金支出", "level", "万元", "2023"),
        ("323", "住房公积金结余", "level", "万元", "2023"),
    ]


def test_sentences_with_numbers_are_no_table() -> None:
    text = "全区生产总值 1250.6 亿元,增长5.3%。\n工业增加值 421.2 亿元,增长6.1%。\n"
    facts = _facts(text, year=2023)
    assert [f[:3] for f in facts] == [
        ("1250.6 亿元", "生产总值", "level"),
        ("5.3%", "生产总值", "growth_yoy"),
        ("421.2 亿元", "工业增加值", "level"),
        ("6.1%", "工业增加值", "growth_yoy"),
    ]


def test_period_groups_over_value_and_growth_columns_with_unbracketed_percent() -> None:
    text = (
        "2024年3月份全县主要经济指标\n"
        "\n"
        "指标 | 3月 | 1-3月 |\n"
        "| 绝对值(亿元) | 增长% | 绝对值(亿元) | 增长% |\n"
        "| 社会消费品零售总额 | 10.2 | 4.1 | 29.8 | 3.7 |\n"
        "| 财政收入 | 2.6 | -1.5 | 7.9 | 2.2 |\n"
    )
    assert _facts(text) == [
        ("10.2", "社会消费品零售总额", "level", "亿元", "2024-03"),
        ("4.1", "社会消费品零售总额", "growth_yoy", "%", "2024-03"),
        ("29.8", "社会消费品零售总额", "level", "亿元", "2024-01/2024-03"),
        ("3.7", "社会消费品零售总额", "growth_yoy", "%", "2024-01/2024-03"),
        ("2.6", "财政收入", "level", "亿元", "2024-03"),
        ("-1.5", "财政收入", "growth_yoy", "%", "2024-03"),
        ("7.9", "财政收入", "level", "亿元", "2024-01/2024-03"),
        ("2.2", "财政收入", "growth_yoy", "%", "2024-01/2024-03"),
    ]


def test_a_line_of_bare_units_under_the_names() -> None:
    text = (
        "指标 播种面积 总产量 单产\n"
        "千公顷 万吨 公斤/亩\n"
        "小麦 52.3 31.6 402.8\n"
        "玉米 160.4 118.2 491.3\n"
    )
    assert _facts(text, year=2022) == [
        ("52.3", "小麦播种面积", "level", "千公顷", "2022"),
        ("31.6", "小麦总产量", "level", "万吨", "2022"),
        ("402.8", "小麦单产", "level", "公斤/亩", "2022"),
        ("160.4", "玉米播种面积", "level", "千公顷", "2022"),
        ("118.2", "玉米总产量", "level", "万吨", "2022"),
        ("491.3", "玉米单产", "level", "公斤/亩", "2022"),
    ]


def test_a_part_row_takes_the_unit_and_name_of_the_row_above() -> None:
    text = "项目 2023年 2024年\n发电量(亿千瓦时) 85.2 91.7\n其中:光伏 12.4 18.9\n"
    assert _facts(text) == [
        ("85.2", "发电量", "level", "亿千瓦时", "2023"),
        ("91.7", "发电量", "level", "亿千瓦时", "2024"),
        ("12.4", "光伏发电量", "level", "亿千瓦时", "2023"),
        ("18.9", "光伏发电量", "level", "亿千瓦时", "2024"),
    ]


def test_cells_between_borders_over_lines_with_regions_as_rows() -> None:
    text = (
        "单位:%\n"
        "|\n"
        "工业增加值\n"
        "增长速度 |\n"
        "工业投资\n"
        "增长速度 |\n"
        "全 省\n|\n8.2\n|\n12.5\n|\n"
        "太原市\n|\n7.6\n|\n-3.1\n|\n"
        "大同市\n|\n9.0\n|\n15.2\n"
        "注:增加值按可比价计算。\n"
    )
    facts = extract(text, region="山西省")
    assert [(f.text_span, f.subject, f.region, f.measure, f.unit) for f in facts] == [
        ("8.2", "工业增加值", "山西省", "growth_yoy", "%"),
        ("12.5", "工业投资", "山西省", "growth_yoy", "%"),
        ("7.6", "工业增加值", "太原市", "growth_yoy", "%"),
        ("-3.1", "工业投资", "太原市", "growth_yoy", "%"),
        ("9.0", "工业增加值", "大同市", "growth_yoy", "%"),
        ("15.2", "工业投资", "大同市", "growth_yoy", "%"),
    ]


def test_cells_between_borders_with_months_as_rows() -> None:
    text = (
        "主要指标环比数据 |\n"
        "|||\n"
        "工业增加值 环比增速(%) |\n"
        "社会消费品零售 总额环比增速 (%) |\n"
        "|\n"
        "2023年11月份 |\n0.51 |\n0.87 |\n"
        "12月份 |\n0.62 |\n0.43 |\n"
        "2024年1月份 |\n0.48 |\n0.35 |\n"
    )
    assert _facts(text, region="全国") == [
        ("0.51", "工业增加值", "growth_yoy", "%", "2023-11"),
        ("0.87", "社会消费品零售总额", "growth_yoy", "%", "2023-11"),
        ("0.62", "工业增加值", "growth_yoy", "%", "2023-12"),
        ("0.43", "社会消费品零售总额", "growth_yoy", "%", "2023-12"),
        ("0.48", "工业增加值", "growth_yoy", "%", "2024-01"),
        ("0.35", "社会消费品零售总额", "growth_yoy", "%", "2024-01"),
    ]


def test_parts_of_a_stacked_table_take_the_unit_of_the_row_above() -> None:
    text = (
        "指标\n\n本月\n\n比去年同月增长(%)\n\n"
        "全社会用电量(亿千瓦时)\n\n52.4\n\n6.1\n\n"
        "   # 工业用电\n\n38.0\n\n4.9\n\n"
        "     居民用电\n\n8.3\n\n10.2\n"
    )
    facts = extract(text, region="山西省", year=2024)
    assert [(f.text_span, f.subject, f.unit) for f in facts] == [
        ("52.4", "全社会用电量", "亿千瓦时"),
        ("6.1", "全社会用电量", "%"),
        ("38.0", "工业用电", "亿千瓦时"),
        ("4.9", "工业用电", "%"),
        ("8.3", "居民用电", "亿千瓦时"),
        ("10.2", "居民用电", "%"),
    ]


def test_region_rows_under_year_columns_take_the_indicator_from_the_title() -> None:
    text = (
        "表2 各市地区生产总值\n"
        "\n"
        "单位:亿元\n"
        "| 地区 | 2022年 | 2023年 | 增长(%) |\n"
        "|---|---|---|---|\n"
        "| 太原市 | 5571.2 | 5573.7 | 5.1 |\n"
        "| 大同市 | 1842.5 | 1866.3 | 4.8 |\n"
    )
    facts = extract(text, region="山西省", year=2023)
    assert [(f.text_span, f.subject, f.region, f.measure, f.unit, f.period) for f in facts] == [
        ("5571.2", "地区生产总值", "太原市", "level", "亿元", "2022"),
        ("5573.7", "地区生产总值", "太原市", "level", "亿元", "2023"),
        ("5.1", "地区生产总值", "太原市", "growth_yoy", "%", "2023"),
        ("1842.5", "地区生产总值", "大同市", "level", "亿元", "2022"),
        ("1866.3", "地区生产总值", "大同市", "level", "亿元", "2023"),
        ("4.8", "地区生产总值", "大同市", "growth_yoy", "%", "2023"),
    ]


def test_this_year_and_last_year_columns_and_a_completion_rate() -> None:
    text = (
        "指标名称 计量单位 本年 上年 完成率(%)\n"
        "一般公共预算收入 亿元 42.6 40.1 103.2\n"
        "税收收入 亿元 30.5 29.8 98.7\n"
    )
    facts = extract(text, region="运城市", year=2023)
    assert [(f.text_span, f.subject, f.measure, f.unit, f.period) for f in facts] == [
        ("42.6", "一般公共预算收入", "level", "亿元", "2023"),
        ("40.1", "一般公共预算收入", "level", "亿元", "2022"),
        ("103.2", "一般公共预算收入完成率", "share", "%", "2023"),
        ("30.5", "税收收入", "level", "亿元", "2023"),
        ("29.8", "税收收入", "level", "亿元", "2022"),
        ("98.7", "税收收入完成率", "share", "%", "2023"),
    ]


def test_units_inside_the_value_cells_between_borders() -> None:
    text = (
        "| 指标 | 本月 | 同比增长 |\n"
        "| 地区生产总值 | 1250.6亿元 | 5.3% |\n"
        "| 工业增加值 | 421.2亿元 | 6.1% |\n"
    )
    assert _facts(text, year=2024) == [
        ("1250.6亿元", "地区生产总值", "level", "亿元", "2024"),
        ("5.3%", "地区生产总值", "growth_yoy", "%", "2024"),
        ("421.2亿元", "工业增加值", "level", "亿元", "2024"),
        ("6.1%", "工业增加值", "growth_yoy", "%", "2024"),
    ]


def test_a_header_of_periods_names_and_units_on_three_lines() -> None:
    text = (
        "指标 3月 1-3月\n"
        "绝对值 增长 绝对值 增长\n"
        "(亿元) (%) (亿元) (%)\n"
        "社会消费品零售总额 10.2 4.1 29.8 3.7\n"
        "财政收入 2.6 -1.5 7.9 2.2\n"
    )
    assert _facts(text, year=2024) == [
        ("10.2", "社会消费品零售总额", "level", "亿元", "2024-03"),
        ("4.1", "社会消费品零售总额", "growth_yoy", "%", "2024-03"),
        ("29.8", "社会消费品零售总额", "level", "亿元", "2024-01/2024-03"),
        ("3.7", "社会消费品零售总额", "growth_yoy", "%", "2024-01/2024-03"),
        ("2.6", "财政收入", "level", "亿元", "2024-03"),
        ("-1.5", "财政收入", "growth_yoy", "%", "2024-03"),
        ("7.9", "财政收入", "level", "亿元", "2024-01/2024-03"),
        ("2.2", "财政收入", "growth_yoy", "%", "2024-01/2024-03"),
    ]


def test_a_rank_column_ranks_the_figure_before_it() -> None:
    text = "地区 规上工业增加值增速(%) 位次\n太原市 5.1 3\n大同市 6.2 1\n"
    facts = extract(text, region="山西省", year=2024)
    assert [(f.text_span, f.subject, f.region, f.measure, f.value_base) for f in facts] == [
        ("5.1", "规上工业增加值", "太原市", "growth_yoy", 5.1),
        ("3", "规上工业增加值增速", "太原市", "rank", 3.0),
        ("6.2", "规上工业增加值", "大同市", "growth_yoy", 6.2),
        ("1", "规上工业增加值增速", "大同市", "rank", 1.0),
    ]


def test_a_growth_column_is_of_the_period_before_it_and_a_unit_line_of_two_units() -> None:
    text = (
        "单位:亿元、%\n"
        "指标 本月 增长 1-本月 增长\n"
        "工业产值 52.1 4.6 151.2 3.9\n"
        "工业销售产值 50.3 4.1 147.0 3.5\n"
    )
    assert _facts(text, year=2024, region="运城市")[:4] == [
        ("52.1", "工业产值", "level", "亿元", "2024"),
        ("4.6", "工业产值", "growth_yoy", "%", "2024"),
        ("151.2", "工业产值", "level", "亿元", "2024"),
        ("3.9", "工业产值", "growth_yoy", "%", "2024"),
    ]


def test_a_web_pages_table_with_blank_lines_between_its_lines() -> None:
    text = (
        "2024年3月工业主要指标\n\n指标\n\n本月\n\n累计\n\n"
        "工业产值(亿元) 12.3 45.6\n\n工业用电(亿千瓦时) 5.2 15.1\n"
    )
    assert _facts(text, region="运城市") == [
        ("12.3", "工业产值", "level", "亿元", "2024-03"),
        ("45.6", "工业产值", "level", "亿元", "2024-01/2024-03"),
        ("5.2", "工业用电", "level", "亿千瓦时", "2024-03"),
        ("15.1", "工业用电", "level", "亿千瓦时", "2024-01/2024-03"),
    ]


def test_indicators_over_value_and_growth_columns_with_regions_as_rows() -> None:
    text = (
        "地区 地区生产总值 一般公共预算收入\n"
        "绝对值(亿元) 增速(%) 绝对值(亿元) 增速(%)\n"
        "太原市 5573.7 5.1 440.2 8.3\n"
        "大同市 1866.3 4.8 120.5 6.1\n"
    )
    facts = extract(text, region="山西省", year=2023)
    assert [(f.text_span, f.subject, f.region, f.measure) for f in facts][:4] == [
        ("5573.7", "地区生产总值", "太原市", "level"),
        ("5.1", "地区生产总值", "太原市", "growth_yoy"),
        ("440.2", "一般公共预算收入", "太原市", "level"),
        ("8.3", "一般公共预算收入", "太原市", "growth_yoy"),
    ]


def test_rows_of_years() -> None:
    text = "年份 地区生产总值(亿元) 增长(%)\n2021 1020.5 8.1\n2022 1051.3 4.2\n"
    assert _facts(text, region="运城市", year=2023) == [
        ("1020.5", "地区生产总值", "level", "亿元", "2021"),
        ("8.1", "地区生产总值", "growth_yoy", "%", "2021"),
        ("1051.3", "地区生产总值", "level", "亿元", "2022"),
        ("4.2", "地区生产总值", "growth_yoy", "%", "2022"),
    ]


def test_columns_of_regions() -> None:
    text = "指标 太原市 大同市\n地区生产总值(亿元) 5573.7 1866.3\n常住人口(万人) 543.5 310.2\n"
    facts = extract(text, region="山西省", year=2023)
    assert [(f.text_span, f.subject, f.region, f.unit) for f in facts] == [
        ("5573.7", "地区生产总值", "太原市", "亿元"),
        ("1866.3", "地区生产总值", "大同市", "亿元"),
        ("543.5", "常住人口", "太原市", "万人"),
        ("310.2", "常住人口", "大同市", "万人"),
    ]
