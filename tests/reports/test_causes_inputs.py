"""``report_data`` fills the builders' 牵头单位, 原因说明 and follow-up inputs (issue 12)."""

from __future__ import annotations

import datetime as dt

import pytest

from citystat.reporting.inputs import CauseInfo, FollowupInfo
from citystat.reports.queries import report_data

pytestmark = pytest.mark.django_db
TODAY = dt.date(2024, 1, 5)
ANSWER = "(示例)已召开专题调度会,逐项分析原因,明确整改措施和完成时限,下月报送进展。"


def test_the_city_report_names_city_departments() -> None:
    data = report_data("140900", 2023, 9, today=TODAY)
    assert data.indicators["fai"].lead_unit == "市发展和改革委员会"
    assert data.indicators["fai"].source_unit == "市统计局"
    assert {c: data.lead_unit(c) for c in ("fai", "ind_va", "retail", "trade", "income")} == {
        "fai": "市发展和改革委员会",
        "ind_va": "市工业和信息化局",
        "retail": "市商务局",
        "trade": "市商务局",
        "income": "市发展和改革委员会",
    }
    assert len(data.lead_units) == 58


def test_the_county_report_names_the_county_departments() -> None:
    data = report_data("140921", 2023, 11, today=TODAY)
    assert {c: data.lead_unit(c) for c in ("fai", "ind_va", "retail", "pm25", "gdp")} == {
        "fai": "定襄县发展和改革局",
        "ind_va": "定襄县工业和信息化局",
        "retail": "定襄县商务局",
        "pm25": "忻州市生态环境局定襄分局",
        "gdp": "定襄县发展和改革局",
    }
    # IndicatorInfo keeps the city's unit; the county's comes through lead_units.
    assert data.indicators["fai"].lead_unit == "市发展和改革委员会"


def test_the_city_report_of_september_has_the_causes_to_september() -> None:
    data = report_data("140900", 2023, 9, today=TODAY)
    assert data.causes_for("fai", "140900", 2023, 9) == [
        CauseInfo(
            "fai",
            "140900",
            2023,
            9,
            "（示例）房地产开发投资下降拖累全市投资，部分新开工项目尚未形成实物工作量。",
            "市发展和改革委员会",
            "intake",
        )
    ]
    entered = [(c.indicator, c.region, c.month) for c in data.causes if c.stage != "followup"]
    assert sorted(entered) == [
        ("fai", "140900", 9),
        ("fiscal_revenue", "140900", 9),
        ("fiscal_revenue", "140921", 9),
        ("ind_va", "140921", 9),
        ("trade", "140900", 9),
    ]
    assert not [c for c in data.causes if c.month > 9]
    answered = [c for c in data.causes if c.stage == "followup"]
    assert len(answered) == 16  # 固投 of the city and of 市直 answered by its 牵头单位
    assert {c.text for c in answered} == {ANSWER}
    assert len(data.followups) == 75
    assert (
        FollowupInfo("fai", "140900", 2023, 3, "escalated", "市发展和改革委员会", ANSWER)
        in data.followups
    )


def test_the_county_report_of_november_has_its_own_causes_and_follow_ups() -> None:
    data = report_data("140921", 2023, 11, today=TODAY)
    assert {c.region for c in data.causes} == {"140921"}
    assert data.causes_for("retail", "140921", 2023, 11) == [
        CauseInfo(
            "retail",
            "140921",
            2023,
            11,
            "（示例）限额以上商贸企业销售额下滑，新增入库企业较少。",
            "定襄县商务局",
            "intake",
        ),
        CauseInfo("retail", "140921", 2023, 11, ANSWER, "定襄县人民政府", "followup"),
    ]
    assert data.causes_for("ind_va", "140921", 2023, 11) == [
        CauseInfo(
            "ind_va",
            "140921",
            2023,
            11,
            "（示例）经审核，降幅扩大主要受个别企业检修停产影响。",
            "市统计局综合科",
            "review",
        )
    ]
    assert [(f.indicator, f.month, f.status, f.responsible_unit) for f in data.followups] == [
        ("fiscal_revenue", 2, "escalated", "定襄县人民政府"),
        ("pm25", 2, "closed", "定襄县人民政府"),
        ("ind_va", 3, "escalated", "定襄县人民政府"),
        ("trade", 3, "closed", "定襄县人民政府"),
        ("retail", 5, "closed", "定襄县人民政府"),
        ("retail", 11, "closed", "定襄县人民政府"),
    ]
    assert {f.answer for f in data.followups} == {ANSWER}
