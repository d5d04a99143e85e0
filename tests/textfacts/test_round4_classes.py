"""Error classes of the second held-out set of real texts (new genres), built for once
it was spent (issue 13, round 4).

Each test uses an invented sentence of the same shape as the real one (invented figures,
other places); the real texts are kept outside the repository.
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, *fields: str, region: str | None = "湖北省") -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=2024)


# Periods


def test_a_span_of_days_is_the_period_of_its_month() -> None:
    text = "5月1日-5日,全省接待游客2100万人次,同比增长8.2%。"
    assert _rows(text, "subject", "period") == [
        ("2100万人次", "接待游客", "2024-05"),
        ("8.2%", "接待游客", "2024-05"),
    ]


# Subjects: notes in brackets, enumerations, the way of trade, partners


def test_a_note_in_brackets_is_not_the_subject() -> None:
    text = "全省货物进出口总值4120.5亿元,比上年同期(下同)增长9.6%。"
    assert _rows(text, "subject", "measure") == [
        ("4120.5亿元", "货物进出口总值", "level"),
        ("9.6%", "货物进出口总值", "growth_yoy"),
    ]


def test_an_enumerated_point_names_the_way_of_trade_without_the_region() -> None:
    text = "二是湖北以一般贸易方式进出口2850.3亿元,增长12.1%。"
    assert _rows(text, "subject", "region") == [
        ("2850.3亿元", "一般贸易进出口", "湖北省"),
        ("12.1%", "一般贸易进出口", "湖北省"),
    ]


def test_a_trade_partner_after_dui_is_not_the_region() -> None:
    text = "对我国香港地区进出口210.4亿元,增长5.5%。"
    assert _rows(text, "subject", "region") == [
        ("210.4亿元", "香港地区进出口", "湖北省"),
        ("5.5%", "香港地区进出口", "湖北省"),
    ]


# Shares: the whole is the region's own total, or the scope of the sentence


def test_a_share_of_the_regions_own_total_drops_the_region_and_same_period() -> None:
    text = "湖北省私营企业进出口3100.2亿元,占同期湖北省外贸进出口总值的52.3%。"
    assert _rows(text, "subject", "measure")[1] == (
        "52.3%",
        "私营企业进出口占外贸进出口总值的比重",
        "share",
    )


def test_a_share_naming_no_whole_takes_the_whole_of_the_share_before() -> None:
    text = (
        "私营企业进出口3100.2亿元,占同期湖北省外贸进出口总值的52.3%。"
        "国有企业进出口1200.6亿元,增长4.1%,占20.2%。"
    )
    assert _rows(text, "subject")[-1] == ("20.2%", "国有企业进出口占外贸进出口总值的比重")


def test_a_share_naming_no_whole_takes_the_scope_of_its_sentence() -> None:
    text = "年末全省常住人口中,城镇人口为3700.12万人,占63.88%。"
    assert _rows(text, "subject") == [
        ("3700.12万人", "城镇人口"),
        ("63.88%", "城镇人口占常住人口的比重"),
    ]


# Regions: a heading names the region of what follows


def test_a_region_heading_sets_the_region_and_what_quan_sheng_means() -> None:
    text = "湖南:5月1日-5日,全省接待游客1500万人次,同比增长6.1%。江西:全省接待游客980万人次。"
    assert _rows(text, "region", region=None) == [
        ("1500万人次", "湖南省"),
        ("6.1%", "湖南省"),
        ("980万人次", "江西省"),
    ]


def test_a_city_heading_with_its_targets_makes_quan_shi_that_city() -> None:
    text = "武汉市2025年主要预期目标:全市地区生产总值增长5.5%左右,社会消费品零售总额增长6%。"
    assert _rows(text, "subject", "region", "measure") == [
        ("5.5%", "地区生产总值", "武汉市", "target"),
        ("6%", "社会消费品零售总额", "武汉市", "target"),
    ]


# Measures: rates named after, multiples in lists, 激增


def test_a_rate_the_words_after_call_a_growth_rate_is_the_growth_of_that_whole() -> None:
    text = "全省出口1520.3亿元,增长12.5%,远高于同期全国3.8%的整体出口增幅。"
    assert _rows(text, "subject", "region", "measure")[2] == (
        "3.8%",
        "出口",
        "全国",
        "growth_yoy",
    )


def test_a_list_of_multiples_after_a_growth_verb_are_growths() -> None:
    text = "其中对甲国、乙国、丙国出口分别增长3.1倍、1.6倍和1.2倍。"
    assert _rows(text, "measure", "value_base") == [
        ("3.1倍", "growth_yoy", 310.0),
        ("1.6倍", "growth_yoy", 160.0),
        ("1.2倍", "growth_yoy", 120.0),
    ]


def test_a_surge_verb_is_growth_and_names_no_subject() -> None:
    text = "其中宜昌进出口激增3倍、襄阳激增1.4倍、荆州增长36.2%。"
    assert _rows(text, "subject", "region", "measure", "value_base") == [
        ("3倍", "进出口", "宜昌市", "growth_yoy", 300.0),
        ("1.4倍", "进出口", "襄阳市", "growth_yoy", 140.0),
        ("36.2%", "进出口", "荆州市", "growth_yoy", 36.2),
    ]


# Units: yields per area, per-mille points; a figure restated in brackets


def test_yields_per_area_are_kilograms_per_mu() -> None:
    text = "全省早稻单位面积产量6120.0公斤/公顷(408.0公斤/亩)。"
    assert _rows(text, "measure", "value_base", "base_unit") == [
        ("6120.0公斤/公顷", "level", 408.0, "kg/mu"),
        ("408.0公斤/亩", "level", 408.0, "kg/mu"),
    ]


def test_a_bracketed_restatement_of_a_change_is_the_same_change() -> None:
    text = "全省早稻播种面积比上年减少12.3千公顷(18.45万亩),下降1.1%。"
    assert _rows(text, "subject", "measure", "value_base") == [
        ("12.3千公顷", "早稻播种面积", "abs_change", -184500.0),
        ("18.45万亩", "早稻播种面积", "abs_change", -184500.0),
        ("1.1%", "早稻播种面积", "growth_yoy", -1.1),
    ]


def test_per_mille_points_are_a_tenth_of_a_percentage_point() -> None:
    text = "全省出生率为5.88‰,比上年下降0.40个千分点。"
    assert _rows(text, "subject", "measure", "value_base", "base_unit") == [
        ("5.88‰", "出生率", "level", 0.588, "percent"),
        ("0.40个千分点", "出生率", "pp_change", -0.04, "pp"),
    ]


# Ranks: a list of rankings, each with its own 第N


def test_a_list_of_rankings_gives_each_its_rank() -> None:
    text = "全年位居全国百强县营商环境第2、绿色发展第6、科技创新第9,跻身全国前列。"
    assert _rows(text, "subject", "measure", "value", region="宁乡市") == [
        ("第2", "全国百强县营商环境", "rank", 2.0),
        ("第6", "绿色发展", "rank", 6.0),
        ("第9", "科技创新", "rank", 9.0),
    ]


def test_an_ordinal_after_a_list_is_still_not_a_rank() -> None:
    assert _rows("列入第3批、第4批试点名单。", "measure") == []


# Spans of days and subjects that are only a verb


def test_the_first_days_of_a_holiday_are_a_span_not_a_figure() -> None:
    text = "长江三峡景区前3天累计接待8.2万人,同比增长12.4%。"
    assert _rows(text, "subject", "measure") == [
        ("8.2万人", "长江三峡景区接待", "level"),
        ("12.4%", "长江三峡景区接待", "growth_yoy"),
    ]


def test_a_subject_that_is_only_a_verb_takes_the_topic_of_its_part_of_the_sentence() -> None:
    text = "其中,神农架景区接待游客创新高;古隆中文化园,前3天累计接待5.3万人,增长8.1%。"
    assert _rows(text, "subject") == [
        ("5.3万人", "古隆中文化园接待"),
        ("8.1%", "古隆中文化园接待"),
    ]


# Ratios with a note, rates reached, targets named after 目标是, parallel lists


def test_a_ratio_named_before_a_bracketed_note_is_read() -> None:
    text = "常住人口中,男性为2980.1万人,女性为2901.6万人,性别比(以女性为100,男性对女性的比例)为102.71。"
    assert _rows(text, "subject", "measure", "value")[-1] == ("102.71", "性别比", "ratio", 102.71)


def test_a_bare_multiple_after_bei_lu_is_a_ratio() -> None:
    text = "二季度全省人力资源市场求人倍率1.42。"
    assert _rows(text, "subject", "measure", "value") == [
        ("1.42", "人力资源市场求人倍率", "ratio", 1.42),
    ]


def test_a_rate_that_moved_to_a_value_is_a_level_of_the_topic() -> None:
    text = "从城镇调查失业率走势看,就业形势逐步好转。3月份受降雪影响走高至5.8%,4月份回落至5.3%。"
    assert _rows(text, "subject", "measure") == [
        ("5.8%", "城镇调查失业率", "level"),
        ("5.3%", "城镇调查失业率", "level"),
    ]


def test_the_words_naming_a_target_are_not_the_subject() -> None:
    text = "市政府工作报告提出的全市发展主要预期目标是地区生产总值增长6%左右。"
    assert _rows(text, "subject", "measure", region="武汉市") == [
        ("6%", "地区生产总值", "target"),
    ]


def test_figures_with_bounds_in_a_list_are_distributed_without_fenbie() -> None:
    text = (
        "2025年主要预期目标:城乡居民人均可支配收入分别增长5.5%以上和7%以上,"
        "城镇登记失业率、城镇调查失业率控制在4%以内、5.5%以内。"
    )
    assert _rows(text, "subject", "measure", region="武汉市") == [
        ("5.5%", "城镇居民人均可支配收入", "target"),
        ("7%", "农村居民人均可支配收入", "target"),
        ("4%", "城镇登记失业率", "target"),
        ("5.5%", "城镇调查失业率", "target"),
    ]


# Counts of things whose name opens with 中; the year's task as a reference


def test_a_counted_noun_may_open_with_zhong() -> None:
    text = "6月末,18个中部省份均已完成年度任务。"
    assert _rows(text, "subject", "measure") == [("18个", "中部省份", "count")]


def test_the_years_task_as_a_reference_keeps_the_period_of_the_figure() -> None:
    text = "1至6月,全省城镇新增就业41.2万人,完成全年目标任务的58%。"
    assert _rows(text, "period") == [
        ("41.2万人", "2024-01/2024-06"),
        ("58%", "2024-01/2024-06"),
    ]


# Indices, comparable scopes, 共有, a city's own GDP


def test_an_index_in_percent_is_a_level() -> None:
    text = "9月份,非制造业商务活动指数为51.7%,比上月上升0.4个百分点。"
    assert _rows(text, "subject", "measure", region="全国") == [
        ("51.7%", "非制造业商务活动指数", "level"),
        ("0.4个百分点", "非制造业商务活动指数", "pp_change"),
    ]


def test_a_comparable_scope_is_not_the_subject() -> None:
    text = "春节假期全省接待游客3120万人次,按可比口径同比增长21.3%。"
    assert _rows(text, "subject")[1] == ("21.3%", "接待游客")


def test_a_city_named_before_its_gdp_is_the_region_not_part_of_the_subject() -> None:
    text = "宜昌市地区生产总值6190.0亿元,增长7.2%;襄阳市5842.9亿元,增长5.4%。"
    assert _rows(text, "subject", "region") == [
        ("6190.0亿元", "地区生产总值", "宜昌市"),
        ("7.2%", "地区生产总值", "宜昌市"),
        ("5842.9亿元", "地区生产总值", "襄阳市"),
        ("5.4%", "地区生产总值", "襄阳市"),
    ]


def test_gong_you_before_a_count_is_not_part_of_the_subject() -> None:
    assert _rows("年末全省共有各级各类学校1.1万所。", "subject") == [("1.1万所", "各级各类学校")]


# Lists of regions with 分别, elided heads and kinds, bases of shares


def test_regions_listed_before_fenbie_take_a_figure_each() -> None:
    text = "武汉、襄阳、宜昌分别新增就业22.4万人、6.1万人和5.8万人。"
    assert _rows(text, "subject", "region") == [
        ("22.4万人", "新增就业", "武汉市"),
        ("6.1万人", "新增就业", "襄阳市"),
        ("5.8万人", "新增就业", "宜昌市"),
    ]


def test_a_sector_after_a_named_use_of_power_inherits_its_head() -> None:
    text = "全年第一产业用电量18亿千瓦时,第二产业2120亿千瓦时。"
    assert _rows(text, "subject") == [
        ("18亿千瓦时", "第一产业用电量"),
        ("2120亿千瓦时", "第二产业用电量"),
    ]


def test_a_count_built_so_far_names_the_kind_counted_before() -> None:
    text = "全省新建充电桩2.1万个,累计建成9.8万个。"
    assert _rows(text, "subject") == [("2.1万个", "新建充电桩"), ("9.8万个", "累计建成充电桩")]


def test_scale_ranked_after_a_share_is_the_scale_of_the_amount() -> None:
    text = "全省进出口总值6400亿元,增长5.2%,占全国的1.6%,规模居中部第二。"
    assert _rows(text, "subject")[-1] == ("第二", "进出口总值规模")


def test_a_year_before_the_share_it_is_the_base_of_is_not_the_period() -> None:
    text = "全省旅客发送量1.6亿人次,恢复至2019年同期的81.5%。"
    assert _rows(text, "period") == [("1.6亿人次", "2024"), ("81.5%", "2024")]


def test_containers_in_standard_boxes_and_years_in_a_row_name_nothing() -> None:
    text = "武汉港集装箱吞吐量320万标准箱,连续5年增长,增长6.6%。"
    assert _rows(text, "subject", "value_base", "base_unit") == [
        ("320万标准箱", "武汉港集装箱吞吐量", 3200000.0, "TEU"),
        ("6.6%", "武汉港集装箱吞吐量", 6.6, "percent"),
    ]


# Subjects from the clause before; lists with their own verbs; ratios narrowed


def test_a_figure_after_a_clause_with_none_takes_that_clauses_indicator() -> None:
    text = "8月份,全省居民消费价格同比持平,环比上涨0.3%。"
    assert _rows(text, "subject", "measure") == [("0.3%", "居民消费价格", "growth_yoy")]


def test_a_list_of_rates_with_their_own_verbs_refers_back_in_order() -> None:
    text = "全省规模以上工业企业实现营业收入3.2万亿元,利润总额1620.4亿元,分别增长2.5%、下降6.1%。"
    assert _rows(text, "subject", "value_base")[2:] == [
        ("2.5%", "规模以上工业企业营业收入", 2.5),
        ("6.1%", "规模以上工业企业利润总额", -6.1),
    ]


def test_a_ratio_narrowed_to_a_value_is_read() -> None:
    text = "城乡居民收入比缩小至2.21。"
    assert _rows(text, "subject", "measure", "value") == [("2.21", "城乡居民收入比", "ratio", 2.21)]


def test_a_different_head_after_a_product_does_not_take_the_product() -> None:
    text = "全省原煤产量2310.5万吨,增长3.2%;发电量612.3亿千瓦时,下降1.2%。"
    assert [r[1] for r in _rows(text, "subject")] == ["原煤产量", "原煤产量", "发电量", "发电量"]


def test_prefectures_and_cities_listed_with_ge_name_nothing() -> None:
    text = "各市州财政收入完成率分别为:武汉市101.2%、襄阳市97.5%。"
    assert _rows(text, "subject", "region") == [
        ("101.2%", "财政收入完成率", "武汉市"),
        ("97.5%", "财政收入完成率", "襄阳市"),
    ]


# Gaps to a whole or a control target; 稳居


def test_a_rate_higher_than_the_wholes_is_a_gap_of_that_rate() -> None:
    text = "1-8月,宜昌市规模以上工业增加值增长9.1%,增速比全省高3.2个百分点。"
    assert _rows(text, "subject", "measure", "basis", "value_base")[1] == (
        "3.2个百分点",
        "规模以上工业增加值增速",
        "pp_change",
        "gap_vs_reference",
        3.2,
    )


def test_below_a_control_target_is_a_gap_of_the_rate_before() -> None:
    text = "前三季度城镇调查失业率平均为5.1%,低于控制目标0.4个百分点。"
    assert _rows(text, "subject", "measure", "value_base") == [
        ("5.1%", "城镇调查失业率", "level", 5.1),
        ("0.4个百分点", "城镇调查失业率", "pp_change", -0.4),
    ]


def test_a_scale_that_stays_first_is_the_rank_of_the_amount() -> None:
    text = "前三季度全省外贸进出口3.8万亿元,增长2.1%,规模稳居中部首位。"
    assert _rows(text, "subject", "measure")[-1] == ("首位", "外贸进出口规模", "rank")


# Deviations from normal, averages over two years


def test_more_than_normal_is_a_change_of_the_figure_before() -> None:
    text = "全省水资源总量1820.4亿立方米,比常年偏少6.5%。"
    assert _rows(text, "subject", "measure", "value_base")[1] == (
        "6.5%",
        "水资源总量",
        "growth_yoy",
        -6.5,
    )


def test_an_average_over_two_years_is_an_average_annual_growth_of_the_indicator() -> None:
    text = "1-5月,全省固定资产投资增长3.6%;两年平均增长5.9%。"
    assert _rows(text, "subject", "basis")[1] == ("5.9%", "固定资产投资", "avg_annual")


# Tables: a unit line gives the unbracketed columns their unit


def test_a_unit_line_gives_unbracketed_columns_their_unit_beside_bracketed_ones() -> None:
    text = "各市地区生产总值\n单位:亿元\n城市 地区生产总值 增速(%)\n襄阳市 5842.9 5.4\n宜昌市 6190.0 7.2\n"
    assert _rows(text, "subject", "region", "measure", "unit") == [
        ("5842.9", "地区生产总值", "襄阳市", "level", "亿元"),
        ("5.4", "地区生产总值", "襄阳市", "growth_yoy", "%"),
        ("6190.0", "地区生产总值", "宜昌市", "level", "亿元"),
        ("7.2", "地区生产总值", "宜昌市", "growth_yoy", "%"),
    ]


# Totals so far, 数量 ranks, groups of cities


def test_a_total_so_far_after_new_ones_counts_the_kind_without_xinzeng() -> None:
    text = "全年新增高新技术企业1320家,累计达到6100家,数量居中部第二。"
    assert _rows(text, "subject", "measure") == [
        ("1320家", "新增高新技术企业", "count"),
        ("6100家", "高新技术企业", "count"),
        ("第二", "高新技术企业数量", "rank"),
    ]


def test_a_group_of_cities_and_jun_name_nothing() -> None:
    # (one figure of each city since round 31: 均超过 says it of each)
    text = "武汉、襄阳、宜昌三市地区生产总值均超过五千亿元。"
    assert [r[1] for r in _rows(text, "subject")] == ["地区生产总值"] * 3


def test_the_next_item_of_a_list_shares_the_verb_of_the_first() -> None:
    text = "全年实际到位内资410亿元、外资3.2亿美元。"
    assert _rows(text, "subject") == [
        ("410亿元", "实际到位内资"),
        ("3.2亿美元", "实际到位外资"),
    ]


# Monthly releases: a month heading its sentence; 上年同月, 名义


def test_a_month_heading_its_sentence_sets_the_period_of_the_sentences_after() -> None:
    text = (
        "1—9月份,全省城镇调查失业率平均值为5.3%。9月份,全省城镇调查失业率为5.1%。"
        "本地户籍劳动力调查失业率为5.2%。"
    )
    assert _rows(text, "period") == [
        ("5.3%", "2024-01/2024-09"),
        ("5.1%", "2024-09"),
        ("5.2%", "2024-09"),
    ]


def test_the_same_month_of_last_year_and_nominal_name_nothing() -> None:
    text = "9月份,产品销售率为96.8%,比上年同月下降0.3个百分点;出口交货值1210亿元,同比名义下降2.1%。"
    assert [r[1] for r in _rows(text, "subject")] == [
        "产品销售率",
        "产品销售率",
        "出口交货值",
        "出口交货值",
    ]


def test_zones_listed_before_fenbie_take_the_indicator_after_it() -> None:
    text = "东湖高新区、经开区分别实现规上工业增加值增长11.4%、8.7%。"
    assert _rows(text, "region", "subject", region="武汉市") == [
        ("11.4%", "东湖高新区", "规上工业增加值"),  # zones are regions (convention 23)
        ("8.7%", "武汉经开区", "规上工业增加值"),
    ]


def test_two_cities_before_gdp_name_nothing() -> None:
    text = "襄阳、宜昌两市GDP分别为5842.9亿元和6190.0亿元。"
    assert _rows(text, "subject", "region") == [
        ("5842.9亿元", "GDP", "襄阳市"),
        ("6190.0亿元", "GDP", "宜昌市"),
    ]


# Size classes and recoveries


def test_a_magnitude_word_naming_a_size_class_is_not_a_figure() -> None:
    text = "全年签约项目1180个,其中超亿元项目620个。"
    assert _rows(text, "subject", "measure") == [
        ("1180个", "签约项目", "count"),
        ("620个", "超亿元项目", "count"),
    ]


def test_a_recovery_to_a_base_year_is_said_of_the_figure_before() -> None:
    text = "全省旅客吞吐量3120.4万人次,恢复到2019年的91.3%。"
    assert _rows(text, "subject", "period")[1] == (
        "91.3%",
        "旅客吞吐量恢复程度",
        "2024",
    )  # (round 6: as the gold names it)
