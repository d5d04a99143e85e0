"""Round 30 (session 20), after the freeze of heldout62–64, from the spent judges 62–64
(charity, marine economy, railways; discipline inspection, trademarks, film; wetlands,
cross-border RMB, procuratorates). Sentences are our own."""

from __future__ import annotations

from .rows import fact_rows

_REGION = "440000"


def test_a_success_rate_reached_is_a_share() -> None:
    text = "全年救护野生动物32只,救护成功率达到91%。"
    assert fact_rows(text, "measure", region=_REGION, year=2023) == [
        ("32只", "count"),
        ("91%", "share"),
    ]


def test_an_ordinal_kind_stays_in_the_subject() -> None:
    text = "运用第一种形态批评教育帮助12.3万人次,运用第二种形态处理4.1万人次。"
    assert fact_rows(text, "subject", region=_REGION, year=2023) == [
        ("12.3万人次", "运用第一种形态批评教育帮助"),
        ("4.1万人次", "运用第二种形态处理"),
    ]


def test_a_note_between_commas_names_nothing() -> None:
    text = "全市跨境人民币结算量首次突破2万亿元人民币,下同,达2.4万亿元,同比增长18.2%。"
    assert fact_rows(text, "subject", region=_REGION, year=2023) == [
        ("2万亿元", "跨境人民币结算量"),
        ("2.4万亿元", "跨境人民币结算量"),
        ("18.2%", "跨境人民币结算量"),
    ]


def test_visits_of_institutions_and_train_sets_are_counted() -> None:
    text = "资助非营利公益机构210.5万元,受益26家次。全国铁路拥有动车组4100标准组。"
    assert fact_rows(text, "measure", region=_REGION, year=2023) == [
        ("210.5万元", "level"),
        ("26家次", "count"),
        ("4100标准组", "count"),
    ]


def test_box_office_in_a_bare_yi_is_money() -> None:
    text = "全年全省电影票房近48亿。"
    assert fact_rows(text, "value_base", region=_REGION, year=2023) == [("48亿", 4800000000.0)]


def test_persons_right_after_the_cases_they_concern_are_those_cases_persons() -> None:
    text = "全年共受理各类审查逮捕案件36件41人,批准逮捕28件30人。"
    assert fact_rows(text, "subject", region=_REGION, year=2023) == [
        ("36件", "受理审查逮捕案件"),
        ("41人", "受理审查逮捕人数"),
        ("28件", "批准逮捕"),
        ("30人", "批准逮捕"),
    ]


def test_the_year_a_change_started_from_dates_its_own_figure_only() -> None:
    text = "全省影院数从2015年的210家增加到415家,新增银幕320块。"
    assert fact_rows(text, "period", region=_REGION, year=2023) == [
        ("210家", "2015"),
        ("415家", "2023"),
        ("320块", "2023"),
    ]


def test_the_same_period_of_a_year_in_brackets_dates_its_figure_only() -> None:
    text = "二季度,发出检察建议9件(2022年同期4件);发出纠正意见12件。"
    assert fact_rows(text, "period", region=_REGION, year=2023) == [
        ("9件", "2023-04/2023-06"),
        ("4件", "2022-04/2022-06"),
        ("12件", "2023-04/2023-06"),
    ]


def test_a_number_of_things_added_net_is_a_change_of_that_number() -> None:
    text = "全年城市院线净增银幕数1520块。"
    assert fact_rows(text, "measure", region=_REGION, year=2023) == [("1520块", "abs_change")]
    assert fact_rows(text, "subject", region=_REGION, year=2023) == [("1520块", "城市院线银幕数")]


def test_money_raised_above_a_bound_is_an_amount_not_a_class() -> None:
    text = "计划5年募集投入12亿元以上帮扶资金。"
    assert fact_rows(text, "value_base", region=_REGION, year=2023) == [("12亿元", 1200000000.0)]


def test_a_magnitude_bounding_what_is_counted_is_no_figure() -> None:
    text = "全年票房过亿元影片共41部。"
    assert fact_rows(text, "measure", region=_REGION, year=2023) == [("41部", "count")]


def test_a_rank_reached_in_the_world_ranks_the_text_s_own_place() -> None:
    text = "该市已成为全球无人机产业第一。"
    assert fact_rows(text, "region", region=_REGION, year=2023) == [("第一", "广东省")]
    assert fact_rows(text, "subject", region=_REGION, year=2023) == [("第一", "无人机产业")]


# After the freeze of heldout65–67 (mineral resources, land supply, green food; youth
# league, payments, animal epidemic prevention; weather services, exit-entry, shipbuilding)


def test_deadweight_tons_and_the_counts_of_documents_calls_and_train_runs() -> None:
    text = (
        "全省造船完工量864万载重吨,同比增长12%。"
        "签发普通护照96.4万本,受理来电31余万通,查验火车1.2万列次,实施项目864项次。"
    )
    assert fact_rows(text, "measure", region=_REGION, year=2025) == [
        ("864万载重吨", "level"),
        ("12%", "growth_yoy"),
        ("96.4万本", "count"),
        ("31余万通", "count"),
        ("1.2万列次", "count"),
        ("864项次", "count"),
    ]
    assert fact_rows(text, "value_base", region=_REGION, year=2025)[0] == ("864万载重吨", 8640000.0)


def test_what_was_cut_and_a_net_increase_about_so_much_are_changes() -> None:
    text = "10年累计减少化肥使用210万吨。全市耕地净增加约12万亩。全市贫困人口减少到1.2万人。"
    assert fact_rows(text, "measure", region=_REGION, year=2025) == [
        ("210万吨", "abs_change"),
        ("12万亩", "abs_change"),
        ("1.2万人", "level"),
    ]
    assert fact_rows(text, "value_base", region=_REGION, year=2025)[0] == ("210万吨", -2100000.0)


def test_what_a_plan_reaches_by_a_later_year_is_a_target_and_a_projection_is_not() -> None:
    text = (
        "计划至2027年,主要矿种新增资源储量为:铜80万吨、金30吨。"
        "预计到2027年,全市产量可达50万吨。"
        "截至2026年3月15日,全市共接待游客118万人次。"
    )
    assert fact_rows(text, "measure", region=_REGION, year=2025) == [
        ("80万吨", "target"),
        ("30吨", "target"),
        ("50万吨", "level"),
        ("118万人次", "level"),
    ]


def test_since_new_year_in_a_quarter_s_report_runs_from_january() -> None:
    text = "市气象局2024年第三季度工作报告\n今年以来共开展气象科普活动31次。\n"
    assert fact_rows(text, "period", region=_REGION, year=2024) == [("31次", "2024-01/2024-09")]


def test_an_order_book_is_held_at_the_end_of_the_months_reported() -> None:
    text = "1-5月全省船舶工业情况\n全省手持订单1379艘7075万载重吨,同比增长5.6%。\n"
    assert fact_rows(text, "period", region="320000", year=2011) == [
        ("1379艘", "2011-05"),
        ("7075万载重吨", "2011-05"),
        ("5.6%", "2011-05"),
    ]


# After the freeze of heldout68–70 (carbon trading, anti-smuggling, farmer cooperatives;
# social credit, labour arbitration, flowers; integrated circuits, textiles, biomedicine)


def test_tenths_and_hundredths_in_words() -> None:
    text = "东部地区出口同比增长近一成四,约占全国出口的八成七;东北三省出口同比下降约一成二。"
    assert fact_rows(text, "value_base", region=_REGION, year=2021) == [
        ("一成四", 14.0),
        ("八成七", 87.0),
        ("一成二", -12.0),
    ]


def test_a_fraction_after_de_is_a_share_with_no_unit_written() -> None:
    text = "全市高端人才占全省的1/4,产业规模约占全市生产总值的1/6。"
    assert fact_rows(text, "unit", region=_REGION, year=2021) == [("1/4", None), ("1/6", None)]
    assert fact_rows(text, "measure", region=_REGION, year=2021) == [
        ("1/4", "share"),
        ("1/6", "share"),
    ]


def test_a_growth_rate_named_as_such_is_a_growth_and_a_natural_one_is_not() -> None:
    text = "企业注册量复合年均增长率达51.9%。全市人口自然增长率为3.5‰。"
    assert fact_rows(text, "measure", region=_REGION, year=2021) == [
        ("51.9%", "growth_yoy"),
        ("3.5‰", "level"),
    ]
    assert fact_rows(text, "subject", region=_REGION, year=2021)[0] == ("51.9%", "企业注册量")


def test_a_loud_growth_a_success_rate_near_a_bound_and_chips_in_pieces() -> None:
    text = "成交量达1530万吨,较上年大涨92%。调解成功率近90%。集成电路产量288亿片。"
    assert fact_rows(text, "measure", region=_REGION, year=2021) == [
        ("1530万吨", "level"),
        ("92%", "growth_yoy"),
        ("90%", "share"),
        ("288亿片", "count"),
    ]


def test_percentages_a_comma_separates_in_a_list_keep_the_list_s_measure() -> None:
    text = "机电产品出口分别增长24.8%,16.4%和51.1%。"
    assert fact_rows(text, "measure", region=_REGION, year=2021) == [
        ("24.8%", "growth_yoy"),
        ("16.4%", "growth_yoy"),
        ("51.1%", "growth_yoy"),
    ]


def test_a_total_done_for_those_counted_is_no_threshold_of_them() -> None:
    text = "全年为1260名劳动者追回经济损失超5000万元。全市有12户企业利润超10亿元。"
    assert [span for span, _ in fact_rows(text, "measure", region=_REGION, year=2021)] == [
        "1260名",
        "5000万元",
        "12户",
    ]


def test_a_magnitude_bounding_projects_under_construction_is_no_figure() -> None:
    text = "全产业有135个过亿元在建项目。"
    assert fact_rows(text, "measure", region=_REGION, year=2021) == [("135个", "count")]


# The review's sentences: what the rules above must leave alone


def test_reduced_in_a_purpose_a_name_or_before_a_copula_is_no_change() -> None:
    text = (
        "为减少损失投入资金3亿元。减少碳排放项目共32个。化肥减少量为500吨。"
        "减少农民负担总额达3亿元。10年累计减少氮肥使用670万吨。"
    )
    assert fact_rows(text, "measure", region=_REGION, year=2023) == [
        ("3亿元", "level"),
        ("32个", "count"),
        ("500吨", "level"),
        ("3亿元", "level"),
        ("670万吨", "abs_change"),
    ]


def test_an_amount_then_a_count_keeps_the_amount_and_a_class_of_projects_stays_a_class() -> None:
    text = "今年累计投资超亿元新建学校3所。全市投入1亿元以上项目12个。"
    assert [span for span, _ in fact_rows(text, "measure", region=_REGION, year=2023)] == [
        "亿元",
        "3所",
        "12个",
    ]


def test_a_guarantee_is_no_dan() -> None:
    assert fact_rows("为企业提供融资5000万担保。", "measure", region=_REGION, year=2023) == []


def test_a_projection_keeps_its_measure_unless_a_plan_is_named() -> None:
    text = (
        "到2025年,全市粮食产量可达50万吨。据预测,到2025年全市人口达到100万人。"
        "按照规划,到2025年,全市生物医药产业规模将达到1200亿元。"
    )
    assert fact_rows(text, "measure", region=_REGION, year=2023) == [
        ("50万吨", "level"),
        ("100万人", "level"),
        ("1200亿元", "target"),
    ]


def test_every_comma_of_a_list_of_percentages_is_its_separator() -> None:
    text = "出口分别增长24.8%,16.4%,10.2%和51.1%。"
    assert [m for _, m in fact_rows(text, "measure", region=_REGION, year=2023)] == [
        "growth_yoy"
    ] * 4


# After the freeze of heldout71–73 (shared bicycles, charging, parking; grassland, sand
# control, ecological compensation; appliances, nonferrous metals, glass and ceramics)


def test_a_yield_said_per_mu_before_its_kilograms_is_per_mu() -> None:
    text = "鲜草产量每亩由175.06千克增加,粮食单产达到每亩450公斤。"
    assert fact_rows(text, "unit", region=_REGION, year=2017) == [
        ("175.06千克", "千克/亩"),
        ("450公斤", "公斤/亩"),
    ]


def test_a_signed_percentage_in_brackets_after_an_amount_is_its_growth() -> None:
    text = "全市洗衣机产量2688.62万台(+19.5%)。"
    assert fact_rows(text, "measure", region=_REGION, year=2023) == [
        ("2688.62万台", "count"),
        ("19.5%", "growth_yoy"),
    ]
    assert fact_rows(text, "subject", region=_REGION, year=2023)[1] == ("19.5%", "洗衣机产量")


def test_the_parts_of_a_target_behind_qizhong_are_targets_and_of_an_amount_are_not() -> None:
    text = (
        "全市计划新增停车泊位2万个以上,其中新增公共停车泊位2700个以上。"
        "力争全省充电桩达到25万台以上。其中,公共充电桩达到9.5万台左右、专用充电桩5.5万台左右。"
        "全市完成投资120亿元,其中工业投资45亿元。"
    )
    assert fact_rows(text, "measure", region=_REGION, year=2023) == [
        ("2万个", "target"),
        ("2700个", "target"),
        ("25万台", "target"),
        ("9.5万台", "target"),
        ("5.5万台", "target"),
        ("120亿元", "level"),
        ("45亿元", "level"),
    ]


def test_what_was_done_of_a_target_behind_qizhong_is_no_part_of_it() -> None:
    text = "全年目标任务300亿元,其中已完成280亿元。计划投资50亿元,其中实际完成投资30亿元。"
    assert fact_rows(text, "measure", region=_REGION, year=2023) == [
        ("300亿元", "target"),
        ("280亿元", "level"),
        ("50亿元", "target"),
        ("30亿元", "level"),
    ]
