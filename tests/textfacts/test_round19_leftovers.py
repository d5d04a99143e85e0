"""Round 19 (session 9): general fixes found on the spent judges of session 8 (heldout20,
heldout21, heldout22).

Sentences of our own, of the shapes of those releases (other places, other numbers).
"""

from __future__ import annotations

from citystat.textfacts import extract, match_indicator

from .rows import fact_rows


def _facts(text: str, region: str = "桐乡县", year: int = 2021) -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", "region", "period", region=region, year=year)


def test_a_balance_at_the_end_of_december_is_the_years() -> None:
    text = "截至2021年12月末,全县本外币贷款余额312.4亿元,同比增长9.6%。"
    assert _facts(text) == [
        ("312.4亿元", "本外币贷款余额", "桐乡县", "2021"),
        ("9.6%", "本外币贷款余额", "桐乡县", "2021"),
    ]


def test_the_end_of_the_fourth_quarter_is_the_years_end_but_a_day_in_december_is_not() -> None:
    text = "四季度末,全县存款余额88.1亿元。截至12月20日,全县实有企业4120户。"
    assert [f[3] for f in _facts(text)] == ["2021", "2021-12"]


def test_a_bare_third_quarter_compared_with_the_first_half_runs_from_january() -> None:
    text = (
        "三季度,全县地区生产总值为88.6亿元,同比增长4.1%,比上半年高0.9个百分点。\n"
        "三季度,全县实现农林牧渔业增加值12.4亿元,同比增长2.8%。\n"
    )
    assert [f[3] for f in _facts(text)] == ["2021-01/2021-09"] * 5


def test_quarters_told_one_by_one_stay_single_quarters() -> None:
    text = "全县地区生产总值二季度增长5.4%,三季度增长6.2%。"
    assert [f[3] for f in _facts(text)] == ["2021-04/2021-06", "2021-07/2021-09"]


def test_an_amount_carried_named_with_its_transport_work_is_split_by_unit() -> None:
    text = (
        "1-5月,全省公路货物运输及周转量完成2.3亿吨、318.6亿吨公里,同比分别增长7.5%、8.1%。"
        "公路旅客运输及周转量完成0.8亿人、41.2亿人公里,运量同比增长1.4%、周转量与上年持平。"
        "同期水上货物运输量完成0.6亿吨、905.3亿吨公里,同比分别增长4.2%、6.6%。"
    )
    assert [(f[0], f[1]) for f in _facts(text, "浙江省")] == [
        ("2.3亿吨", "公路货物运输量"),
        ("318.6亿吨公里", "公路货物周转量"),
        ("7.5%", "公路货物运输量"),
        ("8.1%", "公路货物周转量"),
        ("0.8亿人", "公路旅客运输量"),
        ("41.2亿人公里", "公路旅客周转量"),
        ("1.4%", "公路旅客运输量"),
        ("0.6亿吨", "水上货物运输量"),
        ("905.3亿吨公里", "水上货物周转量"),
        ("4.2%", "水上货物运输量"),
        ("6.6%", "水上货物周转量"),
    ]


def test_classes_of_hospitals_by_beds_are_named_one_way() -> None:
    text = "全县医院按床位分,50-99张医院4个,500张及以上医院1个,50张床以下的医院9个。"
    assert [(f[0], f[1]) for f in _facts(text)] == [
        ("4个", "50-99张床位医院"),
        ("1个", "500张及以上床位医院"),
        ("9个", "50张床位以下医院"),
    ]


def test_a_fuzzy_match_adds_no_qualifying_word() -> None:
    table = {"高端装备制造业增加值": "HIGH_END", "社会消费品零售总额": "RETAIL"}
    assert match_indicator("装备制造业增加值", table) is None
    found = match_indicator("社会消费品零售额", table)
    assert found is not None and (found.code, found.method) == ("RETAIL", "fuzzy")


def test_parts_by_town_and_country_in_a_continued_paragraph_carry_the_wholes_indicator() -> None:
    text = (
        "全县居民人均可支配收入28410元,增长5.6%。\n"
        "其中,城镇39120元,增长4.7%;农村16230元,增长7.1%。\n"
        "分城乡看,城镇居民人均消费支出21050元。\n"
    )
    assert [(f[0], f[1]) for f in _facts(text)] == [
        ("28410元", "居民人均可支配收入"),
        ("5.6%", "居民人均可支配收入"),
        ("39120元", "城镇居民人均可支配收入"),
        ("4.7%", "城镇居民人均可支配收入"),
        ("16230元", "农村居民人均可支配收入"),
        ("7.1%", "农村居民人均可支配收入"),
        ("21050元", "城镇居民人均消费支出"),
    ]


def test_parts_of_a_registered_population_are_named_with_it() -> None:
    text = "全县年末户籍人口186420人。其中,城镇人口70215人,乡村人口116205人;男性人口95110人。"
    assert [f[1] for f in _facts(text)] == [
        "户籍人口",
        "城镇户籍人口",
        "乡村户籍人口",
        "男性户籍人口",
    ]


def test_the_investment_of_building_or_development_drops_the_verb_a_programme_keeps_it() -> None:
    text = (
        "1-6月,全省交通基础设施建设完成投资96.4亿元,其中铁路建设项目完成投资8.3亿元。"
        "全省房地产开发完成投资41.2亿元。全省重点项目完成投资77.5亿元。"
    )
    assert [f[1] for f in _facts(text, "浙江省")] == [
        "交通基础设施建设投资",
        "铁路建设项目投资",
        "房地产开发投资",
        "重点项目完成投资",
    ]


def test_retail_sales_are_named_by_their_statistics() -> None:
    text = (
        "1-9月,全省社会消费品零售额为812.4亿元,同比增长6.2%。"
        "城镇市场实现零售额655.0亿元,同比增长6.0%;乡村市场实现零售额157.4亿元,增长7.1%。"
        "限额以上社会消费品零售额301.2亿元。"
    )
    assert [f[1] for f in _facts(text, "浙江省")] == [
        "社会消费品零售总额",
        "社会消费品零售总额",
        "城镇消费品零售额",
        "城镇消费品零售额",
        "乡村消费品零售额",
        "乡村消费品零售额",
        "限额以上社会消费品零售额",
    ]


def test_a_span_of_days_typeset_with_spaces_is_a_span_of_months() -> None:
    text = "1 月 1 日至 6 月 28 日,全县空气质量综合指数为 4.62,同比下降 8.31%。"
    assert [f[3] for f in _facts(text)] == ["2021-01/2021-06"] * 2


def test_a_numbered_heading_of_a_state_over_the_months_since_january_dates_its_section() -> None:
    text = (
        "一、2024年10月全市水环境状况\n"
        "全区国考断面水质总体为优,Ⅰ~Ⅲ类水质断面41个。\n"
        "二、2024年1-10月全市水环境状况\n"
        "全区国考断面水质总体为优,Ⅰ~Ⅲ类水质断面43个。\n"
    )
    assert [f[3] for f in _facts(text, "宁夏回族自治区", 2024)] == ["2024-10", "2024-01/2024-10"]


def test_an_area_in_fang_mi_is_in_square_metres() -> None:
    facts = extract("全省商品房销售面积1.1亿方米,同比增长8.4%。", region="江苏省", year=2021)
    assert [(f.text_span, f.unit, f.value_base, f.base_unit) for f in facts[:1]] == [
        ("1.1亿方米", "亿方米", 110000000.0, "m2")
    ]


def test_a_bare_proportion_after_a_count_is_the_share_of_what_was_counted() -> None:
    text = "全市Ⅰ~Ⅲ类水质断面52个,比例为94.5%;劣Ⅴ类水质断面1个,比例为1.8%。"
    assert [(f[0], f[1]) for f in _facts(text, "台州市")] == [
        ("52个", "Ⅰ~Ⅲ类水质断面"),
        ("94.5%", "Ⅰ~Ⅲ类水质断面"),
        ("1个", "劣Ⅴ类水质断面"),
        ("1.8%", "劣Ⅴ类水质断面"),
    ]


def test_vehicles_on_the_register_and_livestock_on_hand_are_states_at_the_months_end() -> None:
    text = (
        "1-5月,全市出租汽车在册数量8300辆,同比下降2.4%;营运货车拥有量51200辆。\n"
        "5月末,生猪存栏3.12万头,增长6.6%,其中能繁母猪存栏0.31万头,下降1.5%。\n"
    )
    assert [f[3] for f in _facts(text)] == ["2021-05"] * 7


def test_sectors_listed_with_their_count_and_a_verdict_before_respectively() -> None:
    text = (
        "全县重点行业中,医药制造业、非金属矿物制品业、专用设备制造业三个行业增加值增速较快,"
        "分别增长23.1%、8.6%、14.0%;纺织业、木材加工业两个行业增速放缓,分别下降3.3%、7.2%。"
    )
    assert [(f[0], f[1]) for f in _facts(text)] == [
        ("23.1%", "医药制造业增加值"),
        ("8.6%", "非金属矿物制品业增加值"),
        ("14.0%", "专用设备制造业增加值"),
        ("3.3%", "纺织业增加值"),
        ("7.2%", "木材加工业增加值"),
    ]


def test_transport_work_and_property_sales_are_named_by_their_statistics() -> None:
    text = "1-5月,全省铁路客运周转量210.5亿人公里。全市商品房销售金额31.6亿元,同比增长12.2%。"
    assert [f[1] for f in _facts(text, "浙江省")] == [
        "铁路旅客周转量",
        "商品房销售额",
        "商品房销售额",
    ]


def test_a_pull_after_a_contribution_rate_is_the_contributors() -> None:
    text = "1-9月,第二产业对全县地区生产总值的贡献率为61.2%,拉动GDP增长2.1个百分点。"
    assert [(f[0], f[1]) for f in _facts(text)][1:] == [("2.1个百分点", "第二产业拉动GDP增长")]


def test_the_months_since_january_inside_words_leave_no_first_character() -> None:
    text = "全省住宅前9月完成销售面积812.3万平方米,同比增长4.4%。"
    assert [f[1] for f in _facts(text, "浙江省")] == ["住宅销售面积", "住宅销售面积"]


def test_road_transport_since_the_years_start_and_the_farm_output_by_their_names() -> None:
    text = (
        "1-6月,全县营运汽车运输自年初共完成客运量1204.5万人,同比下降12.1%。"
        "全县农林牧渔总产值8.12亿元,增长3.3%。"
    )
    assert [f[1] for f in _facts(text)] == [
        "营运客运量",
        "营运客运量",
        "农林牧渔业总产值",
        "农林牧渔业总产值",
    ]


def test_points_of_monitoring_are_counted_and_index_points_stay() -> None:
    facts = extract(
        "全区湖库共12个点位有监测数据。指数上涨4个点。", region="宁夏回族自治区", year=2024
    )
    assert [(f.text_span, f.measure, f.unit) for f in facts] == [
        ("12个", "count", "个"),
        ("4个点", "level", "个点"),
    ]


def test_a_tables_growth_and_structure_since_january_take_the_rows_cumulative_months() -> None:
    text = (
        "| 指 标 | 计算 单位 |\n"
        "5月 | 1-5月 累计 |\n"
        "累计增长(%) | 占比(%) |\n"
        "| 一、全县社会消费品零售总额 | 亿元 | 21500 | 98200 | 4.1 | 100 |\n"
        "| 1、批发零售业 | 亿元 | 19100 | 86100 | 3.6 | 87.70 |\n"
    )
    assert [(f[0], f[3]) for f in _facts(text)] == [
        ("21500", "2021-05"),
        ("98200", "2021-01/2021-05"),
        ("4.1", "2021-01/2021-05"),
        ("19100", "2021-05"),
        ("86100", "2021-01/2021-05"),
        ("3.6", "2021-01/2021-05"),
        ("87.70", "2021-01/2021-05"),
    ]


def test_air_quality_to_a_date_runs_from_january_and_a_place_left_out_is_no_region() -> None:
    text = (
        "截止5月31日,全市空气质量优良天数为109天。"
        "市区(不含北仑区)PM2.5平均浓度为31.2微克/立方米,同比下降4.6%。"
    )
    assert _facts(text, "宁波市") == [
        ("109天", "空气质量优良天数", "宁波市", "2021-01/2021-05"),
        ("31.2微克/立方米", "市区PM2.5平均浓度", "宁波市", "2021-01/2021-05"),
        ("4.6%", "市区PM2.5平均浓度", "宁波市", "2021-01/2021-05"),
    ]


def test_a_ratio_from_the_same_months_of_last_year_named_at_its_sentences_start() -> None:
    text = (
        "一季度,农村居民人均可支配收入5120元,增长6.1%。"
        "城乡收入比进一步缩小,由上年同期的1.98:1降至1.95:1。"
    )
    assert [(f[0], f[1], f[3]) for f in _facts(text)][2:] == [
        ("1.98:1", "城乡居民收入比", "2020-01/2020-03"),
        ("1.95:1", "城乡居民收入比", "2021-01/2021-03"),
    ]
