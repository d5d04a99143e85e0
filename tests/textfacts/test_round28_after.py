"""Round 28 after its freeze (session 18), from the spent judges 50–52 and pool 20: what a
text names as its year, subjects, heads and lists. Sentences are our own."""

from __future__ import annotations

from .rows import fact_rows


def test_a_title_of_last_year_dates_the_figures_of_a_text_published_later() -> None:
    text = (
        "2022年度甲市社会保险信息披露\n日期:2023-04-20\n"
        "截至2022年末,全市参加基本养老保险1120.5万人。\n"
        "全市参加失业保险1010.2万人,参加工伤保险1008.7万人。\n"
    )
    assert fact_rows(text, "period", region="440300", year=2023) == [
        ("1120.5万人", "2022"),
        ("1010.2万人", "2022"),
        ("1008.7万人", "2022"),
    ]


def test_a_stage_reached_names_what_reached_it_and_its_rate() -> None:
    text = (
        "截至6月底,棚户区改造已开工0.82万户,开工率48.2%;城镇保障性安居工程已基本建成2.1万套;"
        "全市已累计分配公租房12.4万套,分配率93.5%。"
    )
    assert fact_rows(text, "subject", region="520100", year=2022) == [
        ("0.82万户", "已开工棚户区改造"),
        ("48.2%", "棚户区改造开工率"),
        ("2.1万套", "城镇保障性安居工程基本建成"),
        ("12.4万套", "累计分配公租房"),
        ("93.5%", "公租房分配率"),
    ]


def test_a_stage_named_alone_takes_the_kind_counted_before() -> None:
    text = "全市棚户区改造新开工3.2万套,开工率51.0%;基本建成2.6万套,基本建成率62%。"
    assert fact_rows(text, "subject", region="370100", year=2021) == [
        ("3.2万套", "棚户区改造新开工"),
        ("51.0%", "棚户区改造新开工率"),
        ("2.6万套", "棚户区改造基本建成"),
        ("62%", "棚户区改造基本建成率"),
    ]


def test_a_plans_verb_governs_its_sentence_and_its_parts() -> None:
    text = (
        "甲地区计划实施对口支援项目120个,安排支援资金8.4亿元。\n"
        "其中:产业类项目40个,安排支援资金3.1亿元;民生类项目80个,安排支援资金5.3亿元。\n"
        "截至6月底,已开工项目96个,开工率80%。"
    )
    assert fact_rows(text, "measure", region="652900", year=2023) == [
        ("120个", "target"),
        ("8.4亿元", "target"),
        ("40个", "target"),
        ("3.1亿元", "target"),
        ("80个", "target"),
        ("5.3亿元", "target"),
        ("96个", "count"),
        ("80%", "share"),
    ]


def test_quantities_each_year_of_a_plan_are_targets() -> None:
    text = "三年内建成一批人才载体,包括每年新建50个实践基地、12个大师工作室,每两年评选100名专家。"
    assert fact_rows(text, "measure", region="320000", year=2023) == [
        ("50个", "target"),
        ("12个", "target"),
        ("100名", "target"),
    ]


def test_a_period_spanning_two_columns_and_rows_of_empty_cells() -> None:
    text = (
        "甲类企业生产情况\n"
        "项 目 | 计 量 单 位 | 2024年2季总计 |\n"
        "合计 | 国有控股企业 |\n"
        "企业个数 | 个 | 4210 | 305 |\n"
        "签订的合同额 | 亿元 | 2318.40 | 1506.72 |\n"
        "完成情况 |\n"
        "|\n"
        "|\n"
        "总产值 | 亿元 | 980.15 | 512.66 |\n"
    )
    assert fact_rows(text, "subject", "region", "period", region="440000", year=2024) == [
        ("4210", "企业个数", "广东省", "2024-01/2024-06"),
        ("305", "国有控股企业个数", "广东省", "2024-01/2024-06"),
        ("2318.40", "签订的合同额", "广东省", "2024-01/2024-06"),
        ("1506.72", "国有控股企业签订的合同额", "广东省", "2024-01/2024-06"),
        ("980.15", "总产值", "广东省", "2024-01/2024-06"),
        ("512.66", "国有控股企业总产值", "广东省", "2024-01/2024-06"),
    ]


def test_a_numbered_table_of_offices_one_cell_a_line() -> None:
    text = (
        "全年受理情况统计表(单位:件)\n\n序号\n\n单位\n\n咨询\n\n投诉\n\n"
        "1\n\n包头市工商局\n\n1200\n\n310\n\n2\n\n赤峰市市场监督管理局\n\n980\n\n205\n"
    )
    assert fact_rows(text, "subject", "region", "unit", region="150000", year=2017) == [
        ("1200", "咨询", "包头市", "件"),
        ("310", "投诉", "包头市", "件"),
        ("980", "咨询", "赤峰市", "件"),
        ("205", "投诉", "赤峰市", "件"),
    ]


def test_a_numbered_tables_columns_right_under_its_title() -> None:
    text = (
        "全区共有法人单位1800个(详见表2-1)。\n\n2-1单位数与构成\n\n单位数(个)\n\n比重(%)\n\n"
        "企业法人\n\n1650\n\n91.7\n\n社会团体\n\n150\n\n8.3\n"
    )
    assert fact_rows(text, "subject", "measure", "unit", region="500106", year=2018) == [
        ("1800个", "法人单位", "count", "个"),
        ("1650", "企业法人", "count", "个"),
        ("91.7", "企业法人", "share", "%"),
        ("150", "社会团体", "count", "个"),
        ("8.3", "社会团体", "share", "%"),
    ]


def test_a_table_of_targets_and_results_with_bounds_in_its_cells() -> None:
    text = (
        "表1:2021年主要预期目标完成情况\n\n指标名称\n\n2021年目标增长(%)\n\n2021年实际增长(%)\n\n"
        "地区生产总值\n\n6.5左右\n\n7.1\n\n一般公共预算收入\n\n6\n\n8.3\n"
    )
    assert fact_rows(text, "measure", "qualifier", "period", region="330100", year=2022) == [
        ("6.5左右", "target", "约", "2021"),
        ("7.1", "growth_yoy", None, "2021"),
        ("6", "target", None, "2021"),
        ("8.3", "growth_yoy", None, "2021"),
    ]


def test_rows_of_kinds_under_columns_of_units_and_persons() -> None:
    text = (
        "5-1 按行业分组的企业法人单位和从业人员\n\n企业法人单位(个)\n\n从业人员(人)\n\n"
        "合 计\n\n120\n\n880\n\n专业技术服务业\n\n45\n\n310\n"
    )
    assert fact_rows(text, "subject", region="500154", year=2018) == [
        ("120", "企业法人单位"),
        ("880", "从业人员"),
        ("45", "专业技术服务业企业法人单位"),
        ("310", "专业技术服务业从业人员"),
    ]


def test_a_census_the_lead_says_was_published() -> None:
    text = (
        "甲省人口普查结果公布:全省常住人口5120.4万人\n\n"
        "5月20日,甲省人民政府新闻办公室公布甲省第七次全国人口普查主要数据。全省常住人口5120.4万人,"
        "与2010年第六次全国人口普查4980.2万人相比,增加140.2万人。\n"
    )
    assert fact_rows(text, "period", region="510000", year=2021) == [
        ("5120.4万人", "2020-11"),
        ("5120.4万人", "2020-11"),
        ("4980.2万人", "2010-11"),
        ("140.2万人", "2020-11"),
    ]


def test_a_title_about_last_year_and_a_lead_naming_it() -> None:
    text = (
        "去年甲市粮食稳产丰收\n\n调查队统计显示,2020年,甲市粮食总产量98.6万吨,同比增长2.1%。\n\n"
        "夏粮总产量41.2万吨,增长1.5%。\n"
    )
    assert fact_rows(text, "period", region="610100", year=2021) == [
        ("98.6万吨", "2020"),
        ("2.1%", "2020"),
        ("41.2万吨", "2020"),
        ("1.5%", "2020"),
    ]


def test_the_part_of_the_year_a_release_is_said_to_be_of() -> None:
    text = (
        "10月20日,甲市统计局发布前三季度甲市经济运行数据。\n"
        "根据地区生产总值统一核算结果,甲市实现地区生产总值1320.5亿元,同比增长5.1%。\n"
    )
    assert fact_rows(text, "period", region="110000", year=2024) == [
        ("1320.5亿元", "2024-01/2024-09"),
        ("5.1%", "2024-01/2024-09"),
    ]


def test_a_unit_for_each_column_and_a_bare_share_beside_an_amount() -> None:
    text = (
        "2-1各地区常住人口\n\n单位:人、%\n\n地区\n\n常住人口数\n\n比重[4]\n\n"
        "迎江区\n\n253694\n\n6.09\n\n大观区\n\n214112\n\n5.14\n"
    )
    assert fact_rows(text, "subject", "region", "measure", "unit", region="340800", year=2020) == [
        ("253694", "常住人口数", "迎江区", "level", "人"),
        ("6.09", "常住人口数", "迎江区", "share", "%"),
        ("214112", "常住人口数", "大观区", "level", "人"),
        ("5.14", "常住人口数", "大观区", "share", "%"),
    ]


def test_items_of_unlike_lengths_share_only_the_last_ones_head() -> None:
    text = "新产品中,锂离子电池、工业机器人、光伏组件和数控金属切削机床产量分别增长12.1%、8.4%、6.0%和3.3%。"
    assert fact_rows(text, "subject", region="110000", year=2024) == [
        ("12.1%", "锂离子电池产量"),
        ("8.4%", "工业机器人产量"),
        ("6.0%", "光伏组件产量"),
        ("3.3%", "数控金属切削机床产量"),
    ]


def test_a_crop_named_as_the_sentences_topic_names_its_yield_and_output() -> None:
    text = (
        "今年甲省夏粮生产再获丰收,平均单产410.2公斤,创历史新高,总产1320.6万吨,比去年增加12.4万吨。"
    )
    assert fact_rows(text, "subject", region="130000", year=2021) == [
        ("410.2公斤", "夏粮单产"),
        ("1320.6万吨", "夏粮产量"),
        ("12.4万吨", "夏粮产量"),
    ]


def test_the_amount_added_is_a_change_of_the_figure_before() -> None:
    text = "第三产业增加值48.1亿元,增长6.2%,净增额达3.20亿元,拉动GDP增长3.1个百分点。"
    assert fact_rows(text, "subject", "measure", region="431223", year=2021) == [
        ("48.1亿元", "第三产业增加值", "level"),
        ("6.2%", "第三产业增加值", "growth_yoy"),
        ("3.20亿元", "第三产业增加值", "abs_change"),
        ("3.1个百分点", "第三产业拉动GDP增长", "pp_change"),
    ]


def test_a_record_an_adverb_and_a_verb_of_keeping_leave_the_subject() -> None:
    text = (
        "全省夏粮总产再创历史最高水平,达到2410.5万吨。森林覆盖率继续保持全国第一。"
        "现在全区经济总量2950亿元。"
    )
    assert fact_rows(text, "subject", region="370000", year=2022) == [
        ("2410.5万吨", "夏粮产量"),
        ("第一", "森林覆盖率"),
        ("2950亿元", "地区生产总值"),
    ]


def test_aid_given_to_a_month_end_is_summed_from_january() -> None:
    text = "截至10月底,东部省市向甲省投入财政援助资金18.6亿元,社会力量捐赠帮扶资金2.3亿元。"
    assert fact_rows(text, "period", region="620000", year=2023) == [
        ("18.6亿元", "2023-01/2023-10"),
        ("2.3亿元", "2023-01/2023-10"),
    ]


def test_persons_taking_part_in_an_insurance_are_its_insured() -> None:
    text = "到2022年底,本市参加基本养老保险982.4万人,比上年增加10.2万人。"
    assert fact_rows(text, "subject", region="440300", year=2022) == [
        ("982.4万人", "基本养老保险参保人数"),
        ("10.2万人", "基本养老保险参保人数"),
    ]


def test_a_numbered_item_naming_a_place_opens_its_paragraph() -> None:
    text = "各地数字经济发展各具特色。\n2天津市\n2022年,天津市数字经济稳步发展。全年数字经济增加值4210.5亿元,增长5.1%。\n"
    assert fact_rows(text, "region", region="全国", year=2022) == [
        ("4210.5亿元", "天津市"),
        ("5.1%", "天津市"),
    ]


def test_plans_tasks_listed_changes_and_a_compound_rate() -> None:
    text = (
        "全省棚户区改造开工任务8.2万套,公租房筹集任务1200套。按照计划,2024年全省将新增技术工人20万人以上,"
        "开展补贴性培训35万人次。参保人数分别为3.1亿人、1.2亿人,同比增加520万人、180万人。"
        "地区生产总值520亿元,比2015年增长61.2%,年复合增长率为10.0%。"
    )
    assert fact_rows(text, "subject", "measure", "basis", region="370000", year=2023) == [
        ("8.2万套", "棚户区改造开工任务", "target", None),
        ("1200套", "公租房筹集任务", "target", None),
        ("20万人", "新增技术工人", "target", None),
        ("35万人次", "开展补贴性培训", "target", None),
        ("3.1亿人", "参保人数", "level", None),
        ("1.2亿人", "参保人数", "level", None),
        ("520万人", "参保人数", "abs_change", None),
        ("180万人", "参保人数", "abs_change", None),
        ("520亿元", "地区生产总值", "level", None),
        ("61.2%", "地区生产总值", "growth_yoy", "cumulative_vs_base_year"),
        ("10.0%", "地区生产总值", "growth_yoy", "avg_annual"),
    ]


def test_an_amounts_distance_above_a_reference_is_a_change() -> None:
    text = "其养老金每人每月高于全市基础养老金标准15元。全区人均收入比全省平均高320元。"
    assert fact_rows(text, "measure", "value", region="370200", year=2022) == [
        ("15元", "abs_change", 15.0),
        ("320元", "abs_change", 320.0),
    ]
