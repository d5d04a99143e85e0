"""Policy edits reach the pages: the cache keys carry a policy version beside the data version,
and an indicator edit rebuilds the derived figures it reaches."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from citystat.accounts.models import User
from citystat.dashboard import cache
from citystat.followups.models import Rule
from citystat.indicators.models import Dimension, Indicator, LightRule
from citystat.observations.actions import recompute_derived
from citystat.observations.models import DerivedFigure

pytestmark = pytest.mark.django_db

# The 大屏's county ranking by composite total (demo, 2023年12月), best first, by region code.
EQUAL_WEIGHTS = [
    "140929", "140931", "140923", "140927", "140925", "140928", "140921",
    "140932", "140926", "140924", "140930", "140922", "140902", "140981",
]  # fmt: skip
INDUSTRY_20 = [
    "140922", "140928", "140931", "140924", "140925", "140923", "140932",
    "140929", "140926", "140927", "140981", "140930", "140902", "140921",
]  # fmt: skip


def _ranking(client) -> list[str]:  # type: ignore[no-untyped-def]
    page = client.get("/screen/").content.decode()
    data = re.search(
        r'<script id="ranking-data" type="application/json">(.*?)</script>', page, re.S
    )
    assert data is not None
    return [row["code"] for row in json.loads(data.group(1))]


def test_a_dimension_weight_edited_in_the_admin_reorders_the_next_page_load(client) -> None:
    client.force_login(User.objects.get(username="admin"))
    assert _ranking(client) == EQUAL_WEIGHTS  # now cached under the current versions
    industry = Dimension.objects.get(code="industry")
    response = client.post(
        f"/admin/indicators/dimension/{industry.pk}/change/",
        {
            "code": industry.code,
            "name": industry.name,
            "weight": "20",
            "sort_order": industry.sort_order,
            "description": industry.description,
            "reason": "产业维度权重上调",
        },
    )
    assert response.status_code == 302
    assert Dimension.objects.get(pk=industry.pk).weight == Decimal("20")
    assert _ranking(client) == INDUSTRY_20  # no cache was cleared by hand


def _rows(indicator: Indicator) -> list[tuple[object, ...]]:
    return list(
        DerivedFigure.objects.filter(indicator=indicator)
        .order_by("region_id", "year", "month")
        .values_list("region_id", "year", "month", "value", "growth", "rank", "light")
    )


def test_an_indicator_edit_rebuilds_what_it_reaches_as_a_full_rebuild_would() -> None:
    revenue = Indicator.objects.get(code="fiscal_revenue")
    figure = DerivedFigure.objects.filter(
        indicator=revenue, region__code="140921", year=2023, month=12
    )
    assert list(figure.values_list("growth", "rank", "light")) == [(-11.3, 11, "red")]
    before = cache.version()
    revenue.polarity = Indicator.Polarity.LOWER  # a fall is now good
    revenue.save()
    assert list(figure.values_list("growth", "rank", "light")) == [(-11.3, 3, "green")]
    assert cache.version() != before
    scoped = _rows(revenue)
    recompute_derived()
    assert _rows(revenue) == scoped


def test_a_name_edit_moves_the_policy_version_and_rebuilds_nothing() -> None:
    revenue = Indicator.objects.get(code="fiscal_revenue")
    data_part = cache.version().split("/")[0]
    before = cache.version()
    revenue.name = "一般公共预算收入(测试)"
    revenue.save()
    assert cache.version().split("/")[0] == data_part  # no derived row changed
    assert cache.version() != before


@pytest.mark.parametrize("model", [LightRule, Rule])
def test_a_rule_edit_moves_the_policy_version(model) -> None:  # type: ignore[no-untyped-def]
    rule = model.objects.first()
    assert rule is not None
    before = cache.version()
    rule.save()
    assert cache.version() != before
