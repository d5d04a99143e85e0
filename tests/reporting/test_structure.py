"""Structure check and causes on hand-built bundles (no database)."""

from __future__ import annotations

import pytest

from citystat.reporting import build_document, check_document
from citystat.reporting.checker import CheckError, problems_in
from citystat.reporting.inputs import CauseInfo, FollowupInfo, ReportData
from citystat.reporting.model import Document, Paragraph, Section, Text
from citystat.reporting.structure import check_structure, structure_problems
from tests.reporting.fixtures import bundle, row


def _data() -> ReportData:
    data = bundle(
        row("ind_va", value=100.0, growth=6.5, target_growth=8.0, growth_gap=-1.5, light="red"),
        row("ind_va", month=8, value=88.0, growth=-0.4),
        row("ind_va", month=6, value=66.0, growth=-0.6),
        row("ind_mining", value=80.0, growth=7.5, pull=5.9, contribution=90.8),
        row("ind_manufacturing", value=20.0, growth=3.0, pull=0.6, contribution=9.2),
        row("ind_nee", value=2.0, growth=120.0),
        row("ind_nee", month=8, growth=110.0),
    )
    data.lead_units = {
        "ind_va": "市工信局",
        "ind_mining": "市工信局",
        "ind_manufacturing": "市工信局",
    }
    return data


def test_causes_are_cited_attributed_and_never_invented() -> None:
    data = _data()
    plain = build_document("quarterly", data).plain_text()
    assert "据" not in plain.split("二、主要特点")[1].split("三、")[0]  # nothing entered: no cause
    data.causes = [
        CauseInfo("ind_mining", "140900", 2023, 9, "重点煤矿产能核增后产量增加。", "市能源局"),
    ]
    data.followups = [
        FollowupInfo("ind_va", "140900", 2023, 9, "answered", "市工信局", "已协调两户停产企业复产"),
    ]
    doc = build_document("quarterly", data)
    text = doc.plain_text()
    assert "据市能源局说明，重点煤矿产能核增后产量增加。" in text
    assert "该项已列入督办，市工信局答复：已协调两户停产企业复产。" in text
    check_document(doc, data)
    # A cause the data does not hold is refused by the sentence checker.
    for section in doc.walk_sections():
        for block in section.blocks:
            if isinstance(block, Paragraph):
                for k, run in enumerate(block.runs):
                    if getattr(run, "claim", "") == "cause":
                        block.runs[k] = type(run)("产量大幅增加", "cause", run.sources, 0)  # type: ignore[call-arg]
    with pytest.raises(CheckError, match="产量大幅增加"):
        check_document(doc, data)


def test_structure_check_names_what_is_missing() -> None:
    doc = Document(
        "quarterly",
        "t",
        "",
        "140900",
        "忻州市",
        "2023-Q3",
        "x",
        "",
        [
            Section("一、总体情况", [Paragraph([Text("总体看，全市经济运行总体平稳。")])]),
            Section("二、主要特点", [Paragraph([Text("（一）工业支撑有力。")], "lead")]),
            Section(
                "三、下步建议",
                [Paragraph([Text("（一）规模以上工业增加值（牵头单位：市统计局）。")], "lead")],
            ),
        ],
    )
    data = _data()
    messages = [p.message for p in structure_problems(doc, data)]
    assert "缺少「需要关注的问题」部分" in messages
    assert "主要特点应有3–5条，现有1条" in messages
    assert "主要特点没有数据支撑" in messages
    assert "「规模以上工业增加值」的牵头单位不是市统计局（统计部门只报数）" in messages
    data.lead_units["ind_va"] = "市统计局"  # the bureau's own indicator: it may lead
    messages = [p.message for p in structure_problems(doc, data)]
    assert not any("牵头单位" in m for m in messages)


def test_probability_wording_is_refused_in_fixed_text() -> None:
    doc = Document(
        "quarterly",
        "t",
        "",
        "140900",
        "忻州市",
        "2023-Q3",
        "x",
        "",
        [Section("一、测试", [Paragraph([Text("完成年度目标的概率较低。")])])],
    )
    assert any("概率" in p.message for p in problems_in(doc, _data()))


def test_built_quarterly_has_its_four_parts() -> None:
    data = _data()
    doc = build_document("quarterly", data)
    assert [s.title for s in doc.sections] == [
        "一、总体情况",
        "二、主要特点",
        "三、需要关注的问题",
        "四、下步建议",
    ]
    problems = [p.message for p in structure_problems(doc, data)]
    assert problems == ["主要特点应有3–5条，现有2条"]  # a tiny bundle has two stories only
    text = doc.plain_text()
    assert "（一）规模以上工业增加值（牵头单位：市工信局）。" in text
    with pytest.raises(CheckError):
        check_structure(doc, data)
