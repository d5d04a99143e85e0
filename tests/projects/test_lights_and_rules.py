"""Lights from data (LightRule), Yinchuan's default with the 0–10 pp band yellow, 开工率."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from citystat.indicators.models import LightRule
from citystat.projects import actions as pa
from citystat.projects import models as pm
from citystat.projects import queries as q
from citystat.projects.lights import active_rule

pytestmark = pytest.mark.django_db


def test_the_default_rule_is_yinchuans_with_the_open_band_yellow():
    rule = LightRule.objects.get(is_active=True)
    assert (rule.code, rule.green_from, rule.red_below, rule.start_red_months) == (
        "yinchuan",
        Decimal("0.00"),
        Decimal("-30.00"),
        3,
    )
    assert "0至10个百分点的情形,本平台将其定为黄灯" in rule.note
    t = active_rule().thresholds
    assert (t.green_from, t.red_below) == (0.0, -30.0)


@pytest.mark.parametrize(
    ("done", "light"),
    [
        ("5.00", "green"),  # 50.0% after June: on 序时进度
        ("4.50", "yellow"),  # 5 pp behind: the band Yinchuan leaves open
        ("2.00", "yellow"),  # 30 pp behind, inclusive
        ("1.99", "red"),  # 30.1 pp behind
    ],
)
def test_progress_lights_at_the_cut_offs(done, light):
    p = pa.create_project(
        code="T-1",
        name="测试项目",
        region_code="140921",
        category="industry",
        total_investment="50",
    )
    pa.set_plan(p, year=2024, annual_investment="10")
    pa.record_progress(p, year=2024, month=6, completed_ytd=done)
    s = q.project_status(p, 2024, 6)
    assert s.light == light
    assert s.expected == 50.0


def test_thresholds_are_data():
    LightRule.objects.filter(is_active=True).update(is_active=False)
    LightRule.objects.create(
        code="strict", name="严格", green_from=0, red_below=-10, is_active=True
    )
    p = pa.create_project(
        code="T-2",
        name="测试项目",
        region_code="140921",
        category="industry",
        total_investment="50",
    )
    pa.set_plan(p, year=2024, annual_investment="10")
    pa.record_progress(p, year=2024, month=6, completed_ytd="3.9")  # 11 pp behind
    assert q.project_status(p, 2024, 6).light == "red"


def test_a_project_not_started_goes_yellow_then_red_after_three_months():
    p = pa.create_project(
        code="T-3",
        name="未开工项目",
        region_code="140921",
        category="industry",
        total_investment="50",
        status="planned",
    )
    pa.set_plan(p, year=2024, annual_investment="10", planned_start_month=4)
    pa.set_milestones(p, {"start": (dt.date(2024, 4, 30), None)}, today=dt.date(2024, 12, 31))
    assert q.project_status(p, 2024, 3).start_light == ""
    assert q.project_status(p, 2024, 4).start_light == "yellow"
    assert q.project_status(p, 2024, 6).start_light == "yellow"
    assert q.project_status(p, 2024, 7).start_light == "red"
    pa.set_milestones(
        p, {"start": (dt.date(2024, 4, 30), dt.date(2024, 7, 10))}, today=dt.date(2024, 12, 31)
    )
    s = q.project_status(p, 2024, 7)
    assert (s.started, s.start_light) == (True, "")


def test_start_rate_of_the_demo_in_may():
    rows = q.project_statuses(2023, 5)
    s = q.summarise(rows, 5)
    # 009 was due in April and started only in August: 9 of 10 due projects started.
    assert (s.started, s.due, round(s.start_rate, 1)) == (9, 10, 90.0)


def test_plan_versions_keep_history_and_need_a_reason():
    p = pm.Project.objects.get(code="XZ-2023-001")
    with pytest.raises(pa.ProjectInputError, match="调整年度计划须填写调整原因"):
        pa.set_plan(p, year=2023, annual_investment="60")
    v2 = pa.set_plan(p, year=2023, annual_investment="60", reason="中期调整")
    assert v2.version == 2
    assert list(p.plans.filter(year=2023).values_list("version", "is_current")) == [
        (1, False),
        (2, True),
    ]


def test_county_investment_for_the_city_is_every_project():
    rows = q.county_investment(2023, 12)
    city = next(r for r in rows if r.region.code == "140900")
    assert city.projects == 10
    assert city.done == sum(
        pm.ProjectProgress.objects.filter(year=2023, month=12).values_list(
            "completed_ytd", flat=True
        ),
        Decimal(0),
    )
    daixian = next(r for r in rows if r.region.code == "140923")
    assert (daixian.projects, daixian.done) == (1, Decimal("5.5000"))


def test_a_project_without_a_report_has_no_progress_light(client):
    from citystat.accounts.models import User

    p = pa.create_project(
        code="T-N",
        name="未报送项目",
        region_code="140921",
        category="industry",
        total_investment="9",
    )
    pa.set_plan(p, year=2023, annual_investment="3")
    s = q.project_status(p, 2023, 6)
    assert (s.ytd, s.completion, s.gap, s.light) == (None, None, None, "")
    client.force_login(User.objects.get(username="leader"))
    html = client.get("/projects/?period=2023-6&region=140921").content.decode()
    assert '<span class="late">未报送</span>' in html
