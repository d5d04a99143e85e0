"""Rules of round 6 (issue 13): changes of increments, steps, units, gaps, lists of zones.

Each test uses an invented text of the same shape as a real one (invented figures and
names); the real texts are kept outside the repository.
"""

from __future__ import annotations

from citystat.textfacts import extract
from citystat.textfacts.units import split_unit, to_base

from .rows import fact_rows


def _rows(
    text: str, *fields: str, region: str | None = "河南省", year: int = 2024
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


# Changes of an increment (同比多增/少增) and of an output (再增产) are absolute changes


def test_more_or_less_increase_is_an_absolute_change() -> None:
    rows = _rows(
        "1-9月,全省新增贷款1200亿元,同比多增85亿元;住户存款同比少增40亿元。",
        "measure",
        "value_base",
    )
    assert rows == [
        ("1200亿元", "level", 120000000000.0),
        ("85亿元", "abs_change", 8500000000.0),
        ("40亿元", "abs_change", -4000000000.0),
    ]


def test_increased_output_is_an_absolute_change_without_comparison() -> None:
    rows = _rows("全市粮食总产量达到120万吨,再增产3.2万吨;油料减产0.4万吨。", "measure", "value")
    assert rows == [
        ("120万吨", "level", 120.0),
        ("3.2万吨", "abs_change", 3.2),
        ("0.4万吨", "abs_change", -0.4),
    ]


def test_yield_per_mu_increase_names_its_own_indicator() -> None:
    # 亩均增产 is not the verb 增产 alone (the same guard as 户均增收)
    assert _rows("小麦亩均增产12公斤。", "measure")[0][1] != "abs_change"


# A step of magnitude (迈上千亿台阶) is an amount, not a count of 台


def test_magnitude_step_is_an_amount_of_money() -> None:
    rows = _rows(
        "全市地区生产总值迈上千亿台阶,一般公共预算收入首次突破百亿大关。",
        "measure",
        "value_base",
        "base_unit",
        "unit",
        "qualifier",
    )
    assert rows == [
        ("千亿", "level", 100000000000.0, "yuan", "千亿", None),
        ("百亿", "level", 10000000000.0, "yuan", "百亿", "突破"),
    ]


def test_magnitude_step_as_a_size_class_or_without_money_is_no_fact() -> None:
    assert _rows("跨越百亿级台阶的产业集群达到5个。") == [("5个",)]
    assert _rows("全县各项事业迈上新台阶,人才队伍跨越千亿台阶。") == []


# Units a catalogue of units lacked


def test_count_and_transport_units() -> None:
    rows = _rows(
        "全年出版图书1200万册,完成手术1.2万例,开行中欧班列1200列,"
        "货物周转量320亿吨公里,旅客周转量8.6亿人公里,集装箱吞吐量52万标箱,全社会用电量120.5亿度。",
        "value_base",
        "base_unit",
    )
    assert rows == [
        ("1200万册", 12000000.0, "count"),
        ("1.2万例", 12000.0, "count"),
        ("1200列", 1200.0, "count"),
        ("320亿吨公里", 32000000000.0, "ton-km"),
        ("8.6亿人公里", 860000000.0, "person-km"),
        ("52万标箱", 520000.0, "TEU"),
        ("120.5亿度", 12050000000.0, "kWh"),
    ]


def test_degree_alone_is_no_unit() -> None:
    assert _rows("最高气温35度,满意度达95%。") == [("95%",)]
    assert split_unit("度") is None and to_base(3, "万度") == (30000.0, "kWh")


# A rate lower or slower by an adjective alone is negative


def test_rate_lower_by_adjective_is_negative() -> None:
    rows = _rows(
        "居民消费价格涨幅低0.3个百分点,增速比上月快0.2个百分点,比重较上年低了1.1个百分点。",
        "value",
        "basis",
    )
    assert rows == [
        ("0.3个百分点", -0.3, "gap_vs_reference"),
        ("0.2个百分点", 0.2, "rate_change_vs_prior_period"),
        ("1.1个百分点", -1.1, "rate_change_vs_prior_period"),
    ]


# A county among development zones keeps its own region; the zones the document's


def test_county_in_a_respectively_list_of_zones() -> None:
    rows = _rows("经开区、高新区、宜阳县投资分别完成5亿元、3亿元、2亿元。", "region", "subject")
    assert rows == [
        ("5亿元", "河南省", "经开区投资"),
        ("3亿元", "河南省", "高新区投资"),
        ("2亿元", "宜阳县", "投资"),
    ]


def test_county_in_a_list_of_zones_after_a_heading() -> None:
    rows = _rows(
        "各开发区营业收入:经开区120亿元、高新区95亿元、新安县40亿元。",
        "region",
        "subject",
        region="洛阳市",
    )
    assert rows == [
        ("120亿元", "洛阳经开区", "营业收入"),  # zones are regions (convention 23)
        ("95亿元", "洛阳高新区", "营业收入"),
        ("40亿元", "新安县", "营业收入"),
    ]


# A bare 万 after a noun of persons is 万人 (of visitors, 万人次)


def test_bare_wan_after_persons() -> None:
    rows = _rows(
        "年末全国村卫生室工作的人员132.7万,常住人口1200万左右,接待游客达3200万。",
        "unit",
        "value_base",
        "base_unit",
        "qualifier",
    )
    assert rows == [
        ("132.7万", "万", 1327000.0, "person", None),
        ("1200万", "万", 12000000.0, "person", "约"),
        ("3200万", "万", 32000000.0, "person-time", None),
    ]


def test_bare_wan_after_other_nouns_is_no_fact() -> None:
    assert _rows("项目编号1200万,面积达3.2万。") == []


# Prices per unit of a good, litres


def test_prices_per_unit_of_a_good() -> None:
    rows = _rows(
        "新建商品住宅均价1.2万元/平方米,生猪出栏均价15.6元/公斤,玉米价格2800元/吨,原油价格80美元/桶。",
        "unit",
        "value_base",
        "base_unit",
    )
    assert rows == [
        ("1.2万元/平方米", "万元/平方米", 12000.0, "yuan/m2"),
        ("15.6元/公斤", "元/公斤", 15.6, "yuan/kg"),
        ("2800元/吨", "元/吨", 2800.0, "yuan/ton"),
        ("80美元/桶", "美元/桶", 80.0, "USD/barrel"),
    ]


def test_litres_but_not_the_verb_sheng() -> None:
    assert _rows("人均日用水量120升。", "value_base", "base_unit") == [("120升", 120.0, "L")]
    assert [r[0] for r in _rows("占比由3.2%升至3.5%。")] == ["3.2%", "3.5%"]


# Dev set 6 classes (new genres): units with Latin letters and a lost superscript


def test_latin_units_and_a_superscript_lost_to_a_question_mark() -> None:
    rows = _rows(
        "全省平均年降水量为612.3mm。全省水资源总量为142.6亿m?,比多年平均值偏少3.1%。"
        "人均生活用水量为150L/d,新建绿地面积12.5万m?,流域面积3.2万km²。",
        "unit",
        "value_base",
        "base_unit",
        region="河北省",
    )
    assert rows == [
        ("612.3mm", "mm", 612.3, "mm"),
        ("142.6亿m?", "亿m³", 14260000000.0, "m3"),
        ("3.1%", "%", -3.1, "percent"),
        ("150L/d", "L/d", 150.0, "L/d"),
        ("12.5万m?", "万m²", 125000.0, "m2"),
        ("3.2万km²", "万km²", 48000000.0, "mu"),
    ]


def test_a_comparison_opening_a_paragraph_governs_its_sentences() -> None:
    text = (
        "与2022年相比,用水总量增加12.0亿立方米,其中工业用水量减少3.1亿立方米。"
        "地下水源供水量减少2.2亿立方米,其他水源供水量增加1.5亿立方米。\n"
        "地表水源供水量为80.5亿立方米。"
    )
    rows = _rows(text, "measure", "value")
    assert rows == [
        ("12.0亿立方米", "abs_change", 12.0),
        ("3.1亿立方米", "abs_change", -3.1),
        ("2.2亿立方米", "abs_change", -2.2),
        ("1.5亿立方米", "abs_change", 1.5),
        ("80.5亿立方米", "level", 80.5),
    ]


# Lists of places ordered 由多到少, with a note on a name, or with figures in brackets


def test_list_ordered_from_most_to_least_with_a_note_on_a_name() -> None:
    text = (
        "三城区优良天数由多到少排序依次为:西工区(不含新站点位)260天,涧西区251天,洛龙区240天。"
        "“三县”优良天数由多到少为:伊川县300天,宜阳县287天,嵩县265天。"
    )
    facts = extract(text, region="洛阳市", year=2023)
    assert [(f.text_span, f.subject, f.region) for f in facts] == [
        ("260天", "优良天数", "西工区"),
        ("251天", "优良天数", "涧西区"),
        ("240天", "优良天数", "洛龙区"),
        ("300天", "优良天数", "伊川县"),
        ("287天", "优良天数", "宜阳县"),
        ("265天", "优良天数", "嵩县"),
    ]


def test_index_figures_in_brackets_after_places() -> None:
    text = "各区空气质量综合指数由低到高(污染由轻至重)排序依次为:西工区(3.85)、涧西区(4.12)、洛龙区(4.60)。"
    facts = extract(text, region="洛阳市", year=2023)
    assert [(f.text_span, f.subject, f.region, f.measure, f.unit) for f in facts] == [
        ("3.85", "空气质量综合指数", "西工区", "level", None),
        ("4.12", "空气质量综合指数", "涧西区", "level", None),
        ("4.60", "空气质量综合指数", "洛龙区", "level", None),
    ]
    # a bracketed figure outside a sentence about an index stays no fact
    assert _rows("西工区(3.85)、涧西区(4.12)、洛龙区(4.60)。", region="洛阳市") == []


def test_good_days_rate_and_enrolment_rate_are_shares() -> None:
    rows = _rows(
        "市区优良天数250天,优良率为68.5%;学前教育毛入园率达到90.2%,失业率为4.5%。", "measure"
    )
    assert rows == [
        ("250天", "level"),
        ("68.5%", "share"),
        ("90.2%", "share"),
        ("4.5%", "level"),
    ]


# News of a day's event: its month; a short city name right after its province


def test_figures_of_a_days_event_are_of_its_month() -> None:
    text = (
        "河南洛阳集中签约12个项目 总投资320亿元\n"
        "本报洛阳3月18日讯 18日,洛阳举行重大项目集中签约活动,签约12个项目,总投资320亿元。\n"
        "2023年,全市地区生产总值增长5.1%。\n"
        "今日签约的项目总投资占全年招商任务900亿元的35.6%。"
    )
    rows = _rows(text, "period", "region", "qualifier", "measure", region="洛阳市", year=2024)
    assert rows == [
        ("12个", "2024-03/2024-03", "洛阳市", None, "count"),
        ("320亿元", "2024-03/2024-03", "洛阳市", None, "level"),
        ("12个", "2024-03/2024-03", "洛阳市", None, "count"),
        ("320亿元", "2024-03/2024-03", "洛阳市", None, "level"),
        ("5.1%", "2023", "洛阳市", None, "growth_yoy"),
        ("900亿元", "2024", "洛阳市", None, "target"),
        ("35.6%", "2024-03/2024-03", "洛阳市", None, "share"),
    ]


def test_a_date_of_the_telling_is_no_period() -> None:
    rows = _rows("1月20日,记者从市统计局获悉,全市规上工业增加值增长6.2%。", "period", year=2024)
    assert rows == [("6.2%", "2024")]


def test_tiers_are_no_ranks() -> None:
    assert _rows("挺进全省第一方阵,稳居第二梯队,经济总量居全省第3位。", "value") == [("第3位", 3.0)]


# Increments named as indicators, changes with a qualifier, outputs counted in pieces


def test_named_increment_is_a_level_and_a_span_increment_a_change() -> None:
    rows = _rows(
        "前三季度社会融资规模增量3200.5亿元。5年增量预计超过6000亿元。", "measure", year=2025
    )
    assert rows == [("3200.5亿元", "level"), ("6000亿元", "abs_change")]


def test_change_with_a_qualifier_before_its_figure() -> None:
    rows = _rows("绿色贷款余额达4200.3亿元,较年初增长逾520亿元。", "measure", "qualifier")
    assert rows == [("4200.3亿元", "level", None), ("520亿元", "abs_change", "以上")]


def test_outputs_of_products_counted_in_pieces_are_levels() -> None:
    text = (
        "分产品看,上半年,600种产品中有320种产品产量同比增长。钢材5.1亿吨,增长3.2%;"
        "汽车1200.5万辆,增长5.5%,其中新能源汽车300.2万辆,增长30.1%。\n"
        "全年新增公交车1200辆。"
    )
    rows = [r for r in _rows(text, "measure") if "辆" in str(r[0])]
    assert rows == [("1200.5万辆", "level"), ("300.2万辆", "level"), ("1200辆", "count")]


# Ranges and tenths after a change verb


def test_a_range_has_no_minus_sign() -> None:
    rows = _rows("预计全年经济增长5%-6%,投资增长7%~8%;价格同比-1.2%。", "value", "subject")
    assert rows == [
        ("5%", 5.0, "地区生产总值"),  # 经济增长 is GDP's (convention 20)
        ("6%", 6.0, "地区生产总值"),
        ("7%", 7.0, "投资"),
        ("8%", 8.0, "投资"),
        ("-1.2%", -1.2, "价格"),
    ]


def test_tenths_after_a_change_verb() -> None:
    rows = _rows("游客人数增长三成,门票收入下降两成。", "value_base", "measure")
    assert rows == [("三成", 30.0, "growth_yoy"), ("两成", -20.0, "growth_yoy")]


def test_a_move_in_a_ranking_is_no_count_of_persons() -> None:
    rows = _rows("增速居全省第2位,较上月前移1位,排名上升2位;培训人员1200名。", "value", "measure")
    assert rows == [("第2位", 2.0, "rank"), ("1200名", 1200.0, "level")]


def test_places_of_two_regions_listed_before_a_figure_are_the_documents() -> None:
    text = (
        "10月3日,洛阳白云山景区、南阳老界岭景区接待量大幅增长,接待游客增长120.5%。"
        "洛阳龙门石窟景区接待游客3.2万人次。"
    )
    rows = _rows(text, "region", year=2024)
    assert rows == [("120.5%", "河南省"), ("3.2万人次", "洛阳市")]


def test_a_region_opening_a_part_after_a_semicolon_holds_for_that_part() -> None:
    text = (
        "全省4A级以上景区接待游客600万人次;洛阳龙门石窟景区,前4天接待12.1万人,增长20.5%;"
        "新晋5A级景区老界岭,前4天接待8.3万人,增长3倍多。"
    )
    rows = _rows(text, "region", year=2024)
    assert rows == [
        ("600万人次", "河南省"),
        ("12.1万人", "洛阳市"),
        ("20.5%", "洛阳市"),
        ("8.3万人", "河南省"),
        ("3倍", "河南省"),
    ]


def test_the_production_and_construction_corps_is_a_region_of_its_own() -> None:
    text = "新疆生产建设兵团:一季度,兵团辖区各主要景区共接待游客30.5万人次。"
    assert _rows(text, "region", region="全国") == [("30.5万人次", "新疆生产建设兵团")]


def test_temperatures_and_their_departures() -> None:
    text = "全年平均气温15.2℃,较常年偏高0.8℃,极端最低气温-12.5℃;日照时数2100小时。"
    rows = _rows(text, "measure", "value_base", "base_unit", "region")
    assert rows == [
        ("15.2℃", "level", 15.2, "°C", "河南省"),
        ("0.8℃", "abs_change", 0.8, "°C", "河南省"),
        ("-12.5℃", "level", -12.5, "°C", "河南省"),
        ("2100小时", "level", 2100.0, "hour", "河南省"),
    ]
    assert _rows("平均气温较常年偏低1.1℃。", "value") == [("1.1℃", -1.1)]


def test_capacities_per_day_and_flows_per_second() -> None:
    rows = _rows(
        "城市污水处理能力达到120万吨/日,供水能力85万立方米/日,入库流量3200立方米/秒。",
        "value_base",
        "base_unit",
    )
    assert rows == [
        ("120万吨/日", 1200000.0, "ton/day"),
        ("85万立方米/日", 850000.0, "m3/day"),
        ("3200立方米/秒", 3200.0, "m3/s"),
    ]


def test_news_telling_figures_on_a_day_keeps_the_year() -> None:
    text = (
        "春节期间全市接待游客120万人次\n"
        "本报讯 2月18日,记者从市文旅局获悉,春节期间全市接待游客120万人次,同比增长15%。"
    )
    rows = _rows(text, "period", region="洛阳市", year=2024)
    # the day of the telling is no period; the holiday is (convention 4: 2024's began in February)
    assert rows == [("120万人次", "2024-02"), ("120万人次", "2024-02"), ("15%", "2024-02")]


def test_a_coefficient_or_index_right_before_its_figure() -> None:
    rows = _rows("居民收入基尼系数0.46,空气质量综合指数4.95;项目编号0.46。", "measure", "unit")
    assert rows == [("0.46", "level", None), ("4.95", "level", None)]


def test_the_end_of_a_quarter_is_a_month_end() -> None:
    text = "一季度末,全省贷款余额5.2万亿元,同比增长9%。三季度末,全省累计完成投资1.2万亿元。"
    assert _rows(text, "period") == [
        ("5.2万亿元", "2024-03"),
        ("9%", "2024-03"),
        ("1.2万亿元", "2024-01/2024-09"),
    ]


def test_other_currencies() -> None:
    rows = _rows("其中港资8.2亿港元,对欧盟出口15亿欧元。", "value_base", "base_unit")
    assert rows == [("8.2亿港元", 820000000.0, "HKD"), ("15亿欧元", 1500000000.0, "EUR")]
