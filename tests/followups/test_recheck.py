"""A follow-up raised in one month closes or escalates by itself after the next month's data."""

from __future__ import annotations

from decimal import Decimal

import pytest

from citystat.accounts.models import User
from citystat.followups import actions as fa
from citystat.followups.models import Followup, Notification
from citystat.indicators.models import Indicator
from citystat.observations.actions import recompute_derived, record_observation, set_status
from citystat.observations.models import DerivedFigure
from citystat.regions.models import Region
from citystat.targets.actions import set_target

pytestmark = pytest.mark.django_db

SUBJECT = "indicator:fiscal_revenue:140921"


def _import_month(month: int, value: str) -> None:
    """What the monthly import does: record, approve, derive."""
    ind = Indicator.objects.get(code="fiscal_revenue")
    region = Region.objects.get(code="140921")
    obs = record_observation(
        indicator=ind, region=region, year=2024, month=month, value=Decimal(value)
    )
    set_status(observation=obs, status="approved", user=None)
    recompute_derived()


@pytest.fixture
def fresh_2024():
    """定襄县 一般公共预算收入: a 2024 target, and the 2023 follow-up dealt with by hand."""
    set_target(
        indicator=Indicator.objects.get(code="fiscal_revenue"),
        region=Region.objects.get(code="140921"),
        year=2024,
        target_growth=Decimal("5.0"),
    )
    for f in Followup.objects.filter(subject=SUBJECT, status__in=["open", "answered", "escalated"]):
        fa.close(f, user=None, note="2023年度督办已人工办结")
    dec = DerivedFigure.objects.get(
        indicator__code="fiscal_revenue", region__code="140921", year=2023, month=12
    )
    assert dec.light == "red"


def _raise_in_january() -> Followup:
    _import_month(1, "0.90")  # 1.03 a year before: -12.6%, 17.6 pp below the 5.0% target
    jan = DerivedFigure.objects.get(
        indicator__code="fiscal_revenue", region__code="140921", year=2024, month=1
    )
    assert (round(jan.growth, 1), jan.light) == (-12.6, "red")
    result = fa.recheck(2024, 1)
    f = Followup.objects.get(subject=SUBJECT, status="open")
    assert f in result.raised
    assert (f.year, f.month, f.responsible_unit) == (2024, 1, "定襄县人民政府")
    assert f.title == "定襄县一般公共预算收入连续2期红灯"
    assert f.detail == (
        "截至2024年1月,定襄县一般公共预算收入增速-12.6%,低于目标17.6个百分点,已连续2期亮红灯。"
    )
    assert str(f.deadline) == "2024-02-15"
    unit_user = User.objects.get(username="unit_140921")
    assert Notification.objects.filter(user=unit_user, followup=f).count() == 1
    return f


def test_a_follow_up_raised_in_january_closes_itself_when_february_clears(fresh_2024):
    f = _raise_in_january()
    _import_month(2, "1.80")  # 1.65 a year before: +9.1%, above target
    result = fa.recheck(2024, 2)
    f.refresh_from_db()
    assert f in result.closed
    assert f.status == "closed"
    assert f.closed_reason == "2024年2月数据复核:问题已消除,自动办结。"
    assert [e.action for e in f.events.all()] == ["raise", "close"]
    # Idempotent: the same month again changes nothing.
    again = fa.recheck(2024, 2)
    assert (again.raised, again.closed, again.escalated) == ([], [], [])


def test_a_follow_up_escalates_when_february_is_still_red(fresh_2024):
    f = _raise_in_january()
    _import_month(2, "1.50")  # -9.1%, still 14.1 pp below target
    result = fa.recheck(2024, 2)
    f.refresh_from_db()
    assert f in result.escalated
    assert (f.status, f.escalation_level) == ("escalated", 1)
    leader = User.objects.get(username="leader")
    assert Notification.objects.filter(user=leader, followup=f).exists()


def test_a_follow_up_waits_when_the_next_month_has_no_data(fresh_2024):
    f = _raise_in_january()
    result = fa.recheck(2024, 2)
    f.refresh_from_db()
    assert f.status == "open"
    assert f not in result.closed and f not in result.escalated


def test_a_month_without_targets_closes_nothing():
    """Issue 11: January 2024 approved before the 2024 targets exist has no light at all;
    the open 2023 follow-ups wait instead of closing as 问题已消除."""
    active = ["open", "answered", "escalated"]
    before = set(
        Followup.objects.filter(status__in=active, rule__isnull=False).values_list("pk", flat=True)
    )
    assert SUBJECT in set(Followup.objects.filter(pk__in=before).values_list("subject", flat=True))
    _import_month(1, "1.20")  # above last January: it would have 'cleared' the red
    jan = DerivedFigure.objects.get(
        indicator__code="fiscal_revenue", region__code="140921", year=2024, month=1
    )
    assert jan.light == ""
    result = fa.recheck(2024, 1)
    assert result.closed == []
    after = set(
        Followup.objects.filter(status__in=active, rule__isnull=False).values_list("pk", flat=True)
    )
    assert before <= after
