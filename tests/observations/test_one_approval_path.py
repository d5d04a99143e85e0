"""One approval path: the admin action, ``set_status(approved)`` and the review actions all
end in ``approve_observations`` — derived figures rebuilt, ``observations_approved`` sent
after commit, so follow-ups re-check whichever way a figure was approved."""

from __future__ import annotations

from decimal import Decimal

import pytest

from citystat.accounts.models import User
from citystat.followups import actions as fa
from citystat.followups.models import Followup
from citystat.indicators.models import Indicator
from citystat.observations.actions import record_observation, set_status
from citystat.observations.models import DerivedFigure, Observation, Status
from citystat.observations.signals import observations_approved
from citystat.regions.models import Region
from citystat.targets.actions import set_target

pytestmark = pytest.mark.django_db

SUBJECT = "indicator:fiscal_revenue:140921"
CHANGELIST = "/admin/observations/observation/"


@pytest.fixture
def january_submitted() -> Observation:
    """定襄县 一般公共预算收入, 2024年1月 0.90 亿元 against a 5% target, submitted by its reporter."""
    indicator = Indicator.objects.get(code="fiscal_revenue")
    region = Region.objects.get(code="140921")
    set_target(indicator=indicator, region=region, year=2024, target_growth=Decimal("5.0"))
    for f in Followup.objects.filter(subject=SUBJECT, status__in=["open", "answered", "escalated"]):
        fa.close(f, user=None, note="2023年度督办已人工办结")
    return record_observation(
        indicator=indicator,
        region=region,
        year=2024,
        month=1,
        value=Decimal("0.90"),
        status=Status.SUBMITTED,
        user=User.objects.get(username="reporter_140921"),
    )


def _derived(obs: Observation) -> DerivedFigure | None:
    return DerivedFigure.objects.filter(
        indicator=obs.indicator, region=obs.region, year=obs.year, month=obs.month
    ).first()


def test_an_approval_in_the_admin_rebuilds_and_re_checks_follow_ups(
    client, january_submitted, django_capture_on_commit_callbacks
) -> None:
    obs = january_submitted
    assert _derived(obs) is None and not Followup.objects.filter(subject=SUBJECT, year=2024)
    client.force_login(User.objects.get(username="admin"))
    with django_capture_on_commit_callbacks(execute=True) as pending:
        response = client.post(
            CHANGELIST, {"action": "approve", "_selected_action": [obs.pk]}, follow=True
        )
    assert "已审核通过 1 条数据。" in response.content.decode()
    assert len(pending) == 1  # the signal, sent once the approval committed
    obs.refresh_from_db()
    assert obs.status == Status.APPROVED
    assert obs.revisions.order_by("-id").first().reason == "审核通过"
    derived = _derived(obs)
    assert derived is not None and derived.value == pytest.approx(0.90)
    f = Followup.objects.get(subject=SUBJECT, status="open")
    assert (f.year, f.month) == (2024, 1)


def test_the_admin_action_keeps_the_four_eyes_rule(client, django_capture_on_commit_callbacks):
    admin = User.objects.get(username="admin")
    obs = record_observation(
        indicator=Indicator.objects.get(code="fiscal_revenue"),
        region=Region.objects.get(code="140921"),
        year=2024,
        month=1,
        value=Decimal("0.90"),
        status=Status.SUBMITTED,
        user=admin,
    )
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True) as pending:
        page = client.post(
            CHANGELIST, {"action": "approve", "_selected_action": [obs.pk]}, follow=True
        ).content.decode()
    assert "按“四眼原则”须由另一位审核人审核通过。 未作任何修改。" in page
    obs.refresh_from_db()
    assert (obs.status, len(pending), _derived(obs)) == (Status.SUBMITTED, 0, None)


def test_set_status_approved_takes_the_same_path(
    january_submitted, django_capture_on_commit_callbacks
) -> None:
    sent: list[list[tuple[int, int]]] = []

    def listen(sender: object, *, periods: list[tuple[int, int]], **_: object) -> None:
        sent.append(periods)

    observations_approved.connect(listen)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            set_status(observation=january_submitted, status=Status.APPROVED, user=None)
            assert sent == []  # after commit, not inside the transaction
    finally:
        observations_approved.disconnect(listen)
    assert sent == [[(2024, 1)]]
    assert _derived(january_submitted) is not None
    assert Followup.objects.get(subject=SUBJECT, status="open").month == 1
