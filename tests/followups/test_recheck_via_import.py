"""The two-month cycle again, this time through the Excel import and the review queue."""

from __future__ import annotations

import io
from decimal import Decimal

import openpyxl
import pytest

from citystat.accounts.models import User
from citystat.followups import actions as fa
from citystat.followups.models import Followup
from citystat.indicators.models import Indicator
from citystat.intake import pipeline
from citystat.intake.actions import approve_period
from citystat.regions.models import Region
from citystat.targets.actions import set_target

pytestmark = pytest.mark.django_db

SUBJECT = "indicator:fiscal_revenue:140921"


def _workbook(month: int, value: float) -> bytes:
    label = f"2024年{month}月" if month == 1 else f"2024年1-{month}月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "数据"
    ws.append([f"定襄县主要经济指标完成情况({label})"])
    ws.append(["指标代码", "指标名称", "计量单位", f"本期值({label})", "同比增长(%)"])
    ws.append(["fiscal_revenue", "一般公共预算收入", "亿元", value, None])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _import_and_approve(month: int, value: float, commit) -> None:
    reporter = User.objects.get(username="reporter_140921")
    out = pipeline.run(
        _workbook(month, value),
        filename=f"dx-2024-{month:02d}.xlsx",
        user=reporter,
        channel="web",
        submit=True,
        explanation="测试:收入波动属实",
    )
    assert out.accepted, [p.as_dict() for p in out.problems]
    assert (out.year, out.month) == (2024, month)
    with commit(execute=True):  # the signal goes out once the approval has committed
        approved = approve_period(
            user=User.objects.get(username="reviewer"),
            region=Region.objects.get(code="140921"),
            year=2024,
            month=month,
        )
    assert approved == 1


@pytest.fixture
def fresh_2024():
    set_target(
        indicator=Indicator.objects.get(code="fiscal_revenue"),
        region=Region.objects.get(code="140921"),
        year=2024,
        target_growth=Decimal("5.0"),
    )
    for f in Followup.objects.filter(subject=SUBJECT, status__in=["open", "answered", "escalated"]):
        fa.close(f, user=None, note="2023年度督办已人工办结")


def test_imported_january_raises_and_imported_february_closes(
    fresh_2024, django_capture_on_commit_callbacks
):
    commit = django_capture_on_commit_callbacks
    # Approval re-checks follow-ups by itself: no one runs `citystat followups check`.
    _import_and_approve(1, 0.90, commit)
    f = Followup.objects.get(subject=SUBJECT, status="open")
    assert (f.year, f.month) == (2024, 1)
    _import_and_approve(2, 1.80, commit)
    f.refresh_from_db()
    assert f.status == "closed"
    assert f not in fa.recheck(2024, 2).closed  # already done; running again changes nothing


def test_imported_february_still_red_escalates(fresh_2024, django_capture_on_commit_callbacks):
    commit = django_capture_on_commit_callbacks
    _import_and_approve(1, 0.90, commit)
    _import_and_approve(2, 1.50, commit)
    f = Followup.objects.get(subject=SUBJECT, year=2024, month=1)
    assert f.status == "escalated"
