"""Rules of the ninth text-facts session (heldout6's and dev9's classes of error other
than subjects): report forms flattened to lines, rates of coverage, places outside the
country; on short texts of our own of the same shapes."""

from __future__ import annotations

from citystat.textfacts import Fact, extract


def _facts(text: str, region: str = "晋中市", year: int = 2023) -> list[Fact]:
    return extract(text, region=region, year=year)


_FORM = (
    "2023年社会福利统计6月份报表\n"
    "\n"
    "指标名称单位数量\n"
    "一、福利事业费累计支出亿元12.6\n"
    "二、社会福利机构\n"
    "\n"
    "  1.收养性福利机构                     208\n"
    "        敬老院190\n"
    "        区服务所\n"
    "  2.收养性福利机构床位万张2.4\n"
    "        敬老院床位万张\n"
    "三、生活救助\n"
    "      城镇困难家庭救助\n"
    "\n"
    "         困难家庭救助人数万人1.5\n"
    "         困难家庭救助标准元/人·月1,120.0\n"
    "      社区服务站3,215\n"
)


def test_a_report_form_reads_label_unit_and_figure_run_together() -> None:
    rows = [
        (f.text_span, f.subject, f.measure, f.unit, f.value_base, f.base_unit, f.period)
        for f in _facts(_FORM)
    ]
    assert rows == [
        # 累计: the months since January (the period); before money spent it is also part
        # of the name, as the gold of the real form writes it (round 11 of subjects)
        ("12.6", "福利事业费累计支出", "level", "亿元", 1260000000.0, "yuan", "2023-01/2023-06"),
        ("208", "收养性福利机构", "count", None, 208.0, "count", "2023-06"),
        ("190", "敬老院", "count", None, 190.0, "count", "2023-06"),
        ("2.4", "收养性福利机构床位", "count", "万张", 24000.0, "count", "2023-06"),
        # an indented row repeating its heading's end takes the heading's opening
        ("1.5", "城镇困难家庭救助人数", "level", "万人", 15000.0, "person", "2023-06"),
        (
            "1,120.0",
            "城镇困难家庭救助标准",
            "level",
            "元/人·月",
            1120.0,
            "yuan/person-month",
            "2023-06",
        ),
        ("3,215", "社区服务站", "count", None, 3215.0, "count", "2023-06"),
    ]


def test_a_report_form_with_month_and_cumulative_columns() -> None:
    text = (
        "2023年5月工业生产报表\n"
        "指标 计量单位 本月 累计 同比增长(%)\n"
        "发电量亿千瓦时 12.5 60.2 3.1\n"
        "水泥万吨 8.4 35.0 -2.6\n"
    )
    rows = [(f.text_span, f.subject, f.measure, f.unit, f.period) for f in _facts(text)]
    assert rows == [
        ("12.5", "发电量", "level", "亿千瓦时", "2023-05"),
        ("60.2", "发电量", "level", "亿千瓦时", "2023-01/2023-05"),
        ("3.1", "发电量", "growth_yoy", "%", "2023-01/2023-05"),
        ("8.4", "水泥", "level", "万吨", "2023-05"),
        ("35.0", "水泥", "level", "万吨", "2023-01/2023-05"),
        ("-2.6", "水泥", "growth_yoy", "%", "2023-01/2023-05"),
    ]


def test_a_sentence_after_a_unit_header_is_no_report_form() -> None:
    text = "指标名称单位数量\n全市共有养老机构58家,比上年增加3家。\n"
    assert [(f.text_span, f.measure) for f in _facts(text)] == [
        ("58家", "count"),
        ("3家", "abs_change"),
    ]


def test_rates_of_coverage_are_shares_of_their_whole() -> None:
    text = (
        "年末全县森林覆盖率达到31.5%,比上年提高0.6个百分点;草原综合植被盖度为68.2%;"
        "基本医疗保险参保率稳定在96%以上;农村自来水普及率达到93.4%;群众满意度为95.1%。"
    )
    rows = [(f.text_span, f.measure, f.denominator) for f in _facts(text)]
    assert rows == [
        ("31.5%", "share", "国土面积"),
        ("0.6个百分点", "pp_change", None),
        ("68.2%", "share", "草原面积"),
        ("96%", "share", "应参保人口"),
        ("93.4%", "share", None),
        ("95.1%", "level", None),  # a rate of satisfaction is no part of a whole
    ]


def test_places_outside_the_country_are_regions_of_their_own_figures() -> None:
    text = (
        "据统计,全市全年电影票房2.1亿元。欧洲去年的游戏收入为210亿美元,比上年下降12%;"
        "全球游戏收入约为1800亿美元。"
    )
    rows = [(f.text_span, f.region) for f in _facts(text, region="乙市")]
    assert rows == [
        ("2.1亿元", "乙市"),
        ("210亿美元", "欧洲"),
        ("12%", "欧洲"),
        ("1800亿美元", "全球"),
    ]


def test_investment_from_a_place_keeps_the_receiving_region() -> None:
    text = (
        "从外资来源地看,香港地区实际使用外资同比增长35.2%,占全市实际使用外资的61.3%。"
        "其中,日本、韩国同比分别增长2.1倍、18.6%。"
    )
    rows = [(f.text_span, f.region) for f in _facts(text, region="晋中市")]
    assert rows == [
        ("35.2%", "晋中市"),
        ("61.3%", "晋中市"),
        ("2.1倍", "晋中市"),
        ("18.6%", "晋中市"),
    ]


def test_visitors_from_a_place_abroad_are_the_regions_own() -> None:
    text = "北美票房收入23亿美元。全市接待美国游客1.2万人次,增长12%。"
    rows = [(f.text_span, f.region) for f in _facts(text, region="乙市")]
    assert rows == [("23亿美元", "北美"), ("1.2万人次", "乙市"), ("12%", "乙市")]


def test_a_share_of_a_whole_abroad_is_the_regions_own() -> None:
    text = "全球市场占比超六成。今年前三季度,全球销量超过726万辆,我国销量占比达到62.9%。"
    rows = [(f.text_span, f.region) for f in _facts(text, region="全国", year=2022)]
    assert rows == [("六成", "全国"), ("726万辆", "全球"), ("62.9%", "全国")]


def test_last_years_whole_year_and_this_year_after_another_year() -> None:
    text = (
        "新能源汽车产销情况\n"
        "从累计数据看,去年全年,全国渗透率达到13.4%,比上年提升8个百分点。"
        "2021年全年,出口31万辆;今年前10月,出口49.9万辆,同比增长96.7%。"
    )
    rows = [(f.text_span, f.period) for f in _facts(text, region="全国", year=2022)]
    assert rows == [
        ("13.4%", "2021"),
        ("8个百分点", "2021"),
        ("31万辆", "2021"),
        ("49.9万辆", "2022-01/2022-10"),
        ("96.7%", "2022-01/2022-10"),
    ]


def test_a_range_of_stations_gives_each_end_its_station_and_the_unit() -> None:
    text = "2021年全省各地年降水量介于402.3(兴县)—695.1毫米(晋城)。年平均气温介于5.2℃(左云)—15.1℃(芮城)。"
    rows = [
        (f.text_span, f.subject, f.region, f.unit, f.value_base)
        for f in _facts(text, region="山西省", year=2021)
    ]
    assert [(span, region, unit, base) for span, _, region, unit, base in rows] == [
        ("402.3", "兴县", "毫米", 402.3),
        ("695.1毫米", "晋城市", "毫米", 695.1),
        ("5.2℃", "左云县", "℃", 5.2),
        ("15.1℃", "芮城县", "℃", 15.1),
    ]
    assert rows[0][1] == rows[1][1] and rows[2][1] == rows[3][1]  # the range's own subject


def test_growths_of_a_breakdown_after_comparable_prices_are_comparable() -> None:
    text = (
        "前三季度,全市地区生产总值完成820.4亿元,按不变价格计算,同比增长4.5%。"
        "分产业看,第一产业增加值完成98.6亿元,增长3.2%;第二产业增加值增长5.1%。"
    )
    rows = [(f.text_span, f.comparable_price) for f in _facts(text) if f.measure == "growth_yoy"]
    assert rows == [("4.5%", True), ("3.2%", True), ("5.1%", True)]


def test_a_bare_wan_before_a_noun_of_persons_is_ten_thousand_persons() -> None:
    text = "全年共有2150万农民工返乡创业。"
    rows = [(f.text_span, f.value_base, f.base_unit) for f in _facts(text)]
    assert rows == [("2150万", 21500000.0, "person")]


def test_a_ratio_of_a_part_to_its_whole_is_a_share_and_a_pull_down_negative() -> None:
    text = "全市工业用电量与全社会用电量的比率为62.5%。批发零售业下拉经济增长0.4个百分点。"
    rows = [(f.text_span, f.measure, f.value, f.denominator) for f in _facts(text)]
    assert rows == [
        ("62.5%", "share", 62.5, "全社会用电量"),
        ("0.4个百分点", "pp_change", -0.4, None),
    ]


def test_a_development_zone_and_a_group_of_cities_are_regions() -> None:
    text = (
        "上半年,晋中经济技术开发区完成地区生产总值86.4亿元,同比增长7.2%。"
        "全省技术合同成交额320.5亿元;其中,晋北三市技术合同成交额41.2亿元。"
        "开发区规上工业总产值46.8亿元。"
    )
    rows = [(f.text_span, f.region) for f in _facts(text, region="山西省")]
    assert rows == [
        ("86.4亿元", "晋中经济技术开发区"),
        ("7.2%", "晋中经济技术开发区"),
        ("320.5亿元", "山西省"),
        ("41.2亿元", "晋北三市"),
        ("46.8亿元", "山西省"),  # a zone not named after a place: the catalogue's to name
    ]
