"""Tables and lists of the spent held-out sets of real texts (issue 13, round 5).

Each test uses an invented text of the same shape as a real one (invented figures and
names); the real texts are kept outside the repository.
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract

from .rows import fact_rows


def _facts(text: str, region: str | None = "河南省", year: int = 2024) -> list[Fact]:
    return extract(text, region=region, year=year)


def _rows(
    text: str, *fields: str, region: str | None = "河南省", year: int = 2024
) -> list[tuple[object, ...]]:
    return fact_rows(text, *fields, region=region, year=year)


# (1) Tables flattened one cell per line

_STACKED = (
    "一季度,全省工业用电量平稳增长。其中,轻工业用电量有所回落。\n"
    "表1 2024年1—3月份全省电力消费情况\n"
    "指标 |\n"
    "绝对数 |\n"
    "比上年同期增长(%) |\n"
    "全社会用电量(亿千瓦时) |\n"
    "812.4 |\n"
    "6.3 |\n"
    "其中:工业 |\n"
    "530.2 |\n"
    "5.1 |\n"
    "居民生活 |\n"
    "140.8 |\n"
    "-2.4 |\n"
    "发电装机容量(万千瓦) |\n"
    "3050 |\n"
    "9.8 |\n"
)


def test_a_table_one_cell_per_line_is_read_row_by_row() -> None:
    rows = _rows(_STACKED, "subject", "measure", "unit", "value_base", "period")
    assert rows == [
        ("812.4", "全社会用电量", "level", "亿千瓦时", 81240000000.0, "2024-01/2024-03"),
        ("6.3", "全社会用电量", "growth_yoy", "%", 6.3, "2024-01/2024-03"),
        ("530.2", "工业用电量", "level", "亿千瓦时", 53020000000.0, "2024-01/2024-03"),
        ("5.1", "工业用电量", "growth_yoy", "%", 5.1, "2024-01/2024-03"),
        ("140.8", "居民生活用电量", "level", "亿千瓦时", 14080000000.0, "2024-01/2024-03"),
        ("-2.4", "居民生活用电量", "growth_yoy", "%", -2.4, "2024-01/2024-03"),
        ("3050", "发电装机容量", "level", "万千瓦", 30500000.0, "2024-01/2024-03"),
        ("9.8", "发电装机容量", "growth_yoy", "%", 9.8, "2024-01/2024-03"),
    ]


def test_header_cells_carry_the_units_and_a_part_without_a_name_in_the_text() -> None:
    text = (
        "项目\n绝对数(亿元)\n比上年增长(%)\n一般公共预算收入\n96.5\n4.2\n其中:税收收入\n61.0\n—\n"
    )
    assert _rows(text, "subject", "measure", "unit") == [
        ("96.5", "一般公共预算收入", "level", "亿元"),
        ("4.2", "一般公共预算收入", "growth_yoy", "%"),
        ("61.0", "税收收入", "level", "亿元"),
    ]


def test_region_rows_of_a_stacked_table_take_the_column_as_subject() -> None:
    text = "单位:亿元\n地区\n地区生产总值\n增速(%)\n栾川县\n210.5\n5.6\n嵩县\n188.0\n4.9\n"
    assert _rows(text, "subject", "region", "measure", "unit", region="洛阳市") == [
        ("210.5", "地区生产总值", "栾川县", "level", "亿元"),
        ("5.6", "地区生产总值", "栾川县", "growth_yoy", "%"),
        ("188.0", "地区生产总值", "嵩县", "level", "亿元"),
        ("4.9", "地区生产总值", "嵩县", "growth_yoy", "%"),
    ]


def test_lines_of_numbers_without_a_header_are_no_table() -> None:
    text = "指标\n说明\n2024\n12\n"
    assert _facts(text) == []


def test_a_stacked_table_with_a_unit_column() -> None:
    text = "指标名称\n单位\n本年\n比上年增长(%)\n粮食产量\n万吨\n12.5\n3.1\n肉类产量\n万吨\n2.2\n-0.4\n"
    assert _rows(text, "subject", "unit", "measure", "value_base") == [
        ("12.5", "粮食产量", "万吨", "level", 125000.0),
        ("3.1", "粮食产量", "%", "growth_yoy", 3.1),
        ("2.2", "肉类产量", "万吨", "level", 22000.0),
        ("-0.4", "肉类产量", "%", "growth_yoy", -0.4),
    ]


# (2) Lists of regions, each item its own region and value


def test_ordered_lists_of_regions_take_the_heading_as_indicator() -> None:
    text = (
        "各县(区)税收收入完成情况:按规模排序,盂县8.2亿元,平定县6.4亿元,城区5.1亿元,"
        "开发区1.3亿元;按增速排序,城区7.5%,盂县3.1%,开发区-2.2%,平定县-4.6%。"
    )
    assert _rows(text, "subject", "region", "measure", region="阳泉市") == [
        ("8.2亿元", "税收收入", "盂县", "level"),
        ("6.4亿元", "税收收入", "平定县", "level"),
        ("5.1亿元", "税收收入", "城区", "level"),
        ("1.3亿元", "税收收入", "阳泉开发区", "level"),  # convention 23
        ("7.5%", "税收收入", "城区", "growth_yoy"),
        ("3.1%", "税收收入", "盂县", "growth_yoy"),
        ("-2.2%", "税收收入", "阳泉开发区", "growth_yoy"),
        ("-4.6%", "税收收入", "平定县", "growth_yoy"),
    ]


def test_a_generic_district_name_of_another_city_is_no_region() -> None:
    text = "按规模排序,盂县8.2亿元,平定县6.4亿元,城区5.1亿元。"
    rows = _rows(text, "region", region="长沙市")
    assert [r[1] for r in rows] == ["盂县", "平定县", "长沙市"]


def test_regions_two_clauses_before_a_list_after_fenbie() -> None:
    text = (
        "从区域看,长沙、株洲、湘潭保持领先,新增企业数量位居前三位,分别为3.2万户、1.1万户和0.9万户。"
    )
    assert _rows(text, "subject", "region", region="湖南省") == [
        ("3.2万户", "新增企业数量", "长沙市"),
        ("1.1万户", "新增企业数量", "株洲市"),
        ("0.9万户", "新增企业数量", "湘潭市"),
    ]


# (3) Units: ages, rates per 100,000, beds in 万张, densities per thousand people


def test_ages_and_rates_per_hundred_thousand() -> None:
    text = "全省人均预期寿命达到79.2岁,孕产妇死亡率下降到9.8/10万,婴儿死亡率为3.1‰。"
    assert _rows(text, "subject", "measure", "unit", "value_base", "base_unit") == [
        ("79.2岁", "人均预期寿命", "level", "岁", 79.2, "year"),
        ("9.8/10万", "孕产妇死亡率", "level", "/10万", 0.0098, "percent"),
        ("3.1‰", "婴儿死亡率", "level", "‰", 0.31, "percent"),
    ]


def test_an_age_that_bounds_a_group_is_no_figure() -> None:
    text = "65岁及以上人口1520万人,15-59岁人口占61.2%,年满18岁,"
    assert [f.text_span for f in _facts(text)] == ["1520万人", "61.2%"]


def test_densities_per_thousand_people_are_levels() -> None:
    text = "每千人口医疗机构床位7.1张,执业医师3.2人/千人,全科医生4.1人/万人。"
    assert _rows(text, "measure", "unit", "value_base", "base_unit") == [
        ("7.1张", "level", "张", 7.1, "count"),
        ("3.2人/千人", "level", "人/千人", 3.2, "per_1000"),
        ("4.1人/万人", "level", "人/万人", 0.41, "per_1000"),
    ]


def test_changes_after_a_comparison_clause_are_absolute_changes() -> None:
    text = "全省共有乡镇卫生院1820个,床位9.4万张,与上年比较,床位增加0.3万张,人员减少0.2万人。"
    assert _rows(text, "measure", "value_base") == [
        ("1820个", "count", 1820.0),
        ("9.4万张", "count", 94000.0),
        ("0.3万张", "abs_change", 3000.0),
        ("0.2万人", "abs_change", -2000.0),
    ]


# (5) Completion of a named target: a share of it, not a target


def test_completion_of_named_targets_is_a_share() -> None:
    text = (
        "2023年,全县新增城镇就业6120人,完成省定民生实事目标任务的118.5%,"
        "市定目标任务的104%;农村劳动力转移就业3400人,完成目标任务的121% 。"
    )
    assert _rows(text, "measure", "denominator", region="岳阳市", year=2023) == [
        ("6120人", "level", None),
        ("118.5%", "share", "省定民生实事目标任务"),
        ("104%", "share", "市定目标任务"),
        ("3400人", "level", None),
        ("121%", "share", "目标任务"),
    ]


# (4) Periods cumulative to a day, stocks on a day or at the end of a span


def test_figures_up_to_a_day_are_the_year_to_date_and_stocks_that_month() -> None:
    text = (
        "截至11月20日,全省新登记经营主体45.2万户,同比增长12.3%。"
        "至此,全省实有经营主体增至512.6万户。\n"
        "今年新登记企业13.8万户,同比增长9.1%。\n"
        "从区域看,新登记经营主体6.2万户。\n"
    )
    assert _rows(text, "period", year=2023) == [
        ("45.2万户", "2023-01/2023-11"),
        ("12.3%", "2023-01/2023-11"),
        ("512.6万户", "2023-11"),
        ("13.8万户", "2023-01/2023-11"),
        ("9.1%", "2023-01/2023-11"),
        ("6.2万户", "2023-01/2023-11"),
    ]


def test_a_stock_in_a_half_year_is_its_state_at_the_end() -> None:
    text = (
        "上半年,全省经营主体总量超过800万户,新设企业12.1万户。"
        "至6月底实有企业260万户。按2022年末常住人口计算,平均每千人拥有企业52.5户。"
    )
    assert _rows(text, "period", year=2023) == [
        ("800万户", "2023-06"),
        ("12.1万户", "2023-01/2023-06"),
        ("260万户", "2023-06"),
        ("52.5户", "2023-06"),
    ]


def test_the_growth_of_a_stock_at_a_month_end_is_that_month() -> None:
    text = "1—9月份,全省商品房销售面积1820万平方米。9月末,商品房待售面积6120万平方米,同比增长8.4%。"
    assert _rows(text, "period", year=2023) == [
        ("1820万平方米", "2023-01/2023-09"),
        ("6120万平方米", "2023-09"),
        ("8.4%", "2023-09"),
    ]


def test_a_period_after_the_last_figure_is_not_passed_on() -> None:
    text = (
        "上半年,全区一般公共预算收入88.2亿元。\n"
        "国内增值税21.5亿元,同比下降12.1%,主要是退税政策在二季度集中兑现。\n"
        "企业所得税30.4亿元,完成年初预算的52.3%。\n"
    )
    assert [r[1] for r in _rows(text, "period", year=2022)] == ["2022-01/2022-06"] * 5


def test_a_ranked_stacked_table_with_blank_lines_and_separators() -> None:
    text = (
        "表2 2023年各市地区生产总值\n排名 |\n城市 |\nGDP(亿元) |\n增速(%) |\n\n"
        "1 |\n\n郑州市 |\n\n13,617.8 |\n\n7.4 |\n2 |\n洛阳市 |\n5,478.0 |\n3.8 |\n"
    )
    assert _rows(text, "subject", "region", "measure", "value_base", "period", year=2023) == [
        ("1", "GDP", "郑州市", "rank", 1.0, "2023"),
        ("13,617.8", "GDP", "郑州市", "level", 1361780000000.0, "2023"),
        ("7.4", "GDP", "郑州市", "growth_yoy", 7.4, "2023"),
        ("2", "GDP", "洛阳市", "rank", 2.0, "2023"),
        ("5,478.0", "GDP", "洛阳市", "level", 547800000000.0, "2023"),
        ("3.8", "GDP", "洛阳市", "growth_yoy", 3.8, "2023"),
    ]


def test_yici_lists_like_fenbie_and_a_shared_district_name_of_the_city() -> None:
    text = "盂县、平定县、郊区税收收入依次为8.2亿元、6.4亿元和5.1亿元。"
    assert _rows(text, "subject", "region", region="阳泉市") == [
        ("8.2亿元", "税收收入", "盂县"),
        ("6.4亿元", "税收收入", "平定县"),
        ("5.1亿元", "税收收入", "郊区"),
    ]


def test_three_sectors_after_a_whole_region_word() -> None:
    text = "全县三次产业增加值依次为12.3亿元、45.6亿元和78.9亿元。"
    assert _rows(text, "subject", region="平定县") == [
        ("12.3亿元", "第一产业增加值"),
        ("45.6亿元", "第二产业增加值"),
        ("78.9亿元", "第三产业增加值"),
    ]


def test_period_groups_over_columns_and_heading_rows() -> None:
    text = (
        "乡镇消费品零售额增长较快。\n"
        "表1 2024年5月份全省消费品零售额主要数据\n"
        "指标 |\n5月 |\n1-5月 |\n绝对量(亿元) |\n同比增长(%) |\n绝对量(亿元) |\n同比增长(%) |\n"
        "全省消费品零售总额 |\n812.5 |\n4.1 |\n3950.2 |\n3.8 |\n"
        "按经营单位所在地分 |\n县城 |\n601.2 |\n3.9 |\n2911.0 |\n3.5 |\n"
        "乡镇 |\n211.3 |\n4.8 |\n1039.2 |\n4.6 |\n"
        "注:此表速度均为名义增速。\n"
    )
    rows = _rows(text, "subject", "measure", "period", region="湖北省")
    assert rows[:4] == [
        ("812.5", "消费品零售总额", "level", "2024-05"),
        ("4.1", "消费品零售总额", "growth_yoy", "2024-05"),
        ("3950.2", "消费品零售总额", "level", "2024-01/2024-05"),
        ("3.8", "消费品零售总额", "growth_yoy", "2024-01/2024-05"),
    ]
    assert [r[1] for r in rows[4:]] == ["县城消费品零售总额"] * 4 + ["乡镇消费品零售额"] * 4


def test_a_row_per_line_table_with_a_column_without_unit_takes_the_rows_unit() -> None:
    text = (
        "表1 2024年1—6月份全省电力生产情况\n"
        "指标 | 绝对量 | 同比增长(%) |\n"
        "发电量(亿千瓦时) | 1520.4 | 6.1 |\n"
        "其中:火电 | 1102.3 | 2.5 |\n"
        "发电装机容量(万千瓦) | 9120 | 11.2 |\n"
        "其中:风电 | 2210 | 20.4 |\n"
    )
    assert _rows(text, "subject", "measure", "unit", "period") == [
        ("1520.4", "发电量", "level", "亿千瓦时", "2024-01/2024-06"),
        ("6.1", "发电量", "growth_yoy", "%", "2024-01/2024-06"),
        ("1102.3", "火电发电量", "level", "亿千瓦时", "2024-01/2024-06"),
        ("2.5", "火电发电量", "growth_yoy", "%", "2024-01/2024-06"),
        ("9120", "发电装机容量", "level", "万千瓦", "2024-01/2024-06"),
        ("11.2", "发电装机容量", "growth_yoy", "%", "2024-01/2024-06"),
        ("2210", "风电发电装机容量", "level", "万千瓦", "2024-01/2024-06"),
        ("20.4", "风电发电装机容量", "growth_yoy", "%", "2024-01/2024-06"),
    ]


def test_a_daily_average_of_entities_is_a_count_and_per_head_a_level() -> None:
    text = "上半年,全省新设企业15.3万户,平均每天新设0.84万户;平均每千人拥有企业41.2户。"
    assert _rows(text, "measure", year=2023) == [
        ("15.3万户", "count"),
        ("0.84万户", "count"),
        ("41.2户", "level"),
    ]


def test_the_economy_in_a_half_year_is_a_flow_and_new_jobs_a_level() -> None:
    text = "上半年,全市经济总量达到1210.5亿元。与上年相比,全市新增就业1.2万人,粮食产量增加0.8万吨。"
    assert _rows(text, "measure", "period", year=2023) == [
        ("1210.5亿元", "level", "2023-01/2023-06"),
        ("1.2万人", "level", "2023-01/2023-06"),
        ("0.8万吨", "abs_change", "2023-01/2023-06"),
    ]


def test_a_numbered_stacked_table_has_no_ranks() -> None:
    text = "序号\n指标\n绝对数(亿元)\n增长(%)\n1\n地区生产总值\n2100.5\n5.2\n2\n一般公共预算收入\n180.3\n4.1\n"
    assert _rows(text, "subject", "measure", region="洛阳市") == [
        ("2100.5", "地区生产总值", "level"),
        ("5.2", "地区生产总值", "growth_yoy"),
        ("180.3", "一般公共预算收入", "level"),
        ("4.1", "一般公共预算收入", "growth_yoy"),
    ]


def test_a_list_of_regions_with_colons_and_semicolons() -> None:
    text = "各县税收收入完成情况:盂县:8.2亿元;平定县:6.4亿元;郊区:5.1亿元。"
    assert _rows(text, "subject", "region", region="阳泉市") == [
        ("8.2亿元", "税收收入", "盂县"),
        ("6.4亿元", "税收收入", "平定县"),
        ("5.1亿元", "税收收入", "郊区"),
    ]


def test_the_kinds_a_breakdown_names_are_no_count() -> None:
    text = "从居民4项收入的情况来看,工资性收入增长5.1%;全年完成4项改革任务。"
    assert [f.text_span for f in _facts(text)] == ["5.1%", "4项"]


def test_a_caption_without_a_number_gives_the_tables_period() -> None:
    text = "全省工业生产平稳向好。\n2024年1—3月份全省规模以上工业主要指标\n指标\n绝对数(亿元)\n增长(%)\n营业收入\n5120.6\n4.4\n"
    assert _rows(text, "subject", "period", year=2024) == [
        ("5120.6", "营业收入", "2024-01/2024-03"),
        ("4.4", "营业收入", "2024-01/2024-03"),
    ]
