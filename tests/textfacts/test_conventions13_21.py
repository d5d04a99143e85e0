"""Conventions 13–22 of docs/textfacts.md (settled in session 6), on sentences of our own.

Each is a case the annotated sets had decided both ways; the extractor follows the
convention: a plan's figures are targets (13), 产品销售率/产销率 is a share (14), a yield
per mu in a mass unit alone is kg per mu (15), an ownership breakdown is the kind's
增加值 (16), persons employed carry no verb 实现 (17), a projection keeps its measure
(18), 经济增长/经济总量 is 地区生产总值 (20), a traffic handled to a date is summed
from January (21), and a completion rate's subject is compared by what was completed (22).
"""

from __future__ import annotations

from citystat.textfacts import Fact, extract
from citystat.textfacts.evaluate import evaluate, subjects_agree
from citystat.textfacts.subjects import full_name, normalise_subject

from .rows import fact_rows


def _facts(text: str) -> list[Fact]:
    return extract(text, region="晋中市", year=2023)


def _rows(text: str) -> list[tuple[object, ...]]:
    return fact_rows(
        text, "subject", "measure", "value_base", "base_unit", region="晋中市", year=2023
    )


def test_a_plans_numbers_of_projects_and_its_investment_are_targets() -> None:
    """Convention 13: what a plan sets (计划新开工, 计划竣工, 年度计划投资) is a target;
    what was done is a count or a level; 计划总投资 is a project's planned size."""
    text = (
        "今年全县重点工程中计划新开工项目28项,1至9月份计划开工21项,实际开工19项;"
        "全年计划竣工项目12项。全县年度计划投资46.3亿元,计划总投资210.5亿元。"
    )
    assert [(f.text_span, f.measure, f.base_unit) for f in _facts(text)] == [
        ("28项", "target", "count"),
        ("21项", "target", "count"),
        ("19项", "count", "count"),
        ("12项", "target", "count"),
        ("46.3亿元", "target", "yuan"),
        ("210.5亿元", "level", "yuan"),
    ]


def test_the_rate_of_output_sold_is_a_share_of_the_output() -> None:
    """Convention 14: 产品销售率 (产销率) is 销售产值 over 工业总产值, a share; its change
    in points stays pp_change."""
    text = "1-5月份,规模以上工业产品销售率为97.6%,比上年同期提高0.8个百分点;产销率为96.1%。"
    assert [(f.text_span, f.measure, f.denominator) for f in _facts(text)] == [
        ("97.6%", "share", "工业总产值"),
        ("0.8个百分点", "pp_change", None),
        ("96.1%", "share", "工业总产值"),
    ]


def test_a_yield_per_mu_in_kilograms_or_jin_is_kg_per_mu() -> None:
    """Convention 15: 亩产/单产 in 公斤 or 斤 alone is per mu (斤 half a kilogram); a total
    in 亿斤 stays tons."""
    text = "全县粮食总产量4.2亿斤,平均亩产486.4斤;玉米单产612.3公斤/亩,比上年增加8.5公斤。"
    assert [(f.text_span, f.unit, f.value_base, f.base_unit) for f in _facts(text)] == [
        ("4.2亿斤", "亿斤", 210000.0, "ton"),
        ("486.4斤", "斤", 243.2, "kg/mu"),
        ("612.3公斤/亩", "公斤/亩", 612.3, "kg/mu"),
        ("8.5公斤", "公斤", 8.5, "kg/mu"),
    ]
    assert [f.measure for f in _facts(text)] == ["level", "level", "level", "abs_change"]


def test_ownership_breakdowns_name_the_kinds_value_added() -> None:
    """Convention 16: 分经济类型看,股份制企业增长… is 股份制企业增加值 (no 工业 inside)."""
    text = (
        "1-5月份,规模以上工业增加值同比增长9.1%。分经济类型看,股份制企业增长7.6%,私营企业增长5.1%。"
    )
    assert [(f.text_span, f.subject) for f in _facts(text)] == [
        ("9.1%", "规模以上工业增加值"),
        ("7.6%", "股份制企业增加值"),
        ("5.1%", "私营企业增加值"),
    ]


def test_persons_employed_carry_no_verb() -> None:
    """Convention 17: 实现(再)就业 is a verb phrase: the indicator is 失业人员再就业."""
    text = "1至6月,就业困难人员实现就业8.5万人,失业人员实现再就业2.5万人。"
    assert _rows(text) == [
        ("8.5万人", "就业困难人员就业", "level", 85000.0, "person"),
        ("2.5万人", "失业人员再就业", "level", 25000.0, "person"),
    ]


def test_a_projection_keeps_its_measure() -> None:
    """Convention 18: 预计…可达 is a projection, not a target: its natural measure."""
    text = "预计全年粮食产量可达52万吨。"
    assert [(f.text_span, f.measure) for f in _facts(text)] == [("52万吨", "level")]


def test_the_economy_is_gdp() -> None:
    """Convention 20: 经济增长, 经济增速 and 经济总量 are 地区生产总值's; 经济作物 and
    民营经济 are not."""
    text = "一季度,经济增长6.2%,经济总量突破3000亿元。"
    assert [(f.text_span, f.subject) for f in _facts(text)] == [
        ("6.2%", "地区生产总值"),
        ("3000亿元", "地区生产总值"),
    ]
    assert full_name("经济总量增量") == "地区生产总值增量"
    assert full_name("经济作物种植面积") == "经济作物种植面积"
    assert full_name("民营经济增加值") == "民营经济增加值"
    assert normalise_subject("经济增速") == normalise_subject("GDP增速")
    assert subjects_agree("经济总量", "地区生产总值")


def test_traffic_handled_to_a_date_is_summed_from_january() -> None:
    """Convention 21: 截至12月10日,旅客吞吐量… is the sum of January to that date; a
    balance at a date stays the month."""
    text = (
        "截至12月10日,全市机场旅客吞吐量突破300万人次,同比增长12.5%。"
        "截至9月末,全市金融机构存款余额2000亿元。"
    )
    assert [(f.text_span, f.period) for f in _facts(text)] == [
        ("300万人次", "2023-01/2023-12"),
        ("12.5%", "2023-01/2023-12"),
        ("2000亿元", "2023-09"),
    ]


def test_a_completion_rates_subject_is_compared_by_what_was_completed() -> None:
    """Convention 22: ``X完成年预算进度``, ``X完成年度计划``, ``X投资完成率`` and
    ``X完成投资占年度计划的比重`` are one share of X's plan; a share's subjects are compared
    without that wording, as convention 12 compares them without 占…比重."""
    gold = Fact.from_dict(
        {
            "id": "g-1",
            "text_span": "28.9%",
            "char_start": 10,
            "char_end": 15,
            "subject": "税务部门组织收入完成年预算进度",
            "measure": "share",
            "value": 28.9,
            "unit": "%",
            "value_base": 28.9,
            "base_unit": "percent",
        }
    )
    said = ["税务部门完成年预算", "税务部门组织收入完成率", "税务部门组织收入占年预算的比重"]
    for subject in said:
        predicted = Fact.from_dict({**gold.to_dict(), "id": "p-1", "subject": subject})
        assert evaluate([predicted], [gold]).fully_correct == 1, subject
    other = Fact.from_dict({**gold.to_dict(), "id": "p-1", "subject": "财政部门完成年预算"})
    assert evaluate([other], [gold]).fully_correct == 0


def test_a_shares_change_in_points_is_compared_by_the_shares_part() -> None:
    """Convention 12 holds for a share's change as for the share: ``甲占比提高2.1个百分点``
    and ``甲占乙的比重提高2.1个百分点`` name one change."""
    gold = Fact.from_dict(
        {
            "id": "g-1",
            "text_span": "2.1个百分点",
            "char_start": 10,
            "char_end": 17,
            "subject": "甲类项目个数占比",
            "measure": "pp_change",
            "value": 2.1,
            "unit": "个百分点",
            "value_base": 2.1,
            "base_unit": "percentage_point",
        }
    )
    predicted = Fact.from_dict(
        {**gold.to_dict(), "id": "p-1", "subject": "甲类项目个数占全部项目个数的比重"}
    )
    assert evaluate([predicted], [gold]).fully_correct == 1
    other = Fact.from_dict(
        {**gold.to_dict(), "id": "p-1", "subject": "乙类项目个数占全部项目的比重"}
    )
    assert evaluate([other], [gold]).fully_correct == 0
