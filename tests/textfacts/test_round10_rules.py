"""The rules round 10's errors led to, on short sentences of our own (not the corpus texts).

Units of environmental and energy statistics (concentrations, decibels, hours) with
guards (PM2.5 is a name, 24小时服务 a modifier), 首位 as rank 1, a multiple of the same
quantity of the year before (相当于上年…的N倍), named rates ending in 度, 年度任务 as a
target, outputs named by their verb (生产原煤 → 原煤产量), subject fragments (所占比重,
截至6月底已, 累计), regions joined by 和 before 分别, and periods (…以来 holds for its
sentence; 由上年的每人每月50元 is the previous year's).
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract

from .rows import fact_rows


def _facts(text: str) -> list[Fact]:
    return extract(text, region="忻州市", year=2023)


def _rows(text: str) -> list[tuple[object, ...]]:
    return fact_rows(text, "subject", "region", "measure", "value", region="忻州市", year=2023)


def _units(text: str) -> list[tuple[object, ...]]:
    return fact_rows(text, "unit", "value_base", "base_unit", region="忻州市", year=2023)


def test_concentration_and_noise_units_have_their_base_units() -> None:
    text = (
        "城区二氧化氮年均浓度为21微克/立方米,臭氧浓度为140μg/m³,一氧化碳浓度为1.2毫克/立方米。"
        "出境断面总磷年均浓度为0.05毫克/升。夜间区域声环境平均等效声级为45.1分贝。"
    )
    assert _units(text) == [
        ("21微克/立方米", "微克/立方米", 21.0, "μg/m3"),
        ("140μg/m³", "μg/m³", 140.0, "μg/m3"),
        ("1.2毫克/立方米", "毫克/立方米", 1200.0, "μg/m3"),  # convention 34
        ("0.05毫克/升", "毫克/升", 0.05, "mg/L"),
        ("45.1分贝", "分贝", 45.1, "dB"),
    ]


def test_pm_names_are_never_numbers_and_keep_their_subject() -> None:
    text = "细颗粒物(PM2.5)年均浓度为30微克/立方米,同比下降6.2%;PM10年均浓度为55微克/立方米。"
    assert _rows(text) == [
        ("30微克/立方米", "细颗粒物(PM2.5)年均浓度", "忻州市", "level", 30.0),
        ("6.2%", "细颗粒物(PM2.5)年均浓度", "忻州市", "growth_yoy", -6.2),
        ("55微克/立方米", "PM10年均浓度", "忻州市", "level", 55.0),
    ]


def test_hours_are_a_quantity_but_not_as_a_modifier_or_a_window() -> None:
    text = "全市光伏平均利用小时数1350小时,比上年减少40小时。政务大厅提供24小时服务,2小时内办结。"
    assert _units(text) == [
        ("1350小时", "小时", 1350.0, "hour"),
        ("40小时", "小时", -40.0, "hour"),
    ]
    assert [f.measure for f in _facts(text)] == ["level", "abs_change"]


def test_first_place_is_rank_one() -> None:
    facts = _facts("原平市粮食产量居全市首位。")
    assert [(f.text_span, f.subject, f.region, f.measure, f.value, f.unit) for f in facts] == [
        ("首位", "粮食产量", "原平市", "rank", 1.0, None)  # 位 is grammar (convention 2)
    ]
    assert _facts("首位度不断提升。") == []


def test_multiple_of_the_same_quantity_of_the_year_before_is_growth() -> None:
    facts = _facts("全年新增光伏装机50万千瓦,相当于上年新增规模的1.5倍。")
    last = facts[-1]
    assert (last.text_span, last.subject, last.measure, last.value_base, last.basis) == (
        "1.5倍",
        "新增光伏装机",
        "growth_yoy",
        50.0,
        "prev_year",
    )


def test_named_rates_ending_in_du_are_levels() -> None:
    # (rates of coverage, 覆盖率 and 植被盖度, are shares since convention 8)
    text = "全县森林覆盖率达到23.1%,草原综合植被盖度达到70.2%,群众满意度为96.5%。"
    assert [(f.subject, f.measure) for f in _facts(text)] == [
        ("森林覆盖率", "share"),
        ("草原综合植被盖度", "share"),
        ("群众满意度", "level"),
    ]


def test_annual_task_is_a_target_and_its_completion_a_share() -> None:
    text = "农村危房改造年度任务300户,截至9月底已完成260户,全年累计完成320户,为年度任务的106.7%。"
    assert [(f.text_span, f.subject, f.period, f.measure) for f in _facts(text)] == [
        ("300户", "农村危房改造", "2023", "target"),
        # 截至9月底 + a flow (已完成): the sum of 1-9月 (issue 13, class 5)
        ("260户", "农村危房改造", "2023-01/2023-09", "count"),
        ("320户", "农村危房改造", "2023", "count"),
        ("106.7%", "农村危房改造完成年度任务", "2023", "share"),
    ]


def test_output_named_by_its_verb() -> None:
    text = "全市35座生产煤矿全年生产原煤6500万吨,同比增长3.1%。全市风电发电52.3亿千瓦时。"
    assert _rows(text) == [
        ("35座", "生产煤矿", "忻州市", "count", 35.0),
        ("6500万吨", "原煤产量", "忻州市", "level", 6500.0),
        ("3.1%", "原煤产量", "忻州市", "growth_yoy", 3.1),
        ("52.3亿千瓦时", "风电发电量", "忻州市", "level", 52.3),
    ]


def test_suo_zhan_bizhong_and_yue_zhan_refer_to_the_share_before() -> None:
    text = (
        "新能源发电量60.2亿千瓦时,占全部发电量的30.1%,所占比重较上年提高2.5个百分点。"
        "岢岚县新能源装机达到80万千瓦,约占全县电力装机的八成。"
    )
    rows = [(f.text_span, f.subject, f.qualifier) for f in _facts(text)]
    assert rows == [
        ("60.2亿千瓦时", "新能源发电量", None),
        ("30.1%", "新能源发电量占全部发电量的比重", None),
        ("2.5个百分点", "新能源发电量占全部发电量的比重", None),
        ("80万千瓦", "新能源装机", None),
        ("八成", "新能源装机占全县电力装机的比重", "约"),
    ]


def test_regions_joined_by_he_are_distributed_over_fenbie() -> None:
    text = "保德县原煤产量2105.7万吨;河曲县和宁武县紧随其后,产量分别为1863.2万吨、1502.6万吨。"
    assert [(f.subject, f.region) for f in _facts(text)] == [
        ("原煤产量", "保德县"),
        ("原煤产量", "河曲县"),
        ("原煤产量", "宁武县"),
    ]


def test_a_span_up_to_now_holds_for_its_own_sentence() -> None:
    text = "“十四五”以来,全市累计新增光伏装机300万千瓦。代县光伏装机达到56万千瓦。"
    assert [(f.text_span, f.period) for f in _facts(text)] == [
        ("300万千瓦", "2021/2023"),
        ("56万千瓦", "2023"),
    ]


def test_previous_year_value_per_head_and_month() -> None:
    text = "高龄津贴标准由上年的每人每月50元提高到80元。"
    assert [(f.text_span, f.period) for f in _facts(text)] == [("50元", "2022"), ("80元", "2023")]
