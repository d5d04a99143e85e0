"""Approval announces itself with a signal; the observations app imports no feature app."""

from __future__ import annotations

import ast
from decimal import Decimal
from pathlib import Path

import pytest

import citystat.observations
from citystat.accounts.models import User
from citystat.followups.actions import recheck_after_approval
from citystat.indicators.models import Indicator
from citystat.observations.actions import approve_observations, record_observation
from citystat.observations.models import Observation
from citystat.observations.signals import observations_approved
from citystat.regions.models import Region

OBSERVATIONS_APP = Path(citystat.observations.__file__).parent
FEATURE_APPS = ("citystat.followups", "citystat.projects", "citystat.reports", "citystat.intake")


def test_the_observations_app_imports_no_feature_app():
    imported = set()
    for path in OBSERVATIONS_APP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add((path.name, node.module))
            elif isinstance(node, ast.Import):
                imported.update((path.name, alias.name) for alias in node.names)
    assert [(f, m) for f, m in sorted(imported) if m.startswith(FEATURE_APPS)] == []


def test_follow_ups_listen_for_approvals():
    uid = "followups.recheck_after_approval"
    assert observations_approved.disconnect(dispatch_uid=uid)  # connected in FollowupsConfig.ready
    observations_approved.connect(recheck_after_approval, dispatch_uid=uid)


@pytest.mark.django_db
def test_an_approval_sends_the_approved_figures_and_their_periods(
    django_capture_on_commit_callbacks,
):
    sent: list[dict[str, object]] = []

    def listen(sender: object, **kwargs: object) -> None:
        sent.append({"sender": sender, **kwargs})

    observations_approved.connect(listen)
    try:
        figures = [
            record_observation(
                indicator=Indicator.objects.get(code="retail"),
                region=Region.objects.get(code="140921"),
                year=2023,
                month=month,
                value=Decimal(value),
                growth_reported=Decimal("5.0"),
                reason="复核更正",
            )
            for month, value in ((5, "25.00"), (6, "30.00"))
        ]
        reviewer = User.objects.get(username="reviewer")
        with django_capture_on_commit_callbacks(execute=True) as pending:
            assert approve_observations(figures, user=reviewer) == 2
            assert sent == []  # not before the approval has committed
            assert approve_observations(figures, user=reviewer) == 0  # nothing moved: no signal
        assert len(pending) == 1
    finally:
        observations_approved.disconnect(listen)
    assert len(sent) == 1
    assert sent[0]["sender"] is Observation
    assert sent[0]["observations"] == figures
    assert sent[0]["periods"] == [(2023, 5), (2023, 6)]
    assert sent[0]["indicators"] == {figures[0].indicator_id}
    assert sent[0]["regions"] == {figures[0].region_id}
