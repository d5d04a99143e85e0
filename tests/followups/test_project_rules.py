"""Project rules: behind 序时进度 and overdue milestones, re-checked when the next month lands."""

from __future__ import annotations

import datetime as dt

import pytest

from citystat.followups import actions as fa
from citystat.followups.models import Followup, Rule
from citystat.projects import actions as pa

pytestmark = pytest.mark.django_db


@pytest.fixture
def project():
    p = pa.create_project(
        code="T-9",
        name="测试园区项目",
        region_code="140921",
        category="industry",
        total_investment="50",
        responsible_unit="定襄县人民政府",
    )
    pa.set_plan(p, year=2024, annual_investment="12")
    pa.set_milestones(
        p,
        {
            "start": (dt.date(2023, 5, 31), dt.date(2023, 5, 20)),
            "structure": (dt.date(2024, 1, 31), None),
        },
        today=dt.date(2024, 12, 31),
    )
    return p


def test_behind_and_overdue_in_january_then_cleared_in_february(project):
    pa.record_progress(project, year=2024, month=1, completed_ytd="0.20")  # 1.7%, 6.7 pp behind
    Rule.objects.filter(code="project_behind_20pp").update(gap_pp=5)
    result = fa.recheck(2024, 1)
    raised = {f.subject for f in result.raised}
    assert {"project:T-9:behind", "milestone:T-9:structure"} <= raised
    behind = Followup.objects.get(subject="project:T-9:behind")
    assert behind.detail == (
        "截至2024年1月,本年完成投资0.20亿元,完成年度计划的1.7%,"
        "落后序时进度6.7个百分点(督办线:落后5个百分点)。"
    )
    assert behind.responsible_unit == "定襄县人民政府"
    pa.record_progress(project, year=2024, month=2, completed_ytd="2.40")  # 20%, 3.3 pp ahead
    pa.set_milestones(
        project,
        {"structure": (dt.date(2024, 1, 31), dt.date(2024, 2, 20))},
        today=dt.date(2024, 12, 31),
    )
    result = fa.recheck(2024, 2)
    closed = {f.subject for f in result.closed}
    assert {"project:T-9:behind", "milestone:T-9:structure"} <= closed


def test_an_inactive_rule_raises_nothing(project):
    Rule.objects.update(is_active=False)
    pa.record_progress(project, year=2024, month=1, completed_ytd="0")
    assert fa.recheck(2024, 1).raised == []
