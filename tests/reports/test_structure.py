"""The demo's 2023-Q3 quarterly and 2023-11 briefing, for the city and for 定襄县, pass the
sentence checker and the structure check (sections, 主要特点 backed by figures, every item
naming a 牵头单位 that is not the statistics bureau unless the indicator is its own)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from citystat.reporting import build_document, check_document
from citystat.reporting.checker import CheckError
from citystat.reporting.inputs import ReportData
from citystat.reporting.structure import check_structure, structure_problems
from citystat.reports.queries import report_data

TODAY = dt.date(2024, 1, 5)
# 牵头单位 by data source where the source is a department; the statistics offices' figures
# go to the department that answers for them. Until the `causes` work fills
# ``ReportData.lead_units`` from the database, the test fills them here.
BY_SOURCE = {"市统计局": "市发展改革委", "国家统计局忻州调查队": "市人社局"}
OWN = {"ind_va": "市工信局", "retail": "市商务局", "trade": "市商务局"}


def _with_lead_units(data: ReportData) -> ReportData:
    county = data.region.name if data.region.level == "county" else ""
    for ind in data.indicators.values():
        unit = OWN.get(ind.code) or BY_SOURCE.get(ind.source_unit, ind.source_unit)
        if county and unit.startswith("市"):
            unit = county + unit[1:]
        data.lead_units[ind.code] = unit
    return data


CASES = [
    ("quarterly", "140900", 9),
    ("quarterly", "140921", 9),
    ("briefing", "140900", 11),
    ("briefing", "140921", 11),
    ("review", "140900", 12),
    ("review", "140921", 12),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("kind", "region", "month"), CASES)
def test_demo_documents_pass_both_checks(kind: str, region: str, month: int) -> None:
    data = _with_lead_units(report_data(region, 2023, month, today=TODAY))
    doc = build_document(kind, data)
    assert check_document(doc, data) > 50
    assert check_structure(doc, data) >= 3
    text = doc.plain_text()
    assert "统计局牵头" not in text and "请市统计局" not in text
    assert "概率" not in text and "降幅持平" not in text and "增速上拉" not in text


@pytest.mark.django_db
def test_quarterly_city_reads_as_the_bureau_writes() -> None:
    data = _with_lead_units(report_data("140900", 2023, 9, today=TODAY))
    doc = build_document("quarterly", data)
    titles = [s.title for s in doc.sections]
    assert titles == ["一、总体情况", "二、主要特点", "三、需要关注的问题", "四、下步建议"]
    text = doc.plain_text()
    for sentence in (
        "前三季度，全市地区生产总值1062.7亿元，按可比价格计算，同比增长3.3%，较上半年增速回落"
        "0.1个百分点；年度目标为增长6.0%，低于目标2.7个百分点，比全省（增长4.5%）低1.2个百分点",
        "总体看，全市经济运行总体平稳。",
        "（一）采矿业增加值支撑作用突出。1-9月，采矿业增加值同比增长6.2%，拉动规模以上工业增加值"
        "增长5.4个百分点，贡献率83.2%。",
        "三次产业结构由上年同期的10.9:48.6:40.5调整为10.8:48.7:40.5。",
        "第二产业投资同比下降5.3%，下拉固定资产投资增速2.3个百分点。",
        "固定资产投资持续下降。1-9月，固定资产投资同比下降2.1%，已连续4个月同比为负，"
        "较上半年降幅扩大0.9个百分点；年度目标为增长8.0%，低于目标10.1个百分点；按往年进度推算，"
        "全年预计下降2.1%；四季度需增长28.6%以上方能完成全年目标，难度很大。",
        "规模以上工业增加值，4个县（市、区）增速高于全市，3个为负",
        "（牵头单位：市发展改革委）",
        "1-9月，规模以上工业增加值同比增长6.5%，较上半年增速加快1.3个百分点",
        "1-9月，房地产开发投资57.16亿元，同比下降14.1%，降幅与上半年持平。",
        "9月末，城镇调查失业率为5.4%，与上年同期持平。",
        "1-9月，PM2.5平均浓度为32微克/立方米；年度控制目标为不超过33微克/立方米，低于控制目标1微克/立方米。",
        "1-9月，空气质量优良天数比例为85.1%，比上年同期提高5.0个百分点。",
        "1-9月，生产安全事故死亡人数33人，比上年同期增加2人",
        "9月末，国考断面优良水质断面数14个，比上年同期增加2个。",
    ):
        assert sentence in text, sentence
    assert "规模以上工业增加值462.34亿元" not in text


@pytest.mark.django_db
def test_county_quarterly_says_quanxian_and_names_county_departments() -> None:
    data = _with_lead_units(report_data("140921", 2023, 9, today=TODAY))
    text = build_document("quarterly", data).plain_text()
    assert "总体看，全县经济运行" in text
    assert "（牵头单位：定襄县财政局）" in text
    assert "低于全市7.7个百分点，居全市第13位" in text


@pytest.mark.django_db
def test_structure_check_refuses_the_bureau_as_lead_unit_and_missing_units() -> None:
    data = _with_lead_units(report_data("140900", 2023, 9, today=TODAY))
    data.lead_units["fai"] = "市统计局"
    data.lead_units["fai_secondary"] = "市统计局"
    doc = build_document("quarterly", data)
    check_document(doc, data)  # the numbers are still right
    data.lead_units["fai"] = "市发展改革委"  # the document names 市统计局 for 固投
    with pytest.raises(CheckError, match="牵头单位不是市统计局"):
        check_structure(doc, data)
    bare = report_data("140900", 2023, 9, today=TODAY)
    bare.lead_units.clear()  # as before any 牵头单位 was entered
    bare.indicators = {k: replace(v, lead_unit="") for k, v in bare.indicators.items()}
    problems = structure_problems(build_document("quarterly", bare), bare)
    assert any("未写明牵头单位" in p.message for p in problems)
