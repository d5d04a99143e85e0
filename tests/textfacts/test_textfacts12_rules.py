"""Rules of the twelfth text-facts session (the classes of error of heldout9 and heldout10,
the judges of round 11): changes after a comparison, targets and plans, table columns of
a change and of the value done, parts at comparable prices, lists of changes; on short
texts of our own of the same shapes."""

from __future__ import annotations

from citystat.textfacts import Fact, extract


def _facts(text: str, region: str = "晋中市", year: int | None = 2023) -> list[Fact]:
    return extract(text, region=region, year=year)


def test_a_comparison_named_to_a_month_makes_the_changes_after_it_changes() -> None:
    text = (
        "截至2023年6月底,全县养老机构共有58个。与2022年6月底相比,全县养老机构增加6个,"
        "其中:公办机构增加2个,民办机构减少1个。"
    )
    rows = [(f.text_span, f.measure, f.value) for f in _facts(text)]
    assert rows == [
        ("58个", "count", 58.0),
        ("6个", "abs_change", 6.0),
        ("2个", "abs_change", 2.0),
        ("1个", "abs_change", -1.0),
    ]


def test_a_comparison_with_a_quarter_governs_a_bare_increase_or_decrease() -> None:
    text = "同上年一季度比较,托育机构增4个,幼儿园减3所。"
    rows = [(f.text_span, f.measure, f.value) for f in _facts(text)]
    assert rows == [("4个", "abs_change", 4.0), ("3所", "abs_change", -3.0)]


def test_targets_listed_after_a_heading_with_a_comma() -> None:
    text = (
        "今年全县经济社会发展的主要预期目标是,地区生产总值增长6%左右;"
        "城镇新增就业2.5万人以上;单位地区生产总值能耗降低3%。"
    )
    rows = [(f.text_span, f.measure, f.value, f.qualifier) for f in _facts(text)]
    assert rows == [
        ("6%", "target", 6.0, "约"),
        ("2.5万人", "target", 2.5, "以上"),
        ("3%", "target", -3.0, None),  # a target of a fall, negative as its growth
    ]


def test_a_plan_with_ni_makes_targets_but_not_the_change_compared_with_a_base() -> None:
    text = "一般债务限额拟按45亿元安排,专项债务规模12亿元,比上年增加2亿元。"
    rows = [(f.text_span, f.measure, f.value) for f in _facts(text)]
    assert rows == [
        ("45亿元", "target", 45.0),
        ("12亿元", "target", 12.0),
        ("2亿元", "abs_change", 2.0),
    ]


def test_a_table_of_products_with_a_done_column_and_a_change_column() -> None:
    text = (
        "主要工业产品产量列示如下:\n"
        "产品名称 | 2023年完成数 | 比2022年±% |\n"
        "原煤(万吨) | 1250.5 | 3.2 |\n"
        "#洗精煤(万吨) | 410.2 | -1.5 |\n"
        "发电量(亿千瓦时) | 88.6 | 6.0 |\n"
    )
    rows = [(f.text_span, f.subject, f.measure, f.unit, f.period) for f in _facts(text)]
    assert rows == [
        ("1250.5", "原煤产量", "level", "万吨", "2023"),
        ("3.2", "原煤产量", "growth_yoy", "%", "2023"),
        ("410.2", "洗精煤产量", "level", "万吨", "2023"),
        ("-1.5", "洗精煤产量", "growth_yoy", "%", "2023"),
        ("88.6", "发电量", "level", "亿千瓦时", "2023"),  # names its quantity already
        ("6.0", "发电量", "growth_yoy", "%", "2023"),
    ]


def test_a_news_outlets_place_is_not_the_region_of_the_figures() -> None:
    text = "香港新闻网3月5日电 国务院总理在政府工作报告中指出,今年国内生产总值增长5%左右。"
    assert [(f.text_span, f.region) for f in _facts(text, "全国", 2024)] == [("5%", "全国")]


def test_comparable_prices_said_once_for_the_rest_hold_for_value_added_only() -> None:
    text = (
        "全年地区生产总值320.5亿元,按可比价格计算(下同),比上年增长5.6%。\n"
        "全市民营经济增加值180.2亿元,增长6.1%。\n"
        "粮食产量45万吨,增长2.0%。"
    )
    rows = [(f.text_span, f.comparable_price) for f in _facts(text) if f.measure == "growth_yoy"]
    assert rows == [("5.6%", True), ("6.1%", True), ("2.0%", False)]


def test_parts_opened_by_a_view_of_kinds_are_at_the_comparable_prices_before() -> None:
    text = (
        "全年农林牧渔业总产值50.2亿元,按可比价格计算,增长4.1%。"
        "从主要行业看,农业产值20.3亿元,增长3.2%;牧业产值15.1亿元,增长5.0%。"
    )
    rows = [(f.text_span, f.comparable_price) for f in _facts(text) if f.measure == "growth_yoy"]
    assert rows == [("4.1%", True), ("3.2%", True), ("5.0%", True)]


def test_every_item_of_a_list_of_changes_after_fenbie_is_a_change() -> None:
    text = (
        "其中,小麦面积12.5万亩,玉米面积30.2万亩,大豆面积8.1万亩,"
        "分别比上年增加1.2万亩、0.8万亩、0.5万亩。"
    )
    rows = [(f.text_span, f.measure, f.subject) for f in _facts(text)][3:]
    assert rows == [
        ("1.2万亩", "abs_change", "小麦面积"),
        ("0.8万亩", "abs_change", "玉米面积"),
        ("0.5万亩", "abs_change", "大豆面积"),
    ]


def test_points_written_once_after_a_list_of_ge() -> None:
    text = "第一产业、第二产业就业人员比重分别下降1.2个、0.4个百分点。"
    rows = [(f.text_span, f.measure, f.value, f.unit) for f in _facts(text)]
    assert rows == [
        ("1.2个", "pp_change", -1.2, "个百分点"),
        ("0.4个百分点", "pp_change", -0.4, "个百分点"),
    ]


def test_a_sections_number_before_a_heading_on_population_is_no_figure() -> None:
    text = "现将主要数据公布如下:\n\n2 人口变动\n\n年末常住人口120.5万人。"
    assert [f.text_span for f in _facts(text)] == ["120.5万人"]


def test_the_figure_of_last_year_that_was_exceeded_is_last_years() -> None:
    text = "1-10月全县社会消费品零售总额已超过去年全年的85.6亿元。"
    rows = [(f.text_span, f.period, f.qualifier) for f in _facts(text)]
    assert rows == [("85.6亿元", "2022", None)]


def _county(text: str) -> list[Fact]:
    return extract(text, region="沁源县", region_code="140431", year=2023)


def test_a_headline_without_a_period_does_not_take_an_earlier_events() -> None:
    text = (
        "甲县重点项目集中开工 投资12.5亿元\n"
        "甲县秋冬季重点项目集中开工仪式日前举行,总投资达12.5亿元的20个项目集中开工,"
        "这是甲县继上半年8个项目集中开工后的又一成果。"
    )
    rows = [(f.text_span, f.period) for f in _county(text)]
    assert rows == [
        ("12.5亿元", "2023"),
        ("12.5亿元", "2023"),
        ("20个", "2023"),
        ("8个", "2023-01/2023-06"),  # (the earlier event's own figure)
    ]


def test_a_venue_and_a_year_naming_an_event_give_no_region_or_period() -> None:
    text = (
        "今年以来引进了一批项目。特别是9月27日,在北京成功举办了2023年招商引资推介暨"
        "项目签约仪式,共签约项目32个,签约资金125.5亿元。"
    )
    rows = [(f.text_span, f.region, f.period) for f in _county(text)]
    assert rows == [
        ("32个", "沁源县", "2023-09/2023-09"),
        ("125.5亿元", "沁源县", "2023-09/2023-09"),
    ]


def test_a_province_opening_a_name_listed_before_deng_is_no_region() -> None:
    text = "积极组织申报山西省新材料工程研究中心等4个省级工程研究中心。"
    assert [(f.text_span, f.region) for f in _county(text)] == [("4个", "沁源县")]


def test_mushroom_sticks_are_counted() -> None:
    rows = [(f.text_span, f.measure, f.value_base) for f in _county("种植食用菌110万棒。")]
    assert rows == [("110万棒", "count", 1100000.0)]


def test_a_multiple_an_amount_widened_by_is_a_growth() -> None:
    text = "其中,出口135.8亿元,增长42.7%;贸易顺差31.3亿元,扩大3.2倍。"
    rows = [(f.text_span, f.measure, f.value_base) for f in _facts(text)][2:]
    assert rows == [("31.3亿元", "level", 3130000000.0), ("3.2倍", "growth_yoy", 320.0)]


def test_a_rate_the_words_after_it_call_a_growth_is_one() -> None:
    text = "全区上半年完成地区生产总值230.46亿元。全区上半年14.1%的增长,来自于各领域。"
    rows = [(f.text_span, f.measure) for f in _facts(text)]
    assert rows == [("230.46亿元", "level"), ("14.1%", "growth_yoy")]
