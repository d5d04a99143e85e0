"""The same new entry posted twice at once: the second request finds the figure stored by
the first between its plan and its write; it answers with the saved state, never a 500."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client

from citystat.accounts.models import User
from citystat.indicators.models import Indicator
from citystat.intake import load
from citystat.observations.actions import record_observation
from citystat.observations.models import Observation
from citystat.regions.models import Region

pytestmark = pytest.mark.django_db


def _twin_stores_first(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    """Let ``plan`` see nothing stored, then store the figure as the twin request would."""
    real_plan = load.plan

    def plan_then_twin_commits(rows, year, month):  # type: ignore[no-untyped-def]
        changes = real_plan(rows, year, month)
        record_observation(
            indicator=Indicator.objects.get(code="fai"),
            region=Region.objects.get(code="140921"),
            year=2024,
            month=2,
            value=Decimal(value),
            user=User.objects.get(username="reporter_140921"),
        )
        return changes

    monkeypatch.setattr(load, "plan", plan_then_twin_commits)


def _post(value: str):  # type: ignore[no-untyped-def]
    c = Client()
    c.force_login(User.objects.get(username="reporter_140921"))
    return c.post("/intake/entry/140921/2024-02/", {"action": "save", "v_fai": value}, follow=True)


def test_a_twin_post_of_the_same_new_entry_answers_with_the_saved_figure(monkeypatch) -> None:
    _twin_stores_first(monkeypatch, "3.2")
    r = _post("3.2")
    assert r.status_code == 200
    assert "已保存 1 个数据" in r.content.decode()
    (obs,) = Observation.objects.filter(
        indicator__code="fai", region__code="140921", year=2024, month=2
    )
    assert (obs.value, obs.status, obs.revisions.count()) == (Decimal("3.2"), "draft", 1)


def test_a_twin_with_another_value_is_recorded_as_a_change_not_a_500(monkeypatch) -> None:
    _twin_stores_first(monkeypatch, "3.1")
    r = _post("3.2")
    assert r.status_code == 200
    obs = Observation.objects.get(indicator__code="fai", region__code="140921", year=2024, month=2)
    assert obs.value == Decimal("3.2")
    assert [(x.action, x.old_value, x.new_value) for x in obs.revisions.order_by("id")] == [
        ("create", None, Decimal("3.1")),
        ("update", Decimal("3.1"), Decimal("3.2")),
    ]


def test_the_api_twin_also_answers_with_the_saved_state(monkeypatch) -> None:
    import json

    _twin_stores_first(monkeypatch, "3.2")
    c = Client()
    c.force_login(User.objects.get(username="reporter_140921"))
    r = c.post(
        "/api/observations/",
        json.dumps(
            {"region": "140921", "indicator": "fai", "year": 2024, "month": 2, "value": "3.2"}
        ),
        content_type="application/json",
    )
    assert r.status_code in (200, 201), r.content
    assert r.json()["observation"]["value"] == "3.2"
