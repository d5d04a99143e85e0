"""Error classes of the first held-out set of real texts, built for once it was spent
(issue 13, round 3).

Each test uses an invented sentence of the same shape as the real one (invented places
where the shape needs a region); the real texts are kept outside the repository.
"""

from __future__ import annotations

from .rows import fact_rows


def _rows(text: str, *fields: str, region: str = "河北省") -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=2024)


# Amounts written with 亿 and no currency


def test_an_amount_in_yi_without_currency_is_yuan_when_the_sentence_is_about_money() -> None:
    text = "保定1-3月财政收入为48.27亿,增长6.1%。"
    assert _rows(text, "subject", "region", "unit", "value_base", "base_unit", "period") == [
        ("48.27亿", "财政收入", "保定市", "亿", 4827000000.0, "yuan", "2024-01/2024-03"),
        ("6.1%", "财政收入", "保定市", "%", 6.1, "percent", "2024-01/2024-03"),
    ]


def test_a_bare_yi_outside_money_is_not_a_fact() -> None:
    assert _rows("全省常住人口约0.75亿,人口密度较高。", "unit") == []
    assert _rows("项目规模达到3亿级。", "unit") == []


def test_bracketed_amounts_of_a_region_list_take_the_indicator_named_after_the_list() -> None:
    text = "沧州(25.6亿)、邢台(21.3亿)、衡水(12.9亿)三市税收收入在一季度均有增长。"
    assert _rows(text, "subject", "region", "value_base") == [
        ("25.6亿", "税收收入", "沧州市", 2560000000.0),
        ("21.3亿", "税收收入", "邢台市", 2130000000.0),
        ("12.9亿", "税收收入", "衡水市", 1290000000.0),
    ]


def test_a_rate_called_a_growth_rate_after_it_is_growth_of_the_year_compared_with() -> None:
    text = "唐山财政收入增长3.2%,相比2023年12.4%的高增速有所回落。"
    assert _rows(text, "subject", "measure", "period") == [
        ("3.2%", "财政收入", "growth_yoy", "2024"),
        ("12.4%", "财政收入", "growth_yoy", "2023"),
    ]


# Air-quality releases: the whole year, the base year, targets of pollutants


def test_january_to_december_is_the_year() -> None:
    text = "1-12月,全国300个城市平均优良天数比例为84.2%。"
    assert _rows(text, "period", region="全国") == [("300个", "2024"), ("84.2%", "2024")]


def test_a_base_named_with_words_between_is_no_period_and_its_bracketed_figure_is() -> None:
    text = "优良天数比例为84.2%,较疫情前的2019年同期(80.1%)上升4.1个百分点。"
    assert _rows(text, "subject", "period", "measure", region="全国") == [
        ("84.2%", "优良天数比例", "2024", "share"),
        ("80.1%", "优良天数比例", "2019", "share"),
        ("4.1个百分点", "优良天数比例", "2024", "pp_change"),
    ]


def test_what_remains_after_a_deduction_is_the_indicator_before() -> None:
    text = "重度污染天数比例为1.8%,扣除沙尘天后,实际为1.2%。"
    assert _rows(text, "subject", region="全国") == [
        ("1.8%", "重度污染天数比例"),
        ("1.2%", "重度污染天数比例"),
    ]


def test_a_pollutant_better_than_its_target_is_below_it() -> None:
    text = "PM2.5平均浓度为28微克/立方米,优于年度目标(31.5微克/立方米)3.5微克/立方米,较2019年同期改善12.5%。"
    assert _rows(text, "subject", "measure", "value_base", region="全国") == [
        ("28微克/立方米", "PM2.5平均浓度", "level", 28.0),
        ("31.5微克/立方米", "PM2.5平均浓度", "target", 31.5),
        ("3.5微克/立方米", "PM2.5平均浓度", "abs_change", -3.5),
        ("12.5%", "PM2.5平均浓度", "growth_yoy", -12.5),
    ]


# Key-project progress reports


def test_a_numbered_paragraph_about_one_kind_of_project_names_its_verb_only_subjects() -> None:
    text = (
        "2、改造项目。改造项目共46个,计划总投资88.2亿元,年内计划投资20.5亿元。"
        "至8月底,开工建设41个,累计完成投资14.6亿元,完成年度计划的71.2%。"
    )
    rows = _rows(text, "subject", "measure", "period", region="江阴市")
    assert rows == [
        ("46个", "改造项目", "count", "2024"),
        ("88.2亿元", "改造项目计划总投资", "level", "2024"),
        ("20.5亿元", "改造项目年内计划投资", "target", "2024"),
        ("41个", "改造项目开工建设", "count", "2024-01/2024-08"),
        ("14.6亿元", "改造项目完成投资", "level", "2024-01/2024-08"),
        ("71.2%", "改造项目完成年度计划", "share", "2024-01/2024-08"),
    ]


def test_a_count_of_projects_in_a_state_at_a_month_end_is_that_month() -> None:
    text = "至8月底,投入达到序时进度的项目有96个,占在建项目数的58.2%。"
    assert _rows(text, "subject", "period", region="江阴市") == [
        ("96个", "投入达到序时进度的项目", "2024-08"),
        ("58.2%", "投入达到序时进度的项目占在建项目数的比重", "2024-08"),
    ]


def test_rates_listed_after_a_rate_word_are_levels_of_it() -> None:
    text = "甲镇、乙镇竣工率较高,分别为100%、72%。"
    assert _rows(text, "measure", region="江阴市") == [("100%", "level"), ("72%", "level")]


def test_kinds_listed_before_a_rate_list_name_its_items_and_a_parallel_list_after() -> None:
    text = (
        "至6月底,全市重点项目累计完成投资88.5亿元。\n二、分行业情况\n"
        "能源、交通项目进展较快,投资完成率分别高于总体进度3.5、2.1个百分点;"
        "水利、民生进展较慢,分别低于总体进度1.2、4.6个百分点。"
    )
    assert _rows(text, "subject", "period", region="江阴市")[1:] == [
        ("3.5", "能源项目投资完成率", "2024-01/2024-06"),
        ("2.1个百分点", "交通项目投资完成率", "2024-01/2024-06"),
        ("1.2", "水利项目投资完成率", "2024-01/2024-06"),
        ("4.6个百分点", "民生项目投资完成率", "2024-01/2024-06"),
    ]


# Quarterly releases (seen by eye on public text of other provinces, not annotated)


def test_since_the_start_of_the_year_is_the_period_the_title_names() -> None:
    text = (
        "2024年一季度全省经济运行情况\n"
        "一季度,全省完成生产总值512.6亿元,增长4.8%。\n"
        "今年以来,全省蔬菜产量增长6.2%,城镇新增就业2.1万人,同比增长3.5%。"
    )
    assert _rows(text, "subject", "period", region="甘肃省") == [
        ("512.6亿元", "生产总值", "2024-01/2024-03"),
        ("4.8%", "生产总值", "2024-01/2024-03"),
        ("6.2%", "蔬菜产量", "2024-01/2024-03"),
        ("2.1万人", "城镇新增就业", "2024-01/2024-03"),
        ("3.5%", "城镇新增就业", "2024-01/2024-03"),
    ]


# Hong Kong and overseas press style (按年, 首N个月, 与…相比)


def test_press_style_comparisons_and_first_months() -> None:
    text = (
        "今年首8个月,全国民间投资为21,350亿元,按年下降2.5%。"
        "8月份,工业增加值按年实际增长4.2%;与7月相比,增长0.35%。"
    )
    assert _rows(text, "subject", "period", "value", region="全国") == [
        ("21,350亿元", "民间投资", "2024-01/2024-08", 21350.0),
        ("2.5%", "民间投资", "2024-01/2024-08", -2.5),
        ("4.2%", "工业增加值", "2024-08", 4.2),
        ("0.35%", "工业增加值", "2024-08", 0.35),
    ]


def test_the_periods_of_a_breakdown_by_quarter_hold_for_their_sentence() -> None:
    text = (
        "前三季度,全省生产总值21056亿元,同比增长5.2%。分季度看,一季度增长4.9%,"
        "二季度增长5.1%,三季度增长5.5%。分产业看,第一产业增加值1420亿元,增长3.6%。"
    )
    assert [p for _, p in _rows(text, "period")] == [
        "2024-01/2024-09",
        "2024-01/2024-09",
        "2024-01/2024-03",
        "2024-04/2024-06",
        "2024-07/2024-09",
        "2024-01/2024-09",
        "2024-01/2024-09",
    ]


def test_a_rank_in_the_world_of_the_size_of_the_figure_before() -> None:
    text = "全省研发投入年均增长9.5%,规模跃居中部第三。"
    assert _rows(text, "subject", "measure", region="湖北省") == [
        ("9.5%", "研发投入", "growth_yoy"),
        ("第三", "研发投入规模", "rank"),
    ]


def test_a_ratio_written_with_the_ratio_sign_and_gdp_completed() -> None:
    text = "全市完成地区生产总值(GDP)980.5亿元,增长4.1%。三次产业比重为12.5∶40.1∶47.4。"
    assert _rows(text, "subject", "value", region="赤峰市") == [
        ("980.5亿元", "地区生产总值(GDP)", 980.5),
        ("4.1%", "地区生产总值(GDP)", 4.1),
        ("12.5∶40.1∶47.4", "三次产业比重", [12.5, 40.1, 47.4]),
    ]


def test_a_figure_continuing_a_list_after_a_heading_colon_is_the_item_before() -> None:
    text = "今年的主要预期目标是:地区生产总值增长6%、力争7%,固定资产投资增长10%。"
    assert _rows(text, "subject", "measure", region="河南省") == [
        ("6%", "地区生产总值", "target"),
        ("7%", "地区生产总值", "target"),
        ("10%", "固定资产投资", "target"),
    ]


def test_after_a_cumulative_figure_of_a_month_the_ranks_that_follow_are_cumulative() -> None:
    text = (
        "5月份,全市税收收入当月完成3.2亿元,增长4.1%,累计完成15.6亿元,增长6.3%。"
        "收入规模位居全省第7位,增幅高于全省平均1.2个百分点。"
    )
    assert [p for _, p in _rows(text, "period", region="濮阳市")] == [
        "2024-05",
        "2024-05",
        "2024-01/2024-05",
        "2024-01/2024-05",
        "2024-01/2024-05",
        "2024-01/2024-05",
    ]


def test_an_increase_in_percent_is_a_growth_rate() -> None:
    text = "上半年,煤炭工业增长7.4%;非煤工业增加1.9%。"
    assert _rows(text, "subject", "measure", region="大同市") == [
        ("7.4%", "煤炭工业增加值", "growth_yoy"),
        ("1.9%", "非煤工业增加值", "growth_yoy"),
    ]


def test_held_within_is_a_target_only_with_a_bound() -> None:
    assert _rows("年末城镇登记失业率控制在3.62%。", "measure", region="晋中市") == [
        ("3.62%", "level")
    ]
    assert _rows("城镇登记失业率控制在4.5%以内。", "measure", region="晋中市") == [
        ("4.5%", "target")
    ]


def test_a_sex_ratio_without_a_verb() -> None:
    assert _rows("男性人口5.1万人,女性人口4.9万人,男女性别比 104.08。", "measure", region="晋中市")[
        2:
    ] == [("104.08", "ratio")]


# Price releases (seen by eye on a public national CPI release, not annotated)


def test_a_price_release_breakdown_lists_and_contributions() -> None:
    text = (
        "6月份,全省居民消费价格同比上涨0.9%。其中,城市上涨1.0%,农村上涨0.6%。"
        "食品价格上涨2.1%,影响CPI上涨约0.40个百分点;蛋类、鲜菜价格分别下降3.2%和1.5%。"
    )
    assert _rows(text, "subject", "measure", "value", region="河北省") == [
        ("0.9%", "居民消费价格", "growth_yoy", 0.9),
        ("1.0%", "城市居民消费价格", "growth_yoy", 1.0),
        ("0.6%", "农村居民消费价格", "growth_yoy", 0.6),
        ("2.1%", "食品价格", "growth_yoy", 2.1),
        ("0.40个百分点", "食品价格影响CPI", "pp_change", 0.4),
        ("3.2%", "蛋类价格", "growth_yoy", -3.2),
        ("1.5%", "鲜菜价格", "growth_yoy", -1.5),
    ]


# Bulletin tables with a unit column (表1)


def test_a_table_with_a_unit_column_reads_each_row_in_its_own_unit() -> None:
    text = (
        "表1 2024年主要指标\n"
        "指标 单位 绝对数 比上年增长(%)\n"
        "地区生产总值 亿元 845.2 5.6\n"
        "规模以上工业增加值 亿元 — 7.1\n"
        "城镇新增就业 人 5230 2.4\n"
    )
    assert _rows(text, "subject", "measure", "unit", "value_base", region="平遥县") == [
        ("845.2", "地区生产总值", "level", "亿元", 84520000000.0),
        ("5.6", "地区生产总值", "growth_yoy", "%", 5.6),
        ("7.1", "规模以上工业增加值", "growth_yoy", "%", 7.1),
        ("5230", "城镇新增就业", "level", "人", 5230.0),
        ("2.4", "城镇新增就业", "growth_yoy", "%", 2.4),
    ]


def test_a_span_of_years_holds_for_its_sentence_and_an_increment_names_the_figure_before() -> None:
    text = "全省经济总量跨越3万亿元,5年增量超过8000亿元。全年粮食产量1500万吨。"
    assert _rows(text, "subject", "measure", "period", region="河北省") == [
        ("3万亿元", "地区生产总值", "level", "2024"),  # convention 20
        ("8000亿元", "地区生产总值增量", "abs_change", "2020/2024"),
        ("1500万吨", "粮食产量", "level", "2024"),
    ]


def test_a_quantity_named_by_its_trade_verb() -> None:
    text = "2024年累计成交绿证86.2万张,销售收入12.5亿元。"
    assert _rows(text, "subject", region="山西省") == [
        ("86.2万张", "绿证成交量"),
        ("12.5亿元", "销售收入"),
    ]
