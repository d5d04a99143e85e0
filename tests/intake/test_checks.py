"""Validation checks that need stored history, and declarative rules."""

from __future__ import annotations

from decimal import Decimal

import pytest

from citystat.indicators.models import Indicator
from citystat.intake import pipeline
from citystat.observations.actions import record_observation
from citystat.regions.models import Region
from tests.intake.helpers import HEADER, fingerprint, xlsx

pytestmark = pytest.mark.django_db


def run(data: bytes, user=None, **kw):  # type: ignore[no-untyped-def]
    return pipeline.run(data, filename="f.xlsx", user=user, channel="web", **kw)


def test_a_falling_year_to_date_value(reporter):
    record_observation(
        indicator=Indicator.objects.get(code="fai"),
        region=Region.objects.get(code="140921"),
        year=2024,
        month=2,
        value=Decimal("3.2"),
        user=reporter,
    )
    before = fingerprint()
    data = xlsx([HEADER, ["fai", "固定资产投资", "亿元", 2.9, 1.0]], title="定襄县(2024年1-3月)")
    out = run(data, user=reporter)
    assert not out.accepted
    (e,) = [p for p in out.errors if p.code == "cumulative_falling"]
    assert e.code == "cumulative_falling"
    assert "低于上月累计 3.2" in e.message
    assert fingerprint() == before
