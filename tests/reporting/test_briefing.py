"""The 调度会 briefing on a hand-built bundle: items by 牵头单位, 督办 open and answered."""

from __future__ import annotations

from citystat.reporting import build_document, check_document
from citystat.reporting.inputs import FollowupInfo, ProjectInfo
from citystat.reporting.structure import structure_problems
from tests.reporting.fixtures import bundle, row


def test_briefing_groups_by_lead_unit_and_reports_followups() -> None:
    data = bundle(
        row("ind_va", value=100.0, growth=2.5, target_growth=8.0, growth_gap=-5.5, light="red"),
        row("ind_va", "140902", value=30.0, growth=1.0, rank=3, rank_change=0),
        row("ind_va", "140921", value=30.0, growth=4.0, rank=1, rank_change=1),
        row("ind_va", "140922", value=40.0, growth=3.0, rank=2, rank_change=-1),
    )
    data.lead_units = {"ind_va": "市工信局"}
    data.followups = [
        FollowupInfo("ind_va", "140900", 2023, 9, "answered", "市工信局", "两户企业已复产"),
        FollowupInfo("ind_va", "140902", 2023, 9, "open", "忻府区人民政府"),
    ]
    data.projects = [
        ProjectInfo(
            "P-1",
            "测试项目",
            "140921",
            "定襄县",
            "",
            "building",
            50.0,
            "定襄县人民政府",
            10.0,
            8.8,
            history=(((9, 9.0), (12, 10.0)),),
        )
    ]
    doc = build_document("briefing", data)
    check_document(doc, data)
    assert structure_problems(doc, data) == []
    text = doc.plain_text()
    assert "（一）市工信局" in text
    assert "本年度针对滞后指标发起的督办事项中，1项尚待答复，1项已答复。" in text
    assert "请市工信局汇报规模以上工业增加值的进展、原因分析和追赶措施。" in text
    assert "请定襄县人民政府说明重点项目投资进度滞后的原因" in text
    assert "请忻府区人民政府在会前答复尚未办结的督办事项。" in text
    table = next(t for t in doc.tables() if t.title == "投资进度滞后的重点项目")
    cells = ["".join(r.text for r in c) for c in table.rows[0]]
    assert cells[4:7] == ["88.0%", "90.0%", "落后序时进度2.0个百分点"]
    counties = next(t for t in doc.tables() if t.title.startswith("各县"))
    assert ["".join(r.text for r in c) for c in counties.rows[2]] == ["定襄县", "4.0%（第1位）"]
