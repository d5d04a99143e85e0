"""Round 20 of #13 (session 10), a second census: yearbook tables, casualties, counts.

A census of 50 more unannotated published texts (yearbook tables of urban utilities, posts
and telecoms, culture; statistical monitoring of the women's and children's programmes;
state firms; development zones; software; public resource trading; road accidents and
fires; proposals handled; ports and airports) listed what the extractor did not read.
The tables and sentences here are our own (other places, other numbers) of the shapes it
found: a yearbook's header of bare years, a row label broken over two lines, an English
column beside the Chinese one, a table one cell a line with bare years, and the
casualties of accidents counted by what befell them.
"""

from __future__ import annotations

from citystat.textfacts import extract

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "大同市", year: int | None = None
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


def test_a_yearbook_header_of_bare_years() -> None:
    # 指 标 2019 2020: the years, written without 年, are the columns (not a row 指标)
    text = "指 标 2019 2020\n邮政业务总量(亿元) 18.5 21.7\n快递业务量(万件) 420.3 515.6\n"
    assert _rows(text, "subject", "unit", "value_base", "period") == [
        ("18.5", "邮政业务总量", "亿元", 1850000000.0, "2019"),
        ("21.7", "邮政业务总量", "亿元", 2170000000.0, "2020"),
        ("420.3", "快递业务量", "万件", 4203000.0, "2019"),
        ("515.6", "快递业务量", "万件", 5156000.0, "2020"),
    ]


def test_bare_years_between_borders_and_a_label_spaced_from_its_unit() -> None:
    text = "指 标 | 2018 | 2019 |\n供水总量 (万立方米) | 3120 | 3345 |\n用水普及率 (%) | 97.2 | 98.1 |\n"
    assert _rows(text, "subject", "measure", "unit", "period") == [
        ("3120", "供水总量", "level", "万立方米", "2018"),
        ("3345", "供水总量", "level", "万立方米", "2019"),
        ("97.2", "用水普及率", "share", "%", "2018"),
        ("98.1", "用水普及率", "share", "%", "2019"),
    ]


def test_a_row_label_broken_over_two_lines() -> None:
    # 投递路线总长度 | ||| / (万公里) | …: the label, then its unit and values on the next line
    text = (
        "指 标 | 2004 | 2005 |\n"
        "邮路总长度 (公里) | 3650 | 3710 |\n"
        "农村投递路线总长度 | |||\n"
        "(万公里) | 1.82 | 1.86 |\n"
        "营业网点 (处) | 214 | 220 |\n"
    )
    assert _rows(text, "subject", "unit", "value_base", "period") == [
        ("3650", "邮路总长度", "公里", 3650.0, "2004"),
        ("3710", "邮路总长度", "公里", 3710.0, "2005"),
        ("1.82", "农村投递路线总长度", "万公里", 18200.0, "2004"),
        ("1.86", "农村投递路线总长度", "万公里", 18600.0, "2005"),
        ("214", "营业网点", "处", 214.0, "2004"),
        ("220", "营业网点", "处", 220.0, "2005"),
    ]


def test_an_english_column_beside_the_chinese_labels() -> None:
    # a bilingual yearbook: | 项目 | Items | 2024 | 2025 |, headings over the rows
    text = (
        "| 项目 | Items | 2024 | 2025 |\n"
        "| | | | |\n"
        "| 城市市政设施 | Municipal Facilities | | |\n"
        "| 道路长度(公里) | Length of Roads (km) | 1204 | 1236 |\n"
        "| 燃气普及率(%) | Gas Coverage (%) | 97.5 | 98.0 |\n"
        "| 城市公共交通 | Public Transport | | |\n"
        "| 公交运营车辆(辆) | Buses in Operation (unit) | 860 | 905 |\n"
    )
    assert _rows(text, "subject", "unit", "period") == [
        ("1204", "道路长度", "公里", "2024"),
        ("1236", "道路长度", "公里", "2025"),
        ("97.5", "燃气普及率", "%", "2024"),
        ("98.0", "燃气普及率", "%", "2025"),
        ("860", "公交运营车辆", "辆", "2024"),
        ("905", "公交运营车辆", "辆", "2025"),
    ]


def test_a_table_one_cell_a_line_under_bare_years() -> None:
    # 指 标 | / 2020 | / 2021 |, a heading (邮政业务量), a label whose unit has a line of
    # its own ((万件) |), and a unit wrapped after the row's values ((平方公里) |)
    text = (
        "邮电业务基本情况 |\n|\n指 标 |\n2020 |\n2021 |\n|\n"
        "邮政业务总量 (亿元) |\n26.4 |\n29.1 |\n"
        "邮政业务量 |\n|\n"
        "包裹\n(万件) |\n88.2 |\n91.5 |\n"
        "每处网点服务面积 |\n41.6 |\n40.9 |\n(平方公里) |\n"
        "邮路总长度 (万公里) |\n2.31 |\n2.40 |\n"
    )
    assert _rows(text, "subject", "unit", "period") == [
        ("26.4", "邮政业务总量", "亿元", "2020"),
        ("29.1", "邮政业务总量", "亿元", "2021"),
        ("88.2", "包裹", "万件", "2020"),
        ("91.5", "包裹", "万件", "2021"),
        ("41.6", "每处网点服务面积", "平方公里", "2020"),
        ("40.9", "每处网点服务面积", "平方公里", "2021"),
        ("2.31", "邮路总长度", "万公里", "2020"),
        ("2.40", "邮路总长度", "万公里", "2021"),
    ]


def test_casualties_are_counted_by_what_befell_them() -> None:
    text = (
        "全县共发生道路交通事故86起,造成14人死亡、73人受伤,直接财产损失52万元。"
        "全年接报火灾420起,死亡3人,受伤5人;农村地区火灾260起、亡2人。"
    )
    assert _rows(text, "subject", "value_base", "base_unit") == [
        ("86起", "道路交通事故", 86.0, "count"),
        ("14人", "死亡人数", 14.0, "person"),
        ("73人", "受伤人数", 73.0, "person"),
        ("52万元", "直接财产损失", 520000.0, "yuan"),
        ("420起", "接报火灾", 420.0, "count"),
        ("3人", "死亡人数", 3.0, "person"),
        ("5人", "受伤人数", 5.0, "person"),
        ("260起", "农村地区火灾", 260.0, "count"),
        ("2人", "死亡人数", 2.0, "person"),
    ]


def test_a_death_rate_and_persons_hired_are_no_casualties() -> None:
    text = "全市婴儿死亡率为3.2‰,新招聘教师120人。"
    assert _rows(text, "subject") == [("3.2‰", "婴儿死亡率"), ("120人", "新招聘教师")]


def test_a_section_heading_under_a_header_of_bare_years() -> None:
    # 城市基本情况 between 指 标 2001 2002 2003 and the rows; a row's first cell left empty
    text = (
        "指 标 2001 2002 2003\n"
        "城市基本情况\n"
        "  建成区面积(平方公里)   142 151\n"
        "供水、供气\n"
        "  自来水年供水量(亿吨) 2.6 2.8 3.1\n"
    )
    assert _rows(text, "subject", "unit", "period") == [
        ("142", "建成区面积", "平方公里", "2002"),
        ("151", "建成区面积", "平方公里", "2003"),
        ("2.6", "自来水年供水量", "亿吨", "2001"),
        ("2.8", "自来水年供水量", "亿吨", "2002"),
        ("3.1", "自来水年供水量", "亿吨", "2003"),
    ]


def test_a_row_with_an_english_name_inline_is_no_header() -> None:
    # 邮路长度(公里) Length of Routes (km) 512 530: a row, its English name's (km) no column
    text = "邮路长度(公里) Length of Routes (km) 512 530\n  # 汽车邮路     Highway Routes 301 322\n"
    assert [f.unit for f in extract(text, region="大同市") if f.unit == "km"] == []


def test_bus_runs_and_scores() -> None:
    text = "客运站发送班车4120班;群众安全感满意度测评得分92.4分,比上年提高1.5分,8时30分公布。"
    assert _rows(text, "measure", "unit", "value_base", "base_unit") == [
        ("4120班", "count", "班", 4120.0, "count"),
        ("92.4分", "level", "分", 92.4, "score"),
        ("1.5分", "abs_change", "分", 1.5, "score"),
    ]


def test_a_time_and_a_fraction_are_no_scores() -> None:
    assert _rows("会议于9时15分召开,三分之二的代表参加。", "unit") == [("三分之二", None)]


def test_visitors_received_in_a_paragraph_of_tourism() -> None:
    # 接待 alone after a figure of visitors: the visitors received (接待游客)
    text = "国庆假期全市接待游客312万人次,旅游收入18.6亿元;云冈区接待42.1万人次,增长6.2%。"
    assert _rows(text, "subject", "region", year=2023) == [
        ("312万人次", "接待游客", "大同市"),
        ("18.6亿元", "旅游收入", "大同市"),
        ("42.1万人次", "接待游客", "云冈区"),
        ("6.2%", "接待游客", "云冈区"),
    ]


def test_a_municipality_s_counties_named_short() -> None:
    # in a Chongqing release 垫江, 秀山 (秀山土家族苗族自治县) at a clause's start are the
    # counties, as its districts named without 区 are
    text = "垫江某花海景区接待游客2.15万人次;秀山以-2.8℃为最低;全市接待游客1200万人次。"
    assert _rows(text, "region", region="重庆市", year=2023) == [
        ("2.15万人次", "垫江县"),
        ("-2.8℃", "秀山土家族苗族自治县"),
        ("1200万人次", "重庆市"),
    ]


def test_a_bilingual_yearbook_s_english_brackets_are_no_units() -> None:
    # the English line under a row (…for reader(time)) and 单位:个 (unit): no units
    text = (
        "指 标 2020 2021\n"
        "    讲座次数(次) 1420 1515\n"
        "        Sessions for Readers(time)\n"
        "    参观人次(千人次) 3120 3305\n"
    )
    assert [f.unit for f in extract(text, region="大同市") if f.unit in ("time", "unit")] == []
    assert _rows("单位:个 (unit)\n指标 2020年 2021年\n剧团 12 13\n", "unit") == [
        ("12", "个"),
        ("13", "个"),
    ]


def test_public_resources_in_a_title_name_no_county() -> None:
    # 【公共资源交易】: 资源 is no short form of 资源县 there
    text = "【公共资源交易】\n本月全市公共资源交易中心完成交易项目86项,交易金额5.2亿元。"
    assert {f.region for f in extract(text)} == {None}
